"""Which values are ours, not the resolution's: the list is deliberate and reviewed here."""

from datetime import date

from contracts.catalogue import (
    Source,
    assumed_values,
    carried_over,
    catalogue_for,
    load_catalogue,
)

DEFAULTS = {"documents.items.0", "documents.items.1",
            "acceptance_refusal_reasons.0", "acceptance_refusal_reasons.1"}


def split(values):
    """(per-regulation defaults count, every other assumed path)."""
    defaults = [p for p, _ in values if p.split(".", 1)[-1] in DEFAULTS and p.startswith("reg_")]
    return len(defaults), sorted(p for p, _ in values if p not in defaults)


def test_assumed_values_in_force_today():
    count, others = split(assumed_values(catalogue_for(date(2020, 1, 6))))
    assert count == 18 * 4  # the Standards' document lists and refusal grounds: default for all 18
    assert others == [
        "reg_01.amendments.0.effective_from",  # publication date of No. 104 not in the text
        "reg_01.result_forms",  # reg. 1 states no result form
        "reg_03.amendments.0.effective_from",
        "reg_04.amendments.0.effective_from",  # publication date of No. 547 not in the text
        "reg_13.channels.3.inbound.1",  # Centre legs 9.2, 9.4, 9.5 mirror the State Corporation's
        "reg_13.channels.3.outbound.0",
        "reg_13.channels.3.outbound.1",
        "reg_15.amendments.0.effective_from",
        "reg_17.amendments.0.effective_from",
        "version.default_acceptance_refusal_reasons.0",
        "version.default_acceptance_refusal_reasons.1",
        "version.default_documents.0",
        "version.default_documents.1",
        "version.effective_from",  # publication date of No. 547 not in the text
        "version.in_force_until",  # the day before No. 56's repeal takes effect
        "version.repealed_by.effective_from",  # publication date of No. 56 not in the text
    ]


def test_first_version_marks_the_later_wording_it_reuses():
    _, others = split(assumed_values(load_catalogue().versions[0]))
    editions = [p for p in others if p.endswith(".edition")]
    assert editions == [
        "reg_01.edition", "reg_03.edition", "reg_04.edition", "reg_15.edition", "reg_17.edition"]


def test_every_assumed_value_says_why():
    for catalogue in load_catalogue().versions:
        assert all(len(note) > 20 for _, note in assumed_values(catalogue))


def test_no_actor_is_assumed_only_inferred_and_flagged():
    reg = catalogue_for(date(2020, 1, 6)).regulation(2)
    steps = reg.steps_for()
    assert [s.actor_named for s in steps] == [False, False, True, False, False]
    assert all(s.source is Source.SEED for s in steps)


def test_every_assumed_act_date_says_what_would_confirm_it():
    # the effective dates of No. 81, No. 104, No. 547 and No. 56 are placeholders (lines 14, 57,
    # 75, 89, 317): each says which publication would fix it
    for catalogue in load_catalogue().versions:
        dated = [(p, n) for p, n in assumed_values(catalogue)
                 if p.endswith(("effective_from", "in_force_until"))]
        assert dated
        for path, note in dated:
            assert "would confirm" in note or "placeholder" in note, path


def test_the_copies_of_the_later_wording_mark_every_seed_citation_as_carried_over():
    # regs 1, 3, 15, 17 exist in the seed only as re-issued by No. 104 (lines 89, 249, 1132, 1276)
    # and reg. 4 as re-issued by No. 547 (line 317): the 2018 copies say so
    first = load_catalogue().versions[0]
    marked = {r.id: r.carried_over for r in first.regulations if r.carried_over}
    assert {i: (c.act.split()[-2:], c.lines) for i, c in marked.items()} == {
        1: (["No.", "104"], (89,)), 3: (["No.", "104"], (249,)), 4: (["No.", "547"], (317,)),
        15: (["No.", "104"], (1132,)), 17: (["No.", "104"], (1276,))}
    carried = carried_over(first)
    assert {path.split(".")[0] for path, _ in carried} == {
        "reg_01", "reg_03", "reg_04", "reg_15", "reg_17"}
    assert ("reg_01.routes.0.steps.2", "Almaty oblast akimat resolution No. 104 of 2019-03-29") in (
        carried)
    # the editions themselves say they are not the seed's
    assert all(r.edition.source is Source.ASSUMED for r in first.regulations if r.carried_over)
    # the version that holds the amended wording carries nothing over
    assert not any(r.carried_over for r in load_catalogue().latest.regulations)
