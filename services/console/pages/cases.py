"""The case page: summary, the waiting step with only the actions the caller may take, the
decision forms (maker and checker are different people) and the timeline from the case's events.

Every action sends the case version the page was built from as If-Match. When someone else
wrote in between, the workflow refuses with 409 and the page says so, listing what changed.
"""

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from .. import audit, decision_form, directory, payloads
from ..clients import ApiError
from ..next_actions import CASE_ACTIONS, case_actions
from ..rendering import pages_of
from ..schemas import DraftBody
from ..signing import CannotSign, dev_signature, given_signature, signs_here
from ..vocabulary import REFUSAL_REASONS, regulation
from ..web import Caller, Who, form_of, see_other, text

router = APIRouter()
HIDDEN_EVENTS = frozenset({"workflow.StepStarted"})


def timeline(history: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Who did what and when, oldest first; the step bookkeeping left out."""
    return [h for h in history if h.get("event_type") not in HIDDEN_EVENTS]


async def _render(request: Request, who: Who, case: dict[str, Any], status: int = 200,
                  errors: Mapping[str, str] | None = None, conflict: dict[str, Any] | None = None,
                  failed: ApiError | None = None, action: str | None = None,
                  form: Mapping[str, str] | None = None) -> HTMLResponse:
    known = directory.load(request.app.state.settings.directory_file)
    actions = case_actions(who.principal, case, who.today)
    history = case.get("history", [])
    draft = payloads.drafted(history)
    drafting = next((a for a in actions if a.id == "draft"), None)
    proposal = (drafting.details.get("payload_from_facts") if drafting else None) or \
        payloads.proposed(case["regulation_id"], case.get("sub_service"), history)
    return pages_of(request).render(
        request, "cases/case.html", status, case=case, actions=actions,
        timeline=timeline(history),
        reg=regulation(case["regulation_id"], who.today, case.get("catalogue_version")),
        executors=known.people(who.principal["organisation_id"], "responsible_executor"),
        payload_form=payloads.form_of(case["regulation_id"], case.get("sub_service")),
        decision_items=decision_form.form_for(case["regulation_id"], case.get("sub_service")),
        dform=decision_form,
        proposal=proposal, draft=draft, refusal_reasons=REFUSAL_REASONS,
        errors=dict(errors or {}), conflict=conflict, failed=failed, action_id=action,
        form=dict(form or {}), action_labels={k: a.label for k, a in CASE_ACTIONS.items()},
        signs_here=signs_here(request.app.state.settings),
        i_drafted=bool(draft and draft.get("actor", {}).get("person_id") ==
                       who.principal["person_id"]))


@router.get("/cases/{case_id}", response_class=HTMLResponse)
async def case_page(request: Request, case_id: str, who: Caller,
                    v: int | None = None) -> HTMLResponse:
    case = await who.api.case_at_least(case_id, v)
    return await _render(request, who, case)


def _periods(form: Mapping[str, str]) -> list[dict[str, Any]]:
    periods, i = [], 0
    while f"period-{i}-zone" in form:
        row = {k: form.get(f"period-{i}-{k}", "").strip()
               for k in ("zone", "from_year", "to_year", "place", "kind")}
        if any(row.values()):
            for year in ("from_year", "to_year"):
                if row[year].isdigit():
                    row[year] = int(row[year])  # type: ignore[assignment]
            periods.append(row)
        i += 1
    return periods


def draft_body(case: Mapping[str, Any], form: Mapping[str, str]) -> dict[str, Any]:
    """The draft as the workflow takes it; PayloadError names a field that is wrong."""
    if text(form, "outcome") == "refused":
        code = text(form, "reason")
        if code not in REFUSAL_REASONS:
            raise payloads.PayloadError("reason", "choose the reason of the refusal")
        words = text(form, "reason_text")
        return DraftBody(outcome="refused", **_regulation_of(case),
                         reasons=[f"{code}: {words}" if words else code]).model_dump(
                             exclude_none=True)
    if text(form, "outcome") != "approved":
        raise payloads.PayloadError("outcome", "choose approve or refuse")
    payload: dict[str, Any]
    match payloads.form_of(case["regulation_id"], case.get("sub_service")):
        case "recognition":
            payload = {"recognition": {"periods": _periods(form)}}
            if text(form, "iban"):
                payout = {"kind": text(form, "payout_kind") or "bank_account",
                          "iban": text(form, "iban").replace(" ", "").upper()}
                if text(form, "institution"):
                    payout["institution"] = text(form, "institution")
                payload["payout"] = payout
        case "model":
            items = decision_form.form_for(case["regulation_id"], case.get("sub_service")) or ()
            payload, errors = decision_form.read(items, form)
            errors = errors or decision_form.contract_errors(
                case["regulation_id"], case.get("sub_service"), payload, items)
            if errors:
                first = next(iter(errors))
                raise payloads.PayloadError(first, str(errors[first]), errors)
        case _:
            payload = {}
    checked = payloads.checked(case["regulation_id"], case.get("sub_service"), payload)
    return DraftBody(outcome="approved", **_regulation_of(case),
                     payload=checked).model_dump(exclude_none=True)


def _regulation_of(case: Mapping[str, Any]) -> dict[str, Any]:
    """The draft names the case's regulation and sub-service (the workflow checks them)."""
    return {"regulation_id": case["regulation_id"], "sub_service": case.get("sub_service")}


def body_of(action: str, case: Mapping[str, Any], form: Mapping[str, str]) -> dict[str, Any]:
    match action:
        case "assign" | "reassign":
            person = text(form, "person_id")
            if not person:
                raise payloads.PayloadError("person_id", "choose the executor")
            return {"person_id": person, **({"reason": text(form, "reason") or "reassigned"}
                                           if action == "reassign" else {})}
        case "request_information":
            return {"addressed_to": text(form, "addressed_to"), "subject": text(form, "subject")}
        case "extend":
            return {"extension_id": text(form, "extension_id"), "reason": text(form, "reason")}
        case "notify":
            pending = [n for n in case.get("notices", []) if n.get("notified_at") is None]
            return {"extension_id": text(form, "extension_id") or
                    (pending[0]["extension_id"] if pending else ""),
                    "form": text(form, "form") or "written notification"}
        case "fee":
            return {"reference": text(form, "reference")}
        case "draft":
            return draft_body(case, form)
        case "return":
            return {"comment": text(form, "comment")}
        case "issue":
            return {"summary": text(form, "summary")}
    return {}


@router.post("/cases/{case_id}/act/{action}", response_class=HTMLResponse)
async def act(request: Request, case_id: str, action: str, who: Caller) -> Response:
    form = await form_of(request)
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    seen_version = int(text(form, "version") or 0)
    case = await who.api.case_at_least(case_id, seen_version)
    allowed = {a.id: a for a in case_actions(who.principal, case, who.today)}
    chosen = allowed.get(action)
    if chosen is None:
        return await _render(request, who, case, 409, conflict=_changes(case, seen_version),
                             action=action)
    try:
        body = body_of(chosen.id, case, fields)
    except payloads.PayloadError as error:
        return await _render(request, who, case, 422, errors=error.errors,
                             action=chosen.id, form=fields)
    try:
        if chosen.id == "sign":  # the head's own signature of the document the workflow gives
            body = {**body, "signature": await _signature(request, who, case_id, form)}
        answer = await who.api.case_action(case_id, chosen.path, body, seen_version)
    except CannotSign as refused:
        return await _render(request, who, case, 422, errors={"signature": str(refused)},
                             action=chosen.id, form=fields)
    except ApiError as error:
        if error.status == 409:
            fresh = await who.api.case_at_least(case_id, error.extensions.get("actual_version"))
            return await _render(request, who, fresh, 409,
                                 conflict=_changes(fresh, seen_version), failed=error,
                                 action=chosen.id)
        if error.status in (403, 422):
            return await _render(request, who, case, error.status,
                                 errors=_on_inputs(case, chosen.id, error.field_errors())
                                 or {"": error.detail}, failed=error, action=chosen.id,
                                 form=fields)
        raise
    return see_other(f"/cases/{case_id}?v={answer['version']}&done={chosen.id}")


async def _signature(request: Request, who: Who, case_id: str, form: Any) -> str:
    """The signature the head's own client made (pasted or uploaded), or, in development, one
    made here with the head's demo key."""
    upload = form.get("signature_file")
    if isinstance(upload, UploadFile) and upload.filename:
        return given_signature((await upload.read(4096)).decode("ascii", "replace"))
    if text(form, "signature"):
        return given_signature(text(form, "signature"))
    if not signs_here(request.app.state.settings):
        raise CannotSign("paste the signature your signing client made of the document")
    document = await who.api.decision_document(case_id)
    return dev_signature(request.app.state.settings, who.principal, document)


@router.get("/cases/{case_id}/decision-document")
async def decision_document(request: Request, case_id: str, who: Caller) -> Response:
    """The decision document exactly as the workflow gives it, for the head's signing client."""
    document = await who.api.decision_document(case_id)
    audit.record("decision.document.downloaded", who.principal, who.now, case_id=case_id)
    return Response(document, media_type="application/octet-stream", headers={
        "Content-Disposition": f'attachment; filename="decision-{case_id}.json"',
        "Cache-Control": "no-store"})


def _on_inputs(case: Mapping[str, Any], action: str,
               errors: Mapping[str, str]) -> dict[str, str]:
    """The workflow's field errors on the draft form's inputs, where the field is one of them."""
    if action != "draft":
        return dict(errors)
    items = decision_form.form_for(case["regulation_id"], case.get("sub_service")) or ()
    return {decision_form.api_field_to_input(field, items) or field: message
            for field, message in errors.items()}


def _changes(case: Mapping[str, Any], seen_version: int) -> dict[str, Any]:
    """What happened to the case since the version the person's page showed."""
    later = [h for h in case.get("history", []) if h["stream_version"] > seen_version]
    return {"seen": seen_version, "now": case["version"], "events": timeline(later)}
