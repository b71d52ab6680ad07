"""Who says what: organisation kinds, roles, producers and actors."""

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class OrganisationKind(StrEnum):
    STATE_CORPORATION = "state_corporation"
    DISTRICT_DEPARTMENT = "district_department"
    RURAL_AKIM = "rural_akim"
    EMPLOYMENT_CENTRE = "employment_centre"
    OBLAST_DEPARTMENT = "oblast_department"
    PORTAL = "portal"
    TREASURY = "treasury"
    PUBLIC = "public"


class Role(StrEnum):
    OPERATOR = "operator"
    OFFICE_CLERK = "office_clerk"
    HEAD = "head"
    RESPONSIBLE_EXECUTOR = "responsible_executor"
    REGISTRY_OFFICER = "registry_officer"
    PAYMENTS_OFFICER = "payments_officer"
    TREASURY = "treasury"
    AUDITOR = "auditor"
    SYSTEM = "system"


class Producer(BaseModel):
    """The organisation that writes an event under its own identity."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    organisation_id: str = Field(min_length=1, max_length=64)
    kind: OrganisationKind
    district: str | None = Field(default=None, max_length=32)
    rural_district: str | None = Field(default=None, max_length=32)


class Actor(BaseModel):
    """The person (or system account) inside the producer who caused the event."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    person_id: str = Field(min_length=1, max_length=64)
    role: Role
