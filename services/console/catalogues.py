"""The message catalogues: every string the console shows, and the .po files that translate it.

The strings are those of the code and templates (marked with `_`/`N_`, extracted by Babel) and
those of the data the console shows by their English text: the regulations' names, sub-services,
documents and grounds from the catalogue, and the field titles of the contract's typed facts.
`python -m services.console.catalogues` rewrites `locales/messages.pot` and merges it into the
kk and ru catalogues (new strings arrive empty, and `make test` fails until they are
translated).
"""

from collections.abc import Iterator
from importlib import resources
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po
from pydantic import BaseModel

from contracts.catalogue import load_catalogue
from contracts.facts import FACTS

HERE = Path(str(resources.files("services.console")))
LOCALES = HERE / "locales"
TRANSLATED = ("kk", "ru")
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
METHODS = [("**.py", "python"), ("templates/**.html", "jinja2")]
OPTIONS = {"templates/**.html": {"extensions": "jinja2.ext.i18n"}}


def code_messages() -> Iterator[str | tuple[str, str]]:
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(HERE), METHODS, options_map=OPTIONS, keywords=KEYWORDS):
        if isinstance(message, tuple):
            yield (message[0], message[1])
        elif message:
            yield message


def _titles(model: type[BaseModel]) -> Iterator[str]:
    for info in model.model_fields.values():
        if info.title:
            yield info.title
        for inner in _models_in(info.annotation):
            yield from _titles(inner)


def _models_in(annotation: object) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in getattr(annotation, "__args__", ()):
        yield from _models_in(arg)


def data_messages() -> set[str]:
    """The English text of the data the console shows (every catalogue version)."""
    found: set[str] = set()
    for version in load_catalogue().versions:
        for reg in version.regulations:
            found.add(reg.name.en)
            found.update(s.en for s in reg.sub_services)
            found.update(i.en for i in reg.documents.items)
            found.update(i.en for i in reg.acceptance_refusal_reasons)
            found.update(e.reason for e in reg.extensions)
    for model in set(FACTS.values()):
        found.update(_titles(model))
    return found


def template() -> Catalog:
    pot = Catalog(project="Qorgau console", fuzzy=False)
    for message in code_messages():
        pot.add(message)
    for text in sorted(data_messages()):
        pot.add(text)
    return pot


def _read(language: str) -> Catalog:
    with (LOCALES / language / "LC_MESSAGES" / "messages.po").open("rb") as po:
        return read_po(po, locale=language)


def _write(catalog: Catalog, path: Path) -> None:
    out = BytesIO()
    write_po(out, catalog, omit_header=False, sort_output=True, width=100, no_location=True)
    path.write_bytes(out.getvalue())


def main() -> None:
    pot = template()
    _write(pot, LOCALES / "messages.pot")
    for language in TRANSLATED:
        catalog = _read(language)
        catalog.update(pot, no_fuzzy_matching=True)
        _write(catalog, LOCALES / language / "LC_MESSAGES" / "messages.po")


if __name__ == "__main__":
    main()
