"""Facts about people and organisations that travel inside event payloads."""

from pydantic import BaseModel, ConfigDict, Field

from contracts.identity import OrganisationKind
from contracts.iin import IinStr


class Applicant(BaseModel):
    """The person the service is for. Names travel in payloads, never in logs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    iin: str = Field(pattern=r"^\d{12}$")
    last_name: str = Field(min_length=1, max_length=100)
    first_name: str = Field(min_length=1, max_length=100)
    middle_name: str | None = Field(default=None, max_length=100)
    phone: str | None = Field(default=None, max_length=32)
    email: str | None = Field(default=None, max_length=254)


class OrganisationRef(BaseModel):
    """An organisation named as a party (e.g. the provider a package is forwarded to)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    organisation_id: str = Field(min_length=1, max_length=64)
    kind: OrganisationKind
    district: str | None = Field(default=None, max_length=32)
    rural_district: str | None = Field(default=None, max_length=32)


class ApplicantIn(BaseModel):
    """An applicant as a caller sends it: the IIN checked digit by digit, never echoed in errors."""

    model_config = ConfigDict(
        extra="forbid", hide_input_in_errors=True, frozen=True,
        json_schema_extra={"examples": [
            {"iin": "580314300214", "last_name": "Tokhtarov", "first_name": "Serik",
             "middle_name": "Bolatuly", "phone": "+77015550142"},
        ]},
    )

    iin: IinStr
    last_name: str = Field(min_length=1, max_length=100)
    first_name: str = Field(min_length=1, max_length=100)
    middle_name: str | None = Field(default=None, max_length=100)
    phone: str | None = Field(default=None, max_length=32)
    email: str | None = Field(default=None, max_length=254)
