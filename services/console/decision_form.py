"""The approving decision's form, drawn from the regulation's payload model.

`contracts.decisions` holds one typed model per regulation and sub-service (what the workflow
checks a draft against). The form is drawn from it the way the front office's question pages
are drawn from the facts' models (`facts`): a nested model becomes its dotted questions, a list
of models rows (with one empty row more, to add another without a round trip), a Literal a
choice. What the case fixes (an assignment's kind, a permit's variant and stage) is not asked.
The inputs start from what the application's facts already decide (the workflow says it in the
draft action's `payload_from_facts`); the answers are read field by field, checked by the model
itself, and an error of the workflow's 422 (`payload.assignment.assigned_period.start`) lands
on its input (`payload-assignment-assigned_period-start`).
"""

import re
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from contracts.decisions import decision_model

from .facts import ITEM, Group, Message, Question, _check, _optional, _question, attach
from .i18n import N_

PREFIX = "payload"
MAX_ROWS = 20
# the decision models leave most fields untitled: their names on screen
LABELS = {
    "recognition": N_("Recognition"), "periods": N_("Periods"), "zone": N_("Zone"),
    "from_year": N_("From year"), "to_year": N_("To year"), "place": N_("Place"),
    "payout": N_("Where the money goes"), "kind": N_("Kind"), "iban": N_("IBAN"),
    "institution": N_("Institution (for a control account)"),
    "duplicate": N_("Duplicate"), "reason": N_("Why a duplicate is needed"),
    "replaces": N_("Number of the certificate (if known)"),
    "service": N_("Notification"), "summary": N_("What was drawn up"),
    "provision_until": N_("Provided until (optional)"),
    "assignment": N_("Assignment"), "assigned_period": N_("Assigned period"),
    "start": N_("From"), "end": N_("To"), "family_members": N_("Family members"),
    "iin": N_("IIN"), "relation": N_("Relation"), "birth_date": N_("Date of birth"),
    "disabled": N_("Has a disability"), "student": N_("Studies full-time"),
    "incomes": N_("Incomes"), "member": N_("Family member (number in the list, from 0)"),
    "amount": N_("Amount, tenge"), "income_period": N_("Income period"), "costs": N_("Costs"),
    "period": N_("Period"), "category": N_("Category"), "area_m2": N_("Living area, m²"),
    "document": N_("Document"), "belongs": N_("The family receives targeted social assistance"),
    "as_of": N_("As of"), "referral": N_("Referral"), "employer": N_("Employer"),
    "action": N_("Action"), "valid_from": N_("Valid from"), "valid_until": N_("Valid until"),
    "employer_bin": N_("Employer's BIN"), "workers": N_("Number of foreign workers"),
    "fee_reference": N_("Fee payment document No. (stage 2)"),
    "grant": N_("Grant"), "extension": N_("Extension"),
}
# fixed by the case: the workflow fills them in
CASE_FIXED = frozenset({"variant", "stage"})


@dataclass(frozen=True)
class Section:
    """A nested model's questions under its own legend (the assignment, the payout)."""

    name: str
    label: str
    items: tuple["Question | Group | Section", ...]


Item = Question | Group | Section


def _fixed(info: FieldInfo) -> bool:
    """A Literal of one value with a default: the model says it, nobody chooses it."""
    kind_of, _ = _optional(info.annotation)
    return typing.get_origin(kind_of) is Literal and len(typing.get_args(kind_of)) == 1 and \
        not info.is_required()


def _label(name: str, info: FieldInfo) -> str:
    last = name.rsplit(".", 1)[-1]
    return LABELS.get(last) or info.title or last.replace("_", " ")


def _items(model: type[BaseModel], prefix: str = "",
           inside_optional: bool = False) -> tuple[Item, ...]:
    found: list[Item] = []
    for name, info in model.model_fields.items():
        if name in CASE_FIXED or _fixed(info):
            continue
        dotted = f"{prefix}{name}"
        kind_of, may_be_none = _optional(info.annotation)
        required = info.is_required() and not inside_optional
        if isinstance(kind_of, type) and issubclass(kind_of, BaseModel):
            inner = _items(kind_of, f"{dotted}.", inside_optional or may_be_none)
            if inner:
                found.append(Section(dotted, _label(dotted, info), inner))
            continue
        args = typing.get_args(kind_of)
        if typing.get_origin(kind_of) is list and args and isinstance(args[0], type) and \
                issubclass(args[0], BaseModel):
            rows = tuple(_flat(_items(args[0])))
            low = next((m.min_length for m in info.metadata if hasattr(m, "min_length")), 0)
            found.append(Group(dotted, _label(dotted, info), ITEM, rows, int(low or 0)))
            continue
        question = _question(dotted, info, required)
        choices = {code: LABELS.get(code, text) for code, text in question.choices.items()}
        # a yes/no the model requires is asked as one (facts' flags are all optional)
        found.append(Question(question.name, _label(dotted, info), question.kind,
                              required if question.kind == "flag" else question.required,
                              choices, question.hint))
    return tuple(found)


def _flat(items: tuple[Item, ...]) -> list[Question]:
    """A row's questions, its nested parts dotted (a cost's period.start)."""
    out: list[Question] = []
    for item in items:
        if isinstance(item, Section):
            out += _flat(item.items)
        elif isinstance(item, Question):
            out.append(item)
    return out


def form_for(regulation_id: int, sub_service: str | None) -> tuple[Item, ...] | None:
    """The approving decision's inputs, or None where the contract has no model for it."""
    model = decision_model(regulation_id, sub_service)
    return None if model is None else _items(model)


