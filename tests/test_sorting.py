"""sorted_in_steps: the order of ``sorted`` (stable, reverse too), in GIL-friendly steps."""

import random

from viewer.display import sorting
from viewer.display.sorting import sorted_in_steps


def test_same_order_as_sorted_with_ties_and_reverse(monkeypatch) -> None:
    monkeypatch.setattr(sorting, "CHUNK", 64)
    rng = random.Random(3)
    rows = [(rng.randint(0, 9), rng.random() < 0.5, f"e{rng.randint(0, 99)}", k) for k in range(1000)]
    for key in (None, lambda r: (r[0], r[1]), lambda r: -r[0], lambda r: r[2]):
        for reverse in (False, True):
            assert sorted_in_steps(rows, key=key, reverse=reverse) == sorted(rows, key=key, reverse=reverse)
    assert sorted_in_steps(range(10)) == list(range(10)) and sorted_in_steps([]) == []
