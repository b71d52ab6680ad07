from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.person_applicant import PersonApplicant
  from ..models.reg_17_duplicate_certificate_facts import Reg17DuplicateCertificateFacts





T = TypeVar("T", bound="Reg17DuplicateAcceptedInPerson")



@_attrs_define
class Reg17DuplicateAcceptedInPerson:
    """ 
        Attributes:
            applicant (PersonApplicant): A person, identified by the IIN (checked digit by digit); `kind` may be left out.
            facts (Reg17DuplicateCertificateFacts):
            regulation_id (Literal[17]):
            sub_service (Literal['duplicate']): the regulation's sub-service
     """

    applicant: PersonApplicant
    facts: Reg17DuplicateCertificateFacts
    regulation_id: Literal[17]
    sub_service: Literal['duplicate']





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_17_duplicate_certificate_facts import Reg17DuplicateCertificateFacts # noqa: PLC0415
        applicant = self.applicant.to_dict()

        facts = self.facts.to_dict()

        regulation_id = self.regulation_id

        sub_service = self.sub_service


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "applicant": applicant,
            "facts": facts,
            "regulation_id": regulation_id,
            "sub_service": sub_service,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_applicant import PersonApplicant # noqa: PLC0415
        from ..models.reg_17_duplicate_certificate_facts import Reg17DuplicateCertificateFacts # noqa: PLC0415
        d = dict(src_dict)
        applicant = PersonApplicant.from_dict(d.pop("applicant"))




        facts = Reg17DuplicateCertificateFacts.from_dict(d.pop("facts"))




        regulation_id = cast(Literal[17] , d.pop("regulation_id"))
        if regulation_id != 17:
            raise ValueError(f"regulation_id must match const 17, got '{regulation_id}'")

        sub_service = cast(Literal['duplicate'] , d.pop("sub_service"))
        if sub_service != 'duplicate':
            raise ValueError(f"sub_service must match const 'duplicate', got '{sub_service}'")

        reg_17_duplicate_accepted_in_person = cls(
            applicant=applicant,
            facts=facts,
            regulation_id=regulation_id,
            sub_service=sub_service,
        )

        return reg_17_duplicate_accepted_in_person

