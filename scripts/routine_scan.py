"""Count two TRAINING rules over random goals, the way the issue-10 notes report them.

uv run python scripts/routine_scan.py [GOALS] [SEED]

- §3 ladder: of the weeks with pull-ups whose ladder has two rungs (0 strict reps: assisted and
  negatives; 1–4: negatives and singles), how many hold only one of them (the bar is owned).
- §2 day minimum: of all weeks with a pain share under 50 % (no daily trunk block), how many
  have a day below 2 exercises or 4 working sets.

The hypothesis properties in tests/core/routine hold both; this prints the counts over a
larger sample, with 20–30-minute sessions drawn more often (where the day minimum is tight).
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from fractions import Fraction

from backfit.core import catalog
from backfit.core.goals import Goals
from backfit.core.routine import generate_routine
from backfit.core.routine.prescription import pain_share
from backfit.core.routine.pull_ups import pull_up_ladder


def random_goals(rnd: random.Random, *, bar: bool) -> Goals:
    equipment = {e for e in sorted(catalog.EQUIPMENT_IDS) if rnd.random() < 0.5}
    if bar:
        equipment.add("pullup_bar")
    sliders = [rnd.randint(0, 100) for _ in range(3)]
    if not any(sliders):
        sliders[2] = 1
    return Goals(
        posture=sliders[0],
        pain=sliders[1],
        strength=sliders[2],
        level=rnd.choice(["novice", "intermediate", "advanced"]),
        days=rnd.randint(1, 6),
        minutes=rnd.choice([20, 22, 25, 28, 30, rnd.randint(20, 120)]),
        equipment=frozenset(equipment),
        pullups=rnd.choice([0, 0, 1, 2, 3, 4, rnd.randint(0, 30)]),
    ).validated()


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 3)
    weeks: Counter[str] = Counter()
    one_rung: Counter[str] = Counter()
    thin = 0
    for _ in range(count):
        goals = random_goals(rnd, bar=True)
        routine = generate_routine(goals)
        rungs, _ = pull_up_ladder(goals)
        held = {e.variant for d in routine.days for e in d.exercises if e.exercise == "pull_up"}
        if held and len(rungs) == 2:
            key = "0 strict" if goals.pullups == 0 else "1-4 strict"
            weeks[key] += 1
            one_rung[key] += set(rungs) != held
        goals = random_goals(rnd, bar=rnd.random() < 0.5)
        if pain_share(goals) < Fraction(1, 2):
            for day in generate_routine(goals).days:
                work = [e for e in day.exercises if e.pattern != "trunk"]
                if len(work) < 2 or sum(e.sets for e in work) < 4:
                    thin += 1
                    print("thin day:", goals.to_query())
                    break
    for key in sorted(weeks):
        print(f"ladder, {key}: {one_rung[key]} of {weeks[key]} weeks hold one rung")
    print(f"day minimum: {thin} of {count} weeks have a thin day without a trunk block")


if __name__ == "__main__":
    main()
