from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PublishedKey")



@_attrs_define
class PublishedKey:
    """ One public key of the key set.

        Attributes:
            kid (str):
            not_before (datetime.datetime):
            organisation_id (str):
            public_key (str): the raw 32-byte Ed25519 public key, base64url
            not_after (datetime.datetime | None | Unset):
            person_id (None | str | Unset):
            revoked_at (datetime.datetime | None | Unset):
     """

    kid: str
    not_before: datetime.datetime
    organisation_id: str
    public_key: str
    not_after: datetime.datetime | None | Unset = UNSET
    person_id: None | str | Unset = UNSET
    revoked_at: datetime.datetime | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kid = self.kid

        not_before = self.not_before.isoformat()

        organisation_id = self.organisation_id

        public_key = self.public_key

        not_after: None | str | Unset
        if isinstance(self.not_after, Unset):
            not_after = UNSET
        elif isinstance(self.not_after, datetime.datetime):
            not_after = self.not_after.isoformat()
        else:
            not_after = self.not_after

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        revoked_at: None | str | Unset
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kid": kid,
            "not_before": not_before,
            "organisation_id": organisation_id,
            "public_key": public_key,
        })
        if not_after is not UNSET:
            field_dict["not_after"] = not_after
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kid = d.pop("kid")

        not_before = datetime.datetime.fromisoformat(d.pop("not_before"))




        organisation_id = d.pop("organisation_id")

        public_key = d.pop("public_key")

        def _parse_not_after(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                not_after_type_0 = datetime.datetime.fromisoformat(data)



                return not_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        not_after = _parse_not_after(d.pop("not_after", UNSET))


        def _parse_person_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))


        def _parse_revoked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)



                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at", UNSET))


        published_key = cls(
            kid=kid,
            not_before=not_before,
            organisation_id=organisation_id,
            public_key=public_key,
            not_after=not_after,
            person_id=person_id,
            revoked_at=revoked_at,
        )

        return published_key

