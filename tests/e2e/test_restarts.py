"""Every service stopped or killed in the middle of a reg. 1 flow: the flow still completes, with
nothing lost and nothing applied twice."""

from collections import Counter

import pytest

from qorgau import scenarios as sc

pytestmark = pytest.mark.e2e
DISTRICT = "karasai"  # a district of its own: the envelope released here holds this case only
# a killed consumer stays in its group until its session times out; the new one waits for that
PATIENCE = 120.0


def start(stack, *names: str) -> None:
    for name in names:
        stack.processes[name].start()
    stack.wait_healthy(names=tuple(n for n in names if n != "treasury"))


def test_restarts_in_the_middle_of_the_flow(stack, system, logs):
    office = sc.front_office(DISTRICT)
    clerk, head = sc.department(DISTRICT, "clerk"), sc.department(DISTRICT, "head")
    executor, registrar = sc.department(DISTRICT, "executor"), sc.department(DISTRICT, "registry")
    cashier = sc.department(DISTRICT, "payments")
    applicant = sc.new_applicant()

    # the provider is down while the front office accepts and forwards; intake restarts too
    stack.processes["workflow"].stop()
    receipt = sc.submit(system, office, 1, applicant, "first_registration",
                        facts={"periods": sc.SEMEY_PERIODS})
    case_id = receipt["application_id"]
    sc.forward(system, office, case_id, sc.department_ref(DISTRICT))
    stack.restart("intake")
    start(stack, "workflow")
    sc.wait_case(system, clerk, case_id, PATIENCE)
    sc.register_case(system, clerk, case_id)
    sc.assign_executor(system, head, case_id, executor.split("/", 1)[1])

    # registry stopped, payments and intake killed while the decision is signed and issued;
    # then the workflow itself crashes: its relay resumes from its checkpoint
    stack.processes["registry"].stop()
    stack.processes["payments"].kill()
    stack.processes["intake"].kill()
    sc.draft(system, executor, case_id, (1, "first_registration"),
             {"recognition": {"periods": sc.SEMEY_PERIODS},
              "payout": {"kind": "bank_account", "iban": sc.DEMO_IBAN}})
    sc.sign(system, head, case_id)
    assert sc.issue_result(system, executor, case_id)["status"] == "closed"
    stack.restart("workflow", crash=True)
    start(stack, "registry", "payments", "intake")

    ordered = sc.wait_document(system, registrar, applicant["iin"], case_id, PATIENCE)
    issued = sc.issue_document(system, registrar, ordered["document_id"])
    sc.wait_document_status(system, registrar, ordered["document_id"], "issued")
    assert sc.verify_url(system, issued["verification_url"])["status"] == "valid"

    # the treasury is down when the envelope leaves, and answers once it is back
    payment = sc.wait_payment(system, cashier, case_id, DISTRICT, 1, ("ready",), PATIENCE)
    stack.processes["treasury"].kill()
    released = sc.release_envelope(system, cashier, DISTRICT, sc.next_payment_day(system, cashier))
    if released is not None:  # None: on a payment day the release loop may have been first
        assert released["control"]["count"] == 1
    start(stack, "treasury")
    paid = sc.wait_payment(system, cashier, case_id, DISTRICT, 1, ("confirmed",), PATIENCE)
    assert paid["payment_id"] == payment["payment_id"] and paid["attempts"] == 1
    sc.wait_result_received(system, office, case_id, PATIENCE)
    assert sc.hand_over(system, office, case_id)["status"] == "handed_over"

    # nothing lost, nothing twice: each service's log holds each fact once
    def count(service: str, where: str, *args) -> Counter:
        return Counter(e.event_type for e in logs.events(service, where, *args))

    assert count("intake", "stream_id = $1", case_id) == {
        "intake.ApplicationAccepted": 1, "intake.ApplicationForwarded": 1,
        "intake.ResultReceived": 1, "intake.DocumentRecorded": 1,  # handed over after it
        "intake.ResultHandedOver": 1}
    workflow = count("workflow", "stream_id = $1", case_id)
    assert workflow["workflow.CaseOpened"] == 1 and workflow["workflow.DecisionSigned"] == 1
    assert workflow["workflow.ResultIssued"] == 1
    assert count("registry", "payload->>'case_id' = $1 OR payload->>'document_id' = $2",
                 case_id, ordered["document_id"]) - Counter(
        {"registry.VerificationLookedUp": 1}) == {
        "registry.PersonRegistered": 1, "registry.DocumentRequested": 1,
        "registry.DocumentIssued": 1}
    assert count("payments", "stream_id = $1", f"payment-{paid['payment_id']}") == {
        "payments.CompensationAssigned": 1, "payments.PaymentOrdered": 1,
        "payments.PaymentConfirmationRecorded": 1}
    assert logs.fetch("payments", "SELECT count(*) AS n FROM compensations WHERE iin = $1",
                      applicant["iin"]) == [{"n": 1}]
    assert logs.dead_letters() == {name: [] for name in ("intake", "workflow", "registry",
                                                         "payments")}
