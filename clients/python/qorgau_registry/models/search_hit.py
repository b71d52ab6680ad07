from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.document_kind import check_document_kind
from ..models.document_kind import DocumentKind
from typing import cast






T = TypeVar("T", bound="SearchHit")



@_attrs_define
class SearchHit:
    """ A document found by its holder's name or its number, as a list shows it: the IIN
    masked (the entry or document itself gives it whole to whoever may see it).

        Attributes:
            district (None | str):
            document_id (str):
            first_name (str):
            holder_id (str):
            holder_iin (str): masked: the first 4 and the last 2 digits
            kind (DocumentKind):
            last_name (str):
            middle_name (None | str):
            number (None | str):
            organisation_id (str):
            regulation_id (int):
            status (str):
     """

    district: None | str
    document_id: str
    first_name: str
    holder_id: str
    holder_iin: str
    kind: DocumentKind
    last_name: str
    middle_name: None | str
    number: None | str
    organisation_id: str
    regulation_id: int
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        district: None | str
        district = self.district

        document_id = self.document_id

        first_name = self.first_name

        holder_id = self.holder_id

        holder_iin = self.holder_iin

        kind: str = self.kind

        last_name = self.last_name

        middle_name: None | str
        middle_name = self.middle_name

        number: None | str
        number = self.number

        organisation_id = self.organisation_id

        regulation_id = self.regulation_id

        status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "district": district,
            "document_id": document_id,
            "first_name": first_name,
            "holder_id": holder_id,
            "holder_iin": holder_iin,
            "kind": kind,
            "last_name": last_name,
            "middle_name": middle_name,
            "number": number,
            "organisation_id": organisation_id,
            "regulation_id": regulation_id,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))


        document_id = d.pop("document_id")

        first_name = d.pop("first_name")

        holder_id = d.pop("holder_id")

        holder_iin = d.pop("holder_iin")

        kind = check_document_kind(d.pop("kind"))




        last_name = d.pop("last_name")

        def _parse_middle_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        middle_name = _parse_middle_name(d.pop("middle_name"))


        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))


        organisation_id = d.pop("organisation_id")

        regulation_id = d.pop("regulation_id")

        status = d.pop("status")

        search_hit = cls(
            district=district,
            document_id=document_id,
            first_name=first_name,
            holder_id=holder_id,
            holder_iin=holder_iin,
            kind=kind,
            last_name=last_name,
            middle_name=middle_name,
            number=number,
            organisation_id=organisation_id,
            regulation_id=regulation_id,
            status=status,
        )


        search_hit.additional_properties = d
        return search_hit

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
