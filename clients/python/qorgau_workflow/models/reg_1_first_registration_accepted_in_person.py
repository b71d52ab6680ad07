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
  from ..models.reg_1_first_registration_facts import Reg1FirstRegistrationFacts





T = TypeVar("T", bound="Reg1FirstRegistrationAcceptedInPerson")



@_attrs_define
class Reg1FirstRegistrationAcceptedInPerson:
    """ 
        Attributes:
            applicant (PersonApplicant): A person, identified by the IIN (checked digit by digit); `kind` may be left out.
            facts (Reg1FirstRegistrationFacts): Reg. 1, first registration: the periods in the zones, and where the
                compensation goes.
            regulation_id (Literal[1]):
            sub_service (Literal['first_registration'] | None | Unset): the regulation's sub-service; left out, its first
                (first_registration) Default: 'first_registration'.
     """

    applicant: PersonApplicant
    facts: Reg1FirstRegistrationFacts
    regulation_id: Literal[1]
    sub_service: Literal['first_registration'] | None | Unset = 'first_registration'





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_1_first_registration_facts import Reg1FirstRegistrationFacts # noqa: PLC0415
        applicant = self.applicant.to_dict()

        facts = self.facts.to_dict()

        regulation_id = self.regulation_id

        sub_service: Literal['first_registration'] | None | Unset
        if isinstance(self.sub_service, Unset):
            sub_service = UNSET
        else:
            sub_service = self.sub_service


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "applicant": applicant,
            "facts": facts,
            "regulation_id": regulation_id,
        })
        if sub_service is not UNSET:
            field_dict["sub_service"] = sub_service

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_1_first_registration_facts import Reg1FirstRegistrationFacts # noqa: PLC0415
        d = dict(src_dict)
        applicant = PersonApplicant.from_dict(d.pop("applicant"))




        facts = Reg1FirstRegistrationFacts.from_dict(d.pop("facts"))




        regulation_id = cast(Literal[1] , d.pop("regulation_id"))
        if regulation_id != 1:
            raise ValueError(f"regulation_id must match const 1, got '{regulation_id}'")

        def _parse_sub_service(data: object) -> Literal['first_registration'] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            sub_service_type_0 = cast(Literal['first_registration'] , data)
            if sub_service_type_0 != 'first_registration':
                raise ValueError(f"sub_service_type_0 must match const 'first_registration', got '{sub_service_type_0}'")
            return sub_service_type_0
            return cast(Literal['first_registration'] | None | Unset, data)

        sub_service = _parse_sub_service(d.pop("sub_service", UNSET))


        reg_1_first_registration_accepted_in_person = cls(
            applicant=applicant,
            facts=facts,
            regulation_id=regulation_id,
            sub_service=sub_service,
        )

        return reg_1_first_registration_accepted_in_person

