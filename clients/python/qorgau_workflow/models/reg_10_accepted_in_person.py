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
  from ..models.reg_10_maslikhat_social_assistance_facts import Reg10MaslikhatSocialAssistanceFacts





T = TypeVar("T", bound="Reg10AcceptedInPerson")



@_attrs_define
class Reg10AcceptedInPerson:
    """ 
        Attributes:
            applicant (PersonApplicant): A person, identified by the IIN (checked digit by digit); `kind` may be left out.
            facts (Reg10MaslikhatSocialAssistanceFacts): Reg. 10, social assistance by a maslikhat decision: the applicant's
                category.
            regulation_id (Literal[10]):
            sub_service (None | Unset): this regulation has no sub-services
     """

    applicant: PersonApplicant
    facts: Reg10MaslikhatSocialAssistanceFacts
    regulation_id: Literal[10]
    sub_service: None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_10_maslikhat_social_assistance_facts import Reg10MaslikhatSocialAssistanceFacts # noqa: PLC0415
        applicant = self.applicant.to_dict()

        facts = self.facts.to_dict()

        regulation_id = self.regulation_id

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
        from ..models.reg_10_maslikhat_social_assistance_facts import Reg10MaslikhatSocialAssistanceFacts # noqa: PLC0415
        d = dict(src_dict)
        applicant = PersonApplicant.from_dict(d.pop("applicant"))




        facts = Reg10MaslikhatSocialAssistanceFacts.from_dict(d.pop("facts"))




        regulation_id = cast(Literal[10] , d.pop("regulation_id"))
        if regulation_id != 10:
            raise ValueError(f"regulation_id must match const 10, got '{regulation_id}'")

        sub_service = d.pop("sub_service", UNSET)

        reg_10_accepted_in_person = cls(
            applicant=applicant,
            facts=facts,
            regulation_id=regulation_id,
            sub_service=sub_service,
        )

        return reg_10_accepted_in_person

