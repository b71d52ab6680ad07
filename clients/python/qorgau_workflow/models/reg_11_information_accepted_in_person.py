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
  from ..models.reg_11_information_on_an_assignment_facts import Reg11InformationOnAnAssignmentFacts





T = TypeVar("T", bound="Reg11InformationAcceptedInPerson")



@_attrs_define
class Reg11InformationAcceptedInPerson:
    """ 
        Attributes:
            applicant (PersonApplicant): A person, identified by the IIN (checked digit by digit); `kind` may be left out.
            regulation_id (Literal[11]):
            sub_service (Literal['information']): the regulation's sub-service
            facts (Reg11InformationOnAnAssignmentFacts | Unset): Reg. 11 `information`: the applicant asks about an
                assignment already made.
     """

    applicant: PersonApplicant
    regulation_id: Literal[11]
    sub_service: Literal['information']
    facts: Reg11InformationOnAnAssignmentFacts | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_11_information_on_an_assignment_facts import Reg11InformationOnAnAssignmentFacts # noqa: PLC0415
        applicant = self.applicant.to_dict()

        regulation_id = self.regulation_id

        sub_service = self.sub_service

        facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = self.facts.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "applicant": applicant,
            "regulation_id": regulation_id,
            "sub_service": sub_service,
        })
        if facts is not UNSET:
            field_dict["facts"] = facts

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_11_information_on_an_assignment_facts import Reg11InformationOnAnAssignmentFacts # noqa: PLC0415
        d = dict(src_dict)
        applicant = PersonApplicant.from_dict(d.pop("applicant"))




        regulation_id = cast(Literal[11] , d.pop("regulation_id"))
        if regulation_id != 11:
            raise ValueError(f"regulation_id must match const 11, got '{regulation_id}'")

        sub_service = cast(Literal['information'] , d.pop("sub_service"))
        if sub_service != 'information':
            raise ValueError(f"sub_service must match const 'information', got '{sub_service}'")

        _facts = d.pop("facts", UNSET)
        facts: Reg11InformationOnAnAssignmentFacts | Unset
        if isinstance(_facts,  Unset):
            facts = UNSET
        else:
            facts = Reg11InformationOnAnAssignmentFacts.from_dict(_facts)




        reg_11_information_accepted_in_person = cls(
            applicant=applicant,
            regulation_id=regulation_id,
            sub_service=sub_service,
            facts=facts,
        )

        return reg_11_information_accepted_in_person

