"""Who may produce a provider's decision (seed lines 905-912: at a rural akim's office, reg. 12's
decision is signed by the district department's head)."""

from contracts.catalogue import load_catalogue
from contracts.decision_authority import may_decide_for, signing_kinds
from contracts.identity import OrganisationKind as K
from contracts.identity import Producer
from contracts.people import OrganisationRef

VERSION = load_catalogue().versions[-1].version.id
AKIM = OrganisationRef(organisation_id="akim-talgar-panfilov", kind=K.RURAL_AKIM,
                       district="talgar", rural_district="panfilov")
TALGAR = Producer(organisation_id="dd-talgar", kind=K.DISTRICT_DEPARTMENT, district="talgar")


def decides(producer: Producer, regulation_id: int = 12, provider: OrganisationRef = AKIM,
            channel: str | None = "rural_akim", sub_service: str | None = None) -> bool:
    return may_decide_for(producer, provider, VERSION, regulation_id, sub_service, channel)


def test_the_district_head_signs_reg12_for_a_rural_akim():
    assert K.DISTRICT_DEPARTMENT in signing_kinds(VERSION, 12, None, K.RURAL_AKIM, "rural_akim")
    assert decides(TALGAR)


def test_the_provider_itself_decides():
    assert decides(Producer(**AKIM.model_dump()))


def test_no_other_office_decides_for_the_provider():
    other_district = Producer(organisation_id="dd-karasai", kind=K.DISTRICT_DEPARTMENT,
                              district="karasai")
    other_akim = Producer(organisation_id="akim-talgar-tuzdybastau", kind=K.RURAL_AKIM,
                          district="talgar", rural_district="tuzdybastau")
    front_office = Producer(organisation_id="gfc-talgar", kind=K.STATE_CORPORATION,
                            district="talgar")
    assert not decides(other_district)
    assert not decides(other_akim)
    assert not decides(front_office)


def test_a_district_department_decides_only_its_own_cases_of_reg1():
    own = OrganisationRef(organisation_id="dd-talgar", kind=K.DISTRICT_DEPARTMENT,
                          district="talgar")
    other = Producer(organisation_id="dd-karasai", kind=K.DISTRICT_DEPARTMENT, district="karasai")
    assert not decides(other, 1, own, "state_corporation", "first_registration")
    assert decides(Producer(**own.model_dump()), 1, own, "state_corporation", "first_registration")
