"""Which values are ours, not the resolution's: the list is deliberate and reviewed here."""

from datetime import date

from contracts.catalogue import Source, assumed_values, catalogue_for, load_catalogue

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
        "version.effective_from",
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
