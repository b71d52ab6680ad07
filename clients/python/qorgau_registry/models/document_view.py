from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.document_kind import check_document_kind
from ..models.document_kind import DocumentKind
from ..models.replace_reason import check_replace_reason
from ..models.replace_reason import ReplaceReason
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.authority import Authority
  from ..models.document_view_details import DocumentViewDetails





T = TypeVar("T", bound="DocumentView")



@_attrs_define
class DocumentView:
    """ 
        Attributes:
            authority (Authority):
            case_id (str):
            decision_reference (str):
            details (DocumentViewDetails):
            document_id (str):
            due_at (datetime.datetime):
            first_name (str):
            holder_id (str):
            holder_iin (str):
            invalid_reason (None | str):
            invalidated_at (datetime.datetime | None):
            invalidated_by (None | str):
            issued_at (datetime.datetime | None):
            issued_by (None | str):
            kind (DocumentKind):
            last_name (str):
            middle_name (None | str):
            number (None | str):
            overdue (bool):
            regulation_id (int):
            replace_reason (None | ReplaceReason):
            replaced_by (None | str):
            replaces (None | str):
            replaces_number (None | str):
            requested_at (datetime.datetime):
            status (str):
            title (str):
            valid_from (datetime.date | None):
            valid_until (datetime.date | None):
            verification_url (None | str):
     """

    authority: Authority
    case_id: str
    decision_reference: str
    details: DocumentViewDetails
    document_id: str
    due_at: datetime.datetime
    first_name: str
    holder_id: str
    holder_iin: str
    invalid_reason: None | str
    invalidated_at: datetime.datetime | None
    invalidated_by: None | str
    issued_at: datetime.datetime | None
    issued_by: None | str
    kind: DocumentKind
    last_name: str
    middle_name: None | str
    number: None | str
    overdue: bool
    regulation_id: int
    replace_reason: None | ReplaceReason
    replaced_by: None | str
    replaces: None | str
    replaces_number: None | str
    requested_at: datetime.datetime
    status: str
    title: str
    valid_from: datetime.date | None
    valid_until: datetime.date | None
    verification_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.authority import Authority # noqa: PLC0415
        from ..models.document_view_details import DocumentViewDetails # noqa: PLC0415
        authority = self.authority.to_dict()

        case_id = self.case_id

        decision_reference = self.decision_reference

        details = self.details.to_dict()

        document_id = self.document_id

        due_at = self.due_at.isoformat()

        first_name = self.first_name

        holder_id = self.holder_id

        holder_iin = self.holder_iin

        invalid_reason: None | str
        invalid_reason = self.invalid_reason

        invalidated_at: None | str
        if isinstance(self.invalidated_at, datetime.datetime):
            invalidated_at = self.invalidated_at.isoformat()
        else:
            invalidated_at = self.invalidated_at

        invalidated_by: None | str
        invalidated_by = self.invalidated_by

        issued_at: None | str
        if isinstance(self.issued_at, datetime.datetime):
            issued_at = self.issued_at.isoformat()
        else:
            issued_at = self.issued_at

        issued_by: None | str
        issued_by = self.issued_by

        kind: str = self.kind

        last_name = self.last_name

        middle_name: None | str
        middle_name = self.middle_name

        number: None | str
        number = self.number

        overdue = self.overdue

        regulation_id = self.regulation_id

        replace_reason: None | str
        if isinstance(self.replace_reason, str):
            replace_reason = self.replace_reason
        else:
            replace_reason = self.replace_reason

        replaced_by: None | str
        replaced_by = self.replaced_by

        replaces: None | str
        replaces = self.replaces

        replaces_number: None | str
        replaces_number = self.replaces_number

        requested_at = self.requested_at.isoformat()

        status = self.status

        title = self.title

        valid_from: None | str
        if isinstance(self.valid_from, datetime.date):
            valid_from = self.valid_from.isoformat()
        else:
            valid_from = self.valid_from

        valid_until: None | str
        if isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        verification_url: None | str
        verification_url = self.verification_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "authority": authority,
            "case_id": case_id,
            "decision_reference": decision_reference,
            "details": details,
            "document_id": document_id,
            "due_at": due_at,
            "first_name": first_name,
            "holder_id": holder_id,
            "holder_iin": holder_iin,
            "invalid_reason": invalid_reason,
            "invalidated_at": invalidated_at,
            "invalidated_by": invalidated_by,
            "issued_at": issued_at,
            "issued_by": issued_by,
            "kind": kind,
            "last_name": last_name,
            "middle_name": middle_name,
            "number": number,
            "overdue": overdue,
            "regulation_id": regulation_id,
            "replace_reason": replace_reason,
            "replaced_by": replaced_by,
            "replaces": replaces,
            "replaces_number": replaces_number,
            "requested_at": requested_at,
            "status": status,
            "title": title,
            "valid_from": valid_from,
            "valid_until": valid_until,
            "verification_url": verification_url,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authority import Authority # noqa: PLC0415
        from ..models.document_view_details import DocumentViewDetails # noqa: PLC0415
        d = dict(src_dict)
        authority = Authority.from_dict(d.pop("authority"))




        case_id = d.pop("case_id")

        decision_reference = d.pop("decision_reference")

        details = DocumentViewDetails.from_dict(d.pop("details"))




        document_id = d.pop("document_id")

        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))




        first_name = d.pop("first_name")

        holder_id = d.pop("holder_id")

        holder_iin = d.pop("holder_iin")

        def _parse_invalid_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        invalid_reason = _parse_invalid_reason(d.pop("invalid_reason"))


        def _parse_invalidated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invalidated_at_type_0 = datetime.datetime.fromisoformat(data)



                return invalidated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        invalidated_at = _parse_invalidated_at(d.pop("invalidated_at"))


        def _parse_invalidated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        invalidated_by = _parse_invalidated_by(d.pop("invalidated_by"))


        def _parse_issued_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issued_at_type_0 = datetime.datetime.fromisoformat(data)



                return issued_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        issued_at = _parse_issued_at(d.pop("issued_at"))


        def _parse_issued_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        issued_by = _parse_issued_by(d.pop("issued_by"))


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


        overdue = d.pop("overdue")

        regulation_id = d.pop("regulation_id")

        def _parse_replace_reason(data: object) -> None | ReplaceReason:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replace_reason_type_0 = check_replace_reason(data)



                return replace_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReplaceReason, data)

        replace_reason = _parse_replace_reason(d.pop("replace_reason"))


        def _parse_replaced_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        replaced_by = _parse_replaced_by(d.pop("replaced_by"))


        def _parse_replaces(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        replaces = _parse_replaces(d.pop("replaces"))


        def _parse_replaces_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        replaces_number = _parse_replaces_number(d.pop("replaces_number"))


        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))




        status = d.pop("status")

        title = d.pop("title")

        def _parse_valid_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_from_type_0 = datetime.date.fromisoformat(data)



                return valid_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_from = _parse_valid_from(d.pop("valid_from"))


        def _parse_valid_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)



                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_until = _parse_valid_until(d.pop("valid_until"))


        def _parse_verification_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        verification_url = _parse_verification_url(d.pop("verification_url"))


        document_view = cls(
            authority=authority,
            case_id=case_id,
            decision_reference=decision_reference,
            details=details,
            document_id=document_id,
            due_at=due_at,
            first_name=first_name,
            holder_id=holder_id,
            holder_iin=holder_iin,
            invalid_reason=invalid_reason,
            invalidated_at=invalidated_at,
            invalidated_by=invalidated_by,
            issued_at=issued_at,
            issued_by=issued_by,
            kind=kind,
            last_name=last_name,
            middle_name=middle_name,
            number=number,
            overdue=overdue,
            regulation_id=regulation_id,
            replace_reason=replace_reason,
            replaced_by=replaced_by,
            replaces=replaces,
            replaces_number=replaces_number,
            requested_at=requested_at,
            status=status,
            title=title,
            valid_from=valid_from,
            valid_until=valid_until,
            verification_url=verification_url,
        )


        document_view.additional_properties = d
        return document_view

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
