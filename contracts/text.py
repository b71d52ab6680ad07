"""Text people type, as it may enter the system: a person's name, an organisation's name, a line
of text, a paragraph.

Names and free text reach receipts, the certificate PDF and public verification, so what they
hold is what those show: no control characters (BEL, CR/LF, NUL), no invisible ones (zero-width
joiners, soft hyphens, byte-order marks), no bidi overrides or isolates (U+202A-U+202E,
U+2066-U+2069) that make a printed name read otherwise than it is stored, and never only spaces.

Each type's rule is one regular expression, and the JSON schema says that same pattern: what the
schema promises is exactly what is taken. A value taken is normalised to NFC (an `ё` typed as
`е` + U+0308 is stored as the one letter) and otherwise kept as sent: trimming it would let a
value longer than the schema's maxLength through, the limit being checked on what is kept.

A person's name is letters of the Latin and Cyrillic scripts (Kazakh's ә ғ қ ң ө ұ ү һ і and
Russian's ё among them, the Latin diacritics of the 2021 Kazakh alphabet too), spaces, hyphens,
apostrophes (' ’ ʼ) and the full stop of an initial, beginning with a letter.
"""

import re
import unicodedata
from typing import Annotated, Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

# --- what is never text --------------------------------------------------------------------------

# C0 and C1 controls, DEL, the soft hyphen, the Arabic letter mark, the Mongolian vowel
# separator, zero-width spaces and joiners, LRM/RLM, line and paragraph separators, bidi
# embeddings and overrides, word joiner, invisible operators and bidi isolates, the BOM, private
# use, specials.
_INVISIBLE = (r"\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff"
              r"\ue000-\uf8ff\ufff0-\uffff")
# Lone surrogates (JSON can spell them; PostgreSQL cannot store them) are no characters at all:
# refused apart from the patterns, which speak of characters. A surrogate range in a schema's
# pattern means UTF-16 code units to an ECMA-262 engine (every character beyond the BMP) and is
# read by schema-driven generators as no rule at all.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = r"\x00-\x1f\x7f-\x9f"
_SPACES = r" \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"

# --- the letters of a name -----------------------------------------------------------------------

_LATIN = r"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_CYRILLIC = r"\u0400-\u0481\u048a-\u04ff"  # without the thousands sign and combining signs
_LETTER = f"[{_LATIN}{_CYRILLIC}]"
_COMBINING = r"\u0300-\u036f"  # a letter typed decomposed; NFC composes it
_BETWEEN = r" '\u2019\u02bc.\-"  # space, apostrophes (ASCII, typographic, modifier), stop, hyphen

PERSON_NAME = f"^ *{_LETTER}[{_LATIN}{_CYRILLIC}{_COMBINING}{_BETWEEN}]*$"
"""A name: a letter first, then letters, spaces, hyphens, apostrophes, stops."""

LINE = f"^[^{_CONTROL}{_INVISIBLE}]*[^{_CONTROL}{_INVISIBLE}{_SPACES}][^{_CONTROL}{_INVISIBLE}]*$"
"""A line of text: something visible, no control or invisible character, no line break."""

_PARAGRAPH_CONTROL = r"\x00-\x09\x0b-\x1f\x7f-\x9f"  # all but LF
PARAGRAPH = (f"^[^{_PARAGRAPH_CONTROL}{_INVISIBLE}]*[^{_PARAGRAPH_CONTROL}{_INVISIBLE}{_SPACES}\\n]"
             f"[^{_PARAGRAPH_CONTROL}{_INVISIBLE}]*$")
"""Text of several lines: a line's rule, line feeds (LF) allowed between them."""


class _Text:
    """A text type's rule: the pattern on what was sent, then NFC; the schema says the pattern
    (and keeps the length limits the field adds)."""

    def __init__(self, pattern: str, what: str, example: str) -> None:
        self.pattern, self.what, self.example = pattern, what, example
        self.compiled = re.compile(pattern)

    def check(self, value: Any) -> Any:
        if isinstance(value, str) and (_SURROGATE.search(value)
                                       or not self.compiled.fullmatch(value)):
            raise ValueError(f"must be {self.what}")
        return value

    @staticmethod
    def normal(value: str) -> str:
        return unicodedata.normalize("NFC", value)

    def __get_pydantic_core_schema__(self, source: Any,
                                     handler: GetCoreSchemaHandler) -> CoreSchema:
        inner = core_schema.no_info_after_validator_function(self.normal, handler(source))
        return core_schema.no_info_before_validator_function(self.check, inner)

    def __get_pydantic_json_schema__(self, schema: CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        found = handler(schema)
        found.update(pattern=self.pattern, description=self.what, examples=[self.example])
        return found


PersonName = Annotated[str, _Text(
    PERSON_NAME, "a name: letters (Latin or Cyrillic), spaces, hyphens, apostrophes, beginning "
    "with a letter", "Тоқтарұлы")]
"""A person's last, first or middle name."""

TextLine = Annotated[str, _Text(
    LINE, "a line of visible text: no control, invisible or bidi-override characters, not only "
    "spaces", "Talgar secondary school No. 3")]
"""A line of free text: a place, an address, a reason, a reference."""

OrganisationName = TextLine
"""An organisation's name: any line of visible text (quotes, digits and « » included)."""

Paragraph = Annotated[str, _Text(
    PARAGRAPH, "visible text, lines separated by LF: no other control, invisible or "
    "bidi-override character, not only spaces", "The certificate of residence is missing.")]
"""Free text of several lines: a comment, a subject."""
