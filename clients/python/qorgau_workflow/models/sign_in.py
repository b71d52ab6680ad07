from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SignIn")



@_attrs_define
class SignIn:
    """ 
        Attributes:
            signature (str): the head's own signature of GET /v1/cases/{case_id}/draft/document: ed25519:<key id>:<the
                signature, base64url>
            decision_reference (None | str | Unset):
     """

    signature: str
    decision_reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        signature = self.signature

        decision_reference: None | str | Unset
        if isinstance(self.decision_reference, Unset):
            decision_reference = UNSET
        else:
            decision_reference = self.decision_reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "signature": signature,
        })
        if decision_reference is not UNSET:
            field_dict["decision_reference"] = decision_reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        signature = d.pop("signature")

        def _parse_decision_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_reference = _parse_decision_reference(d.pop("decision_reference", UNSET))


        sign_in = cls(
            signature=signature,
            decision_reference=decision_reference,
        )

        return sign_in

