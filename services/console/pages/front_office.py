"""Front office: a package taken question by question, a receipt or a refusal receipt, then
forwarding to the provider and handing the result over.

The application being filled in travels with the form (an encrypted `draft` field), so the
console keeps nothing between pages and works without JavaScript; the idempotency key is made
when the check-answers page is first shown, so submitting twice gives one application.
"""

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from cryptography.fernet import InvalidToken
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from contracts.catalogue import Regulation

from .. import directory, facts, i18n
from ..clients import ApiError, new_key
from ..facts import Message, Page, iin_problem
from ..next_actions import application_actions
from ..rendering import pages_of
from ..schemas import DocumentBody, SubmitBody
from ..vocabulary import regulation, regulations
from ..web import Caller, Who, form_of, see_other, text

router = APIRouter()
CHANNEL_OF_KIND = {"state_corporation": "state_corporation", "district_department":
                   "provider_office", "oblast_department": "provider_office",
                   "rural_akim": "rural_akim", "employment_centre": "employment_centre",
                   "portal": "portal"}
DRAFT_TTL_S = 4 * 3600


# --- the draft between pages --------------------------------------------------------------------


def _seal(request: Request, draft: Mapping[str, Any]) -> str:
    return request.app.state.drafts.encrypt(json.dumps(draft).encode()).decode()


