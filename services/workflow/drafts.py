"""The draft of a decision as the executor sends it: one shape per regulation and sub-service.

A draft names the case's regulation (and sub-service, where the regulation has them) so that the
document can say, and the route check, exactly what each case takes: an approval carries that
regulation's decision payload (`contracts.decisions`), a refusal its reasons and no payload, and
only the regulations whose text gives a refusal offer one. The body is read by its `outcome`,
then its `regulation_id`, then its `sub_service`, and an error names the field as the schema
spells it (`payload.recognition.periods[0].zone`). The route checks the regulation and
sub-service named against the case's own (409 naming the field when they differ).
"""

from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, Tag

from contracts.catalogue import Outcome, load_catalogue
from contracts.decisions import DECISIONS, EXAMPLES, Decision
from contracts.strict import AS_SENT
from contracts.text import TextLine
from contracts.unions import by_tag, untagged

Reason = Annotated[TextLine, Field(min_length=1, max_length=500)]


class _Draft(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)


def _refusing() -> tuple[int, ...]:
    """The regulations whose text gives a refusal of the service, in some version of the act."""
    negative = {Outcome.NEGATIVE, Outcome.EITHER}
    found = {reg.id for version in load_catalogue().versions for reg in version.regulations
             if reg.service_refusal is not None or any(r.outcome in negative
                                                        for r in reg.results)}
    return tuple(sorted(found))


REFUSING = _refusing()
SUB_SERVICES = tuple(sorted({sub for _, sub in DECISIONS if sub is not None}))


class Refusal(_Draft):
    """A refusal of the service, with its reasons; it decides nothing else. Only the regulations
    listed give one (the others' results are positive only)."""

    model_config = ConfigDict(title="Refusal", json_schema_extra={"examples": [
        {"outcome": "refused", "regulation_id": 1, "sub_service": "first_registration",
         "reasons": ["residence in the zones in 1949-1990 is not confirmed by the archive"]},
    ]})

    outcome: Literal["refused"]
    regulation_id: Annotated[Literal[REFUSING], AS_SENT] = Field(  # type: ignore[valid-type]
        description="the case's regulation")
    sub_service: Literal[SUB_SERVICES] | None = Field(  # type: ignore[valid-type]
        default=None, description="the case's sub-service, where its regulation has them")
    reasons: list[Reason] = Field(min_length=1, max_length=20)


class Approval(_Draft):
    """What every approval says; each regulation's shape narrows it (`APPROVALS`)."""

    outcome: Literal["approved"]
    regulation_id: int
    sub_service: str | None = None
    reasons: list[Reason] = Field(default_factory=list, max_length=20)
    payload: Decision


def _approval(regulation_id: int, subs: tuple[str | None, ...],
              model: type[Decision]) -> type[Approval]:
    """The approval of one regulation (and its sub-services that decide the same payload)."""
    named = tuple(sub for sub in subs if sub is not None)
    words = named[0].replace("_", " ") if len(named) == 1 else ""
    name = f"Reg{regulation_id}" + "".join(p.title() for p in words.split()) + "Approval"
    head: dict[str, Any] = {"outcome": "approved", "regulation_id": regulation_id,
                            **({"sub_service": named[0]} if named else {})}
    decided = EXAMPLES[(regulation_id, subs[0])]
    # a payout first left out: some channels list no payment (reg. 1 at the provider's office)
    shown = [{k: v for k, v in decided.items() if k != "payout"}, decided] if (
        "payout" in decided) else [decided]
    required = any(field.is_required() for field in model.model_fields.values())
    namespace = {
        "__annotations__": {"regulation_id": Annotated[Literal[regulation_id], AS_SENT],
                            "sub_service": Literal[named] if named else None,
                            "payload": model},
        "model_config": ConfigDict(
            title=" ".join(filter(None, (f"Reg. {regulation_id}", words, "approval"))),
            json_schema_extra={"examples": [{**head, "payload": p} for p in shown]}),
        "__module__": __name__,
        "__doc__": model.__doc__,
        "regulation_id": Field(description="the case's regulation"),
        "sub_service": Field(description="the case's sub-service") if named else Field(
            default=None, description="this regulation has no sub-services"),
        "payload": Field(description="what is decided") if required else Field(
            default_factory=model, description="what is decided; what is left out is taken "
            "from the application's facts"),
    }
    return type(name, (Approval,), namespace)


def _approvals() -> dict[int, dict[str | None, type[Approval]]]:
    """regulation -> sub-service -> its approval shape (sub-services sharing a model share it)."""
    grouped: dict[tuple[int, type[Decision]], list[str | None]] = {}
    for (regulation_id, sub), model in sorted(DECISIONS.items(), key=lambda kv: kv[0][0]):
        grouped.setdefault((regulation_id, model), []).append(sub)
    shapes: dict[int, dict[str | None, type[Approval]]] = {}
    for (regulation_id, model), subs in grouped.items():
        shape = _approval(regulation_id, tuple(subs), model)
        shapes.setdefault(regulation_id, {}).update(dict.fromkeys(subs, shape))
    return shapes


APPROVALS = _approvals()


def _tagged(choices: dict[str, Any], field: str) -> Any:
    """The choices told apart by `field` (a single one stands for itself)."""
    if len(choices) == 1:
        return next(iter(choices.values()))
    tagged = tuple(Annotated[choice, Tag(tag)] for tag, choice in choices.items())
    union: Any = Union[tagged]  # noqa: UP007 (a union built from the table)
    return Annotated[union, by_tag(field, list(choices)), untagged(field, list(choices))]


def _of_regulation(by_sub: dict[str | None, type[Approval]]) -> Any:
    shapes = {shape.__name__: shape for shape in by_sub.values()}
    if len(shapes) == 1:
        return next(iter(shapes.values()))
    return _tagged({str(sub): shape for sub, shape in by_sub.items()}, "sub_service")


if TYPE_CHECKING:
    DraftIn = Refusal | Approval
else:
    # the body of `POST /v1/cases/{case_id}/draft`: read by outcome, regulation, sub-service
    DraftIn = _tagged({
        "approved": _tagged({str(regulation_id): _of_regulation(by_sub)
                             for regulation_id, by_sub in APPROVALS.items()}, "regulation_id"),
        "refused": Refusal}, "outcome")


def approval_shapes() -> list[type[Approval]]:
    """Every approval shape, once each (for the tests and the examples)."""
    return list({shape.__name__: shape for by_sub in APPROVALS.values()
                 for shape in by_sub.values()}.values())
