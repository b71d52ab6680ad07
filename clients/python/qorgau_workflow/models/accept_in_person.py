from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.accept_in_person_facts import AcceptInPersonFacts
  from ..models.applicant_in import ApplicantIn





T = TypeVar("T", bound="AcceptInPerson")



@_attrs_define
class AcceptInPerson:
    """ An application accepted at the provider's own office (no front office in between).

        Attributes:
            applicant (ApplicantIn): An applicant as a caller sends it: the IIN (a legal entity: the BIN) checked digit by
                digit, never echoed in errors. A legal entity names itself and the person signing for it.
            regulation_id (int):
            facts (AcceptInPersonFacts | Unset):
            sub_service (None | str | Unset):
     """

    applicant: ApplicantIn
    regulation_id: int
    facts: AcceptInPersonFacts | Unset = UNSET
    sub_service: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.accept_in_person_facts import AcceptInPersonFacts # noqa: PLC0415
        from ..models.applicant_in import ApplicantIn # noqa: PLC0415
        applicant = self.applicant.to_dict()

        regulation_id = self.regulation_id

        facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = self.facts.to_dict()

        sub_service: None | str | Unset
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
        from ..models.accept_in_person_facts import AcceptInPersonFacts # noqa: PLC0415
        from ..models.applicant_in import ApplicantIn # noqa: PLC0415
        d = dict(src_dict)
        applicant = ApplicantIn.from_dict(d.pop("applicant"))




        regulation_id = d.pop("regulation_id")

        _facts = d.pop("facts", UNSET)
        facts: AcceptInPersonFacts | Unset
        if isinstance(_facts,  Unset):
            facts = UNSET
        else:
            facts = AcceptInPersonFacts.from_dict(_facts)




        def _parse_sub_service(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_service = _parse_sub_service(d.pop("sub_service", UNSET))


        accept_in_person = cls(
            applicant=applicant,
            regulation_id=regulation_id,
            facts=facts,
            sub_service=sub_service,
        )

        return accept_in_person

