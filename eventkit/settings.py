"""Service settings from the environment (pydantic-settings), built inside each app factory."""

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServiceSettings(BaseSettings):
    """Everything a service needs to find its database, the broker and its callers' keys.

    The same variables point a service at the embedded stack or at production servers.
    """

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", frozen=True)

    service_name: str = Field(default="qorgau", validation_alias="SERVICE_NAME")
    environment: str = Field(default="development", validation_alias="QORGAU_ENV")
    database_url: str = Field(validation_alias="DATABASE_URL")
    kafka_bootstrap_servers: str = Field(validation_alias="KAFKA_BOOTSTRAP_SERVERS")
    kafka_client_id: str | None = Field(default=None, validation_alias="KAFKA_CLIENT_ID")
    # Production keeps Kafka's defaults; the embedded broker waits out a departed member's whole
    # session before a group settles, so the dev stack and tests use shorter ones.
    kafka_session_timeout_ms: int = Field(
        default=10_000, validation_alias="KAFKA_SESSION_TIMEOUT_MS"
    )
    kafka_heartbeat_interval_ms: int = Field(
        default=3_000, validation_alias="KAFKA_HEARTBEAT_INTERVAL_MS"
    )
    kafka_rebalance_timeout_ms: int | None = Field(
        default=None, validation_alias="KAFKA_REBALANCE_TIMEOUT_MS"
    )
    # The topics a service makes (at start, or again after a broker lost them): on a cluster,
    # every message on KAFKA_REPLICATION_FACTOR brokers and acknowledged (acks=all) only once
    # KAFKA_MIN_INSYNC_REPLICAS of them hold it.
    kafka_replication_factor: int = Field(default=1, ge=1,
                                          validation_alias="KAFKA_REPLICATION_FACTOR")
    kafka_min_insync_replicas: int = Field(default=1, ge=1,
                                           validation_alias="KAFKA_MIN_INSYNC_REPLICAS")
    db_pool_min: int = Field(default=1, validation_alias="DB_POOL_MIN")
    db_pool_max: int = Field(default=10, validation_alias="DB_POOL_MAX")
    jwt_public_key: str | None = Field(default=None, validation_alias="JWT_PUBLIC_KEY")
    jwt_public_key_file: str | None = Field(default=None, validation_alias="JWT_PUBLIC_KEY_FILE")
    # The private keys of the organisations this service acts for (`<kid>.pem` + `<kid>.json`):
    # every event it appends is signed by its producer's key. And the published key set it
    # checks every event it consumes against (`eventkit.signing`).
    signing_keys_dir: str | None = Field(default=None, validation_alias="SIGNING_KEYS_DIR")
    key_set_file: str | None = Field(default=None, validation_alias="KEY_SET_FILE")
    jwt_issuer: str = Field(default="qorgau", validation_alias="JWT_ISSUER")
    jwt_audience: str = Field(default="qorgau", validation_alias="JWT_AUDIENCE")
    log_json: bool | None = Field(default=None, validation_alias="LOG_JSON")
    log_level: str = Field(default="INFO", validation_alias="LOG_LEVEL")
    relay_batch: int = Field(default=500, validation_alias="RELAY_BATCH")
    poll_interval_s: float = Field(default=0.05, validation_alias="POLL_INTERVAL_S")
    # The relay and the projections wake on PostgreSQL's notification of a commit that appended
    # (polling every second as a fallback); off, they poll every POLL_INTERVAL_S.
    wake_on_notify: bool = Field(default=True, validation_alias="WAKE_ON_NOTIFY")
    max_body_bytes: int = Field(default=256 * 1024, validation_alias="MAX_BODY_BYTES")
    run_background: bool = Field(default=True, validation_alias="RUN_BACKGROUND")
    # Readiness: how long a check may take, and how long a reader of the log (relay, projection)
    # may stand still with events waiting before it counts as stalled.
    ready_timeout_s: float = Field(default=2.0, gt=0, validation_alias="READY_TIMEOUT_S")
    stall_after_s: float = Field(default=60.0, gt=0, validation_alias="STALL_AFTER_S")
    # Spans as JSON lines (to stderr, or to TRACE_FILE); OTLP is on when
    # OTEL_EXPORTER_OTLP_ENDPOINT is set (the exporter reads the OTEL_* variables itself).
    trace_console: bool = Field(default=False, validation_alias="TRACE_CONSOLE")
    trace_file: str | None = Field(default=None, validation_alias="TRACE_FILE")
    trace_flush_ms: int = Field(default=1000, gt=0, validation_alias="TRACE_FLUSH_MS")

    @property
    def production(self) -> bool:
        return self.environment == "production"

    @model_validator(mode="after")
    def _no_placeholders_in_production(self) -> "ServiceSettings":
        if self.production:
            if not (self.jwt_public_key or self.jwt_public_key_file):
                raise ValueError("JWT_PUBLIC_KEY or JWT_PUBLIC_KEY_FILE is required in production")
            if "changeme" in self.database_url.lower():
                raise ValueError("DATABASE_URL holds a placeholder secret")
            if not (self.signing_keys_dir and self.key_set_file):
                raise ValueError("SIGNING_KEYS_DIR and KEY_SET_FILE are required in production:"
                                 " an event is signed by its producer and verified by its reader")
        return self

    def public_key_pem(self) -> str | None:
        if self.jwt_public_key:
            return self.jwt_public_key
        if self.jwt_public_key_file:
            with open(self.jwt_public_key_file, encoding="utf-8") as key:
                return key.read()
        return None
