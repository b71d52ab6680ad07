"""The decision document a provider's head signs: what is decided, for whom, by which office.

Kazakhstan's officials sign with their own EDS key, on their side: the head's client fetches the
document's bytes from the workflow (`GET /v1/cases/{id}/draft/document`), signs them with the
head's personal key and sends the signature back (`POST /v1/cases/{id}/signature`). The workflow
checks it against the published key set and records it in `DecisionSigned.head_signature`; every
consumer of the decision checks it again from the event alone, because the document is a pure
function of the decision's fields (`DecisionSigned.document()`).

It holds what the head decides, not what the office stamps on the decision as it is signed (the
decision reference, the time). Its bytes are canonical JSON (`contracts.envelope.canonical_json`)
without the fields that are empty: a field added later, empty on older decisions, leaves the
bytes of those decisions as they were signed.
"""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from contracts.envelope import canonical_json
from contracts.people import Applicant, OrganisationRef

# what the bytes are: never mistaken for an event or another document
KIND: Literal["qorgau.decision"] = "qorgau.decision"


class DecisionDocument(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    document: Literal["qorgau.decision"] = KIND
    version: Literal[1] = 1
    case_id: str
    regulation_id: int
    sub_service: str | None = None
    catalogue_version: str
    outcome: Literal["approved", "refused"]
    reasons: list[str]
    applicant: Applicant
    provider: OrganisationRef
    payload: dict[str, Any]
    stage: int | None = None

    def canonical_bytes(self) -> bytes:
        return canonical_json(self.model_dump(mode="json", exclude_none=True))
