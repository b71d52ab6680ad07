from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reg_16_accepted_in_person_sub_service import check_reg_16_accepted_in_person_sub_service
from ..models.reg_16_accepted_in_person_sub_service import Reg16AcceptedInPersonSubService
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
            sub_service (Reg16AcceptedInPersonSubService | Unset): the regulation's sub-service; left out, its first
                (issuance) Default: 'issuance'.
     """

    applicant: LegalEntityApplicant | PersonApplicant
    regulation_id: Literal[16]
    facts: Reg16ForeignLabourPermitFacts | Unset = UNSET
    sub_service: Reg16AcceptedInPersonSubService | Unset = 'issuance'





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

        sub_service: str | Unset = UNSET
        if not isinstance(self.sub_service, Unset):
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




        _sub_service = d.pop("sub_service", UNSET)
        sub_service: Reg16AcceptedInPersonSubService | Unset
        if isinstance(_sub_service,  Unset):
            sub_service = UNSET
        else:
            sub_service = check_reg_16_accepted_in_person_sub_service(_sub_service)




        reg_16_accepted_in_person = cls(
            applicant=applicant,
            regulation_id=regulation_id,
            facts=facts,
            sub_service=sub_service,
        )

        return reg_16_accepted_in_person

