"""Flatten catalogue records into short strings, so golden tests read like the extraction tables."""

from contracts.catalogue import IntakeChannel, Step

D, RA, EC, OB, SC = (
    "district_department", "rural_akim", "employment_centre", "oblast_department",
    "state_corporation",
)


def rows(steps: list[Step] | tuple[Step, ...]) -> list[str]:
    """`id role@org value unit` per step (`untimed` when the text gives no term)."""
    return [f"{s.id} {s.actor} "
            + (f"{s.duration.value} {s.duration.unit.value}" if s.duration else "untimed")
            for s in steps]


def legs(channel: IntakeChannel) -> list[str]:
    return [*rows(channel.inbound), "...", *rows(channel.outbound)]


def template(org: str, durations: list[str], clerk: str = "office_clerk",
             head: str = "head") -> list[str]:
    """The five para-5 steps shared by most regulations."""
    ids = ["register", "assign_executor", "draft_result", "sign_result", "issue_result"]
    roles = [clerk, head, "responsible_executor", head, "responsible_executor"]
    return [f"{i} {r}@{org} {d}" for i, r, d in zip(ids, roles, durations, strict=True)]


def sc_legs(accept: str, transfer: str = "3 hours") -> list[str]:
    return [f"sc_accept operator@{SC} {accept}", f"sc_forward operator@{SC} {transfer}", "...",
            f"sc_collect_result operator@{SC} {transfer}", f"sc_hand_over operator@{SC} {accept}"]
