from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.service_notice import ServiceNotice





T = TypeVar("T", bound="Regs235911NotificationDecision")



@_attrs_define
class Regs235911NotificationDecision:
    """ Regs 2, 3, 5-9 and 11 (information): the notification that the documents are drawn up.

        Attributes:
            service (ServiceNotice): Regs 2, 3, 5-9: the notification that the documents are drawn up, with the terms.
     """

    service: ServiceNotice





    def to_dict(self) -> dict[str, Any]:
        from ..models.service_notice import ServiceNotice # noqa: PLC0415
        service = self.service.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "service": service,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_notice import ServiceNotice # noqa: PLC0415
        d = dict(src_dict)
        service = ServiceNotice.from_dict(d.pop("service"))




        regs_235911_notification_decision = cls(
            service=service,
        )

        return regs_235911_notification_decision

