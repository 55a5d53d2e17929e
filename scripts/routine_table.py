"""Print the issue-10 table: the 8 routines, through the CLI (`backfit routine --json`).

uv run python scripts/routine_table.py
"""

from __future__ import annotations

import json
import subprocess
import sys

from backfit.core.catalog import EQUIPMENT_IDS

FULL = ",".join(sorted(EQUIPMENT_IDS))
CASES = [
    (
        "novice/bar only/3×30/posture 80",
        "--level novice --equipment pullup_bar --days 3 --minutes 30"
        " --posture 80 --pain 0 --strength 0",
    ),
    (
        "advanced/full gym/5×75/strength 90",
        f"--level advanced --equipment {FULL} --days 5 --minutes 75"
        " --posture 0 --pain 0 --strength 90",
    ),
    ("pain 100/no equipment", "--equipment none --posture 0 --pain 100 --strength 0"),
    ("1×20 intermediate", "--level intermediate --days 1 --minutes 20"),
    ("6×120 intermediate", "--level intermediate --days 6 --minutes 120"),
    ("novice/pain 80/default gym/3 days", "--level novice --pain 80 --days 3"),
    ("posture 70/home kit/4 days", "--posture 70 --equipment pullup_bar,bands,dumbbells --days 4"),
    (
        "novice/pain 75/strength 100/barbell",
        "--level novice --pain 75 --strength 100 --equipment barbell",
    ),
]


def main() -> None:
    print(
        "| routine | days trained / given | sets (band) | minutes used / given per day "
        "| minutes rule | spinal-load index |"
    )
    print("|---|---|---|---|---|---|")
    for label, args in CASES:
        out = subprocess.run(
            [sys.executable, "-m", "backfit", "routine", *args.split(), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        data = json.loads(out.stdout)
        query = dict(p.split("=") for p in data["query"].split("&"))
        given, days = int(query["minutes"]), int(query["days"])
        used = " · ".join(f"{d['minutes']:g}" for d in data["days"])
        low, high = data["target_sets"]
        at_top = data["weekly_sets"] >= high
        full = all(d["minutes"] >= 0.7 * given for d in data["days"])
        rule = "band's top reached" if at_top else "≥ 70 % used" if full else "short (noted)"
        print(
            f"| {label} | {len(data['days'])} / {days} | {data['weekly_sets']} ({low}–{high}) | "
            f"{used} / {given} | {rule} | {data['spinal_load_index']:g} |"
        )


if __name__ == "__main__":
    main()
