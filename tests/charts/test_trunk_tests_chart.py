"""The trunk-endurance chart: one line per test in the test's colour, the norms dashed."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from backfit.charts import trunk_tests_chart


def test_one_line_per_test_and_the_norms() -> None:
    frame = pd.DataFrame(
        [
            {
                "test": "extensor",
                "name": "Extensor hold",
                "seconds": 100.0,
                "at": datetime(2026, 5, 4),
            },
            {
                "test": "extensor",
                "name": "Extensor hold",
                "seconds": 120.0,
                "at": datetime(2026, 6, 4),
            },
            {"test": "flexor", "name": "Flexor hold", "seconds": 90.0, "at": datetime(2026, 5, 4)},
        ]
    )
    spec = trunk_tests_chart(frame).to_dict()
    assert spec["description"].startswith("One line per McGill")
    lines, rules = spec["layer"]
    assert lines["mark"]["type"] == "line" and rules["mark"]["type"] == "rule"
    norms = next(v for k, v in spec["datasets"].items() if "norm" in v[0])
    assert {n["norm"] for n in norms} == {161.0, 136.0}
