from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.document_view import DocumentView
  from ..models.period import Period





T = TypeVar("T", bound="RegisterEntryView")



@_attrs_define
class RegisterEntryView:
    """ 
        Attributes:
            annul_reason (None | str):
            annulled_at (datetime.datetime | None):
            case_id (str):
            decided_at (datetime.datetime):
            decision_reference (str):
            district (None | str):
            documents (list[DocumentView]):
            first_name (str):
            holder_id (str):
            iin (str):
            last_name (str):
            middle_name (None | str):
            organisation_id (str):
            periods (list[Period]):
            status (str):
     """

    annul_reason: None | str
    annulled_at: datetime.datetime | None
    case_id: str
    decided_at: datetime.datetime
    decision_reference: str
    district: None | str
    documents: list[DocumentView]
    first_name: str
    holder_id: str
    iin: str
    last_name: str
    middle_name: None | str
    organisation_id: str
    periods: list[Period]
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.document_view import DocumentView # noqa: PLC0415
        from ..models.period import Period # noqa: PLC0415
        annul_reason: None | str
        annul_reason = self.annul_reason

        annulled_at: None | str
        if isinstance(self.annulled_at, datetime.datetime):
            annulled_at = self.annulled_at.isoformat()
        else:
            annulled_at = self.annulled_at

        case_id = self.case_id

        decided_at = self.decided_at.isoformat()

        decision_reference = self.decision_reference

        district: None | str
        district = self.district

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)



        first_name = self.first_name

        holder_id = self.holder_id

        iin = self.iin

        last_name = self.last_name

        middle_name: None | str
        middle_name = self.middle_name

        organisation_id = self.organisation_id

        periods = []
        for periods_item_data in self.periods:
            periods_item = periods_item_data.to_dict()
            periods.append(periods_item)



        status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "annul_reason": annul_reason,
            "annulled_at": annulled_at,
            "case_id": case_id,
            "decided_at": decided_at,
            "decision_reference": decision_reference,
            "district": district,
            "documents": documents,
            "first_name": first_name,
            "holder_id": holder_id,
            "iin": iin,
            "last_name": last_name,
            "middle_name": middle_name,
            "organisation_id": organisation_id,
            "periods": periods,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_view import DocumentView # noqa: PLC0415
        from ..models.period import Period # noqa: PLC0415
        d = dict(src_dict)
        def _parse_annul_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        annul_reason = _parse_annul_reason(d.pop("annul_reason"))


        def _parse_annulled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                annulled_at_type_0 = datetime.datetime.fromisoformat(data)



                return annulled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        annulled_at = _parse_annulled_at(d.pop("annulled_at"))


        case_id = d.pop("case_id")

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))




        decision_reference = d.pop("decision_reference")

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))


        documents = []
        _documents = d.pop("documents")
        for documents_item_data in (_documents):
            documents_item = DocumentView.from_dict(documents_item_data)



            documents.append(documents_item)


        first_name = d.pop("first_name")

        holder_id = d.pop("holder_id")

        iin = d.pop("iin")

        last_name = d.pop("last_name")

        def _parse_middle_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        middle_name = _parse_middle_name(d.pop("middle_name"))


        organisation_id = d.pop("organisation_id")

        periods = []
        _periods = d.pop("periods")
        for periods_item_data in (_periods):
            periods_item = Period.from_dict(periods_item_data)



            periods.append(periods_item)


        status = d.pop("status")

        register_entry_view = cls(
            annul_reason=annul_reason,
            annulled_at=annulled_at,
            case_id=case_id,
            decided_at=decided_at,
            decision_reference=decision_reference,
            district=district,
            documents=documents,
            first_name=first_name,
            holder_id=holder_id,
            iin=iin,
            last_name=last_name,
            middle_name=middle_name,
            organisation_id=organisation_id,
            periods=periods,
            status=status,
        )


        register_entry_view.additional_properties = d
        return register_entry_view

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
