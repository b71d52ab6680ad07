"""Kazakhstan individual identification number (IIN, ЖСН/ИИН) of a natural person.

Twelve digits: YYMMDD birth date; a century-and-sex digit (1/2: 1800s, 3/4: 1900s, 5/6: 2000s;
odd male, even female); a four-digit serial; a check digit. The check digit is the weighted sum
of the first eleven digits with weights 1..11, mod 11; if that is 10, the sum is taken again with
weights 3..11, 1, 2; if it is 10 again the number is not a valid IIN.

An IIN identifies a person, so logs must not carry it: `repr(iin)` and every error message show
only the masked form (`8501******25`), and `str(iin)` gives the full value for storage and APIs.
Pydantic models that take an `IinStr` field should also set `hide_input_in_errors=True`, because
pydantic otherwise echoes the rejected input in its own validation error.
"""

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator

Sex = Literal["male", "female"]

_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_WEIGHTS_AGAIN = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


class InvalidIin(ValueError):
    """The string is not a valid IIN; the message says why and never repeats the full value."""


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


def parse_iin(s: str) -> Iin:
    if not isinstance(s, str):
        raise InvalidIin(f"IIN must be a string, got {type(s).__name__}")
    if len(s) != 12:
        raise InvalidIin(f"IIN must be exactly 12 digits, got {len(s)} characters")
    if not (s.isascii() and s.isdigit()):
        raise InvalidIin("IIN must contain only the digits 0-9")
    masked = mask_iin(s)
    century_sex = int(s[6])
    if century_sex not in _CENTURY:
        raise InvalidIin(
            f"IIN {masked}: 7th digit (century and sex) must be 1-6, got {century_sex}"
        )
    try:
        born = date(_CENTURY[century_sex] + int(s[0:2]), int(s[2:4]), int(s[4:6]))
    except ValueError:
        raise InvalidIin(f"IIN {masked}: digits 1-6 are not a valid birth date (YYMMDD)") from None
    expected = check_digit(s[:11])
    if expected is None:
        raise InvalidIin(f"IIN {masked}: digits 1-11 admit no check digit (both sums give 10)")
    if expected != int(s[11]):
        raise InvalidIin(f"IIN {masked}: check digit (12th) does not match")
    return Iin(value=s, birth_date=born, sex="male" if century_sex % 2 else "female")


def _validate_iin_str(s: str) -> str:
    return parse_iin(s).value


IinStr = Annotated[str, AfterValidator(_validate_iin_str)]
"""A pydantic field type: a string that must be a valid IIN (the error says what is wrong)."""
