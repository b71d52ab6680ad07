"""Which facts a regulation asks for at intake, as a question page drawn from the contract.

`contracts.facts` holds one typed model per regulation and sub-service, every field titled; the
page is drawn from it (a list of models becomes rows with "add another", an optional nested
model such as the payout a few dotted questions), so a regulation whose facts change in the
contract changes here without code. Answers are read field by field (the error summary names
each input in the page's language), then checked by the contract model itself, and again by
intake, whose field errors map back onto the same inputs.
"""

import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from contracts.facts import applicant_shape, facts_model, path_of
from contracts.iin import InvalidBin, InvalidIin, parse_bin, parse_iin
from contracts.people import PersonIn

from .i18n import N_
from .vocabulary import CHOICES

Kind = Literal["text", "choice", "year", "date", "money", "decimal", "number", "iin", "flag",
               "lines", "iin_or_bin"]
MAX_ROWS = 20


@dataclass(frozen=True)
class Question:
    name: str  # dotted for a nested object: "payout.iban"
    label: str
    kind: Kind = "text"
    required: bool = True
    choices: Mapping[str, str] = field(default_factory=dict)
    hint: str | None = None
    autocomplete: str | None = None


@dataclass(frozen=True)
class Group:
    """A list of rows of the same questions (periods, family members, incomes)."""

    name: str
    label: str
    item: str
    questions: tuple[Question, ...]
    min_rows: int = 0


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    items: tuple[Question | Group, ...]
    hint: str | None = None


APPLICANT = Page("applicant", N_("The applicant"), (
    Question("iin", N_("IIN"), "iin", hint=N_("12 digits; the check digit is verified")),
    Question("last_name", N_("Last name"), autocomplete="family-name"),
    Question("first_name", N_("First name"), autocomplete="given-name"),
    Question("middle_name", N_("Middle name (if any)"), required=False,
             autocomplete="additional-name"),
    Question("phone", N_("Phone (optional)"), required=False, autocomplete="tel"),
))
# where the regulation serves legal entities too (reg. 16's employers): who applies, and for a
# legal entity its BIN, its name and the person who signs for it
APPLICANT_OR_ENTITY = Page("applicant", N_("The applicant"), (
    Question("kind", N_("Who applies"), "choice",
             choices={"person": N_("A person"), "legal_entity": N_("A legal entity")}),
    Question("iin", N_("IIN, or the legal entity's BIN"), "iin_or_bin",
             hint=N_("12 digits; the check digit is verified")),
    Question("organisation_name", N_("Name of the legal entity (for a legal entity)"),
             required=False, autocomplete="organization"),
    Question("last_name", N_("Last name (of whoever signs for a legal entity)"),
             autocomplete="family-name"),
    Question("first_name", N_("First name"), autocomplete="given-name"),
    Question("middle_name", N_("Middle name (if any)"), required=False,
             autocomplete="additional-name"),
    Question("phone", N_("Phone (optional)"), required=False, autocomplete="tel"),
))
BAD_BIN = N_("Enter a valid BIN: 12 digits with a correct check digit")
NAME_THE_ENTITY = N_("Enter the name of the legal entity")
FACTS_TITLE = N_("Facts of the application")
ITEM = N_("Entry")
# fields the contract leaves untitled (the payout, shared with the decision payload)
UNTITLED = {"kind": N_("Account"), "iban": N_("IBAN"),
            "institution": N_("Institution (for a control account)")}


# --- the page, drawn from the contract's model ------------------------------------------------


