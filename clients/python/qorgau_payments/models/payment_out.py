from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.iban_route import IbanRoute
  from ..models.penitentiary_route import PenitentiaryRoute





T = TypeVar("T", bound="PaymentOut")



@_attrs_define
class PaymentOut:
    """ 
        Attributes:
            case_id (str):
            decision_reference (str):
            district (str):
            payment_id (UUID):
            regulation_id (int):
            status (str):
            version (int):
            amount (None | str | Unset):
            attempts (int | Unset):  Default: 0.
            bank_reference (None | str | Unset):
            conflict_with (None | Unset | UUID):
            currency (str | Unset):  Default: 'KZT'.
            envelope_id (None | Unset | UUID):
            route (IbanRoute | None | PenitentiaryRoute | Unset):
     """

    case_id: str
    decision_reference: str
    district: str
    payment_id: UUID
    regulation_id: int
    status: str
    version: int
    amount: None | str | Unset = UNSET
    attempts: int | Unset = 0
    bank_reference: None | str | Unset = UNSET
    conflict_with: None | Unset | UUID = UNSET
    currency: str | Unset = 'KZT'
    envelope_id: None | Unset | UUID = UNSET
    route: IbanRoute | None | PenitentiaryRoute | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.iban_route import IbanRoute # noqa: PLC0415
        from ..models.penitentiary_route import PenitentiaryRoute # noqa: PLC0415
        case_id = self.case_id

        decision_reference = self.decision_reference

        district = self.district

        payment_id = str(self.payment_id)

        regulation_id = self.regulation_id

        status = self.status

        version = self.version

        amount: None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        attempts = self.attempts

        bank_reference: None | str | Unset
        if isinstance(self.bank_reference, Unset):
            bank_reference = UNSET
        else:
            bank_reference = self.bank_reference

        conflict_with: None | str | Unset
        if isinstance(self.conflict_with, Unset):
            conflict_with = UNSET
        elif isinstance(self.conflict_with, UUID):
            conflict_with = str(self.conflict_with)
        else:
            conflict_with = self.conflict_with

        currency = self.currency

        envelope_id: None | str | Unset
        if isinstance(self.envelope_id, Unset):
            envelope_id = UNSET
        elif isinstance(self.envelope_id, UUID):
            envelope_id = str(self.envelope_id)
        else:
            envelope_id = self.envelope_id

        route: dict[str, Any] | None | Unset
        if isinstance(self.route, Unset):
            route = UNSET
        elif isinstance(self.route, IbanRoute):
            route = self.route.to_dict()
        elif isinstance(self.route, PenitentiaryRoute):
            route = self.route.to_dict()
        else:
            route = self.route


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "case_id": case_id,
            "decision_reference": decision_reference,
            "district": district,
            "payment_id": payment_id,
            "regulation_id": regulation_id,
            "status": status,
            "version": version,
        })
        if amount is not UNSET:
            field_dict["amount"] = amount
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if bank_reference is not UNSET:
            field_dict["bank_reference"] = bank_reference
        if conflict_with is not UNSET:
            field_dict["conflict_with"] = conflict_with
        if currency is not UNSET:
            field_dict["currency"] = currency
        if envelope_id is not UNSET:
            field_dict["envelope_id"] = envelope_id
        if route is not UNSET:
            field_dict["route"] = route

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.iban_route import IbanRoute # noqa: PLC0415
        from ..models.penitentiary_route import PenitentiaryRoute # noqa: PLC0415
        d = dict(src_dict)
        case_id = d.pop("case_id")

        decision_reference = d.pop("decision_reference")

        district = d.pop("district")

        payment_id = UUID(d.pop("payment_id"))




        regulation_id = d.pop("regulation_id")

        status = d.pop("status")

        version = d.pop("version")

        def _parse_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        amount = _parse_amount(d.pop("amount", UNSET))


        attempts = d.pop("attempts", UNSET)

        def _parse_bank_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_reference = _parse_bank_reference(d.pop("bank_reference", UNSET))


        def _parse_conflict_with(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conflict_with_type_0 = UUID(data)



                return conflict_with_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        conflict_with = _parse_conflict_with(d.pop("conflict_with", UNSET))


        currency = d.pop("currency", UNSET)

        def _parse_envelope_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                envelope_id_type_0 = UUID(data)



                return envelope_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        envelope_id = _parse_envelope_id(d.pop("envelope_id", UNSET))


        def _parse_route(data: object) -> IbanRoute | None | PenitentiaryRoute | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                route_type_0_type_0 = IbanRoute.from_dict(data)



                return route_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                route_type_0_type_1 = PenitentiaryRoute.from_dict(data)



                return route_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IbanRoute | None | PenitentiaryRoute | Unset, data)

        route = _parse_route(d.pop("route", UNSET))


        payment_out = cls(
            case_id=case_id,
            decision_reference=decision_reference,
            district=district,
            payment_id=payment_id,
            regulation_id=regulation_id,
            status=status,
            version=version,
            amount=amount,
            attempts=attempts,
            bank_reference=bank_reference,
            conflict_with=conflict_with,
            currency=currency,
            envelope_id=envelope_id,
            route=route,
        )


        payment_out.additional_properties = d
        return payment_out

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
