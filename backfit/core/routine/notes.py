"""The plain-language notes a routine carries: what it could not do, and why."""

from __future__ import annotations

from backfit.core import catalog, rules
from backfit.core.goals import GOAL_LABELS, Goals
from backfit.core.routine.caps import day_caps
from backfit.core.routine.draft import Day


def pain_leads_note(goals: Goals) -> str:
    """What a pain-led plan does (TRAINING §2 graded safety), in the lifter's words; a tie for the
    lead says so (a tie goes to pain, `goals.leading_goal`)."""
    tied = [GOAL_LABELS[g] for g in goals.tied_with("pain")]
    lead = f"Pain prevention leads (tied with {' and '.join(tied)}; a tie goes to the safer goal)"
    if not tied:
        lead = "Pain prevention leads"
    return (
        f"{lead}: lifts that load the spine stay at 3 or more reps in reserve, and high-load "
        "variants are left out step by step as the pain share grows."
    )


#: TRAINING §6: the urgent-care list, shown as a note whenever pain > 0.
RED_FLAGS = (
    "Red flags — seek urgent care, do not train, if you have: new loss of bladder or bowel "
    "control; numbness in the groin or saddle area; severe or worsening leg weakness; fever or "
    "unexplained weight loss with back pain; back pain after major trauma."
)


def days_note(goals: Goals, trained: int, band: tuple[int, int], minimum: int) -> str:
    """TRAINING §2: why the week trains on fewer days than the lifter gave."""
    lifter = {"novice": "a novice", "intermediate": "an intermediate"}.get(
        goals.level, "an advanced lifter"
    )
    need = f"at least {minimum} working sets"
    if minimum > rules.MIN_SETS_PER_DAY:
        need += " (a main lift at 3 sets and an accessory)"
    return (
        f"{trained} of your {goals.days} days: the weekly sets band for {lifter} is "
        f"{band[0]}–{band[1]}, and each day needs {need}. Use the other days for rest, "
        "walking or other training."
    )


def volume_note(goals: Goals, weekly: int, band: tuple[int, int]) -> str | None:
    """A note when the week's working sets end up outside the level's band, or at its top."""
    if weekly < band[0]:
        return (
            f"{weekly} working sets a week fit your schedule and equipment, below the "
            f"{goals.level} target of {band[0]}–{band[1]}; more days or minutes would close it."
        )
    if weekly > band[1]:
        return (
            f"{weekly} working sets a week, above the {goals.level} target of "
            f"{band[0]}–{band[1]}: every training day keeps at least 4 sets."
        )
    return None


def _days(indexes: list[int]) -> str:
    return ", ".join(f"Day {i + 1}" for i in indexes)


def _verb(indexes: list[int], one: str, many: str) -> str:
    return one if len(indexes) == 1 else many


def stop_words(
    goals: Goals, day: Day, cap: int, band: tuple[int, int], count: int, subject: str = "it"
) -> str:
    """Why no more sets went into `day`, from the fitting's stop record (`Day.stop`); `subject`
    names the day ("each" when the words speak for several days)."""
    stop = day.stop
    if stop is None:
        return "no more useful sets fit there"
    said = {}
    for cause in stop.causes:
        if cause == "time":
            name = catalog.exercise(stop.exercise).variant(stop.variant).name
            after = " after the trunk drills" if day.trunk else ""
            if stop.kept_s:  # the rows stop short of the day's other exercise
                after += " beside the day's other exercise"
            left = max(0, stop.left_s - stop.kept_s)
            said[cause] = (
                f"the next addition ({name}, {stop.sets} {_plural(stop.sets, 'set')}) takes about "
                f"{_minutes(stop.need_s, up=True)} min as planned and only "
                f"{_minutes(left, up=False)} min are left{after}"
            )
        elif cause in ("share", "share_next"):
            share = f"share of the {goals.level} band's top ({cap} of {band[1]} sets over "
            share += f"{count} {_plural(count, 'day')})"
            said[cause] = (
                f"{subject} holds its {share}"
                if cause == "share"
                else f"another exercise at its fewest sets would pass the day's {share}"
            )
        elif cause == "most" and stop.full:
            names = [catalog.exercise(e).variant(v).name for e, v in stop.full]
            one = len(names) == 1
            listed = ", ".join(names[:-1]) + " and " + names[-1] if not one else names[0]
            said[cause] = f"{listed} {'is' if one else 'are'} at "
            said[cause] += f"{'its' if one else 'their'} most sets"
        elif cause == "most":
            said[cause] = "no other exercise your equipment allows is planned there"
        elif cause == "muscle":
            said[cause] = "a muscle group is at about 10 sets for the session"
        elif cause == "rows_lead":
            said[cause] = (
                "one more vertical pull would pass the rows, which lead whenever posture is at "
                "least as high as strength"
            )
        elif cause == "rows_share":
            said[cause] = "the rows keep the share of the day's sets they are given first"
    return "; ".join(said[c] for c in _CAUSE_ORDER if c in said)


