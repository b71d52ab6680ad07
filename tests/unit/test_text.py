"""The text types of `contracts.text`: what a name and a line of text may hold, as laws over
generated text (hypothesis, fixed seed), and the JSON schema saying the same as the check."""

import re
import unicodedata
from typing import Annotated

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from contracts.text import LINE, PARAGRAPH, PERSON_NAME, Paragraph, PersonName, TextLine

SETTINGS = settings(max_examples=300, derandomize=True, deadline=None)

NAMES = TypeAdapter(PersonName)
LINES = TypeAdapter(TextLine)
PARAGRAPHS = TypeAdapter(Paragraph)

KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
RUSSIAN = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÄäÖöÜüŞşĞğŃńŪūİı"
LETTERS = KAZAKH + RUSSIAN + LATIN
BETWEEN = " -'’ʼ."
# what never belongs in text: controls, invisible formatting, bidi embeddings/overrides/isolates
NEVER = ("\x00\x07\x08\t\n\r\x1b\x7f\x85\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f"
         "\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff")

words = st.text(alphabet=LETTERS, min_size=1, max_size=12)
names = st.builds(lambda first, rest: first + "".join(s + w for s, w in rest), words,
                  st.lists(st.tuples(st.sampled_from(BETWEEN), words), max_size=3))


@SETTINGS
@given(names)
def test_names_of_kazakh_russian_and_latin_letters_hyphens_and_apostrophes_pass(name):
    assert NAMES.validate_python(name) == unicodedata.normalize("NFC", name)


@SETTINGS
@given(names, st.sampled_from(NEVER), st.integers(min_value=0))
def test_a_control_invisible_or_bidi_character_anywhere_in_a_name_refuses_it(name, bad, at):
    at %= len(name) + 1
    with pytest.raises(ValidationError):
        NAMES.validate_python(name[:at] + bad + name[at:])


@SETTINGS
@given(st.text(alphabet=" \u00a0\u2000\u2003\u3000" + NEVER, max_size=20))
def test_text_of_spaces_and_invisible_characters_only_is_neither_a_name_nor_a_line(text):
    for adapter in (NAMES, LINES, PARAGRAPHS):
        with pytest.raises(ValidationError):
            adapter.validate_python(text)


@SETTINGS
@given(st.text(min_size=1, max_size=60))
def test_a_line_is_taken_exactly_when_its_pattern_matches_and_comes_back_as_nfc(text):
    matches = re.fullmatch(LINE, text) is not None
    try:
        taken = LINES.validate_python(text)
    except ValidationError:
        assert not matches
    else:
        assert matches and taken == unicodedata.normalize("NFC", text)
        assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in taken)


def test_decomposed_letters_are_stored_composed():
    assert NAMES.validate_python("\u0415\u0308лкин") == "Ёлкин"
    assert NAMES.validate_python("  Тоқтарұлы ") == "  Тоқтарұлы "  # kept, as the schema says
    with pytest.raises(ValidationError):  # the limit holds for what was sent
        TypeAdapter(Annotated[PersonName, Field(max_length=10)]).validate_python("Abai" + " " * 7)


@pytest.mark.parametrize("name", ["Әбдіхалықова", "Қасымұлы-Ғалым", "Ёлкин", "O'Brien",
                                  "D’Artagnan", "Ұлжан", "Үміт", "Һәшім", "Іңкәр", "Өтеш",
                                  "Ив. Петров", "Müller", "Şahin"])
def test_names_as_people_write_them_pass(name):
    assert NAMES.validate_python(name) == name


@pytest.mark.parametrize("name", ["", " ", "\u200d", "Ab\u0007", "A\r\nB", "\u202eAbenov",
                                  "1abc", "Ab1", "-Abenov", "<script>", "Abenov\u2069"])
def test_names_no_one_has_are_refused(name):
    with pytest.raises(ValidationError):
        NAMES.validate_python(name)


def test_a_paragraph_keeps_its_line_feeds_and_nothing_else_invisible():
    assert PARAGRAPHS.validate_python("first line\nsecond line") == "first line\nsecond line"
    for bad in ("a\r\nb", "a\tb", "a\u202eb", "\n\n"):
        with pytest.raises(ValidationError):
            PARAGRAPHS.validate_python(bad)


def test_the_schema_states_the_pattern_the_check_applies_and_keeps_the_field_limits():
    class Form(BaseModel):
        name: PersonName = Field(max_length=100)
        line: TextLine
        text: Paragraph

    properties = Form.model_json_schema()["properties"]
    assert properties["name"]["pattern"] == PERSON_NAME and properties["name"]["maxLength"] == 100
    assert properties["line"]["pattern"] == LINE and properties["text"]["pattern"] == PARAGRAPH
