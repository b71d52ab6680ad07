import pytest
from pydantic import ValidationError

from contracts.identity import OrganisationKind
from services.payments.app import PaymentsSettings


def test_the_planning_department_writes_the_services_own_events_as_a_system_actor():
    settings = PaymentsSettings(PAYMENTS_ORGANISATION_ID="dd-talgar",
                                PAYMENTS_ORGANISATION_KIND="district_department")
    identity = settings.identity()
    assert identity.producer.organisation_id == "dd-talgar"
    assert identity.producer.kind is OrganisationKind.DISTRICT_DEPARTMENT
    assert identity.actor.role == "system"


def test_by_default_the_oblast_department_plans_payments():
    assert PaymentsSettings().identity().producer.kind is OrganisationKind.OBLAST_DEPARTMENT


def test_an_organisation_that_may_not_say_payments_events_is_refused():
    with pytest.raises(ValidationError, match="payments are planned by"):
        PaymentsSettings(PAYMENTS_ORGANISATION_KIND="state_corporation")
