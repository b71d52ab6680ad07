"""Kazakhstan identification numbers: the IIN (ЖСН/ИИН) of a natural person and the BIN
(БСН/БИН) of a legal entity, a branch or representative office, or a joint entrepreneurship.

IIN, twelve digits: YYMMDD birth date; a century-and-sex digit (1/2: 1800s, 3/4: 1900s, 5/6:
2000s; odd male, even female); a four-digit serial; a check digit. A birth date after today is
refused (`991231500125` would be born on 31 Dec 2099).

BIN, the same twelve-digit shape and check digit: YYMM of state registration; the 5th digit is
the kind of entity (4 resident legal entity, 5 non-resident legal entity, 6 individual
entrepreneur in joint entrepreneurship); the 6th says which unit (0 head office, 1 branch,
2 representative office, 3 peasant farm in joint entrepreneurship); a five-digit serial; the
check digit.

The check digit is the weighted sum of the first eleven digits with weights 1..11, mod 11; if
that is 10, the sum is taken again with weights 3..11, 1, 2; if it is 10 again the number is not
valid.

An IIN identifies a person, so logs must not carry it: `repr(iin)` and every error message show
only the masked form (`8501******25`), and `str(iin)` gives the full value for storage and APIs.
Pydantic models that take an `IinStr` field should also set `hide_input_in_errors=True`, because
pydantic otherwise echoes the rejected input in its own validation error.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Annotated, Literal

from pydantic import AfterValidator, ValidationInfo, WithJsonSchema

Sex = Literal["male", "female"]
EntityKind = Literal["resident_legal_entity", "non_resident_legal_entity",
                     "joint_entrepreneurship"]
Unit = Literal["head_office", "branch", "representative_office", "peasant_farm"]

_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_AGAIN = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}
_ENTITY: dict[int, EntityKind] = {4: "resident_legal_entity", 5: "non_resident_legal_entity",
                                  6: "joint_entrepreneurship"}
_UNIT: dict[int, Unit] = {0: "head_office", 1: "branch", 2: "representative_office",
                          3: "peasant_farm"}
# all of Kazakhstan keeps UTC+5: "today" for a birth date is the date there
_KAZAKHSTAN = timezone(timedelta(hours=5))


class InvalidIin(ValueError):
    """The string is not a valid IIN; the message says why and never repeats the full value."""


class InvalidBin(ValueError):
    """The string is not a valid BIN; the message says why and never repeats the full value."""


@dataclass(frozen=True, slots=True, repr=False)
class Iin:
    value: str
    birth_date: date
    sex: Sex

    @property
    def masked(self) -> str:
        return mask_iin(self.value)

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"Iin('{self.masked}')"


@dataclass(frozen=True, slots=True, repr=False)
class Bin:
    value: str
    registered: tuple[int, int]  # (year, month) of state registration
    entity: EntityKind
    unit: Unit

    @property
    def masked(self) -> str:
        return mask_iin(self.value)

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"Bin('{self.masked}')"


def mask_iin(s: object) -> str:
    """Log-safe form: first 4 and last 2 digits of a 12-digit value; anything else fully starred."""
    text = "" if s is None else str(s).strip()
    if len(text) == 12 and text.isascii() and text.isdigit():
        return f"{text[:4]}{'*' * 6}{text[-2:]}"
    return "*" * len(text)


def check_digit(first_eleven: str) -> int | None:
    """The check digit for eleven digits, or None when no check digit exists (both sums give 10)."""
    digits = [int(c) for c in first_eleven]
    for weights in (_WEIGHTS, _WEIGHTS_AGAIN):
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if remainder != 10:
            return remainder
    return None


def parse_iin(s: str, today: date | None = None) -> Iin:
    """The IIN `s`; InvalidIin naming why not. `today` (default: the date in Kazakhstan now)
    bounds the birth date: nobody is born after it."""
    masked = _shape(s, "IIN", InvalidIin)
    century_sex = int(s[6])
    if century_sex not in _CENTURY:
        raise InvalidIin(
            f"IIN {masked}: 7th digit (century and sex) must be 1-6, got {century_sex}"
        )
    try:
        born = date(_CENTURY[century_sex] + int(s[0:2]), int(s[2:4]), int(s[4:6]))
    except ValueError:
        raise InvalidIin(f"IIN {masked}: digits 1-6 are not a valid birth date (YYMMDD)") from None
    if born > (today or _today()):
        raise InvalidIin(f"IIN {masked}: digits 1-7 give a birth date in the future ({born:%Y})")
    _check(s, "IIN", masked, InvalidIin)
    return Iin(value=s, birth_date=born, sex="male" if century_sex % 2 else "female")


def parse_bin(s: str) -> Bin:
    """The BIN `s`; InvalidBin naming why not."""
    masked = _shape(s, "BIN", InvalidBin)
    month, entity, unit = int(s[2:4]), int(s[4]), int(s[5])
    if not 1 <= month <= 12:
        raise InvalidBin(f"BIN {masked}: digits 3-4 are not a month of registration (MM)")
    if entity not in _ENTITY:
        raise InvalidBin(f"BIN {masked}: 5th digit (kind of entity) must be 4, 5 or 6, "
                         f"got {entity}")
    if unit not in _UNIT:
        raise InvalidBin(f"BIN {masked}: 6th digit (head office, branch, representative "
                         f"office, peasant farm) must be 0-3, got {unit}")
    _check(s, "BIN", masked, InvalidBin)
    year = 2000 + int(s[:2]) if int(s[:2]) <= _today().year % 100 else 1900 + int(s[:2])
    return Bin(value=s, registered=(year, month), entity=_ENTITY[entity], unit=_UNIT[unit])


def _shape(s: object, name: str, error: type[ValueError]) -> str:
    if not isinstance(s, str):
        raise error(f"{name} must be a string, got {type(s).__name__}")
    if len(s) != 12:
        raise error(f"{name} must be exactly 12 digits, got {len(s)} characters")
    if not (s.isascii() and s.isdigit()):
        raise error(f"{name} must contain only the digits 0-9")
    return mask_iin(s)


def _check(s: str, name: str, masked: str, error: type[ValueError]) -> None:
    expected = check_digit(s[:11])
    if expected is None:
        raise error(f"{name} {masked}: digits 1-11 admit no check digit (both sums give 10)")
    if expected != int(s[11]):
        raise error(f"{name} {masked}: check digit (12th) does not match")


def _today() -> date:
    # The one clock read of this module: a validator of an API field cannot be handed the clock;
    # a caller that has one passes `today` (or a pydantic validation context with "today").
    return datetime.now(UTC).astimezone(_KAZAKHSTAN).date()


def _validate_iin_str(s: str, info: ValidationInfo) -> str:
    today = info.context.get("today") if isinstance(info.context, dict) else None
    return parse_iin(s, today).value


def _validate_bin_str(s: str) -> str:
    return parse_bin(s).value


# No `pattern` beside the format: twelve digits are not yet an IIN, and a generator that reads
# the pattern alone would send ones that are not.
IIN_SCHEMA = {"type": "string", "format": "kz-iin",
              "description": "an IIN: 12 digits, the birth date (not in the future) and the "
              "century and sex digit first, the check digit last"}
BIN_SCHEMA = {"type": "string", "format": "kz-bin",
              "description": "a BIN: 12 digits, the year and month of registration, the kind "
              "of entity (4-6) and of unit (0-3) first, the check digit last"}

IinStr = Annotated[str, AfterValidator(_validate_iin_str), WithJsonSchema(IIN_SCHEMA)]
"""A pydantic field type: a string that must be a valid IIN (the error says what is wrong)."""

BinStr = Annotated[str, AfterValidator(_validate_bin_str), WithJsonSchema(BIN_SCHEMA)]
"""A pydantic field type: a string that must be a valid BIN."""
