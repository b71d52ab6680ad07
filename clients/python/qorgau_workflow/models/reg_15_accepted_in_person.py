from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reg_15_accepted_in_person_sub_service_type_0 import check_reg_15_accepted_in_person_sub_service_type_0
from ..models.reg_15_accepted_in_person_sub_service_type_0 import Reg15AcceptedInPersonSubServiceType0
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.person_applicant import PersonApplicant
  from ..models.reg_15_oralman_status_facts import Reg15OralmanStatusFacts





T = TypeVar("T", bound="Reg15AcceptedInPerson")



@_attrs_define
class Reg15AcceptedInPerson:
    """ 
        Attributes:
            applicant (PersonApplicant): A person, identified by the IIN (checked digit by digit); `kind` may be left out.
            regulation_id (Literal[15]):
            facts (Reg15OralmanStatusFacts | Unset): Reg. 15, the oralman (kandas) status granted or extended.
            sub_service (None | Reg15AcceptedInPersonSubServiceType0 | Unset): the regulation's sub-service; left out, its
                first (grant) Default: 'grant'.
     """

    applicant: PersonApplicant
    regulation_id: Literal[15]
    facts: Reg15OralmanStatusFacts | Unset = UNSET
    sub_service: None | Reg15AcceptedInPersonSubServiceType0 | Unset = 'grant'





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_15_oralman_status_facts import Reg15OralmanStatusFacts # noqa: PLC0415
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
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_15_oralman_status_facts import Reg15OralmanStatusFacts # noqa: PLC0415
        d = dict(src_dict)
        applicant = PersonApplicant.from_dict(d.pop("applicant"))




        regulation_id = cast(Literal[15] , d.pop("regulation_id"))
        if regulation_id != 15:
            raise ValueError(f"regulation_id must match const 15, got '{regulation_id}'")

        _facts = d.pop("facts", UNSET)
        facts: Reg15OralmanStatusFacts | Unset
        if isinstance(_facts,  Unset):
            facts = UNSET
        else:
            facts = Reg15OralmanStatusFacts.from_dict(_facts)




        def _parse_sub_service(data: object) -> None | Reg15AcceptedInPersonSubServiceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sub_service_type_0 = check_reg_15_accepted_in_person_sub_service_type_0(data)



                return sub_service_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Reg15AcceptedInPersonSubServiceType0 | Unset, data)

        sub_service = _parse_sub_service(d.pop("sub_service", UNSET))


        reg_15_accepted_in_person = cls(
            applicant=applicant,
            regulation_id=regulation_id,
            facts=facts,
            sub_service=sub_service,
        )

        return reg_15_accepted_in_person

