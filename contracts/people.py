"""Facts about people and organisations that travel inside event payloads."""

from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from contracts.identity import OrganisationKind
from contracts.iin import BIN_SCHEMA, IIN_SCHEMA, parse_bin, parse_iin

ApplicantKind = Literal["person", "legal_entity"]


class Applicant(BaseModel):
    """The one the service is for. Names travel in payloads, never in logs.

    A person is identified by their IIN; a legal entity (reg. 16's employers, line 1198) by its
    BIN in the same 12-digit field, with its name and the name of the person who signs for it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: ApplicantKind = "person"
    iin: str = Field(pattern=r"^\d{12}$", description="the IIN, or a legal entity's BIN")
    organisation_name: str | None = Field(default=None, max_length=300)
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
    """An applicant as a caller sends it: the IIN (a legal entity: the BIN) checked digit by
    digit, never echoed in errors. A legal entity names itself and the person signing for it."""

    model_config = ConfigDict(
        extra="forbid", hide_input_in_errors=True, frozen=True,
        json_schema_extra={
            "examples": [
                {"iin": "580314300214", "last_name": "Tokhtarov", "first_name": "Serik",
                 "middle_name": "Bolatuly", "phone": "+77015550142"},
            ],
            # what the validators below check, said in the schema: a legal entity gives its BIN
            # and its name, a person an IIN and no organisation name
            "if": {"properties": {"kind": {"const": "legal_entity"}}, "required": ["kind"]},
            "then": {"properties": {"iin": BIN_SCHEMA, "organisation_name": {"type": "string"}},
                     "required": ["organisation_name"]},
            "else": {"properties": {"iin": IIN_SCHEMA, "organisation_name": {"type": "null"}}},
        },
    )

    kind: ApplicantKind = "person"
    iin: str = Field(description="a person's IIN; for a legal entity its BIN")
    organisation_name: str | None = Field(default=None, min_length=1, max_length=300)
    last_name: str = Field(min_length=1, max_length=100)
    first_name: str = Field(min_length=1, max_length=100)
    middle_name: str | None = Field(default=None, max_length=100)
    phone: str | None = Field(default=None, max_length=32)
    email: str | None = Field(default=None, max_length=254)

    @field_validator("iin")
    @classmethod
    def _identified(cls, value: str, info: ValidationInfo) -> str:
        if info.data.get("kind") == "legal_entity":
            return parse_bin(value).value
        today = info.context.get("today") if isinstance(info.context, dict) else None
        return parse_iin(value, today).value

    @model_validator(mode="after")
    def _named(self) -> "ApplicantIn":
        if (self.kind == "legal_entity") != (self.organisation_name is not None):
            raise ValueError("a legal entity, and only a legal entity, gives organisation_name")
        return self
