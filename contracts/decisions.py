"""The decision a provider drafts, one typed model per regulation and sub-service, and how a draft
starts from the application's facts.

The models name what `DecisionSigned.payload` holds for each (regulation, sub-service): one key
(see `contracts.workflow_events`) and, where money is paid, `payout`. What the front office
already entered (`contracts.facts`) fills a draft (`draft_from_facts`) and what the executor
sends overrides it field by field, so a key the facts can fill is optional; what only the
executor can say (an assignment's period, a notice, reg. 13's and 15's documents) is required.
What the case fixes (an assignment's kind, a permit's variant and stage) may be left out.
"""

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from contracts.iin import BinStr
from contracts.strict import AS_SENT
from contracts.text import TextLine
from contracts.workflow_events import (
    Assignment,
    LabourPermitVariant,
    OralmanDocument,
    Payout,
    Referral,
    Reg1Duplicate,
    Reg1Recognition,
    ServiceNotice,
    TsaMembershipDocument,
)


class Decision(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


_FROM_FACTS = "taken from the application's facts when left out"
_PAYOUT = Field(default=None, title="Where the money goes", description=_FROM_FACTS)


class Reg1FirstRegistrationDecision(Decision):
    """Reg. 1 first registration: the periods recognised (and where the compensation goes)."""

    model_config = ConfigDict(title="Reg. 1 first registration: decision")

    recognition: Reg1Recognition | None = Field(default=None, title="Recognition",
                                                description=_FROM_FACTS)
    payout: Payout | None = _PAYOUT


class DuplicateDecision(Decision):
    """Reg. 1 duplicate: why, and which certificate it replaces."""

    model_config = ConfigDict(title="Reg. 1 duplicate certificate: decision")

    duplicate: Reg1Duplicate | None = Field(default=None, title="Duplicate",
                                            description=_FROM_FACTS)


class _Assigned(Assignment):
    """An assignment as the executor drafts it: the regulation's own `kind` may be left out,
    the family, incomes, costs and category are taken from the application's facts when left
    out; the assigned period is the executor's to say."""


class TargetedAssistanceAssignment(_Assigned):
    model_config = ConfigDict(title="Reg. 4 targeted social assistance")

    kind: Literal["targeted_social_assistance"] = "targeted_social_assistance"


class MaslikhatAssistanceAssignment(_Assigned):
    model_config = ConfigDict(title="Reg. 10 social assistance by the maslikhat's decision")

    kind: Literal["maslikhat_social_assistance"] = "maslikhat_social_assistance"


class HomeSchoolingAssignment(_Assigned):
    model_config = ConfigDict(title="Reg. 11 home schooling compensation")

    kind: Literal["home_schooling_compensation"] = "home_schooling_compensation"


class FuelAssistanceAssignment(_Assigned):
    model_config = ConfigDict(title="Reg. 12 fuel assistance")

    kind: Literal["fuel_assistance"] = "fuel_assistance"


class HousingAssistanceAssignment(_Assigned):
    model_config = ConfigDict(title="Reg. 18 housing assistance")

    kind: Literal["housing_assistance"] = "housing_assistance"


class TargetedAssistanceDecision(Decision):
    """Reg. 4: the family and its incomes over the income period (from the facts, or given
    here: an approval needs both), the assigned quarter."""

    model_config = ConfigDict(title="Reg. 4 targeted social assistance: decision")

    assignment: TargetedAssistanceAssignment = Field(title="Assignment")
    payout: Payout | None = _PAYOUT


class MaslikhatAssistanceDecision(Decision):
    """Reg. 10: the maslikhat's category and the assigned period."""

    model_config = ConfigDict(title="Reg. 10 maslikhat social assistance: decision")

    assignment: MaslikhatAssistanceAssignment = Field(title="Assignment")
    payout: Payout | None = _PAYOUT


class HomeSchoolingDecision(Decision):
    """Reg. 11 notification: the disabled child (from the facts, or given here: an approval
    needs the family), the costs, the assigned period."""

    model_config = ConfigDict(title="Reg. 11 home schooling compensation: decision")

    assignment: HomeSchoolingAssignment = Field(title="Assignment")
    payout: Payout | None = _PAYOUT


class FuelAssistanceDecision(Decision):
    """Reg. 12: the specialist's sector and the assigned year."""

    model_config = ConfigDict(title="Reg. 12 fuel assistance: decision")

    assignment: FuelAssistanceAssignment = Field(title="Assignment")
    payout: Payout | None = _PAYOUT


class HousingAssistanceDecision(Decision):
    """Reg. 18: the family, its incomes, the housing costs, the assigned quarter."""

    model_config = ConfigDict(title="Reg. 18 housing assistance: decision")

    assignment: HousingAssistanceAssignment = Field(title="Assignment")
    payout: Payout | None = _PAYOUT


class NoticeDecision(Decision):
    """Regs 2, 3, 5-9 and 11 (information): the notification that the documents are drawn up."""

    model_config = ConfigDict(title="Regs 2, 3, 5-9, 11 notification: decision")

    service: ServiceNotice = Field(title="Notification")


class TsaMembershipDecision(Decision):
    """Reg. 13: `document` with `belongs` and `as_of` (its `kind` may be left out)."""

    model_config = ConfigDict(title="Reg. 13 TSA membership certificate: decision")

    document: TsaMembershipDocument = Field(title="Certificate")


class ReferralDecision(Decision):
    """Reg. 14: the measure the applicant is referred to."""

    model_config = ConfigDict(title="Reg. 14 referral: decision")

    referral: Referral | None = Field(default=None, title="Referral", description=_FROM_FACTS)


class OralmanDecision(Decision):
    model_config = ConfigDict(title="Reg. 15 oralman certificate: decision")

    document: OralmanDocument = Field(title="Certificate")


class LabourPermitDraft(Decision):
    """The permit (or the stage 1 notification) as the executor drafts it (it becomes a
    `LabourPermitDocument`): the variant is the case's sub-service and the stage the step's;
    either may be left out, and one that is given must be the case's. The employer, the workers
    and the dates come from the facts when left out."""

    model_config = ConfigDict(title="Foreign labour permit")

    kind: Literal["foreign_labour_permit"] = "foreign_labour_permit"
    variant: LabourPermitVariant | None = Field(default=None, description="the case's "
                                                "sub-service")
    stage: Annotated[Literal[1, 2], AS_SENT] | None = Field(
        default=None, description="the stage this step decides")
    employer_bin: BinStr | None = Field(default=None, description="the employer's BIN; a legal "
                                        "entity's own application names it already")
    workers: StrictInt | None = Field(default=None, ge=1, le=100_000)
    valid_from: date | None = None
    valid_until: date | None = None
    fee_reference: TextLine | None = Field(default=None, max_length=64,
                                      description="proof of the fee (stage 2)")


class LabourPermitDecision(Decision):
    """Reg. 16: the notification (stage 1) or the permit (stage 2)."""

    model_config = ConfigDict(title="Reg. 16 foreign labour permit: decision")

    document: LabourPermitDraft | None = Field(default=None, title="Permit",
                                               description=_FROM_FACTS)


class RehabilitatedCertificate(Decision):
    """Reg. 17: the certificate states nothing the executor must add."""

    model_config = ConfigDict(title="Rehabilitated person certificate")

    kind: Literal["rehabilitated_certificate"] = "rehabilitated_certificate"


class RehabilitatedCertificateDecision(Decision):
    model_config = ConfigDict(title="Reg. 17 rehabilitated person certificate: decision")

    document: RehabilitatedCertificate | None = Field(default=None, title="Certificate")


class RehabilitatedDuplicate(Decision):
    """Reg. 17 duplicate: why, and which certificate it replaces (from the facts when left
    out)."""

    model_config = ConfigDict(title="Rehabilitated person certificate, duplicate")

    kind: Literal["rehabilitated_certificate"] = "rehabilitated_certificate"
    duplicate: Reg1Duplicate | None = Field(default=None, title="Duplicate",
                                            description=_FROM_FACTS)


class RehabilitatedDuplicateDecision(Decision):
    model_config = ConfigDict(title="Reg. 17 duplicate certificate: decision")

    document: RehabilitatedDuplicate | None = Field(default=None, title="Duplicate certificate",
                                                    description=_FROM_FACTS)


Key = tuple[int, str | None]

DECISIONS: Mapping[Key, type[Decision]] = MappingProxyType({
    (1, "first_registration"): Reg1FirstRegistrationDecision,
    (1, "duplicate"): DuplicateDecision,
    **{(n, None): NoticeDecision for n in (2, 3, 5, 6, 7, 8, 9)},
    (4, None): TargetedAssistanceDecision,
    (10, None): MaslikhatAssistanceDecision,
    (11, "notification"): HomeSchoolingDecision,
    (12, None): FuelAssistanceDecision,
    (11, "information"): NoticeDecision,
    (13, None): TsaMembershipDecision,
    (14, None): ReferralDecision,
    (15, "grant"): OralmanDecision,
    (15, "extension"): OralmanDecision,
    **{(16, sub): LabourPermitDecision for sub in ("issuance", "re_issuance", "extension",
                                                    "ict_issuance", "ict_re_issuance",
                                                    "ict_extension")},
    (17, "certificate"): RehabilitatedCertificateDecision,
    (17, "duplicate"): RehabilitatedDuplicateDecision,
    (18, None): HousingAssistanceDecision,
})

_PERIODS = [{"zone": "extreme", "from_year": 1958, "to_year": 1963, "place": "Semey",
             "kind": "residence"}]
_IBAN = {"kind": "bank_account", "iban": "KZ86125KZT5004100100"}
_YEAR = {"start": "2026-01-01", "end": "2026-12-31"}
_QUARTER = {"start": "2026-04-01", "end": "2026-06-30"}

# An approval of each (regulation, sub-service), as an executor sends it; each goes through the
# workflow's own check in the tests.
EXAMPLES: Mapping[Key, dict[str, Any]] = MappingProxyType({
    (1, "first_registration"): {"recognition": {"periods": _PERIODS}, "payout": _IBAN},
    (1, "duplicate"): {"duplicate": {"reason": "lost", "replaces": "dd-talgar-2019-000317"}},
    **{(n, None): {"service": {"summary": "the documents are drawn up; the aid is provided "
                                          "by the individual programme",
                               "provision_until": "2026-12-31"}}
       for n in (2, 3, 5, 6, 7, 8, 9)},
    (4, None): {"assignment": {
        "assigned_period": _QUARTER, "income_period": {"start": "2025-10-01",
                                                       "end": "2025-12-31"},
        "family_members": [{"iin": "580314300214", "relation": "applicant"},
                           {"iin": "870922400356", "relation": "spouse"}],
        "incomes": [{"member": 0, "kind": "pension", "amount": "285000.00"}]},
        "payout": _IBAN},
    (10, None): {"assignment": {"assigned_period": _YEAR, "category": "disability"},
                 "payout": _IBAN},
    (11, "notification"): {"assignment": {
        "assigned_period": {"start": "2025-09-01", "end": "2026-05-31"},
        "family_members": [{"iin": "150612500218", "relation": "child", "disabled": True}],
        "costs": [{"kind": "tuition", "amount": "60000.00"}]}, "payout": _IBAN},
    (11, "information"): {"service": {"summary": "the compensation was assigned by decision "
                                                 "D-2026-3f9a1c07b2 from September 2025"}},
    (12, None): {"assignment": {"assigned_period": _YEAR, "category": "education"},
                 "payout": _IBAN},
    (13, None): {"document": {"belongs": True, "as_of": "2026-03-02"}},
    (14, None): {"referral": {"kind": "public_works", "employer": "Talgar district akimat"}},
    (15, "grant"): {"document": {"action": "grant", "valid_until": "2027-03-02"}},
    (15, "extension"): {"document": {"action": "extension", "valid_until": "2027-03-02"}},
    **{(16, sub): {"document": {"employer_bin": "050140000656", "workers": 3,
                                "valid_from": "2026-04-01", "valid_until": "2027-03-31"}}
       for sub in ("issuance", "re_issuance", "extension", "ict_issuance", "ict_re_issuance",
                   "ict_extension")},
    (17, "certificate"): {"document": {}},
    (17, "duplicate"): {"document": {"duplicate": {"reason": "damaged"}}},
    (18, None): {"assignment": {
        "assigned_period": _QUARTER, "family_members": [
            {"iin": "580314300214", "relation": "applicant"}],
        "costs": [{"kind": "utilities", "amount": "38000.00"}], "area_m2": "54.20"},
        "payout": _IBAN},
})

# where money is paid, a draft may say where it goes
PAYING: frozenset[Key] = frozenset({(1, "first_registration"), (4, None), (10, None),
                                    (11, "notification"), (12, None), (18, None)})


def decision_model(regulation_id: int, sub_service: str | None) -> type[Decision] | None:
    return DECISIONS.get((regulation_id, sub_service))


def draft_from_facts(regulation_id: int, sub_service: str | None, facts: Mapping[str, Any],
                     applicant_iin: str) -> dict[str, Any]:
    """What the application's facts already say of the decision (JSON form, keys may be absent).

    Facts entered before the typed models (or none at all) give what they can and no more.
    """
    key = (regulation_id, sub_service)
    drafted = _drafted(key, facts, applicant_iin)
    if key in PAYING and isinstance(facts.get("payout"), Mapping):
        drafted["payout"] = dict(facts["payout"])
    return drafted


def _drafted(key: Key, facts: Mapping[str, Any], applicant_iin: str) -> dict[str, Any]:
    regulation_id, sub_service = key
    if key == (1, "first_registration") and facts.get("periods"):
        return {"recognition": {"periods": list(facts["periods"])}}
    if sub_service == "duplicate" and facts.get("duplicate_reason"):
        duplicate = {"reason": facts["duplicate_reason"], "replaces": facts.get("replaces")}
        duplicate = {k: v for k, v in duplicate.items() if v is not None}
        return {"duplicate": duplicate} if regulation_id == 1 else {
            "document": {"duplicate": duplicate}}
    if key in {(4, None), (18, None), (10, None), (12, None), (11, "notification")}:
        assignment = _assignment(facts, applicant_iin)
        return {"assignment": assignment} if assignment else {}
    if regulation_id == 14 and facts.get("measure"):
        return {"referral": {"kind": facts["measure"]}}
    if key == (17, "certificate"):
        return {"document": {}}  # the certificate states nothing the executor must add
    if regulation_id == 16:
        wanted = ("employer_bin", "workers", "valid_from", "valid_until")
        document = {k: facts[k] for k in wanted if facts.get(k) is not None}
        return {"document": document} if document else {}
    return {}


def _assignment(facts: Mapping[str, Any], applicant_iin: str) -> dict[str, Any]:
    assignment: dict[str, Any] = {}
    if facts.get("category"):
        assignment["category"] = facts["category"]
    members = [{"iin": m["iin"], "relation": m["relation"],
                **({"birth_date": m["birth_date"]} if m.get("birth_date") else {}),
                **({"disabled": True} if m.get("disabled") else {})}
               for m in facts.get("family_members") or []]
    child = facts.get("child")
    if isinstance(child, Mapping):
        members.append({"iin": child["iin"], "relation": "child", "disabled": True,
                        **({"birth_date": child["birth_date"]} if child.get("birth_date")
                           else {})})
    incomes = facts.get("incomes") or []
    if members or incomes:
        assignment["family_members"] = [{"iin": applicant_iin, "relation": "applicant"},
                                        *members]
    if incomes:
        index = {m["iin"]: i for i, m in enumerate(assignment["family_members"])}
        assignment["incomes"] = [{"member": index[i["member_iin"]], "kind": i["kind"],
                                  "amount": i["amount"]}
                                 for i in incomes if i["member_iin"] in index]
        assignment["income_period"] = {"start": min(i["period_from"] for i in incomes),
                                       "end": max(i["period_to"] for i in incomes)}
    if facts.get("costs"):
        assignment["costs"] = [{"kind": c["kind"], "amount": c["amount"]} for c in facts["costs"]]
    if facts.get("area_m2") is not None:
        assignment["area_m2"] = facts["area_m2"]
    return assignment


def start_from(drafted: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    """The executor's payload over what the facts gave: each key's fields override one by one."""
    merged: dict[str, Any] = {k: dict(v) if isinstance(v, Mapping) else v
                              for k, v in drafted.items()}
    for key, value in given.items():
        base = merged.get(key)
        merged[key] = {**base, **value} if isinstance(base, dict) and isinstance(
            value, Mapping) else value
        if isinstance(value, Mapping) and "family_members" in value and isinstance(base, dict):
            # incomes point into the family list: the facts' ones do not fit the executor's
            for linked in ("incomes", "income_period"):
                if linked not in value:
                    merged[key].pop(linked, None)
    # a draft that decides another key than the facts suggested keeps only what it decides
    decided = [k for k in given if k != "payout"]
    if decided:
        merged = {k: v for k, v in merged.items() if k in decided or k == "payout"}
    return merged


def _show_examples() -> None:
    """Every decision model shows the approvals of the regulations it serves."""
    for model in set(DECISIONS.values()):
        shown = [EXAMPLES[key] for key, m in DECISIONS.items() if m is model]
        unique = list({repr(e): e for e in shown}.values())
        model.model_config["json_schema_extra"] = {"examples": list(unique)}
        model.model_rebuild(force=True)


_show_examples()
