from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reg_1_first_registration_submission_refusal_reasons_item import check_reg_1_first_registration_submission_refusal_reasons_item
from ..models.reg_1_first_registration_submission_refusal_reasons_item import Reg1FirstRegistrationSubmissionRefusalReasonsItem
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime

if TYPE_CHECKING:
  from ..models.document_in import DocumentIn
  from ..models.person_applicant import PersonApplicant
  from ..models.reg_1_first_registration_facts import Reg1FirstRegistrationFacts
  from ..models.representative_in import RepresentativeIn





T = TypeVar("T", bound="Reg1FirstRegistrationSubmission")



@_attrs_define
class Reg1FirstRegistrationSubmission:
    """ 
        Attributes:
            applicant (PersonApplicant): A person, identified by the IIN (checked digit by digit); `kind` may be left out.
            documents (list[DocumentIn]):
            facts (Reg1FirstRegistrationFacts): Reg. 1, first registration: the periods in the zones, and where the
                compensation goes.
            regulation_id (Literal[1]):
            sub_service (Literal['first_registration']): the regulation's sub-service
            channel (None | str | Unset): must be the caller's own channel
            district (None | str | Unset): the caller's own; required from the portal
            package_received_at (datetime.datetime | None | Unset): when it happened: not later than the time the request
                arrives (default: now)
            refusal_reasons (list[Reg1FirstRegistrationSubmissionRefusalReasonsItem] | Unset): grounds found besides missing
                documents: the ids of the regulation's refusal reasons
            representative (None | RepresentativeIn | Unset):
            rural_district (None | str | Unset):
     """

    applicant: PersonApplicant
    documents: list[DocumentIn]
    facts: Reg1FirstRegistrationFacts
    regulation_id: Literal[1]
    sub_service: Literal['first_registration']
    channel: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    package_received_at: datetime.datetime | None | Unset = UNSET
    refusal_reasons: list[Reg1FirstRegistrationSubmissionRefusalReasonsItem] | Unset = UNSET
    representative: None | RepresentativeIn | Unset = UNSET
    rural_district: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.document_in import DocumentIn # noqa: PLC0415
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_1_first_registration_facts import Reg1FirstRegistrationFacts # noqa: PLC0415
        from ..models.representative_in import RepresentativeIn # noqa: PLC0415
        applicant = self.applicant.to_dict()

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)



        facts = self.facts.to_dict()

        regulation_id = self.regulation_id

        sub_service = self.sub_service

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        package_received_at: None | str | Unset
        if isinstance(self.package_received_at, Unset):
            package_received_at = UNSET
        elif isinstance(self.package_received_at, datetime.datetime):
            package_received_at = self.package_received_at.isoformat()
        else:
            package_received_at = self.package_received_at

        refusal_reasons: list[str] | Unset = UNSET
        if not isinstance(self.refusal_reasons, Unset):
            refusal_reasons = []
            for refusal_reasons_item_data in self.refusal_reasons:
                refusal_reasons_item: str = refusal_reasons_item_data
                refusal_reasons.append(refusal_reasons_item)



        representative: dict[str, Any] | None | Unset
        if isinstance(self.representative, Unset):
            representative = UNSET
        elif isinstance(self.representative, RepresentativeIn):
            representative = self.representative.to_dict()
        else:
            representative = self.representative

        rural_district: None | str | Unset
        if isinstance(self.rural_district, Unset):
            rural_district = UNSET
        else:
            rural_district = self.rural_district


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "applicant": applicant,
            "documents": documents,
            "facts": facts,
            "regulation_id": regulation_id,
            "sub_service": sub_service,
        })
        if channel is not UNSET:
            field_dict["channel"] = channel
        if district is not UNSET:
            field_dict["district"] = district
        if package_received_at is not UNSET:
            field_dict["package_received_at"] = package_received_at
        if refusal_reasons is not UNSET:
            field_dict["refusal_reasons"] = refusal_reasons
        if representative is not UNSET:
            field_dict["representative"] = representative
        if rural_district is not UNSET:
            field_dict["rural_district"] = rural_district

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_in import DocumentIn # noqa: PLC0415
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_1_first_registration_facts import Reg1FirstRegistrationFacts # noqa: PLC0415
        from ..models.representative_in import RepresentativeIn # noqa: PLC0415
        d = dict(src_dict)
        applicant = PersonApplicant.from_dict(d.pop("applicant"))




        documents = []
        _documents = d.pop("documents")
        for documents_item_data in (_documents):
            documents_item = DocumentIn.from_dict(documents_item_data)



            documents.append(documents_item)


        facts = Reg1FirstRegistrationFacts.from_dict(d.pop("facts"))




        regulation_id = cast(Literal[1] , d.pop("regulation_id"))
        if regulation_id != 1:
            raise ValueError(f"regulation_id must match const 1, got '{regulation_id}'")

        sub_service = cast(Literal['first_registration'] , d.pop("sub_service"))
        if sub_service != 'first_registration':
            raise ValueError(f"sub_service must match const 'first_registration', got '{sub_service}'")

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))


        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))


        def _parse_package_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                package_received_at_type_0 = datetime.datetime.fromisoformat(data)



                return package_received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        package_received_at = _parse_package_received_at(d.pop("package_received_at", UNSET))


        _refusal_reasons = d.pop("refusal_reasons", UNSET)
        refusal_reasons: list[Reg1FirstRegistrationSubmissionRefusalReasonsItem] | Unset = UNSET
        if _refusal_reasons is not UNSET:
            refusal_reasons = []
            for refusal_reasons_item_data in _refusal_reasons:
                refusal_reasons_item = check_reg_1_first_registration_submission_refusal_reasons_item(refusal_reasons_item_data)



                refusal_reasons.append(refusal_reasons_item)


        def _parse_representative(data: object) -> None | RepresentativeIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                representative_type_0 = RepresentativeIn.from_dict(data)



                return representative_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RepresentativeIn | Unset, data)

        representative = _parse_representative(d.pop("representative", UNSET))


        def _parse_rural_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rural_district = _parse_rural_district(d.pop("rural_district", UNSET))


        reg_1_first_registration_submission = cls(
            applicant=applicant,
            documents=documents,
            facts=facts,
            regulation_id=regulation_id,
            sub_service=sub_service,
            channel=channel,
            district=district,
            package_received_at=package_received_at,
            refusal_reasons=refusal_reasons,
            representative=representative,
            rural_district=rural_district,
        )

        return reg_1_first_registration_submission