def _optional(annotation: Any) -> tuple[Any, bool]:
    """The type inside `X | None` (and inside `Annotated[X, ...]`), and whether None was
    allowed."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _bare(args[0]), True
    return _bare(annotation), False


def _bare(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _question(name: str, info: FieldInfo, required: bool) -> Question:
    kind_of, _ = _optional(info.annotation)
    label = info.title or UNTITLED.get(name.rsplit(".", 1)[-1], name)
    if typing.get_origin(kind_of) is Literal:
        codes = [str(a) for a in typing.get_args(kind_of)]
        return Question(name, label, "choice", required,
                        {c: CHOICES.get(c, c.replace("_", " ")) for c in codes})
    metadata = [m for m in info.metadata]
    validators = [getattr(m, "func", None) for m in metadata]
    if kind_of is str and any(getattr(v, "__name__", "") == "_validate_iin_str"
                              for v in validators):
        return Question(name, label, "iin", required)
    if kind_of is bool:
        return Question(name, label, "flag", False)
    if kind_of is date:
        return Question(name, label, "date", required)
    if kind_of is Decimal:
        money = "KZT" in label or "tenge" in label
        return Question(name, label, "money" if money else "decimal", required)
    if kind_of is int:
        low = next((m.ge for m in metadata if hasattr(m, "ge")), None)
        year = isinstance(low, int) and low > 1900
        return Question(name, label, "year" if year else "number", required)
    if typing.get_origin(kind_of) is list:
        return Question(name, label, "lines", False)
    return Question(name, label, "text", required)


def _items(model: type[BaseModel], prefix: str = "",
           inside_optional: bool = False) -> list[Question | Group]:
    found: list[Question | Group] = []
    for name, info in model.model_fields.items():
        kind_of, may_be_none = _optional(info.annotation)
        required = info.is_required() and not inside_optional
        if isinstance(kind_of, type) and issubclass(kind_of, BaseModel):
            found += _items(kind_of, f"{prefix}{name}.", inside_optional or may_be_none)
            continue
        inner = typing.get_args(kind_of)
        if typing.get_origin(kind_of) is list and inner and isinstance(inner[0], type) and \
                issubclass(inner[0], BaseModel):
            rows = tuple(q for q in _items(inner[0]) if isinstance(q, Question))
            low = next((m.min_length for m in info.metadata if hasattr(m, "min_length")), 0)
            found.append(Group(f"{prefix}{name}", info.title or name, ITEM, rows, int(low or 0)))
            continue
        found.append(_question(f"{prefix}{name}", info, required))
    return found


def applicant_page(regulation_id: int | None) -> Page:
    """The applicant's questions: a person's, or where the regulation serves legal entities
    too, either's (`contracts.facts.applicant_shape`)."""
    if regulation_id is None or applicant_shape(regulation_id) is PersonIn:
        return APPLICANT
    return APPLICANT_OR_ENTITY


def read_applicant(page: Page, form: Mapping[str, str]
                   ) -> tuple[dict[str, Any], dict[str, "Message"]]:
    """The applicant's answers; a legal entity's number is checked as a BIN and its name is
    asked for, a person's number as an IIN."""
    values, errors = read_page(page, form, prefix="applicant")
    number, key = str(values.get("iin") or ""), input_id("applicant", "iin")
    if page is not APPLICANT_OR_ENTITY or not number or key in errors:
        return values, errors
    if values.get("kind") == "legal_entity":
        try:
            parse_bin(number)
        except InvalidBin:
            errors[key] = Message(BAD_BIN)
        if not values.get("organisation_name"):
            errors[input_id("applicant", "organisation_name")] = Message(NAME_THE_ENTITY)
    elif iin_problem(number) is not None:
        errors[key] = Message(BAD_IIN)
    else:
        values.pop("organisation_name", None)  # a person names no organisation
    return values, errors


def pages_for(regulation_id: int, sub_service: str | None) -> tuple[Page, ...]:
    """The facts page of the regulation (none when its contract asks for no facts)."""
    model = facts_model(regulation_id, sub_service)
    if model is None or not model.model_fields:
        return ()
    return (Page("facts", FACTS_TITLE, tuple(_items(model))),)


# --- reading answers ---------------------------------------------------------------------------

ENTER = N_("Enter {what}")
CHOOSE = N_("Choose {what}")
BAD_YEAR = N_("Enter a year from {first} to {last}")
BAD_NUMBER = N_("Enter a number")
BAD_DATE = N_("Enter a date as YYYY-MM-DD")
BAD_MONEY = N_("Enter an amount in tenge, e.g. 12500.00")
BAD_IIN = N_("Enter a valid IIN: 12 digits with a correct check digit")
FIRST_YEAR, LAST_YEAR = 1949, 1990


@dataclass(frozen=True)
class Message:
    """A translatable message with its values, rendered in the page's language."""

    text: str
    values: Mapping[str, Any] = field(default_factory=dict)


def input_id(prefix: str, name: str, row: int | None = None) -> str:
    key = name.replace(".", "-")
    return f"{prefix}-{row}-{key}" if row is not None else f"{prefix}-{key}"


def iin_problem(value: str) -> str | None:
    """The IIN's own error in English (contracts.iin's wording), or None when it is valid."""
    try:
        parse_iin(value)
    except InvalidIin as error:
        return str(error)
    return None


def _check(q: Question, raw: str) -> tuple[Any, Message | None]:
    value = raw.strip()
    if q.kind == "flag":
        return (value == "on") or None, None
    if not value:
        if q.required:
            return None, Message(CHOOSE if q.kind == "choice" else ENTER, {"what": q.label})
        return None, None
    match q.kind:
        case "choice":
            return (value, None) if value in q.choices else (None, Message(CHOOSE,
                                                                            {"what": q.label}))
        case "iin":
            return (value, None) if iin_problem(value) is None else (value, Message(BAD_IIN))
        case "iin_or_bin":  # which of the two is the applicant's kind's to say (read_applicant)
            return (value, None) if len(value) == 12 and value.isdigit() else (
                value, Message(BAD_IIN))
        case "year":
            if value.isdigit() and FIRST_YEAR <= int(value) <= LAST_YEAR:
                return int(value), None
            return value, Message(BAD_YEAR, {"first": FIRST_YEAR, "last": LAST_YEAR})
        case "number":
            return (int(value), None) if value.isdigit() else (value, Message(BAD_NUMBER))
        case "date":
            try:
                return date.fromisoformat(value).isoformat(), None
            except ValueError:
                return value, Message(BAD_DATE)
        case "money" | "decimal":
            try:
                amount = Decimal(value.replace(" ", "").replace("\u00a0", "").replace(",", "."))
            except InvalidOperation:
                return value, Message(BAD_MONEY)
            if amount < 0 or amount != amount.quantize(Decimal("0.01")):
                return value, Message(BAD_MONEY if q.kind == "money" else BAD_NUMBER)
            return str(amount), None
        case "lines":
            return [line.strip() for line in value.splitlines() if line.strip()], None
    return value, None


