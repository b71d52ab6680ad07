"""What a front office records of the applicant's case besides the documents: the `facts` of an
application, one typed model per regulation and sub-service.

The accepting organisation enters them (`ApplicationAccepted.facts`), they travel with the
forwarded package (`ApplicationForwarded.facts`, `CaseOpened.facts`) and the provider's decision
starts from them (`contracts.decisions.draft_from_facts`). Every model forbids unknown keys and
names each field with a title, so a form can be drawn from its JSON schema; `FACTS` says which
model a (regulation, sub-service) takes and `facts_example` gives a filled-in one.
"""

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    model_validator,
)

from contracts.iin import IinStr
from contracts.text import PersonName, TextLine
from contracts.workflow_events import Payout, Zone

# The law on social protection of citizens affected by the nuclear tests covers 1949-1990.
FIRST_TEST_YEAR, LAST_TEST_YEAR = 1949, 1990
# Reg. 10 on the portal: "only persons with disabilities and with socially significant diseases"
PORTAL_CATEGORIES_REG_10 = frozenset({"disability", "socially_significant_disease"})

PayoutField = Field(default=None, title="Where the money goes",
                    description="the applicant's bank account, or for a person serving a "
                    "sentence the institution's control account; the payment uses it")


class Facts(BaseModel):
    """Base of every facts model: frozen, no unknown keys, inputs never echoed in errors."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


# --- reg. 1 ----------------------------------------------------------------------------------


class ZonePeriod(Facts):
    """A span of years lived, worked or served in one zone of the Semey test site."""

    zone: Zone = Field(title="Zone of radiation risk")
    from_year: StrictInt = Field(ge=FIRST_TEST_YEAR, le=LAST_TEST_YEAR, title="From (year)")
    to_year: StrictInt = Field(ge=FIRST_TEST_YEAR, le=LAST_TEST_YEAR, title="To (year)")
    place: TextLine = Field(min_length=1, max_length=200, title="Settlement")
    kind: Literal["residence", "work", "service"] = Field(title="Lived, worked or served")

    @model_validator(mode="after")
    def _ordered(self) -> "ZonePeriod":
        if self.to_year < self.from_year:
            raise ValueError("to_year must not be before from_year")
        return self


class Reg1FirstRegistrationFacts(Facts):
    """Reg. 1, first registration: the periods in the zones, and where the compensation goes."""

    model_config = ConfigDict(title="Reg. 1 first registration: facts")

    periods: list[ZonePeriod] = Field(min_length=1, max_length=50,
                                      title="Periods in the zones of the test site")
    payout: Payout | None = PayoutField


class DuplicateFacts(Facts):
    """A duplicate certificate: why it is asked for, and the number of the lost one if known."""

    duplicate_reason: Literal["lost", "damaged"] = Field(title="Why a duplicate")
    replaces: TextLine | None = Field(default=None, max_length=64,
                                 title="Number of the certificate it replaces")


class Reg1DuplicateFacts(DuplicateFacts):
    model_config = ConfigDict(title="Reg. 1 duplicate certificate: facts")


# --- the family and its incomes (regs 4, 18) ---------------------------------------------------


class FamilyMember(Facts):
    iin: IinStr = Field(title="IIN")
    relation: Literal["spouse", "child", "parent", "sibling", "other"] = Field(title="Relation")
    last_name: PersonName = Field(min_length=1, max_length=100, title="Last name")
    first_name: PersonName = Field(min_length=1, max_length=100, title="First name")
    birth_date: date | None = Field(default=None, title="Date of birth")
    disabled: StrictBool = Field(default=False, title="Has a disability")


class Income(Facts):
    member_iin: IinStr = Field(title="Whose income (IIN)",
                               description="the applicant's or a listed family member's")
    kind: Literal["wages", "pension", "benefit", "business", "alimony", "agriculture",
                  "other"] = Field(title="Kind of income")
    period_from: date = Field(title="Received from")
    period_to: date = Field(title="Received until")
    amount: Decimal = Field(ge=0, max_digits=14, decimal_places=2, title="Amount (KZT)",
                            description="the total received over the period")

    @model_validator(mode="after")
    def _ordered(self) -> "Income":
        if self.period_to < self.period_from:
            raise ValueError("period_to must not be before period_from")
        return self


class Reg4Facts(Facts):
    """Reg. 4, targeted social assistance: the family, its incomes, where it lives."""

    model_config = ConfigDict(title="Reg. 4 targeted social assistance: facts")

    address: TextLine = Field(min_length=1, max_length=300, title="Address")
    family_members: list[FamilyMember] = Field(default_factory=list, max_length=30,
                                               title="Family members")
    incomes: list[Income] = Field(default_factory=list, max_length=200, title="Incomes")
    payout: Payout | None = PayoutField


class HousingCost(Facts):
    kind: Literal["rent", "utilities", "maintenance", "fuel"] = Field(title="Kind of cost")
    amount: Decimal = Field(ge=0, max_digits=14, decimal_places=2, title="Amount (KZT)")


class Reg18Facts(Facts):
    """Reg. 18, housing assistance: the home, the family, its incomes and housing costs."""

    model_config = ConfigDict(title="Reg. 18 housing assistance: facts")

    address: TextLine | None = Field(default=None, min_length=1, max_length=300, title="Address")
    area_m2: Decimal | None = Field(default=None, ge=0, max_digits=8, decimal_places=2,
                                    title="Living area (m²)")
    family_members: list[FamilyMember] = Field(default_factory=list, max_length=30,
                                               title="Family members")
    incomes: list[Income] = Field(default_factory=list, max_length=200, title="Incomes")
    costs: list[HousingCost] = Field(default_factory=list, max_length=50,
                                     title="Housing costs")
    payout: Payout | None = PayoutField


# --- disability aids and special social services (regs 2, 3, 5-9) ------------------------------

DisabilityGroup = Literal["first", "second", "third", "child"]


class DisabilityAidFacts(Facts):
    """Regs 2, 3, 5, 6, 7: what the individual rehabilitation programme gives the person."""

    model_config = ConfigDict(title="Regs 2, 3, 5-7 disability aid: facts")

    disability_group: DisabilityGroup | None = Field(default=None, title="Disability group")
    programme_number: TextLine | None = Field(
        default=None, min_length=1, max_length=64,
        title="Individual rehabilitation programme No.")
    needs: list[Annotated[TextLine, Field(max_length=200)]] = Field(
        default_factory=list, max_length=20, title="What the programme provides",
        description="e.g. 'prosthesis of the lower limb', 'wheelchair'")


class SpecialSocialServicesFacts(Facts):
    """Regs 8, 9: who needs special social services, and the assessment behind it."""

    model_config = ConfigDict(title="Regs 8, 9 special social services: facts")

    category: Literal["elderly", "disabled_adult", "disabled_child"] | None = Field(
        default=None, title="Who needs the services")
    disability_group: DisabilityGroup | None = Field(default=None, title="Disability group")
    assessment_reference: TextLine | None = Field(default=None, min_length=1, max_length=64,
                                             title="Needs assessment No.")


# --- monetary regulations with a category (regs 10, 12) --------------------------------------


class Reg10Facts(Facts):
    """Reg. 10, social assistance by a maslikhat decision: the applicant's category."""

    model_config = ConfigDict(title="Reg. 10 maslikhat social assistance: facts")

    category: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64, title="Category",
                          description="the maslikhat's category, e.g. 'disability', "
                          "'socially_significant_disease', 'large_family'")
    payout: Payout | None = PayoutField


