"""Requests that are right in every way, for the tests to spoil one member at a time."""

from typing import Any

from contracts.catalogue import load_catalogue

APPLICANT = {"iin": "580314300214", "last_name": "Tokhtarov", "first_name": "Serik",
             "middle_name": "Bolatuly", "phone": "+77015550142"}
REPRESENTATIVE = {"iin": "870922400356", "last_name": "Tokhtarova", "first_name": "Dana",
                  "authority": "power of attorney No. 7"}
PERIODS = [{"zone": "extreme", "from_year": 1958, "to_year": 1963, "place": "Semey",
            "kind": "residence"}]
KAZAKH_IBAN = "KZ86125KZT5004100100"
GERMAN_IBAN = "DE89370400440532013000"  # valid, and German


def package() -> list[dict[str, Any]]:
    """Reg. 1's whole checklist, one original each."""
    items = load_catalogue().versions[-1].regulation(1).documents.items
    return [{"kind": item.id, "originals": 1} for item in items]


def reg1(**changes: Any) -> dict[str, Any]:
    """A reg. 1 first registration as a front office submits it."""
    body = {"regulation_id": 1, "sub_service": "first_registration", "applicant": APPLICANT,
            "documents": package(), "facts": {"periods": PERIODS}}
    return {**body, **changes}