def _put(target: dict[str, Any], dotted: str, value: Any) -> None:
    head, _, rest = dotted.partition(".")
    if rest:
        _put(target.setdefault(head, {}), rest, value)
    else:
        target[head] = value


def answer_of(values: Mapping[str, Any], q: Question) -> Any:
    found: Any = values
    for part in q.name.split("."):
        found = found.get(part) if isinstance(found, Mapping) else None
    if isinstance(found, list):
        return "\n".join(str(v) for v in found)
    return found


def rows_in(form: Mapping[str, str], group: Group) -> int:
    """How many rows of the group the form holds (its inputs say so)."""
    pattern = re.compile(rf"^{re.escape(group.name)}-(\d+)-")
    found = [int(m.group(1)) for key in form if (m := pattern.match(key))]
    return min(max(found) + 1 if found else 0, MAX_ROWS)


def read_page(page: Page, form: Mapping[str, str], prefix: str = "facts"
              ) -> tuple[dict[str, Any], dict[str, Message]]:
    """The page's answers (kept even when wrong, to show them again) and its errors by input."""
    values: dict[str, Any] = {}
    errors: dict[str, Message] = {}
    for item in page.items:
        if isinstance(item, Question):
            key = input_id(prefix, item.name)
            value, problem = _check(item, form.get(key, ""))
            if value is not None:
                _put(values, item.name, value)
            if problem:
                errors[key] = problem
            continue
        rows: list[dict[str, Any]] = []
        for row in range(rows_in(form, item)):
            answers = {q.name: form.get(input_id(item.name, q.name, row), "")
                       for q in item.questions}
            if not any(a.strip() for q, a in zip(item.questions, answers.values(), strict=True)
                       if q.kind != "flag"):
                continue  # an empty row left over from "add another"
            kept: dict[str, Any] = {}
            for q in item.questions:
                value, problem = _check(q, answers[q.name])
                if value is not None:
                    kept[q.name] = value
                if problem:
                    errors[input_id(item.name, q.name, len(rows))] = problem
            rows.append(kept)
        if len(rows) < item.min_rows:
            errors[input_id(item.name, item.questions[0].name, 0)] = Message(
                N_("Add at least one entry: {what}"), {"what": item.label})
        values[item.name] = rows
    return values, errors


def contract_errors(regulation_id: int, sub_service: str | None, values: Mapping[str, Any],
                    page: Page) -> dict[str, Message]:
    """What the contract's model says of the answers that passed the field checks."""
    model = facts_model(regulation_id, sub_service)
    if model is None:
        return {}
    try:
        model.model_validate(facts_for_api(values))
    except ValidationError as error:
        known = _input_ids(page)
        found: dict[str, Message] = {}
        for e in error.errors():
            key = attach(api_field_to_input(path_of("facts", e["loc"])), known)
            found.setdefault(key, Message(e["msg"]))
        return found
    return {}


def _input_ids(page: Page) -> list[str]:
    ids = []
    for item in page.items:
        if isinstance(item, Question):
            ids.append(input_id("facts", item.name))
        else:
            ids += [input_id(item.name, q.name, r) for r in range(MAX_ROWS)
                    for q in item.questions]
    return ids


def attach(key: str, known: list[str]) -> str:
    """An error on a row or an object goes to its first input."""
    if key in known:
        return key
    return next((k for k in known if k.startswith(key + "-")), key)


def facts_for_api(values: Mapping[str, Any]) -> dict[str, Any]:
    """The facts as the intake API takes them: empty optional parts left out."""
    def clean(value: Any) -> Any:
        if isinstance(value, Mapping):
            kept = {k: clean(v) for k, v in value.items()}
            return {k: v for k, v in kept.items() if v not in (None, "", [], {})}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    cleaned: dict[str, Any] = clean(values)
    return cleaned


def api_field_to_input(path: str) -> str:
    """A field path ("facts.periods[0].zone", "applicant.iin") as the input's id."""
    parts = [p for p in re.split(r"[.\[\]]+", path.strip(".")) if p]
    if not parts:
        return "summary"
    if parts[0] == "facts" and len(parts) >= 3 and parts[2].isdigit():
        return "-".join(parts[1:])
    return "-".join(parts)