class Reg12Facts(Facts):
    """Reg. 12, fuel assistance to social specialists in rural areas: their sector."""

    model_config = ConfigDict(title="Reg. 12 fuel assistance: facts")

    category: Literal["education", "health", "social_protection", "culture", "sport",
                      "veterinary", "agriculture"] | None = Field(default=None, title="Sector")
    payout: Payout | None = PayoutField


# --- reg. 11 -----------------------------------------------------------------------------------


class Child(Facts):
    iin: IinStr = Field(title="Child's IIN")
    last_name: PersonName = Field(min_length=1, max_length=100, title="Last name")
    first_name: PersonName = Field(min_length=1, max_length=100, title="First name")
    birth_date: date | None = Field(default=None, title="Date of birth")


class Reg11NotificationFacts(Facts):
    """Reg. 11: a disabled child taught at home, whose costs are to be compensated."""

    model_config = ConfigDict(title="Reg. 11 home-schooling compensation: facts")

    child: Child | None = Field(default=None, title="The child taught at home")
    school: TextLine | None = Field(default=None, min_length=1, max_length=200, title="School")
    payout: Payout | None = PayoutField


class Reg11InformationFacts(Facts):
    """Reg. 11 `information`: the applicant asks about an assignment already made."""

    model_config = ConfigDict(title="Reg. 11 information on an assignment: facts")

    assignment_reference: TextLine | None = Field(default=None, min_length=1, max_length=64,
                                             title="Decision No. asked about")


