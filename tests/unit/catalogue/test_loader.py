"""Loading: versions by date, broken files failing loudly with file and field, packaging."""

import shutil
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest
import yaml

from contracts.catalogue import (
    BASIS_SETTING,
    CONTINUE_SETTING,
    ActNotInForce,
    CatalogueError,
    Continuation,
    Source,
    catalogue_for,
    continuation_from,
    load_catalogue,
)

DATA = Path(str(files("contracts.catalogue") / "data"))
FIRST, SECOND, THIRD = "r081_2018_03_01", "r104_2019_03_29", "r547_2019_12_03"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A private copy of the packaged data to break."""
    root = tmp_path / "data"
    shutil.copytree(DATA, root)
    return root


def edit(root: Path, version: str, name: str, change) -> None:
    path = root / version / name
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


def load_error(root: Path) -> str:
    with pytest.raises(CatalogueError) as err:
        load_catalogue(root)
    return str(err.value)


def test_catalogue_for_picks_the_version_in_force_on_the_day():
    assert catalogue_for(date(2018, 3, 30)).version.id == FIRST
    assert catalogue_for(date(2019, 4, 8)).version.id == FIRST
    assert catalogue_for(date(2019, 4, 9)).version.id == SECOND
    assert catalogue_for(date(2019, 12, 13)).version.id == SECOND
    assert catalogue_for(date(2019, 12, 14)).version.id == THIRD
    assert catalogue_for(date(2020, 2, 23)).version.id == THIRD


def test_a_day_before_the_resolution_has_no_catalogue():
    with pytest.raises(LookupError):
        catalogue_for(date(2018, 2, 28))


def test_resolution_81_is_not_in_force_before_30_march_2018():
    # registered 19.03.2018 (line 14), put into effect ten calendar days after its first official
    # publication (line 75): not on its own date, 1 March
    with pytest.raises(ActNotInForce, match="takes effect on 2018-03-30"):
        load_catalogue().in_force(date(2018, 3, 1), None)
    assert load_catalogue().in_force(date(2018, 3, 30), None)[0].version.id == FIRST


def test_every_version_has_an_end_and_the_last_is_the_repeal_by_resolution_56():
    versions = [c.version for c in load_catalogue().versions]
    assert [(v.effective_from.value, v.in_force_until.value) for v in versions] == [
        (date(2018, 3, 30), date(2019, 4, 8)), (date(2019, 4, 9), date(2019, 12, 13)),
        (date(2019, 12, 14), date(2020, 2, 23))]
    repeal = versions[-1].repealed_by
    assert repeal is not None and repeal.lines == (14, 15)  # "Күші жойылды ... № 56 қаулысымен"
    assert (repeal.date, repeal.effective_from.value) == (date(2020, 2, 13), date(2020, 2, 24))
    assert repeal.effective_from.source is Source.ASSUMED


def test_after_the_repeal_no_act_is_in_force_unless_the_deployment_says_it_continues_it():
    history = load_catalogue()
    with pytest.raises(ActNotInForce, match=r"No\. 56 of 13 February 2020 repealed it"):
        history.in_force(date(2026, 3, 2), None)
    continued = Continuation(version=THIRD, basis="oblast order No. 12 of 2026")
    catalogue, act = history.in_force(date(2026, 3, 2), continued)
    assert catalogue.version.id == THIRD
    assert act.continued_by == f"{CONTINUE_SETTING}={THIRD} (oblast order No. 12 of 2026)"
    assert act.repealed_by == ("Almaty oblast akimat resolution No. 56 of 13 February 2020, "
                               "from 2020-02-24")
    # before the repeal the act needs no setting, and says none
    assert history.in_force(date(2020, 2, 23), continued)[1].continued_by is None


def test_a_continuation_must_name_the_version_in_force_at_the_repeal():
    with pytest.raises(ActNotInForce, match="does not name the version"):
        load_catalogue().in_force(date(2026, 3, 2), Continuation(version=SECOND))


def test_the_setting_is_read_from_the_environment():
    assert continuation_from({}) is None
    assert continuation_from({CONTINUE_SETTING: " "}) is None
    setting = continuation_from({CONTINUE_SETTING: THIRD, BASIS_SETTING: "why"})
    assert setting == Continuation(version=THIRD, basis="why")


def test_the_act_of_a_case_is_that_of_its_version_on_the_day_it_started():
    history = load_catalogue()
    assert history.act_of(FIRST, date(2019, 4, 5), None).catalogue_version == FIRST
    # a version superseded by an amendment is not the act of a later case
    with pytest.raises(ActNotInForce, match="not on 2019-05-01"):
        history.act_of(FIRST, date(2019, 5, 1), None)
    with pytest.raises(ActNotInForce):
        history.act_of(THIRD, date(2026, 3, 2), None)
    act = history.act_of(THIRD, date(2026, 3, 2), Continuation(version=THIRD))
    assert act.continued_by == f"{CONTINUE_SETTING}={THIRD}"


def test_versions_must_follow_each_other_without_a_gap(data):
    edit(data, FIRST, "catalogue.yaml",
         lambda d: d["in_force_until"].update(value=date(2019, 4, 1)))
    assert "r081_2018_03_01/catalogue.yaml: in_force_until" in load_error(data)


def test_only_the_last_version_is_ended_by_the_repeal(data):
    repeal = yaml.safe_load((DATA / THIRD / "catalogue.yaml").read_text())["repealed_by"]
    edit(data, SECOND, "catalogue.yaml", lambda d: d.update(repealed_by=repeal))
    assert "repealed_by" in load_error(data)


def test_a_case_keeps_the_edition_it_started_under():
    before, after = catalogue_for(date(2019, 4, 1)), catalogue_for(date(2019, 5, 1))
    assert (before.regulation(1).edition.act.endswith("No. 81")
            and before.regulation(1).amendments == ())
    assert after.regulation(1).edition.act.endswith("No. 104")
    assert after.regulation(1).amendments[0].effective_from.value == date(2019, 4, 9)
    assert after.regulation(4).amendments == ()
    assert catalogue_for(date(2020, 1, 1)).regulation(4).amendments[0].act.endswith("No. 547")
    assert before.regulation(2) == after.regulation(2)  # untouched by No. 104


def test_amended_copies_differ_from_the_original_only_in_edition_and_amendments():
    old, new = load_catalogue().versions[0], load_catalogue().latest
    for reg_id in (1, 3, 4, 15, 17):
        a, b = (c.regulation(reg_id).model_dump(exclude={"edition", "amendments", "carried_over"})
                for c in (old, new))
        assert a == b, reg_id


def test_load_is_cached_and_validates_every_version():
    assert load_catalogue() is load_catalogue()
    assert [len(c.regulations) for c in load_catalogue().versions] == [18, 18, 18]


def test_data_is_found_through_importlib_resources():
    folders = {p.name for p in (files("contracts.catalogue") / "data").iterdir() if p.is_dir()}
    assert {FIRST, SECOND, THIRD} <= folders
    # packaged as packages
    assert all((DATA / v / "__init__.py").is_file() for v in (FIRST, SECOND, THIRD))


def test_wrong_unit_names_file_and_field(data):
    def change(doc):
        doc["routes"][0]["steps"][2]["duration"]["unit"] = "weeks"
    edit(data, THIRD, "reg_04.yaml", change)
    message = load_error(data)
    assert f"{THIRD}/reg_04.yaml: routes.0.steps.2.duration.unit: Input should be" in message


def test_missing_field_names_file_and_field(data):
    edit(data, FIRST, "reg_02.yaml", lambda doc: doc.pop("fee"))
    assert f"{FIRST}/reg_02.yaml: fee: Field required" in load_error(data)


def test_duplicate_step_id_is_refused(data):
    def change(doc):
        doc["routes"][0]["steps"][1]["id"] = "register"
    edit(data, FIRST, "reg_07.yaml", change)
    message = load_error(data)
    assert (f"{FIRST}/reg_07.yaml" in message
            and "duplicate step id in route main: register" in message)


def test_missing_regulation_is_refused(data):
    (data / FIRST / "reg_09.yaml").unlink()
    message = load_error(data)
    assert message.startswith(FIRST) and "regulations missing: [9]" in message


def test_extension_of_an_unknown_step_is_refused(data):
    def change(doc):
        doc["extensions"][0]["step"] = "no_such_step"
    edit(data, FIRST, "reg_10.yaml", change)
    assert "extension documents_missing_district targets step 'no_such_step'" in load_error(data)


def test_seed_value_without_line_numbers_is_refused(data):
    def change(doc):
        doc["routes"][0]["steps"][0]["lines"] = []
    edit(data, FIRST, "reg_05.yaml", change)
    message = load_error(data)
    assert f"{FIRST}/reg_05.yaml: routes.0.steps.0: Value error, source: seed needs" in message


def test_assumed_value_without_note_is_refused(data):
    def change(doc):
        del doc["result_forms"]["note"]
    edit(data, FIRST, "reg_01.yaml", change)
    assert (f"{FIRST}/reg_01.yaml: result_forms: Value error, source: assumed needs a `note`"
            in load_error(data))


def test_unknown_key_is_refused(data):
    def change(doc):
        doc["channels"][0]["opening_hours"] = "9-18"
    edit(data, FIRST, "reg_02.yaml", change)
    assert (f"{FIRST}/reg_02.yaml: channels.0.opening_hours: Extra inputs are not permitted"
            in load_error(data))


def test_file_name_must_match_the_id(data):
    edit(data, FIRST, "reg_06.yaml", lambda doc: doc.update(id=19))
    assert f"{FIRST}/reg_06.yaml: id: Input should be less than or equal to 18" in load_error(data)
    edit(data, FIRST, "reg_06.yaml", lambda doc: doc.update(id=5))
    assert "id: 5 does not match the file name" in load_error(data)
