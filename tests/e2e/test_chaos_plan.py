"""The chaos run's plan of faults: every process killed in turn, the restarts among the kills."""

import random
from collections import Counter

from qorgau.chaos.faults import KILLED, plan


def test_kills_go_round_every_process_before_one_comes_twice():
    for seed in range(20):
        faults = plan(30, 3, 3, random.Random(seed))
        kills = [target for kind, target in faults if kind == "kill"]
        rounds = [kills[i:i + len(KILLED)] for i in range(0, len(kills), len(KILLED))]
        assert all(len(set(r)) == len(r) for r in rounds), (seed, rounds)
        assert Counter(kills) == dict.fromkeys(KILLED, 30 // len(KILLED))


def test_every_fault_asked_for_is_planned_once():
    faults = plan(7, 3, 2, random.Random(5))
    assert Counter(kind for kind, _ in faults) == {"kill": 7, "broker": 3, "postgres": 2}
    assert plan(7, 3, 2, random.Random(5)) == faults  # the same seed, the same run
