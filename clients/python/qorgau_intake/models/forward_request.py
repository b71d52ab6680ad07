from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.provider_ref import ProviderRef





T = TypeVar("T", bound="ForwardRequest")



@_attrs_define
class ForwardRequest:
    """ 
        Attributes:
            provider (None | ProviderRef | Unset): the provider; by default the one the organisation directory gives for the
                regulation and the application's place (GET /v1/organisations)
     """

    provider: None | ProviderRef | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.provider_ref import ProviderRef # noqa: PLC0415
        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ProviderRef):
            provider = self.provider.to_dict()
        else:
            provider = self.provider


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_ref import ProviderRef # noqa: PLC0415
        d = dict(src_dict)
        def _parse_provider(data: object) -> None | ProviderRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_type_0 = ProviderRef.from_dict(data)



                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderRef | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))


        forward_request = cls(
            provider=provider,
        )

        return forward_request

