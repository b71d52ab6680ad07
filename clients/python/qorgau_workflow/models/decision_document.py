from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.decision_document_outcome import check_decision_document_outcome
from ..models.decision_document_outcome import DecisionDocumentOutcome
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.applicant import Applicant
  from ..models.decision_document_payload import DecisionDocumentPayload
  from ..models.organisation_ref import OrganisationRef





T = TypeVar("T", bound="DecisionDocument")



@_attrs_define
class DecisionDocument:
    """ 
        Attributes:
            applicant (Applicant): The one the service is for. Names travel in payloads, never in logs.

                A person is identified by their IIN; a legal entity (reg. 16's employers, line 1198) by its
                BIN in the same 12-digit field, with its name and the name of the person who signs for it.
            case_id (str):
            catalogue_version (str):
            outcome (DecisionDocumentOutcome):
            payload (DecisionDocumentPayload):
            provider (OrganisationRef): An organisation named as a party (e.g. the provider a package is forwarded to).
            reasons (list[str]):
            regulation_id (int):
            document (Literal['qorgau.decision'] | Unset):  Default: 'qorgau.decision'.
            stage (int | None | Unset):
            sub_service (None | str | Unset):
            version (Literal[1] | Unset):  Default: 1.
     """

    applicant: Applicant
    case_id: str
    catalogue_version: str
    outcome: DecisionDocumentOutcome
    payload: DecisionDocumentPayload
    provider: OrganisationRef
    reasons: list[str]
    regulation_id: int
    document: Literal['qorgau.decision'] | Unset = 'qorgau.decision'
    stage: int | None | Unset = UNSET
    sub_service: None | str | Unset = UNSET
    version: Literal[1] | Unset = 1





    def to_dict(self) -> dict[str, Any]:
        from ..models.applicant import Applicant # noqa: PLC0415
        from ..models.decision_document_payload import DecisionDocumentPayload # noqa: PLC0415
        from ..models.organisation_ref import OrganisationRef # noqa: PLC0415
        applicant = self.applicant.to_dict()

        case_id = self.case_id

        catalogue_version = self.catalogue_version

        outcome: str = self.outcome

        payload = self.payload.to_dict()

        provider = self.provider.to_dict()

        reasons = self.reasons



        regulation_id = self.regulation_id

        document = self.document

        stage: int | None | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        sub_service: None | str | Unset
        if isinstance(self.sub_service, Unset):
            sub_service = UNSET
        else:
            sub_service = self.sub_service

        version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "applicant": applicant,
            "case_id": case_id,
            "catalogue_version": catalogue_version,
            "outcome": outcome,
            "payload": payload,
            "provider": provider,
            "reasons": reasons,
            "regulation_id": regulation_id,
        })
        if document is not UNSET:
            field_dict["document"] = document
        if stage is not UNSET:
            field_dict["stage"] = stage
        if sub_service is not UNSET:
            field_dict["sub_service"] = sub_service
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applicant import Applicant # noqa: PLC0415
        from ..models.decision_document_payload import DecisionDocumentPayload # noqa: PLC0415
        from ..models.organisation_ref import OrganisationRef # noqa: PLC0415
        d = dict(src_dict)
        applicant = Applicant.from_dict(d.pop("applicant"))




        case_id = d.pop("case_id")

        catalogue_version = d.pop("catalogue_version")

        outcome = check_decision_document_outcome(d.pop("outcome"))




        payload = DecisionDocumentPayload.from_dict(d.pop("payload"))




        provider = OrganisationRef.from_dict(d.pop("provider"))




        reasons = cast(list[str], d.pop("reasons"))


        regulation_id = d.pop("regulation_id")

        document = cast(Literal['qorgau.decision'] | Unset , d.pop("document", UNSET))
        if document != 'qorgau.decision'and not isinstance(document, Unset):
            raise ValueError(f"document must match const 'qorgau.decision', got '{document}'")

        def _parse_stage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))


        def _parse_sub_service(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_service = _parse_sub_service(d.pop("sub_service", UNSET))


        version = cast(Literal[1] | Unset , d.pop("version", UNSET))
        if version != 1and not isinstance(version, Unset):
            raise ValueError(f"version must match const 1, got '{version}'")

        decision_document = cls(
            applicant=applicant,
            case_id=case_id,
            catalogue_version=catalogue_version,
            outcome=outcome,
            payload=payload,
            provider=provider,
            reasons=reasons,
            regulation_id=regulation_id,
            document=document,
            stage=stage,
            sub_service=sub_service,
            version=version,
        )

        return decision_document

