"""Bad input that once wrote, refused now with a 422 naming the field and nothing stored: names
of spaces only, invisible characters, control characters or bidi overrides (they reach receipts,
the certificate PDF and public verification); ids and counts sent as text or booleans; a
received-at before the acts or out of any calendar PostgreSQL keeps; a foreign IBAN for a
payment in tenge. Kazakh and Russian names, hyphens and apostrophes pass, stored as NFC."""

import json
import uuid
from typing import Any

import pytest

from .bodies import APPLICANT, GERMAN_IBAN, KAZAKH_IBAN, PERIODS, REPRESENTATIVE, package, reg1
from .conftest import refused

pytestmark = pytest.mark.integration

BAD_NAMES = [" ", "   ", "\u200d", "\u200b", "Ab\u0007enov", "Ab\r\nenov", "Abenov\n",
             "\u202eAbenov", "Ab\u2066en\u2069ov", "\ufeffAbenov", "Ab\u00adenov", "A\x00b"]
BAD_LINES = [" ", "\u200d", "a\u0007b", "a\r\nb", "\u202etext", "\u2067x\u2069"]


async def submit(apis, body: dict[str, Any]):
    return await apis["intake"].call("POST", "/v1/applications", json=body,
                                     headers={"Idempotency-Key": uuid.uuid4().hex})


async def refused_and_nothing_stored(apis, service: str, method: str, template: str,
                                     field: str, path: str | None = None, **kwargs: Any) -> None:
    api = apis[service]
    before = await api.stored()
    answer = await api.call(method, template, path, **kwargs)
    refused(answer, 422, field)
    assert await api.stored() == before, (field, kwargs)


async def test_a_good_package_is_taken(apis):
    answer = await submit(apis, reg1(representative=REPRESENTATIVE))
    assert answer.status_code == 201, answer.text


@pytest.mark.parametrize("name", ["last_name", "first_name", "middle_name"])
async def test_a_name_of_spaces_invisible_control_or_bidi_characters_is_refused(apis, name):
    for bad in BAD_NAMES:
        body = reg1(applicant={**APPLICANT, name: bad})
        await refused_and_nothing_stored(apis, "intake", "POST", "/v1/applications",
                                         f"applicant.{name}", json=body,
                                         headers={"Idempotency-Key": uuid.uuid4().hex})
        body = reg1(representative={**REPRESENTATIVE, name: bad})
        await refused_and_nothing_stored(apis, "intake", "POST", "/v1/applications",
                                         f"representative.{name}", json=body,
                                         headers={"Idempotency-Key": uuid.uuid4().hex})


async def test_free_text_that_reaches_a_receipt_holds_nothing_invisible(apis):
    for bad in BAD_LINES:
        for field, body in [
            ("representative.authority",
             reg1(representative={**REPRESENTATIVE, "authority": bad})),
            ("refusal_reasons[0]", reg1(refusal_reasons=[bad])),
            ("facts.periods[0].place", reg1(facts={"periods": [{**PERIODS[0], "place": bad}]})),
            ("applicant.phone", reg1(applicant={**APPLICANT, "phone": bad})),
        ]:
            await refused_and_nothing_stored(apis, "intake", "POST", "/v1/applications", field,
                                             json=body,
                                             headers={"Idempotency-Key": uuid.uuid4().hex})


async def test_kazakh_and_russian_names_hyphens_and_apostrophes_pass_stored_as_nfc(apis):
    person = {**APPLICANT, "last_name": "Әбдіхалықова-Ғалымжан", "first_name": "Ёлка",
              "middle_name": "O’Neil"}
    decomposed = {**person, "first_name": "\u0415\u0308лка"}  # Е + combining diaeresis
    answer = await submit(apis, reg1(applicant=decomposed))
    assert answer.status_code == 201, answer.text
    receipt = answer.json()["receipt"]["applicant"]
    assert (receipt["last_name"], receipt["first_name"], receipt["middle_name"]) == (
        "Әбдіхалықова-Ғалымжан", "Ёлка", "O’Neil")
    for name in ("Қасымұлы", "Ұлжан", "Үміт", "Һәшім", "Ңғ", "Өтеш", "Д'Артаньян", "Ив. Петров"):
        answer = await submit(apis, reg1(applicant={**APPLICANT, "last_name": name}))
        assert answer.status_code == 201, (name, answer.text)


@pytest.mark.parametrize("value", ["1", True, 1.0, "01"])
async def test_a_regulation_id_as_text_a_boolean_or_a_fraction_is_refused(apis, value):
    await refused_and_nothing_stored(apis, "intake", "POST", "/v1/applications",
                                     "regulation_id", json=reg1(regulation_id=value),
                                     headers={"Idempotency-Key": uuid.uuid4().hex})
    body = {"regulation_id": value, "sub_service": "first_registration",
            "applicant": APPLICANT, "facts": {"periods": PERIODS}}
    await refused_and_nothing_stored(apis, "workflow", "POST", "/v1/cases", "regulation_id",
                                     json=body, headers={"Idempotency-Key": uuid.uuid4().hex})


