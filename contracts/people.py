"""Facts about people and organisations that travel inside event payloads."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, Tag

from contracts.identity import OrganisationKind
from contracts.iin import BinStr, IinStr
from contracts.text import OrganisationName, PersonName, TextLine
from contracts.unions import by_tag, untagged

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


class _ApplicantIn(BaseModel):
    """What a person and a legal entity both give: the number, the name of the one who applies
    (for a legal entity, the person who signs for it) and how to reach them. The number is never
    echoed in errors; each shape below says what its `kind`, `iin` and `organisation_name` are."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)

    kind: ApplicantKind
    iin: str
    organisation_name: str | None
    last_name: PersonName = Field(min_length=1, max_length=100)
    first_name: PersonName = Field(min_length=1, max_length=100)
    middle_name: PersonName | None = Field(default=None, max_length=100)
    phone: TextLine | None = Field(default=None, max_length=32)
    email: TextLine | None = Field(default=None, max_length=254)


class PersonIn(_ApplicantIn):
    """A person, identified by the IIN (checked digit by digit); `kind` may be left out."""

    model_config = ConfigDict(title="Person applicant", json_schema_extra={"examples": [
        {"iin": "580314300214", "last_name": "Tokhtarov", "first_name": "Serik",
         "middle_name": "Bolatuly", "phone": "+77015550142"},
    ]})

    kind: Literal["person"] = "person"
    iin: IinStr
    organisation_name: None = Field(default=None, description="a person names no organisation")


class LegalEntityIn(_ApplicantIn):
    """A legal entity (reg. 16's employers, seed line 1198): its BIN in `iin`, its name, and the
    name of the person who signs for it."""

    model_config = ConfigDict(title="Legal entity applicant", json_schema_extra={"examples": [
        {"kind": "legal_entity", "iin": "050140000656",
         "organisation_name": "Zhetysu Drilling LLP", "last_name": "Abenov",
         "first_name": "Arman", "phone": "+77272500140"},
    ]})

    kind: Literal["legal_entity"]
    iin: BinStr = Field(description="the legal entity's BIN")
    organisation_name: OrganisationName = Field(min_length=1, max_length=300)


APPLICANT_KINDS = ("person", "legal_entity")

ApplicantIn = Annotated[
    Annotated[PersonIn, Tag("person")] | Annotated[LegalEntityIn, Tag("legal_entity")],
    # a person may leave `kind` out (it was optional before the two shapes)
    by_tag("kind", APPLICANT_KINDS, default="person"),
    untagged("kind", APPLICANT_KINDS),
]
"""An applicant as a caller sends it: a person or a legal entity, told apart by `kind`."""
