from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.tally_out import TallyOut





T = TypeVar("T", bound="ReconciliationOut")



@_attrs_define
class ReconciliationOut:
    """ 
        Attributes:
            balanced (bool):
            confirmed (TallyOut):
            ordered (TallyOut):
            pending (TallyOut):
            returned (TallyOut):
     """

    balanced: bool
    confirmed: TallyOut
    ordered: TallyOut
    pending: TallyOut
    returned: TallyOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.tally_out import TallyOut # noqa: PLC0415
        balanced = self.balanced

        confirmed = self.confirmed.to_dict()

        ordered = self.ordered.to_dict()

        pending = self.pending.to_dict()

        returned = self.returned.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "balanced": balanced,
            "confirmed": confirmed,
            "ordered": ordered,
            "pending": pending,
            "returned": returned,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tally_out import TallyOut # noqa: PLC0415
        d = dict(src_dict)
        balanced = d.pop("balanced")

        confirmed = TallyOut.from_dict(d.pop("confirmed"))




        ordered = TallyOut.from_dict(d.pop("ordered"))




        pending = TallyOut.from_dict(d.pop("pending"))




        returned = TallyOut.from_dict(d.pop("returned"))




        reconciliation_out = cls(
            balanced=balanced,
            confirmed=confirmed,
            ordered=ordered,
            pending=pending,
            returned=returned,
        )


        reconciliation_out.additional_properties = d
        return reconciliation_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
