"""The typed Python clients in clients/python are the four APIs' documents as they are now:
regenerated here and compared file by file, and the intake client builds a reg. 1 submission the
service itself accepts."""

import filecmp
import sys
from pathlib import Path

import pytest

from services.intake.schemas import SubmitRequest

ROOT = Path(__file__).resolve().parents[2] / "clients" / "python"
sys.path.insert(0, str(ROOT))

from generate import SERVICES, generate  # noqa: E402


def _files(top: Path) -> set[Path]:
    return {p.relative_to(top) for p in top.rglob("*.py") if "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    into = tmp_path_factory.mktemp("clients")
    generate(into)
    return into


@pytest.mark.parametrize("service", SERVICES)
def test_the_committed_client_is_what_the_api_document_generates(fresh, service):
    committed, generated = ROOT / f"qorgau_{service}", fresh / f"qorgau_{service}"
    assert _files(committed) == _files(generated), "run clients/python/generate.py"
    differing = [str(p) for p in sorted(_files(generated))
                 if not filecmp.cmp(committed / p, generated / p, shallow=False)]
    assert differing == [], "run clients/python/generate.py"


def test_the_intake_client_builds_a_submission_the_service_accepts():
    from qorgau_intake.models import (
        DocumentIn,
        PersonApplicant,
        Reg1FirstRegistrationFacts,
        Reg1FirstRegistrationSubmission,
        ZonePeriod,
    )

    body = Reg1FirstRegistrationSubmission(
        regulation_id=1, sub_service="first_registration",
        applicant=PersonApplicant(iin="580314300214", last_name="Tokhtarov", first_name="Serik"),
        documents=[DocumentIn(kind="application", originals=1)],
        facts=Reg1FirstRegistrationFacts(periods=[ZonePeriod(
            zone="extreme", from_year=1958, to_year=1963, place="Semey", kind="residence")]),
    )
    parsed = SubmitRequest.model_validate(body.to_dict())
    assert parsed.regulation_id == 1 and parsed.facts["periods"][0]["zone"] == "extreme"
