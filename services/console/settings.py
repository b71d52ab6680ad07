"""The console's settings, from the environment; built inside the app factory."""

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDERS = ("changeme", "change-me", "placeholder")


class ConsoleSettings(BaseSettings):
    """Where the four services are, how people sign in and how long a quiet session lives."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", frozen=True)

    environment: str = Field(default="development", validation_alias="QORGAU_ENV")
    intake_url: str = Field(default="http://127.0.0.1:8101", validation_alias="INTAKE_URL")
    workflow_url: str = Field(default="http://127.0.0.1:8102", validation_alias="WORKFLOW_URL")
    registry_url: str = Field(default="http://127.0.0.1:8103", validation_alias="REGISTRY_URL")
    payments_url: str = Field(default="http://127.0.0.1:8104", validation_alias="PAYMENTS_URL")
    api_timeout_s: float = Field(default=15.0, gt=0, validation_alias="CONSOLE_API_TIMEOUT_S")
    # the address people reach the console at: the OIDC redirect URI is built from it
    public_url: str = Field(default="http://127.0.0.1:8100", validation_alias="CONSOLE_PUBLIC_URL")
    # signs and encrypts the session cookie; a development default is made per process
    session_secret: str | None = Field(default=None, validation_alias="CONSOLE_SESSION_SECRET")
    # shared front-office PCs: a quiet session ends after this many minutes
    idle_minutes: int = Field(default=15, ge=1, le=24 * 60, validation_alias="CONSOLE_IDLE_MINUTES")
    # the dev stack's tokens file: the sign-in page lists its demo people (never in production)
    dev_tokens_file: str | None = Field(default=None, validation_alias="CONSOLE_DEV_TOKENS_FILE")
    # the dev stack's demo heads' own signing keys: a decision signed by clicking (see signing.py)
    dev_signing_keys_dir: str | None = Field(default=None,
                                             validation_alias="CONSOLE_DEV_SIGNING_KEYS_DIR")
    # the key the services check bearer tokens with: the console reads the principal the same way
    jwt_public_key: str | None = Field(default=None, validation_alias="JWT_PUBLIC_KEY")
    jwt_public_key_file: str | None = Field(default=None, validation_alias="JWT_PUBLIC_KEY_FILE")
    jwt_issuer: str = Field(default="qorgau", validation_alias="JWT_ISSUER")
    jwt_audience: str = Field(default="qorgau", validation_alias="JWT_AUDIENCE")
    # OpenID Connect (production sign-in): the provider's issuer URL and this client
    oidc_issuer: str | None = Field(default=None, validation_alias="OIDC_ISSUER")
    oidc_client_id: str | None = Field(default=None, validation_alias="OIDC_CLIENT_ID")
    oidc_client_secret: str | None = Field(default=None, validation_alias="OIDC_CLIENT_SECRET")
    oidc_scopes: str = Field(default="openid profile", validation_alias="OIDC_SCOPES")
    # directory of people by organisation (YAML) until the services publish one
    directory_file: str | None = Field(default=None, validation_alias="CONSOLE_DIRECTORY_FILE")
    log_json: bool | None = Field(default=None, validation_alias="LOG_JSON")
    log_level: str = Field(default="INFO", validation_alias="LOG_LEVEL")

    @property
    def production(self) -> bool:
        return self.environment == "production"

    @property
    def oidc_configured(self) -> bool:
        return bool(self.oidc_issuer and self.oidc_client_id)

    @property
    def redirect_uri(self) -> str:
        return f"{self.public_url.rstrip('/')}/sign-in/callback"

    @model_validator(mode="after")
    def _production_is_complete(self) -> "ConsoleSettings":
        if not self.production:
            return self
        secret = (self.session_secret or "").strip()
        if len(secret) < 32 or any(p in secret.lower() for p in PLACEHOLDERS):
            raise ValueError("CONSOLE_SESSION_SECRET must be a real secret of 32+ characters")
        if not self.oidc_configured:
            raise ValueError("OIDC_ISSUER and OIDC_CLIENT_ID are required in production")
        if not self.public_url.startswith("https://"):
            raise ValueError("CONSOLE_PUBLIC_URL must be https in production")
        if self.dev_signing_keys_dir:
            raise ValueError("CONSOLE_DEV_SIGNING_KEYS_DIR is for development: in production a"
                             " head signs with their own EDS client, never with a key the"
                             " console holds")
        return self