_CAUSE_ORDER = ("time", "share", "share_next", "most", "muscle", "rows_lead", "rows_share")


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def _minutes(seconds: int, *, up: bool) -> str:
    """Minutes to one decimal, rounded up (a need) or down (what is left), so a need that does
    not fit never reads as no more than what is left."""
    tenths = -(-seconds // 6) if up else seconds // 6
    return f"{tenths / 10:.1f}".removesuffix(".0")


def minutes_notes(
    goals: Goals, days: list[Day], weekly: int, band: tuple[int, int], short: list[int]
) -> list[str]:
    """TRAINING §2: say why a day uses less than 70 % of its minutes: the week at the band's
    top, or what stopped that day (its share of the band, a cap, the minutes as planned)."""
    if not short:
        return []
    uses = _verb(short, "uses", "use")
    if weekly >= band[1]:
        return [
            f"The week is at the {goals.level} band's top ({band[1]} sets), so {_days(short)} "
            f"{uses} less than 70 % of your {goals.minutes} minutes; add sets only as you recover."
        ]
    caps = day_caps(goals, len(days), band)
    by_words: dict[str, list[int]] = {}
    for i in short:
        words = stop_words(goals, days[i], caps[i], band, len(days))
        by_words.setdefault(words, []).append(i)
    out = []
    for group in by_words.values():
        words = stop_words(goals, days[group[0]], caps[group[0]], band, len(days),
                           _verb(group, "it", "each"))  # fmt: skip
        out.append(
            f"{_days(group)} {_verb(group, 'uses', 'use')} less than 70 % of your "
            f"{goals.minutes} minutes: no more sets fit there, as {words}."
        )
    return out


def thin_day_notes(goals: Goals, days: list[Day], band: tuple[int, int]) -> list[str]:
    """TRAINING §2: a day below 2 exercises or 4 working sets says why (only a short day whose
    minutes go to the daily trunk block can be one: 1 lift and the block)."""
    caps = day_caps(goals, len(days), band)
    out = []
    for i, day in enumerate(days):
        sets = day.sets()
        if len(day.working()) >= rules.MIN_EXERCISES_PER_DAY and sets >= rules.MIN_SETS_PER_DAY:
            continue
        what = f"only {sets} working sets fit"
        if sets >= rules.MIN_SETS_PER_DAY:
            what = "only one exercise fits"
        words = stop_words(goals, day, caps[i], band, len(days))
        longer = ""
        if day.stop is not None and "time" in day.stop.causes:
            longer = f"; longer sessions would allow {rules.MIN_SETS_PER_DAY} sets"
            if sets >= rules.MIN_SETS_PER_DAY:
                longer = "; longer sessions would allow a second exercise"
        out.append(f"Day {i + 1}: {what}, as {words}{longer}.")
    return out
