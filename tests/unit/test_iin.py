"""IIN parsing, against a reference check-digit computation written independently here."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, ValidationError

from contracts.iin import Iin, IinStr, InvalidIin, mask_iin, parse_iin


def reference_check_digit(first_eleven: str) -> int | None:
    """Check digit by the published rule; weights 1..11, then 3..11,1,2, both as formulas."""
    for shift in (0, 2):
        total = sum(int(c) * ((i + shift) % 11 + 1) for i, c in enumerate(first_eleven))
        if total % 11 != 10:
            return total % 11
    return None


def reference_is_valid(s: str) -> bool:
    if len(s) != 12 or not s.isdigit() or s[6] not in "123456":
        return False
    century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}[s[6]]
    try:
        date(century + int(s[:2]), int(s[2:4]), int(s[4:6]))
    except ValueError:
        return False
    return reference_check_digit(s[:11]) == int(s[11])


def with_check_digit(first_eleven: str) -> str:
    digit = reference_check_digit(first_eleven)
    assert digit is not None
    return first_eleven + str(digit)


# 850103300125 by hand: 8*1+5*2+0*3+1*4+0*5+3*6+3*7+0*8+0*9+1*10+2*11 = 93 = 8*11 + 5.
# 850103300709 needs the second weights: first sum 131 = 11*11 + 10, second sum 108 = 9*11 + 9.
VALID = [
    ("850103300125", date(1985, 1, 3), "male"),
    ("850103300709", date(1985, 1, 3), "male"),
    (with_check_digit("00022950000"), date(2000, 2, 29), "male"),
    (with_check_digit("99123140001"), date(1999, 12, 31), "female"),
    (with_check_digit("75071510042"), date(1875, 7, 15), "male"),
    (with_check_digit("03063060123"), date(2003, 6, 30), "female"),
    (with_check_digit("61123120777"), date(1861, 12, 31), "female"),
]


@pytest.mark.parametrize(("value", "born", "sex"), VALID, ids=[v[0] for v in VALID])
def test_valid_iin(value: str, born: date, sex: str) -> None:
    iin = parse_iin(value)
    assert (iin.value, iin.birth_date, iin.sex) == (value, born, sex)
    assert reference_is_valid(value)


INVALID = [
    ("85010330012", "12 digits"),  # too short
    ("8501033001255", "12 digits"),  # too long
    ("", "12 digits"),
    ("8501033001a5", "only the digits"),
    ("85010330012 ", "only the digits"),
    ("８５０１０３３００１２５", "only the digits"),  # full-width digits
    ("850103000125", "7th digit"),  # 0
    ("850103700125", "7th digit"),  # 7
    ("850103900125", "7th digit"),  # 9
    ("851303300125", "birth date"),  # month 13
    ("850132300125", "birth date"),  # 32 January
    (with_check_digit("01022950000"), "birth date"),  # 29 Feb 2001
    ("850103300126", "check digit"),
    ("850103300760", "no check digit"),  # both weighted sums give 10
]


@pytest.mark.parametrize(("value", "reason"), INVALID, ids=[v[0] or "empty" for v in INVALID])
def test_invalid_iin_names_the_reason(value: str, reason: str) -> None:
    with pytest.raises(InvalidIin, match=reason):
        parse_iin(value)


@pytest.mark.parametrize("value", [v for v, _ in INVALID if len(v) == 12])
def test_error_message_never_contains_the_full_value(value: str) -> None:
    with pytest.raises(InvalidIin) as caught:
        parse_iin(value)
    assert value not in str(caught.value)


def test_invalid_iin_is_a_value_error() -> None:
    assert issubclass(InvalidIin, ValueError)


def test_repr_is_masked_and_str_is_full() -> None:
    iin = parse_iin("850103300125")
    assert iin.masked == "8501******25"
    assert repr(iin) == "Iin('8501******25')"
    assert "850103300125" not in repr(iin) and "850103300125" not in f"{[iin]}"
    assert str(iin) == "850103300125"


def test_iin_is_frozen() -> None:
    iin = parse_iin("850103300125")
    with pytest.raises(AttributeError):
        iin.value = "x"  # type: ignore[misc]
    assert isinstance(iin, Iin) and hash(iin) == hash(parse_iin("850103300125"))


@pytest.mark.parametrize(
    ("raw", "masked"),
    [("850103300125", "8501******25"), (" 850103300125 ", "8501******25"),
     ("12345", "*****"), ("", ""), (None, ""), (850103300125, "8501******25")],
)
def test_mask_iin_is_tolerant(raw: object, masked: str) -> None:
    assert mask_iin(raw) == masked


class _Applicant(BaseModel):
    model_config = ConfigDict(hide_input_in_errors=True)
    iin: IinStr


def test_iin_str_accepts_a_valid_iin() -> None:
    assert _Applicant(iin="850103300125").iin == "850103300125"


def test_iin_str_error_names_the_field_and_the_reason() -> None:
    with pytest.raises(ValidationError) as caught:
        _Applicant(iin="850103300126")
    (error,) = caught.value.errors()
    assert error["loc"] == ("iin",)
    assert "check digit" in error["msg"]
    assert "850103300126" not in str(caught.value)


valid_iins = st.builds(
    lambda born, sex, serial: born.strftime("%y%m%d")
    + str((born.year // 100 - 18) * 2 + 1 + sex)
    + f"{serial:04d}",
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(0, 1),
    st.integers(0, 9999),
).filter(lambda first: reference_check_digit(first) is not None).map(with_check_digit)


@settings(max_examples=300, deadline=None)
@given(valid_iins)
def test_generated_iins_parse(value: str) -> None:
    iin = parse_iin(value)
    assert iin.birth_date.strftime("%y%m%d") == value[:6]


@settings(max_examples=500, deadline=None)
@given(valid_iins, st.integers(0, 11), st.integers(1, 9))
def test_changing_one_digit_is_caught_unless_still_valid(value: str, pos: int, delta: int) -> None:
    mutated = value[:pos] + str((int(value[pos]) + delta) % 10) + value[pos + 1:]
    if reference_is_valid(mutated):
        assert parse_iin(mutated).value == mutated
    else:
        with pytest.raises(InvalidIin):
            parse_iin(mutated)


@settings(max_examples=300, deadline=None)
@given(valid_iins, st.integers(1, 9))
def test_changing_the_check_digit_is_always_caught(value: str, delta: int) -> None:
    # The property that makes the check digit worth having: one wrong final digit never passes.
    with pytest.raises(InvalidIin, match="check digit"):
        parse_iin(value[:11] + str((int(value[11]) + delta) % 10))