def _unseal(request: Request, sealed: str) -> dict[str, Any]:
    if not sealed:
        return {}
    try:
        found = json.loads(request.app.state.drafts.decrypt(sealed.encode(), ttl=DRAFT_TTL_S))
    except (InvalidToken, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def channel_of(principal: Mapping[str, Any]) -> str:
    return CHANNEL_OF_KIND.get(str(principal["kind"]), "")


def offered(who: Who) -> list[Regulation]:
    """The regulations the caller's channel accepts: a State Corporation's or an akim's own
    channel, and a provider's office only for the regulations that organisation provides."""
    kind = str(who.principal["kind"])
    found = []
    for r in regulations(who.today):
        mine = {channel_of(who.principal)} - {"provider_office"}
        if kind in {k.value for k in r.provider.kinds}:
            mine.add("provider_office")
        if mine & {c.kind.value for c in r.channels}:
            found.append(r)
    return found


def steps_of(draft: Mapping[str, Any], today: date) -> list[str]:
    """The pages of this application, in order (the sub-service page only where there is one)."""
    steps = ["regulation"]
    if "regulation_id" in draft:
        reg = regulation(int(draft["regulation_id"]), today)
        if reg.sub_services:
            steps.append("sub_service")
        steps.append("applicant")
        steps += [p.id for p in facts.pages_for(reg.id, draft.get("sub_service"))]
        steps += ["documents", "check"]
    return steps


def fact_page(draft: Mapping[str, Any], page_id: str) -> Page | None:
    if "regulation_id" not in draft:
        return None
    pages = facts.pages_for(int(draft["regulation_id"]), draft.get("sub_service"))
    return next((p for p in pages if p.id == page_id), None)


# --- pages ---------------------------------------------------------------------------------------


@router.get("/front-office", response_class=HTMLResponse)
async def front_office(request: Request, who: Caller) -> HTMLResponse:
    to_forward = await who.api.applications(status="accepted", limit=50)
    to_hand_over = await who.api.applications(status="result_received", limit=50)
    recent = await who.api.applications(limit=20)
    return pages_of(request).render(request, "front_office/home.html",
                                    to_forward=to_forward["items"],
                                    to_hand_over=to_hand_over["items"], recent=recent["items"])


@router.get("/apply", response_class=HTMLResponse)
async def start(request: Request, who: Caller) -> HTMLResponse:
    return _page(request, who, {}, "regulation")


@router.post("/apply", response_class=HTMLResponse)
async def step(request: Request, who: Caller) -> Response:
    form = await form_of(request)
    draft = _unseal(request, text(form, "draft"))
    page, go = text(form, "page"), text(form, "go") or "next"
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    errors = _read(who, draft, page, fields)
    if go.startswith(("add:", "remove:")):
        return _page(request, who, draft, page, rows=_rows(draft, page, go))
    if go == "back":
        steps = steps_of(draft, who.today)
        return _page(request, who, draft, steps[max(steps.index(page) - 1, 0)]
                     if page in steps else "regulation")
    if go.startswith("change:"):
        return _page(request, who, draft, go.removeprefix("change:"), back_to_check=True)
    if errors:
        return _page(request, who, draft, page, errors=errors, status=422)
    if go == "submit" and page == "check":
        return await _submit(request, who, draft)
    steps = steps_of(draft, who.today)
    if text(form, "back_to_check") and "check" in steps:
        return _page(request, who, draft, "check")
    following = steps[steps.index(page) + 1] if page in steps[:-1] else steps[-1]
    return _page(request, who, draft, following)


@router.post("/apply/iin", response_class=HTMLResponse)
async def check_iin(request: Request, who: Caller) -> HTMLResponse:
    """The IIN checked as it is typed (htmx); the same check runs again on Continue."""
    form = await form_of(request)
    field = text(form, "field") or "applicant-iin"
    value = text(form, field)
    problem = iin_problem(value) if value else None
    return pages_of(request).render(request, "front_office/iin_check.html", value=value,
                                    problem=problem, field=field)


def _rows(draft: dict[str, Any], page_id: str, go: str) -> dict[str, int]:
    page = fact_page(draft, page_id)
    rows: dict[str, int] = {}
    if page is None:
        return rows
    for item in page.items:
        if isinstance(item, facts.Group):
            count = max(len(draft.get("facts", {}).get(item.name, [])), item.min_rows, 1)
            if go == f"add:{item.name}":
                count = min(count + 1, facts.MAX_ROWS)
            if go.startswith(f"remove:{item.name}:"):
                index = int(go.rsplit(":", 1)[1])
                kept = draft.get("facts", {}).get(item.name, [])
                if 0 <= index < len(kept):
                    kept.pop(index)
                count = max(count - 1, 1)
            rows[item.name] = count
    return rows


def _read(who: Who, draft: dict[str, Any], page: str,
          form: Mapping[str, str]) -> dict[str, Message]:
    """Take the page's answers into the draft; the errors found, by input id."""
    errors: dict[str, Message] = {}
    if page == "regulation":
        chosen = form.get("regulation_id", "")
        if chosen.isdigit() and int(chosen) in {r.id for r in offered(who)}:
            if draft.get("regulation_id") != int(chosen):
                draft.clear()
            draft["regulation_id"] = int(chosen)
        else:
            errors["regulation_id"] = Message(facts.CHOOSE, {"what": i18n.N_("the service")})
    elif page == "sub_service":
        reg = regulation(int(draft["regulation_id"]), who.today)
        chosen = form.get("sub_service", "")
        if chosen in {s.id for s in reg.sub_services}:
            if draft.get("sub_service") != chosen:
                draft.pop("facts", None)
            draft["sub_service"] = chosen
        else:
            errors["sub_service"] = Message(facts.CHOOSE, {"what": i18n.N_("the sub-service")})
    elif page == "applicant":
        page_of = facts.applicant_page(draft.get("regulation_id"))
        values, errors = facts.read_applicant(page_of, form)
        draft["applicant"] = values
    elif page == "documents":
        draft["documents"] = _documents(who, draft, form)
        draft["refusal_reasons"] = [k.removeprefix("reason-") for k in form
                                    if k.startswith("reason-")]
    elif (found := fact_page(draft, page)) is not None:
        values, errors = facts.read_page(found, form)
        draft["facts"] = values
        if not errors:
            errors = facts.contract_errors(int(draft["regulation_id"]), draft.get("sub_service"),
                                           values, found)
    return errors


def _documents(who: Who, draft: Mapping[str, Any], form: Mapping[str, str]) -> list[dict[str, Any]]:
    reg = regulation(int(draft["regulation_id"]), who.today)
    found = []
    for item in reg.documents.items:
        if form.get(f"doc-{item.id}") == "on":
            copies = form.get(f"doc-{item.id}-copies", "0")
            found.append({"kind": item.id, "originals": 1,
                          "copies": int(copies) if copies.isdigit() else 0})
    return found


def _page(request: Request, who: Who, draft: dict[str, Any], page: str,
          errors: Mapping[str, Message] | None = None, status: int = 200,
          rows: Mapping[str, int] | None = None, back_to_check: bool = False,
          problem: ApiError | None = None) -> HTMLResponse:
    steps = steps_of(draft, who.today)
    if page not in steps:
        page = "regulation"
    if page == "check" and "key" not in draft:
        draft["key"] = new_key()
    reg = regulation(int(draft["regulation_id"]), who.today) if "regulation_id" in draft else None
    applicant_questions = facts.applicant_page(draft.get("regulation_id"))
    questions = applicant_questions if page == "applicant" else fact_page(draft, page)
    row_counts = dict(rows or {})
    if questions is not None:
        for item in questions.items:
            if isinstance(item, facts.Group) and item.name not in row_counts:
                source = draft.get("facts", {}).get(item.name, [])
                row_counts[item.name] = max(len(source), item.min_rows, 1)
    values = draft.get("applicant", {}) if page == "applicant" else draft.get("facts", {})
    return pages_of(request).render(
        request, "front_office/apply.html", status, page=page, steps=steps, draft=draft,
        sealed=_seal(request, draft), reg=reg, offered=offered(who), questions=questions,
        values=values, rows=row_counts, errors=dict(errors or {}), back_to_check=back_to_check,
        all_pages=facts.pages_for(reg.id, draft.get("sub_service")) if reg else (),
        applicant_page=applicant_questions, problem=problem, input_id=facts.input_id,
        answer_of=facts.answer_of)


async def _submit(request: Request, who: Who, draft: dict[str, Any]) -> Response:
    reg_id = int(draft["regulation_id"])
    applicant = {k: v for k, v in draft.get("applicant", {}).items() if v}
    body = SubmitBody(
        regulation_id=reg_id, sub_service=draft.get("sub_service"),
        applicant={k: str(v) for k, v in applicant.items()},
        documents=[DocumentBody(**d) for d in draft.get("documents", [])],
        facts=facts.facts_for_api(draft.get("facts", {})),
        refusal_reasons=draft.get("refusal_reasons", []))
    try:
        answer = await who.api.submit(body.model_dump(exclude_none=True), draft["key"])
    except ApiError as error:
        if error.status != 422:
            raise
        errors = {facts.api_field_to_input(f): Message(m) for f, m in
                  error.field_errors().items()}
        return _page(request, who, draft, _page_of_error(draft, errors), errors=errors,
                     status=422, problem=error)
    return see_other(f"/applications/{answer['application_id']}?new=1")


def _page_of_error(draft: Mapping[str, Any], errors: Mapping[str, Message]) -> str:
    if any(key.startswith("applicant-") for key in errors):
        return "applicant"
    if any(key.startswith("documents") for key in errors) or not facts.pages_for(
            int(draft["regulation_id"]), draft.get("sub_service")):
        return "check"
    return "facts"


# --- the application after the receipt ---------------------------------------------------------


@router.get("/applications/{application_id}", response_class=HTMLResponse)
async def application_page(request: Request, application_id: str, who: Caller,
                           new: bool = False) -> HTMLResponse:
    found = await who.api.application(application_id)
    application = found.body
    reg = regulation(int(application["regulation_id"]), who.today)
    known = directory.load(request.app.state.settings.directory_file)
    return pages_of(request).render(
        request, "front_office/application.html", application=application, reg=reg,
        new=new, actions=application_actions(who.principal, application),
        providers=known.providers(reg, application.get("district"),
                                  application.get("rural_district")))


@router.get("/applications/{application_id}/receipt", response_class=HTMLResponse)
async def receipt_page(request: Request, application_id: str, who: Caller) -> HTMLResponse:
    receipt = await who.api.receipt(application_id)
    reg = regulation(int(receipt["regulation_id"]), who.today)
    return pages_of(request).render(request, "front_office/receipt.html", receipt=receipt,
                                    reg=reg)


@router.post("/applications/{application_id}/{action}", response_class=HTMLResponse)
async def application_action(request: Request, application_id: str, action: str,
                             who: Caller) -> Response:
    form = await form_of(request)
    found = (await who.api.application(application_id)).body
    allowed = {a.id: a for a in application_actions(who.principal, found)}
    chosen = allowed.get(action.replace("-", "_"))
    if chosen is None:
        return pages_of(request).render(request, "error.html", 409, kind="not_now")
    body: dict[str, Any] = {}
    if chosen.id == "forward" and text(form, "provider"):
        offered = chosen.details.get("providers") or [
            o.ref() for o in directory.load(request.app.state.settings.directory_file)
            .providers(regulation(int(found["regulation_id"]), who.today), found.get("district"),
                       found.get("rural_district"))]
        picked = next((p for p in offered if p["organisation_id"] == text(form, "provider")),
                      None)
        if picked is not None:
            body["provider"] = picked
    if chosen.id == "hand_over":
        body["recipient"] = text(form, "recipient") or "applicant"
    version = int(text(form, "version") or found["version"])
    try:
        await who.api.application_action(application_id, chosen.path.lstrip("/"), body, version)
    except ApiError as error:
        if error.status not in (409, 422):
            raise
        return pages_of(request).render(request, "error.html", error.status,
                                        kind="conflict" if error.conflict else "refused",
                                        error=error, back=f"/applications/{application_id}")
    return see_other(f"/applications/{application_id}?done={chosen.id}")
