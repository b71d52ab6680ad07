"""IIN parsing, against a reference check-digit computation written independently here."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from contracts.iin import (
    Bin,
    BinStr,
    Iin,
    IinStr,
    InvalidBin,
    InvalidIin,
    check_digit,
    mask_iin,
    parse_bin,
    parse_iin,
)
from contracts.people import ApplicantIn, LegalEntityIn, PersonIn

# the property tests range over every birth date the scheme can write, so they fix "today"
LATEST = date(2099, 12, 31)


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
    (with_check_digit("26113050001"), date(2026, 11, 30), "male"),
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
    iin = parse_iin(value, LATEST)
    assert iin.birth_date.strftime("%y%m%d") == value[:6]


@settings(max_examples=500, deadline=None)
@given(valid_iins, st.integers(0, 11), st.integers(1, 9))
def test_changing_one_digit_is_caught_unless_still_valid(value: str, pos: int, delta: int) -> None:
    mutated = value[:pos] + str((int(value[pos]) + delta) % 10) + value[pos + 1:]
    if reference_is_valid(mutated):
        assert parse_iin(mutated, LATEST).value == mutated
    else:
        with pytest.raises(InvalidIin):
            parse_iin(mutated, LATEST)


@settings(max_examples=300, deadline=None)
@given(valid_iins, st.integers(1, 9))
def test_changing_the_check_digit_is_always_caught(value: str, delta: int) -> None:
    # The property that makes the check digit worth having: one wrong final digit never passes.
    with pytest.raises(InvalidIin, match="check digit"):
        parse_iin(value[:11] + str((int(value[11]) + delta) % 10), LATEST)


# --- a birth date in the future ----------------------------------------------------------------

TODAY = date(2026, 12, 1)


def test_an_iin_born_in_the_future_is_refused() -> None:
    # 991231500125: 7th digit 5 puts 99-12-31 in the 2000s, 31 Dec 2099; its check digit is right
    assert check_digit("99123150012") == 5
    with pytest.raises(InvalidIin, match="birth date in the future"):
        parse_iin("991231500125", TODAY)
    # the same serial born yesterday is a person
    born_yesterday = with_check_digit("26113050001")
    assert parse_iin(born_yesterday, TODAY).birth_date == date(2026, 11, 30)
    with pytest.raises(InvalidIin, match="future"):
        parse_iin(born_yesterday, date(2026, 11, 29))


def test_without_a_day_given_today_is_the_date_in_kazakhstan() -> None:
    with pytest.raises(InvalidIin, match="future"):
        parse_iin("991231500125")


def test_iin_str_takes_today_from_the_validation_context() -> None:
    born = with_check_digit("26113050001")
    assert _Applicant.model_validate({"iin": born}, context={"today": TODAY}).iin == born
    with pytest.raises(ValidationError, match="future"):
        _Applicant.model_validate({"iin": born}, context={"today": date(2026, 11, 1)})


# --- BIN: the same shape and check digit, its own 5th and 6th digits ---------------------------

# 050140000656: registered January 2005, resident legal entity (4), head office (0), serial 00065
BIN = "050140000656"


def test_a_bin_reads_its_registration_kind_and_unit() -> None:
    parsed = parse_bin(BIN)
    assert (parsed.registered, parsed.entity, parsed.unit) == (
        (2005, 1), "resident_legal_entity", "head_office")
    assert isinstance(parsed, Bin) and repr(parsed) == "Bin('0501******56')"
    branch = with_check_digit("18115100042")
    assert parse_bin(branch).entity == "non_resident_legal_entity"
    assert parse_bin(branch).unit == "branch"


@pytest.mark.parametrize(("value", "reason"), [
    (BIN[:11], "12 digits"),
    ("05014000065a", "only the digits"),
    (with_check_digit("05134000065"), "month"),
    (with_check_digit("05013000065"), "5th digit"),
    (with_check_digit("05014700065"), "6th digit"),
    ("050140000657", "check digit"),
])
def test_an_invalid_bin_names_the_digit_at_fault(value: str, reason: str) -> None:
    with pytest.raises(InvalidBin, match=reason) as caught:
        parse_bin(value)
    assert value not in str(caught.value)


def test_a_bin_is_not_an_iin_and_an_iin_is_not_a_bin() -> None:
    with pytest.raises(InvalidIin):
        parse_iin(BIN, TODAY)
    with pytest.raises(InvalidBin):
        parse_bin("850103300125")


class _Employer(BaseModel):
    model_config = ConfigDict(hide_input_in_errors=True)
    bin: BinStr


def test_bin_str_validates_a_field() -> None:
    assert _Employer(bin=BIN).bin == BIN
    with pytest.raises(ValidationError, match="check digit"):
        _Employer(bin="050140000657")


def test_a_legal_entity_applies_with_its_bin_and_a_person_with_an_iin() -> None:
    # reg. 16 serves individuals and legal entities (seed line 1198)
    applicant = TypeAdapter(ApplicantIn).validate_python
    employer = applicant({"kind": "legal_entity", "iin": BIN,
                          "organisation_name": "Zhetysu Drilling LLP", "last_name": "Abenov",
                          "first_name": "Arman"})
    assert isinstance(employer, LegalEntityIn) and employer.iin == BIN
    person = applicant({"iin": "850103300125", "last_name": "Abenov", "first_name": "Arman"})
    assert isinstance(person, PersonIn) and person.kind == "person"
    with pytest.raises(ValidationError, match="7th digit"):
        applicant({"iin": BIN, "last_name": "Abenov", "first_name": "Arman"})  # no person's IIN
    with pytest.raises(ValidationError, match="BIN"):
        applicant({"kind": "legal_entity", "iin": "850103300125", "organisation_name": "X",
                   "last_name": "A", "first_name": "B"})
    with pytest.raises(ValidationError, match="organisation_name"):
        applicant({"kind": "legal_entity", "iin": BIN, "last_name": "A", "first_name": "B"})
    with pytest.raises(ValidationError, match="organisation_name"):
        applicant({"iin": "850103300125", "organisation_name": "X", "last_name": "A",
                   "first_name": "B"})


def test_an_applicants_errors_name_the_field_as_the_schema_spells_it() -> None:
    class Body(BaseModel):
        applicant: ApplicantIn

    def fields(applicant: dict[str, str]) -> list[tuple[str | int, ...]]:
        with pytest.raises(ValidationError) as raised:
            Body.model_validate({"applicant": applicant})
        return [e["loc"] for e in raised.value.errors()]

    # no shape's tag (`person`, `legal_entity`) in the path: the oneOf adds no step to it
    assert fields({"iin": BIN, "last_name": "A", "first_name": "B"}) == [("applicant", "iin")]
    assert fields({"kind": "legal_entity", "iin": BIN, "last_name": "A",
                   "first_name": "B"}) == [("applicant", "organisation_name")]
    assert fields({"kind": "robot", "iin": BIN, "last_name": "A",
                   "first_name": "B"}) == [("applicant", "kind")]