# --- documents (regs 13, 15, 16, 17) and referrals (reg. 14) ---------------------------------


class Reg13Facts(Facts):
    """Reg. 13, a certificate that the family receives (or not) targeted social assistance."""

    model_config = ConfigDict(title="Reg. 13 TSA membership certificate: facts")

    purpose: TextLine | None = Field(default=None, min_length=1, max_length=200,
                                title="Where the certificate is to be presented")


class Reg14Facts(Facts):
    """Reg. 14, a referral to an active employment measure: the measure asked for."""

    model_config = ConfigDict(title="Reg. 14 employment measure referral: facts")

    measure: Literal["employment", "youth_practice", "social_jobs", "public_works"] | None = (
        Field(default=None, title="Measure asked for"))
    unemployed_since: date | None = Field(default=None, title="Registered as unemployed since")


class Reg15Facts(Facts):
    """Reg. 15, the oralman (kandas) status granted or extended."""

    model_config = ConfigDict(title="Reg. 15 oralman status: facts")

    country_of_origin: TextLine | None = Field(default=None, min_length=1, max_length=100,
                                          title="Country the person came from")
    arrived_on: date | None = Field(default=None, title="Date of arrival")


class Reg16Facts(Facts):
    """Reg. 16, a permit to employ foreign labour: the employer and what it asks for."""

    model_config = ConfigDict(title="Reg. 16 foreign labour permit: facts")

    employer_bin: str | None = Field(default=None, pattern=r"^\d{12}$", title="Employer's BIN")
    workers: StrictInt | None = Field(default=None, ge=1, le=100_000, title="Number of workers")
    profession: TextLine | None = Field(default=None, min_length=1, max_length=200,
                                   title="Profession or position")
    valid_from: date | None = Field(default=None, title="Permit asked from")
    valid_until: date | None = Field(default=None, title="Permit asked until")


class Reg17CertificateFacts(Facts):
    """Reg. 17, the certificate of a person rehabilitated from political repression."""

    model_config = ConfigDict(title="Reg. 17 rehabilitated person certificate: facts")

    rehabilitation_reference: TextLine | None = Field(
        default=None, min_length=1, max_length=200, title="Rehabilitation decision",
        description="the prosecutor's or court's decision, with its number and date")


class Reg17DuplicateFacts(DuplicateFacts):
    model_config = ConfigDict(title="Reg. 17 duplicate certificate: facts")


# --- which model a regulation's sub-service takes -------------------------------------------

Key = tuple[int, str | None]  # (regulation, sub-service or None)

