from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import check_role
from ..models.role import Role
from typing import cast






T = TypeVar("T", bound="Actor")



@_attrs_define
class Actor:
    """ The person (or system account) inside the producer who caused the event.

        Attributes:
            person_id (str):
            role (Role):
     """

    person_id: str
    role: Role





    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        role: str = self.role


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "person_id": person_id,
            "role": role,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = d.pop("person_id")

        role = check_role(d.pop("role"))




        actor = cls(
            person_id=person_id,
            role=role,
        )

        return actor

