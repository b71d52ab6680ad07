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
  from ..models.reg_11_home_schooling_compensation_facts import Reg11HomeSchoolingCompensationFacts





T = TypeVar("T", bound="Reg11NotificationAcceptedInPerson")



@_attrs_define
class Reg11NotificationAcceptedInPerson:
    """ 
        Attributes:
            applicant (PersonApplicant): A person, identified by the IIN (checked digit by digit); `kind` may be left out.
            regulation_id (Literal[11]):
            facts (Reg11HomeSchoolingCompensationFacts | Unset): Reg. 11: a disabled child taught at home, whose costs are
                to be compensated.
            sub_service (Literal['notification'] | None | Unset): the regulation's sub-service; left out, its first
                (notification) Default: 'notification'.
     """

    applicant: PersonApplicant
    regulation_id: Literal[11]
    facts: Reg11HomeSchoolingCompensationFacts | Unset = UNSET
    sub_service: Literal['notification'] | None | Unset = 'notification'





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_11_home_schooling_compensation_facts import Reg11HomeSchoolingCompensationFacts # noqa: PLC0415
        applicant = self.applicant.to_dict()

        regulation_id = self.regulation_id

        facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = self.facts.to_dict()

        sub_service: Literal['notification'] | None | Unset
        if isinstance(self.sub_service, Unset):
            sub_service = UNSET
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
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_11_home_schooling_compensation_facts import Reg11HomeSchoolingCompensationFacts # noqa: PLC0415
        d = dict(src_dict)
        applicant = PersonApplicant.from_dict(d.pop("applicant"))




        regulation_id = cast(Literal[11] , d.pop("regulation_id"))
        if regulation_id != 11:
            raise ValueError(f"regulation_id must match const 11, got '{regulation_id}'")

        _facts = d.pop("facts", UNSET)
        facts: Reg11HomeSchoolingCompensationFacts | Unset
        if isinstance(_facts,  Unset):
            facts = UNSET
        else:
            facts = Reg11HomeSchoolingCompensationFacts.from_dict(_facts)




        def _parse_sub_service(data: object) -> Literal['notification'] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            sub_service_type_0 = cast(Literal['notification'] , data)
            if sub_service_type_0 != 'notification':
                raise ValueError(f"sub_service_type_0 must match const 'notification', got '{sub_service_type_0}'")
            return sub_service_type_0
            return cast(Literal['notification'] | None | Unset, data)

        sub_service = _parse_sub_service(d.pop("sub_service", UNSET))


        reg_11_notification_accepted_in_person = cls(
            applicant=applicant,
            regulation_id=regulation_id,
            facts=facts,
            sub_service=sub_service,
        )

        return reg_11_notification_accepted_in_person