FACTS: Mapping[Key, type[Facts]] = MappingProxyType({
    (1, "first_registration"): Reg1FirstRegistrationFacts,
    (1, "duplicate"): Reg1DuplicateFacts,
    **{(n, None): DisabilityAidFacts for n in (2, 3, 5, 6, 7)},
    (4, None): Reg4Facts,
    (8, None): SpecialSocialServicesFacts,
    (9, None): SpecialSocialServicesFacts,
    (10, None): Reg10Facts,
    (11, "notification"): Reg11NotificationFacts,
    (11, "information"): Reg11InformationFacts,
    (12, None): Reg12Facts,
    (13, None): Reg13Facts,
    (14, None): Reg14Facts,
    (15, "grant"): Reg15Facts,
    (15, "extension"): Reg15Facts,
    **{(16, sub): Reg16Facts for sub in ("issuance", "re_issuance", "extension",
                                          "ict_issuance", "ict_re_issuance", "ict_extension")},
    (17, "certificate"): Reg17CertificateFacts,
    (17, "duplicate"): Reg17DuplicateFacts,
    (18, None): Reg18Facts,
})

_PERIODS = [{"zone": "extreme", "from_year": 1958, "to_year": 1963, "place": "Semey",
             "kind": "residence"},
            {"zone": "maximum", "from_year": 1964, "to_year": 1971,
             "place": "Abai district, Karaul", "kind": "work"}]
_SPOUSE = {"iin": "870922400356", "relation": "spouse", "last_name": "Tokhtarova",
           "first_name": "Dana", "birth_date": "1987-09-22"}
_CHILD = {"iin": "150612500218", "relation": "child", "last_name": "Tokhtarov",
          "first_name": "Arman", "birth_date": "2015-06-12", "disabled": True}
_INCOMES = [{"member_iin": "580314300214", "kind": "pension", "period_from": "2025-10-01",
             "period_to": "2025-12-31", "amount": "285000.00"},
            {"member_iin": "870922400356", "kind": "wages", "period_from": "2025-10-01",
             "period_to": "2025-12-31", "amount": "420000.00"}]
_IBAN = {"kind": "bank_account", "iban": "KZ86125KZT5004100100"}

# One filled-in example per model, invented people with valid IINs.
EXAMPLES: Mapping[type[Facts], dict[str, Any]] = MappingProxyType({
    Reg1FirstRegistrationFacts: {"periods": _PERIODS, "payout": _IBAN},
    Reg1DuplicateFacts: {"duplicate_reason": "lost", "replaces": "dd-talgar-2019-000317"},
    DisabilityAidFacts: {"disability_group": "second", "programme_number": "IPR-2026-0412",
                         "needs": ["prosthesis of the lower limb"]},
    Reg4Facts: {"address": "Talgar, Abai st. 1", "family_members": [_SPOUSE, _CHILD],
                "incomes": _INCOMES, "payout": _IBAN},
    SpecialSocialServicesFacts: {"category": "elderly", "assessment_reference": "NA-2026-77"},
    Reg10Facts: {"category": "disability", "payout": _IBAN},
    Reg11NotificationFacts: {"child": {k: _CHILD[k] for k in ("iin", "last_name", "first_name",
                                                              "birth_date")},
                             "school": "Talgar secondary school No. 3", "payout": _IBAN},
    Reg11InformationFacts: {"assignment_reference": "D-2026-3f9a1c07b2"},
    Reg12Facts: {"category": "education", "payout": _IBAN},
    Reg13Facts: {"purpose": "school meals for the children"},
    Reg14Facts: {"measure": "public_works", "unemployed_since": "2026-01-15"},
    Reg15Facts: {"country_of_origin": "Uzbekistan", "arrived_on": "2025-11-03"},
    Reg16Facts: {"employer_bin": "050140000656", "workers": 3, "profession": "drilling engineer",
                 "valid_from": "2026-04-01", "valid_until": "2027-03-31"},
    Reg17CertificateFacts: {"rehabilitation_reference": "Prosecutor's office of Almaty oblast, "
                                                        "conclusion No. 14-2 of 1992-05-18"},
    Reg17DuplicateFacts: {"duplicate_reason": "damaged"},
    Reg18Facts: {"address": "Talgar, Abai st. 1", "area_m2": "54.20",
                 "family_members": [_SPOUSE], "incomes": _INCOMES,
                 "costs": [{"kind": "utilities", "amount": "38000.00"}], "payout": _IBAN},
})


