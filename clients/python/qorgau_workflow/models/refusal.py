from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.refusal_regulation_id import check_refusal_regulation_id
from ..models.refusal_regulation_id import RefusalRegulationId
from ..models.refusal_sub_service_type_0 import check_refusal_sub_service_type_0
from ..models.refusal_sub_service_type_0 import RefusalSubServiceType0
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="Refusal")



@_attrs_define
class Refusal:
    """ A refusal of the service, with its reasons; it decides nothing else. Only the regulations
    listed give one (the others' results are positive only).

        Attributes:
            outcome (Literal['refused']):
            reasons (list[str]):
            regulation_id (RefusalRegulationId): the case's regulation
            sub_service (None | RefusalSubServiceType0 | Unset): the case's sub-service, where its regulation has them
     """

    outcome: Literal['refused']
    reasons: list[str]
    regulation_id: RefusalRegulationId
    sub_service: None | RefusalSubServiceType0 | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome

        reasons = self.reasons



        regulation_id: int = self.regulation_id

        sub_service: None | str | Unset
        if isinstance(self.sub_service, Unset):
            sub_service = UNSET
        elif isinstance(self.sub_service, str):
            sub_service = self.sub_service
        else:
            sub_service = self.sub_service


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
            "reasons": reasons,
            "regulation_id": regulation_id,
        })
        if sub_service is not UNSET:
            field_dict["sub_service"] = sub_service

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = cast(Literal['refused'] , d.pop("outcome"))
        if outcome != 'refused':
            raise ValueError(f"outcome must match const 'refused', got '{outcome}'")

        reasons = cast(list[str], d.pop("reasons"))


        regulation_id = check_refusal_regulation_id(d.pop("regulation_id"))




        def _parse_sub_service(data: object) -> None | RefusalSubServiceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sub_service_type_0 = check_refusal_sub_service_type_0(data)



                return sub_service_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefusalSubServiceType0 | Unset, data)

        sub_service = _parse_sub_service(d.pop("sub_service", UNSET))


        refusal = cls(
            outcome=outcome,
            reasons=reasons,
            regulation_id=regulation_id,
            sub_service=sub_service,
        )

        return refusal