# --- ids, values shown ----------------------------------------------------------------------


def input_id(name: str, row: int | None = None, inner: str | None = None) -> str:
    """`payload-assignment-assigned_period-start`; a row's: `payload-...-family_members-0-iin`."""
    parts = [PREFIX, *name.split(".")]
    if row is not None:
        parts.append(str(row))
    if inner is not None:
        parts += inner.split(".")
    return "-".join(parts)


def value_at(values: Any, dotted: str) -> Any:
    found = values
    for part in dotted.split("."):
        found = found.get(part) if isinstance(found, Mapping) else None
    return found


def shown(value: Any) -> Any:
    """A value as its input shows it (a choice's code, a year's digits)."""
    if isinstance(value, bool):
        return value
    return None if value is None else str(value)


def rows_of(values: Any, group: Group) -> list[Mapping[str, Any]]:
    rows = value_at(values, group.name)
    return [r for r in rows if isinstance(r, Mapping)] if isinstance(rows, list) else []


def typed(form: Mapping[str, str]) -> bool:
    """The form holds the person's own answers (the page is shown again after an error)."""
    return any(key.startswith(PREFIX + "-") for key in form)


def rows_shown(group: Group, values: Any, form: Mapping[str, str]) -> int:
    """Rows to show: the answers' (or the facts'), and one empty row to add another."""
    if typed(form):
        return max(_rows_in(form, group), 1)
    return min(len(rows_of(values, group)) + 1, MAX_ROWS)


# --- reading the answers ----------------------------------------------------------------------


def _put(target: dict[str, Any], dotted: str, value: Any) -> None:
    head, _, rest = dotted.partition(".")
    if rest:
        _put(target.setdefault(head, {}), rest, value)
    else:
        target[head] = value


def _rows_in(form: Mapping[str, str], group: Group) -> int:
    pattern = re.compile(rf"^{re.escape(input_id(group.name))}-(\d+)-")
    found = [int(m.group(1)) for key in form if (m := pattern.match(key))]
    return min(max(found) + 1 if found else 0, MAX_ROWS)


def read(items: tuple[Item, ...], form: Mapping[str, str]
         ) -> tuple[dict[str, Any], dict[str, Message]]:
    """The payload the answers give (empty optional parts left out) and the errors by input."""
    payload: dict[str, Any] = {}
    errors: dict[str, Message] = {}
    _read_into(items, form, payload, errors)
    return _pruned(payload), errors


def _read_into(items: tuple[Item, ...], form: Mapping[str, str], payload: dict[str, Any],
               errors: dict[str, Message]) -> None:
    for item in items:
        if isinstance(item, Section):
            _read_into(item.items, form, payload, errors)
        elif isinstance(item, Question):
            key = input_id(item.name)
            raw = form.get(key, "")
            if item.kind == "flag" and item.required:  # a required yes/no: unticked is "no"
                _put(payload, item.name, raw == "on")
                continue
            value, problem = _check(item, raw)
            if value is not None:
                _put(payload, item.name, value)
            if problem:
                errors[key] = problem
        else:
            _put(payload, item.name, _read_rows(item, form, errors))


def _read_rows(group: Group, form: Mapping[str, str],
               errors: dict[str, Message]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for row in range(_rows_in(form, group)):
        answers = {q.name: form.get(input_id(group.name, row, q.name), "")
                   for q in group.questions}
        if not any(answers[q.name].strip() for q in group.questions if q.kind != "flag"):
            continue  # the empty row left to add another
        kept: dict[str, Any] = {}
        for q in group.questions:
            value, problem = _check(q, answers[q.name])
            if value is not None:
                _put(kept, q.name, value)
            if problem:
                errors[input_id(group.name, row, q.name)] = problem
        rows.append(kept)
    if len(rows) < group.min_rows:
        errors[input_id(group.name, 0, group.questions[0].name)] = Message(
            N_("Add at least one entry: {what}"), {"what": group.label})
    return rows


def _pruned(value: Any) -> Any:
    """Empty optional parts left out: an untouched payout is no payout, an empty list none."""
    if isinstance(value, Mapping):
        kept = {k: _pruned(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [_pruned(v) for v in value]
    return value


def contract_errors(regulation_id: int, sub_service: str | None, payload: Mapping[str, Any],
                    items: tuple[Item, ...]) -> dict[str, Message]:
    """What the regulation's model says of a payload whose fields passed their checks."""
    model = decision_model(regulation_id, sub_service)
    if model is None:
        return {}
    try:
        model.model_validate(payload)
    except ValidationError as error:
        known = input_ids(items)
        found: dict[str, Message] = {}
        for e in error.errors():
            key = attach("-".join([PREFIX, *(str(p) for p in e["loc"])]), known)
            found.setdefault(key, Message(e["msg"]))
        return found
    return {}


def api_field_to_input(path: str, items: tuple[Item, ...]) -> str | None:
    """A workflow error's field (`payload.assignment.family_members[0].iin`) as the input's id,
    or None when it is not a payload field."""
    parts = [p for p in re.split(r"[.\[\]]+", path.strip(".")) if p]
    if not parts or parts[0] != PREFIX:
        return None
    return attach("-".join(parts), input_ids(items))


def input_ids(items: tuple[Item, ...]) -> list[str]:
    ids: list[str] = []
    for item in items:
        if isinstance(item, Section):
            ids += input_ids(item.items)
        elif isinstance(item, Question):
            ids.append(input_id(item.name))
        else:
            ids += [input_id(item.name, r, q.name) for r in range(MAX_ROWS)
                    for q in item.questions]
    return ids
