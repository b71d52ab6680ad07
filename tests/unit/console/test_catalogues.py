"""Kazakh first: every string the console shows is translated into Kazakh and Russian.

The strings are extracted from the code and templates as `pybabel` does, plus the data the
console shows by its English text (regulations, sub-services, documents, the contract's field
titles). A missing, empty or fuzzy kk or ru message fails here, and so does a translation that
drops or invents a placeholder.
"""

import re

import pytest

from services.console.catalogues import TRANSLATED, _read, code_messages, data_messages

PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}")


def wanted() -> set[str]:
    ids = {m if isinstance(m, str) else m[0] for m in code_messages()}
    return ids | data_messages()


def test_the_console_shows_strings_from_its_code_and_the_data():
    found = wanted()
    assert "Work queue" in found  # from a template
    assert "Overdue" in found  # from the code (N_)
    assert "Periods in the zones of the test site" in found  # a contract field title


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated_and_none_is_fuzzy(language):
    catalog = _read(language)
    problems = []
    for text in sorted(wanted()):
        message = catalog.get(text)
        if message is None:
            problems.append(f"missing: {text!r}")
        elif not message.string:
            problems.append(f"empty: {text!r}")
        elif message.fuzzy:
            problems.append(f"fuzzy: {text!r}")
    assert not problems, f"{language}: {len(problems)} strings\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders(language):
    bad = [m.id for m in _read(language) if m.id and isinstance(m.string, str)
           and sorted(PLACEHOLDER.findall(m.string)) != sorted(PLACEHOLDER.findall(m.id))]
    assert not bad, bad


def test_the_catalogue_header_is_not_fuzzy():
    assert all(not _read(language).fuzzy for language in TRANSLATED)
