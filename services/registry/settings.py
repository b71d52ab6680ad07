"""The registry's settings: the shared ones plus its public link and lookup limits."""

from pydantic import Field

from eventkit.settings import ServiceSettings


class RegistrySettings(ServiceSettings):
    # where the public verification page lives; printed as a QR code on every document
    public_base_url: str = Field(default="http://localhost:8004",
                                 validation_alias="REGISTRY_PUBLIC_URL")
    # per-client token bucket for public lookups (in process: production puts a shared limiter
    # in front, at the proxy or gateway, since several instances each keep their own bucket)
    verify_burst: int = Field(default=20, ge=1, validation_alias="REGISTRY_VERIFY_BURST")
    verify_per_minute: float = Field(default=30.0, gt=0,
                                     validation_alias="REGISTRY_VERIFY_PER_MINUTE")
    overdue_interval_s: float = Field(default=60.0, gt=0,
                                      validation_alias="REGISTRY_OVERDUE_INTERVAL_S")
    # a TrueType font with Cyrillic and Kazakh letters for the PDFs (Debian: fonts-dejavu-core)
    pdf_font: str = Field(default="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                          validation_alias="REGISTRY_PDF_FONT")

    def verification_url(self, code: str) -> str:
        return f"{self.public_base_url.rstrip('/')}/v1/verify/{code}"
