"""The plain-language notes a routine carries when it cannot do all the goals ask."""

from __future__ import annotations

from backfit.core.goals import Goals

PAIN_LEADS = (
    "Pain prevention leads: lifts that load the spine stay at 3 or more reps in reserve "
    "and deadlifts use the romanian or trap-bar variant where you have the equipment."
)


def volume_note(goals: Goals, weekly: int, band: tuple[int, int]) -> str | None:
    """A note when the week's working sets end up outside the level's band."""
    if weekly < band[0]:
        return (
            f"{weekly} working sets a week fit your schedule and equipment, below the "
            f"{goals.level} target of {band[0]}–{band[1]}; more days or minutes would close it."
        )
    if weekly > band[1]:
        return f"{weekly} working sets a week is above the {band[0]}–{band[1]} target."
    return None


class Dropped:
    """What a day lost, for one readable note: "romanian deadlift and 2 sets of row"."""

    def __init__(self) -> None:
        self.sets: dict[str, int] = {}
        self.whole: list[str] = []

    def set_of(self, name: str) -> None:
        self.sets[name] = self.sets.get(name, 0) + 1

    def all_of(self, name: str) -> None:
        self.sets.pop(name, None)
        self.whole.append(name)

    def __bool__(self) -> bool:
        return bool(self.sets or self.whole)

    def __str__(self) -> str:
        parts = list(self.whole) + [
            f"{n} set{'s' if n > 1 else ''} of {name}" for name, n in self.sets.items()
        ]
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
