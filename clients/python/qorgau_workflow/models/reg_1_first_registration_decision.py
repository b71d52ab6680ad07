from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.payout import Payout
  from ..models.reg_1_recognition import Reg1Recognition





T = TypeVar("T", bound="Reg1FirstRegistrationDecision")



@_attrs_define
class Reg1FirstRegistrationDecision:
    """ Reg. 1 first registration: the periods recognised (and where the compensation goes).

        Attributes:
            payout (None | Payout | Unset): taken from the application's facts when left out
            recognition (None | Reg1Recognition | Unset): taken from the application's facts when left out
     """

    payout: None | Payout | Unset = UNSET
    recognition: None | Reg1Recognition | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.payout import Payout # noqa: PLC0415
        from ..models.reg_1_recognition import Reg1Recognition # noqa: PLC0415
        payout: dict[str, Any] | None | Unset
        if isinstance(self.payout, Unset):
            payout = UNSET
        elif isinstance(self.payout, Payout):
            payout = self.payout.to_dict()
        else:
            payout = self.payout

        recognition: dict[str, Any] | None | Unset
        if isinstance(self.recognition, Unset):
            recognition = UNSET
        elif isinstance(self.recognition, Reg1Recognition):
            recognition = self.recognition.to_dict()
        else:
            recognition = self.recognition


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if payout is not UNSET:
            field_dict["payout"] = payout
        if recognition is not UNSET:
            field_dict["recognition"] = recognition

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payout import Payout # noqa: PLC0415
        from ..models.reg_1_recognition import Reg1Recognition # noqa: PLC0415
        d = dict(src_dict)
        def _parse_payout(data: object) -> None | Payout | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payout_type_0 = Payout.from_dict(data)



                return payout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Payout | Unset, data)

        payout = _parse_payout(d.pop("payout", UNSET))


        def _parse_recognition(data: object) -> None | Reg1Recognition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recognition_type_0 = Reg1Recognition.from_dict(data)



                return recognition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Reg1Recognition | Unset, data)

        recognition = _parse_recognition(d.pop("recognition", UNSET))


        reg_1_first_registration_decision = cls(
            payout=payout,
            recognition=recognition,
        )

        return reg_1_first_registration_decision

