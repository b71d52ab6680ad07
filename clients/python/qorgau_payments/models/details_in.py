from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.iban_route import IbanRoute
  from ..models.penitentiary_route import PenitentiaryRoute





T = TypeVar("T", bound="DetailsIn")



@_attrs_define
class DetailsIn:
    """ 
        Attributes:
            route (IbanRoute | PenitentiaryRoute):
     """

    route: IbanRoute | PenitentiaryRoute





    def to_dict(self) -> dict[str, Any]:
        from ..models.iban_route import IbanRoute # noqa: PLC0415
        from ..models.penitentiary_route import PenitentiaryRoute # noqa: PLC0415
        route: dict[str, Any]
        if isinstance(self.route, IbanRoute):
            route = self.route.to_dict()
        else:
            route = self.route.to_dict()



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "route": route,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iban_route import IbanRoute # noqa: PLC0415
        from ..models.penitentiary_route import PenitentiaryRoute # noqa: PLC0415
        d = dict(src_dict)
        def _parse_route(data: object) -> IbanRoute | PenitentiaryRoute:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                route_type_0 = IbanRoute.from_dict(data)



                return route_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            route_type_1 = PenitentiaryRoute.from_dict(data)



            return route_type_1

        route = _parse_route(d.pop("route"))


        details_in = cls(
            route=route,
        )

        return details_in

