from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.person_applicant import PersonApplicant
  from ..models.regs_2357_disability_aid_facts import Regs2357DisabilityAidFacts





T = TypeVar("T", bound="Reg5AcceptedInPerson")



@_attrs_define
class Reg5AcceptedInPerson:
    """ 
        Attributes:
            applicant (PersonApplicant): A person, identified by the IIN (checked digit by digit); `kind` may be left out.
            regulation_id (Literal[5]):
            facts (Regs2357DisabilityAidFacts | Unset): Regs 2, 3, 5, 6, 7: what the individual rehabilitation programme
                gives the person.
            sub_service (None | Unset): this regulation has no sub-services
     """

    applicant: PersonApplicant
    regulation_id: Literal[5]
    facts: Regs2357DisabilityAidFacts | Unset = UNSET
    sub_service: None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.regs_2357_disability_aid_facts import Regs2357DisabilityAidFacts # noqa: PLC0415
        applicant = self.applicant.to_dict()

        regulation_id = self.regulation_id

        facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = self.facts.to_dict()

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
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.regs_2357_disability_aid_facts import Regs2357DisabilityAidFacts # noqa: PLC0415
        d = dict(src_dict)
        applicant = PersonApplicant.from_dict(d.pop("applicant"))




        regulation_id = cast(Literal[5] , d.pop("regulation_id"))
        if regulation_id != 5:
            raise ValueError(f"regulation_id must match const 5, got '{regulation_id}'")

        _facts = d.pop("facts", UNSET)
        facts: Regs2357DisabilityAidFacts | Unset
        if isinstance(_facts,  Unset):
            facts = UNSET
        else:
            facts = Regs2357DisabilityAidFacts.from_dict(_facts)




        sub_service = d.pop("sub_service", UNSET)

        reg_5_accepted_in_person = cls(
            applicant=applicant,
            regulation_id=regulation_id,
            facts=facts,
            sub_service=sub_service,
        )

        return reg_5_accepted_in_person