async def test_counts_and_years_as_text_or_booleans_are_refused(apis):
    documents = package()
    for field, body in [
        ("documents[0].originals", reg1(documents=[{**documents[0], "originals": "1"},
                                                   *documents[1:]])),
        ("documents[0].copies", reg1(documents=[{**documents[0], "copies": True},
                                                *documents[1:]])),
        ("facts.periods[0].from_year",
         reg1(facts={"periods": [{**PERIODS[0], "from_year": "1958"}]})),
    ]:
        await refused_and_nothing_stored(apis, "intake", "POST", "/v1/applications", field,
                                         json=body, headers={"Idempotency-Key": uuid.uuid4().hex})


@pytest.mark.parametrize("moment", [
    "0001-01-01T00:00:00+05:00", "0001-01-01T00:00:00Z", "1899-12-31T23:00:00Z",
    "2017-12-31T10:00:00+05:00", "9999-12-31T23:59:59-12:00", "2026-03-02T11:05:00+05:00"])
async def test_a_received_at_before_the_acts_or_beyond_now_is_refused(apis, moment):
    await refused_and_nothing_stored(apis, "intake", "POST", "/v1/applications",
                                     "package_received_at",
                                     json=reg1(package_received_at=moment),
                                     headers={"Idempotency-Key": uuid.uuid4().hex})


async def test_a_received_at_of_this_morning_is_taken(apis):
    answer = await submit(apis, reg1(package_received_at="2026-03-02T09:40:00+05:00"))
    assert answer.status_code == 201, answer.text


async def test_a_foreign_iban_is_refused_in_facts_decisions_and_payout_details(apis):
    for iban in (GERMAN_IBAN, "KZ87125KZT5004100100", "kz86125kzt5004100100"):
        payout = {"kind": "bank_account", "iban": iban}
        await refused_and_nothing_stored(
            apis, "intake", "POST", "/v1/applications", "facts.payout.iban",
            json=reg1(facts={"periods": PERIODS, "payout": payout}),
            headers={"Idempotency-Key": uuid.uuid4().hex})
        await refused_and_nothing_stored(
            apis, "workflow", "POST", "/v1/cases", "facts.payout.iban",
            json={"regulation_id": 1, "sub_service": "first_registration",
                  "applicant": APPLICANT, "facts": {"periods": PERIODS, "payout": payout}},
            headers={"Idempotency-Key": uuid.uuid4().hex})
        draft = {"outcome": "approved", "regulation_id": 1, "sub_service": "first_registration",
                 "payload": {"recognition": {"periods": PERIODS}, "payout": payout}}
        await refused_and_nothing_stored(
            apis, "workflow", "POST", "/v1/cases/{case_id}/draft", "payload.payout.iban",
            path=f"/v1/cases/{uuid.uuid4()}/draft", json=draft, headers={"If-Match": 'W/"1"'})
        await refused_and_nothing_stored(
            apis, "payments", "PUT", "/v1/payments/{payment_id}/details", "route.iban",
            path=f"/v1/payments/{uuid.uuid4()}/details",
            json={"route": {"kind": "iban", "iban": iban}}, headers={"If-Match": 'W/"1"'})


async def test_a_kazakh_iban_is_taken_in_facts(apis):
    payout = {"kind": "bank_account", "iban": KAZAKH_IBAN}
    answer = await submit(apis, reg1(facts={"periods": PERIODS, "payout": payout}))
    assert answer.status_code == 201, answer.text


async def test_a_lone_surrogate_in_any_string_or_key_is_refused_naming_the_field(apis):
    # JSON can escape half a character; Python reads it, PostgreSQL cannot store it
    for field, body in [("channel", reg1(channel="\ud800")),
                        ("applicant.last_name", reg1(applicant={**APPLICANT,
                                                                "last_name": "Ab\udc00"})),
                        ("facts", reg1(facts={"periods": PERIODS, "\udfff": 1}))]:
        await refused_and_nothing_stored(apis, "intake", "POST", "/v1/applications", field,
                                         content=json.dumps(body).encode(),
                                         headers={"Idempotency-Key": uuid.uuid4().hex,
                                                  "Content-Type": "application/json"})


async def test_a_registration_number_holds_no_bidi_override(apis):
    workflow = apis["workflow"]
    case = await workflow.call("POST", "/v1/cases", json={
        "regulation_id": 1, "sub_service": "first_registration", "applicant": APPLICANT,
        "facts": {"periods": PERIODS}}, headers={"Idempotency-Key": uuid.uuid4().hex})
    assert case.status_code == 201, case.text
    path = f"/v1/cases/{case.json()['case_id']}/registration"
    await refused_and_nothing_stored(
        apis, "workflow", "POST", "/v1/cases/{case_id}/registration", "registration_number",
        path=path, json={"registration_number": "2026\u202e-0041"},
        headers={"If-Match": case.headers["ETag"]})


async def test_a_result_summary_is_empty_or_visible_text_named_when_it_is_not(apis):
    for bad in ("\u202e", "a\u0007b", "\u200d"):
        await refused_and_nothing_stored(
            apis, "workflow", "POST", "/v1/cases/{case_id}/result", "summary",
            path=f"/v1/cases/{uuid.uuid4()}/result", json={"summary": bad},
            headers={"If-Match": 'W/"1"'})