def shapes() -> list[tuple[int, tuple[str | None, ...], type[Facts]]]:
    """(regulation, its sub-services that take the same model, the model), in regulation order:
    one submission shape each in the OpenAPI documents."""
    grouped: dict[tuple[int, type[Facts]], list[str | None]] = {}
    for (regulation_id, sub), model in sorted(FACTS.items(), key=lambda kv: kv[0][0]):
        grouped.setdefault((regulation_id, model), []).append(sub)
    return [(regulation_id, tuple(subs), model) for (regulation_id, model), subs in grouped.items()]


def applicant_shape(regulation_id: int) -> Any:
    """A person, or where the regulation serves legal entities (reg. 16) either: every other
    regulation is for individuals, and a legal entity's application to it is refused."""
    from contracts.catalogue import Recipient, load_catalogue
    from contracts.people import ApplicantIn, PersonIn

    serves = {r for version in load_catalogue().versions
              for reg in version.regulations if reg.id == regulation_id
              for r in reg.recipients.value}
    return ApplicantIn if Recipient.LEGAL_ENTITIES in serves else PersonIn


def facts_model(regulation_id: int, sub_service: str | None) -> type[Facts] | None:
    """The model of a regulation's facts; None for a sub-service the regulation does not have."""
    return FACTS.get((regulation_id, sub_service))


def facts_example(regulation_id: int, sub_service: str | None) -> dict[str, Any]:
    model = facts_model(regulation_id, sub_service)
    return dict(EXAMPLES[model]) if model is not None else {}


class FactsError(ValueError):
    """Facts that do not fit their regulation; `field` is the path, e.g. `facts.periods[0].zone`."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


def validate_facts(regulation_id: int, sub_service: str | None, raw: Mapping[str, Any],
                   applicant_iin: str) -> dict[str, Any]:
    """The facts as JSON-ready data, or FactsError naming the first field that is wrong.

    A (regulation, sub-service) without a model is one the regulation does not have: the
    caller refuses it by its `sub_service`, so its facts are passed on unchecked.
    """
    model = facts_model(regulation_id, sub_service)
    if model is None:
        return dict(raw)
    try:
        facts = model.model_validate(dict(raw))
    except ValidationError as error:
        first = error.errors()[0]
        raise FactsError(path_of("facts", first["loc"]), first["msg"]) from None
    _check_members(facts, applicant_iin)
    return facts.model_dump(mode="json")


def _check_members(facts: Facts, applicant_iin: str) -> None:
    members = getattr(facts, "family_members", None)
    incomes = getattr(facts, "incomes", None)
    if members is None or not incomes:
        return
    known = {applicant_iin, *(m.iin for m in members)}
    for i, income in enumerate(incomes):
        if income.member_iin not in known:
            raise FactsError(f"facts.incomes[{i}].member_iin",
                             "is neither the applicant nor a listed family member")


def path_of(root: str, loc: tuple[Any, ...]) -> str:
    """A pydantic error location as the schema spells the field: `facts.periods[0].zone`."""
    path = root
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _show_examples() -> None:
    """Every facts model shows its example in its JSON schema (what a form pre-fills)."""
    for model, example in EXAMPLES.items():
        model.model_config["json_schema_extra"] = {"examples": [example]}
        model.model_rebuild(force=True)


_show_examples()
