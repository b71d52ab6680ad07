from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reg_16_accepted_in_person_sub_service_type_0 import check_reg_16_accepted_in_person_sub_service_type_0
from ..models.reg_16_accepted_in_person_sub_service_type_0 import Reg16AcceptedInPersonSubServiceType0
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.legal_entity_applicant import LegalEntityApplicant
  from ..models.person_applicant import PersonApplicant
  from ..models.reg_16_foreign_labour_permit_facts import Reg16ForeignLabourPermitFacts





T = TypeVar("T", bound="Reg16AcceptedInPerson")



@_attrs_define
class Reg16AcceptedInPerson:
    """ 
        Attributes:
            applicant (LegalEntityApplicant | PersonApplicant):
            regulation_id (Literal[16]):
            facts (Reg16ForeignLabourPermitFacts | Unset): Reg. 16, a permit to employ foreign labour: the employer and what
                it asks for.
            sub_service (None | Reg16AcceptedInPersonSubServiceType0 | Unset): the regulation's sub-service; left out, its
                first (issuance) Default: 'issuance'.
     """

    applicant: LegalEntityApplicant | PersonApplicant
    regulation_id: Literal[16]
    facts: Reg16ForeignLabourPermitFacts | Unset = UNSET
    sub_service: None | Reg16AcceptedInPersonSubServiceType0 | Unset = 'issuance'





    def to_dict(self) -> dict[str, Any]:
        from ..models.legal_entity_applicant import LegalEntityApplicant # noqa: PLC0415
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_16_foreign_labour_permit_facts import Reg16ForeignLabourPermitFacts # noqa: PLC0415
        applicant: dict[str, Any]
        if isinstance(self.applicant, PersonApplicant):
            applicant = self.applicant.to_dict()
        else:
            applicant = self.applicant.to_dict()


        regulation_id = self.regulation_id

        facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = self.facts.to_dict()

        sub_service: None | str | Unset
        if isinstance(self.sub_service, Unset):
            sub_service = UNSET
        elif isinstance(self.sub_service, str):
            sub_service = self.sub_service
        else:
            sub_service = self.sub_service


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "applicant": applicant,
            "regulation_id": regulation_id,
        })
        if facts is not UNSET:
            field_dict["facts"] = facts
        if sub_service is not UNSET:
            field_dict["sub_service"] = sub_service

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legal_entity_applicant import LegalEntityApplicant # noqa: PLC0415
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_16_foreign_labour_permit_facts import Reg16ForeignLabourPermitFacts # noqa: PLC0415
        d = dict(src_dict)
        def _parse_applicant(data: object) -> LegalEntityApplicant | PersonApplicant:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                applicant_type_0 = PersonApplicant.from_dict(data)



                return applicant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            applicant_type_1 = LegalEntityApplicant.from_dict(data)



            return applicant_type_1

        applicant = _parse_applicant(d.pop("applicant"))


        regulation_id = cast(Literal[16] , d.pop("regulation_id"))
        if regulation_id != 16:
            raise ValueError(f"regulation_id must match const 16, got '{regulation_id}'")

        _facts = d.pop("facts", UNSET)
        facts: Reg16ForeignLabourPermitFacts | Unset
        if isinstance(_facts,  Unset):
            facts = UNSET
        else:
            facts = Reg16ForeignLabourPermitFacts.from_dict(_facts)




        def _parse_sub_service(data: object) -> None | Reg16AcceptedInPersonSubServiceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sub_service_type_0 = check_reg_16_accepted_in_person_sub_service_type_0(data)



                return sub_service_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Reg16AcceptedInPersonSubServiceType0 | Unset, data)

        sub_service = _parse_sub_service(d.pop("sub_service", UNSET))


        reg_16_accepted_in_person = cls(
            applicant=applicant,
            regulation_id=regulation_id,
            facts=facts,
            sub_service=sub_service,
        )

        return reg_16_accepted_in_person

