"""The bodies the console sends to the services, built from its forms (typed, so that a form
that would make a malformed request fails here, naming the field, before anything is sent)."""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)


class DocumentBody(_Body):
    kind: str
    originals: int = Field(default=1, ge=0, le=100)
    copies: int = Field(default=0, ge=0, le=100)


class SubmitBody(_Body):
    """POST /v1/applications (intake)."""

    regulation_id: int = Field(ge=1, le=18)
    sub_service: str | None = None
    applicant: dict[str, str]
    documents: list[DocumentBody]
    facts: dict[str, Any] = Field(default_factory=dict)
    refusal_reasons: list[str] = Field(default_factory=list)


class DraftBody(_Body):
    """POST /v1/cases/{id}/draft (workflow): it names the case's regulation and sub-service;
    a refusal carries no payload."""

    outcome: Literal["approved", "refused"]
    regulation_id: int = Field(ge=1, le=18)
    sub_service: str | None = None
    reasons: list[str] = Field(default_factory=list)
    payload: dict[str, Any] | None = None


class IbanRoute(_Body):
    kind: Literal["iban"] = "iban"
    iban: str = Field(min_length=1)


class PenitentiaryRoute(_Body):
    kind: Literal["penitentiary"] = "penitentiary"
    institution_name: str = Field(min_length=1)
    control_account_iban: str = Field(min_length=1)


Route = IbanRoute | PenitentiaryRoute
