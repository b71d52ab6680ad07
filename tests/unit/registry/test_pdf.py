from datetime import UTC, date, datetime

from services.registry.pdf import lines_for, render
from services.registry.settings import RegistrySettings
from services.registry.views import mask_name

FONT = RegistrySettings.model_fields["pdf_font"].default
DOC = {
    "kind": "semey_certificate", "number": "dd-talgar-2025-000007",
    "issued_at": datetime(2025, 3, 4, 20, 0, tzinfo=UTC), "last_name": "Абаев",
    "first_name": "Берик", "middle_name": None, "holder_key": "850101300126",
    "organisation_id": "dd-talgar", "decision_reference": "D-1", "replaces": None,
    "replaces_number": "old-1", "replace_reason": "lost", "valid_from": None,
    "valid_until": date(2030, 1, 1), "details": {},
}
PERIODS = [{"zone": "extreme", "from_year": 1949, "to_year": 1965, "place": "Semey",
            "kind": "residence"}]


def test_the_page_names_number_holder_duplicate_validity_and_zones():
    lines = lines_for(DOC, PERIODS)
    # 20:00 UTC is already the next day in Almaty
    assert lines[0] == "No. dd-talgar-2025-000007    issued 05.03.2025"
    assert "Holder: Абаев Берик" in lines
    assert any(line.startswith("DUPLICATE (lost); replaces old-1") for line in lines)
    assert "Valid from - until 01.01.2030" in lines
    assert "Zone extreme: 1949-1965, Semey (residence)" in lines


def test_render_gives_a_pdf_with_the_verification_link():
    body = render(DOC, PERIODS, "https://verify.example.kz/v1/verify/abc", FONT)
    assert body.startswith(b"%PDF") and body.rstrip().endswith(b"%%EOF")
    assert len(body) > 2000


def test_a_missing_font_file_does_not_break_rendering(tmp_path):
    body = render({**DOC, "last_name": "Abayev", "first_name": "Berik"}, [], "https://v/x",
                  str(tmp_path / "missing.ttf"))
    assert body.startswith(b"%PDF")


def test_masked_name_keeps_only_initials():
    assert mask_name("Абаев", "Берик") == "А*** Б***"
