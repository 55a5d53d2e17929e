"""The routine engine over the whole input space (TRAINING §1–3; issue 10 "Must show").

Sliders 0–100, 3 levels, 1–6 days, 20–120 minutes, every equipment subset, 0–30 pull-ups
(`tests.strategies.goals`). Under CI=true hypothesis is derandomised (tests/conftest.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from backfit.core import catalog, rules
from backfit.core.goals import Goals, goals_from_query, leading_goal
from backfit.core.routine import estimate_minutes, generate_routine, spinal_load_index
from backfit.core.routine.caps import day_caps
from backfit.core.routine.markdown import routine_markdown
from backfit.core.routine.model import ExercisePlan, Routine
from backfit.core.routine.prescription import pain_share
from backfit.core.routine.pull_ups import pull_up_ladder
from backfit.core.routine.scheduling import gap
from backfit.core.routine.selection import percent
from backfit.core.rules import WEEKLY_SETS_BAND
from tests.strategies import goals

EXAMPLES = settings(max_examples=150, deadline=None)
PAIRS = settings(max_examples=250, deadline=None)


def _all(routine: Routine) -> list[ExercisePlan]:
    return [e for day in routine.days for e in day.exercises]


def _sets(routine: Routine, test) -> int:
    return sum(e.sets for e in _all(routine) if test(e))


def _trunk_seconds(routine: Routine) -> int:
    return sum(
        sum(e.holds or ()) * e.sides * (e.hold_s or 0)
        for e in _all(routine)
        if e.pattern == "trunk"
    )


# --- §1 The exercises ---------------------------------------------------------------------------


@given(goals())
@EXAMPLES
def test_no_superman_ever_and_only_owned_equipment(g: Goals) -> None:
    for plan in _all(generate_routine(g)):
        variant = catalog.exercise(plan.exercise).variant(plan.variant)
        assert not variant.retired, plan
        assert (plan.exercise, plan.variant) != ("back_extension", "floor")
        assert catalog.variant_available(variant, g.equipment), plan
        assert plan.spinal_load == variant.spinal_load
        assert plan.pattern == ("trunk" if plan.pattern == "trunk" else variant_pattern(plan))


def variant_pattern(plan: ExercisePlan) -> str:
    return catalog.exercise(plan.exercise).movement


@given(goals())
@EXAMPLES
def test_every_day_opens_with_a_scaled_warm_up_and_closes_with_stretching(g: Goals) -> None:
    routine = generate_routine(g)
    warmup = max(3, min(10, int(g.minutes * 0.1 + 0.5)))
    for day in routine.days:
        assert sum(w.minutes for w in day.warmup) == warmup
        assert day.warmup[0].name.startswith("Easy cardio")
        assert len(day.stretch) >= 2
        assert all(10 <= s.hold_s <= 30 and 2 <= s.sets <= 4 for s in day.stretch)
        first = day.exercises[0]
        ramp = any("Ramp sets" in w.name for w in day.warmup)
        loaded = catalog.exercise(first.exercise).variant(first.variant).load in (
            "barbell",
            "dumbbell",
            "cable",
            "machine",
        )
        heavy = first.reps is not None and first.reps[1] <= 8 and first.rir <= 2
        assert ramp == (loaded and heavy), (first, day.warmup)


# --- §2 Goals → prescription: graded spinal-load safety -----------------------------------------


@given(goals())
@EXAMPLES
def test_graded_spinal_load_safety_by_pain_share(g: Goals) -> None:
    routine = generate_routine(g)
    p = pain_share(g)
    for plan in _all(routine):
        if plan.spinal_load == "high":
            assert p < Fraction(35, 100), plan
            if p >= Fraction(20, 100):
                assert plan.rir >= 3 and g.level != "novice", plan
        if plan.spinal_load == "moderate" and p >= Fraction(35, 100):
            assert plan.rir >= 3 and plan.reps[0] >= 8 and plan.reps[1] <= 12, plan
    if p >= Fraction(50, 100):
        for day in routine.days:
            drills = {e.exercise for e in day.exercises if e.pattern == "trunk"}
            assert drills == {"bird_dog", "side_bridge", "mcgill_curl_up"}, day.name
            block = sum(
                sum(e.holds) * e.sides * (e.hold_s + e.rest_s) + rules.CHANGEOVER_S
                for e in day.exercises
                if e.pattern == "trunk"
            )
            assert 5 * 60 <= block <= 8 * 60


@given(goals(), st.integers(1, 100))
@PAIRS
def test_raising_pain_never_raises_spinal_load_nor_adds_loaded_sets_nor_cuts_trunk(g, up) -> None:
    """TRAINING §2 monotonicity, for every pair (other inputs fixed)."""
    higher = replace(g, pain=min(100, g.pain + up))
    before, after = generate_routine(g), generate_routine(higher)
    assert after.spinal_load_index <= before.spinal_load_index
    loaded = lambda e: e.spinal_load in ("high", "moderate")  # noqa: E731
    assert _sets(after, loaded) <= _sets(before, loaded)
    for load in ("high", "moderate"):
        assert _sets(after, lambda e, x=load: e.spinal_load == x) <= _sets(
            before, lambda e, x=load: e.spinal_load in ("high", x)
        )
    assert _trunk_seconds(after) >= _trunk_seconds(before)


@given(goals())
@EXAMPLES
def test_spinal_load_index_is_the_formula(g: Goals) -> None:
    routine = generate_routine(g)
    total = Fraction(0)
    for e in _all(routine):
        factor = Fraction(6, 5) if e.rir <= 1 else Fraction(4, 5) if e.rir >= 3 else 1
        total += e.sets * {"high": 3, "moderate": 2, "low": 1, "none": 0}[e.spinal_load] * factor
    assert routine.spinal_load_index == float(round(total, 1))
    assert routine.spinal_load_index == spinal_load_index(_all(routine))


def _hard_by_variant(routine: Routine) -> dict[tuple[str, str], tuple]:
    """Per lift: its rep range and its lowest RIR in the week (the hard sessions)."""
    seen: dict[tuple[str, str], tuple] = {}
    for plan in _all(routine):
        key = (plan.exercise, plan.variant)
        if "easy session" in plan.why or "light day" in plan.why or "light-day" in plan.why:
            continue  # the 48-hour rule's easy days and the light hinge day are meant easier
        if key not in seen or plan.rir < seen[key][1]:
            seen[key] = (plan.reps, plan.rir)
    return seen


@given(goals(), st.integers(1, 100))
@EXAMPLES
def test_raising_strength_never_raises_reps_or_lowers_effort_on_main_lifts(g, up) -> None:
    before = _hard_by_variant(generate_routine(g))
    after = _hard_by_variant(generate_routine(replace(g, strength=min(100, g.strength + up))))
    for key in before.keys() & after.keys():
        ex = catalog.exercise(key[0])
        if ex.family == "trunk" or ex.light or ex.movement == "extension":
            continue
        (reps_before, rir_before), (reps_after, rir_after) = before[key], after[key]
        assert reps_after[1] <= reps_before[1] and reps_after[0] <= reps_before[0]
        assert rir_after <= rir_before


#: Pairs that lost a row set before the row floor (the first three: posture overtaking strength
#: with one hinge day and rows first, a small step, the step from posture 0) or in its drafts
#: (a band row taking the row slot, a short day's light work giving way to a vertical pull, light
#: work joining a short day, the issue's 1 × 20).
_LOST_A_ROW_SET = (
    ("posture=71&pain=5&strength=90&level=novice&days=2&minutes=49&eq=pullup_bar"
     "&eq=assisted_machine&eq=cable&eq=trap_bar&eq=bench_45&eq=ball&pullups=3", 29),
    ("posture=16&pain=0&strength=18&level=novice&days=2&minutes=30&eq=pullup_bar&eq=cable"
     "&eq=barbell&eq=trap_bar&eq=ball&pullups=3", 2),
    ("posture=0&pain=45&strength=15&level=intermediate&days=6&minutes=31&eq=pullup_bar"
     "&eq=bands&eq=cable&eq=trap_bar&eq=bench_45&pullups=29", 1),
    ("posture=60&pain=9&strength=72&level=advanced&days=4&minutes=90&eq=assisted_machine"
     "&eq=bands&eq=barbell&eq=trap_bar&eq=bench_45&eq=ball&pullups=21", 21),
    ("posture=66&pain=99&strength=29&level=novice&days=2&minutes=29&eq=pullup_bar&eq=bands"
     "&eq=trap_bar&eq=bench_45&eq=back_extension_machine&pullups=1", 34),
    ("posture=0&pain=0&strength=1&level=novice&days=1&minutes=20&eq=assisted_machine"
     "&eq=bands&eq=back_extension_machine&eq=ball&pullups=0", 1),
    ("posture=34&pain=0&strength=9&level=advanced&days=2&minutes=26&eq=assisted_machine"
     "&eq=back_extension_machine&pullups=0", 1),
    ("posture=50&pain=50&strength=50&level=intermediate&days=1&minutes=20&eq=pullup_bar"
     "&eq=assisted_machine&eq=cable&eq=barbell&eq=dumbbells&eq=bench_45&pullups=0", 50),
)  # fmt: skip


def _with_lost_row_pairs(test):
    for query, up in _LOST_A_ROW_SET:
        test = example(goals_from_query(query)[0], up)(test)
    return test


@_with_lost_row_pairs
@given(goals(), st.integers(1, 100))
@settings(max_examples=400, deadline=None)
def test_raising_posture_never_lowers_horizontal_pull_sets(g: Goals, up: int) -> None:
    """TRAINING §2, for every pair (other inputs fixed), big jumps included."""
    higher = replace(g, posture=min(100, g.posture + up))
    rows = lambda r: _sets(r, lambda e: e.pattern == "horizontal_pull")  # noqa: E731
    assert rows(generate_routine(higher)) >= rows(generate_routine(g))


@given(goals())
@EXAMPLES
def test_posture_led_plans_row_at_least_as_much_as_they_pull_vertically(g: Goals) -> None:
    if not (g.posture > 0 and g.posture >= g.pain and g.posture >= g.strength):
        return
    routine = generate_routine(g)
    rows = _sets(routine, lambda e: e.pattern == "horizontal_pull")
    assert rows >= _sets(routine, lambda e: e.pattern == "vertical_pull")


# --- §2 Weekly structure ------------------------------------------------------------------------


@given(goals())
@EXAMPLES
def test_weekly_sets_never_pass_the_band_and_fewer_days_are_said(g: Goals) -> None:
    """TRAINING §2: the band's top is never passed; when days × a day's minimum sets would
    pass it, the week trains on fewer days (top // minimum) and a note says so."""
    routine = generate_routine(g)
    low, high = WEEKLY_SETS_BAND[g.level]
    working = _sets(routine, lambda e: e.pattern != "trunk")
    assert routine.weekly_sets == working <= high
    minimum = 4 if g.level == "novice" else 5  # a trained lifter's main lift takes 3 sets
    assert len(routine.days) == min(g.days, high // minimum)
    if len(routine.days) < g.days:
        note = f"{len(routine.days)} of your {g.days} days: the weekly sets band for"
        assert any(n.startswith(note) and f"{low}–{high}" in n for n in routine.notes)
    if working < low:
        assert any("below the" in n for n in routine.notes)


def test_six_intermediate_days_train_as_four_and_say_why() -> None:
    routine = generate_routine(
        Goals(posture=60, pain=20, strength=40, level="intermediate", days=6, minutes=60)
    )
    assert len(routine.days) == 4 and routine.weekly_sets <= 20
    assert (
        "4 of your 6 days: the weekly sets band for an intermediate is 10–20, and each day needs "
        "at least 5 working sets (a main lift at 3 sets and an accessory)"
        in " ".join(routine.notes)
    )


@given(goals(), st.integers(1, 5), st.integers(1, 100))
@EXAMPLES
def test_more_days_or_minutes_never_give_fewer_sets_in_a_full_gym(g, more_days, more_min) -> None:
    full = replace(g, equipment=catalog.EQUIPMENT_IDS)
    base = generate_routine(full).weekly_sets
    assert (
        generate_routine(replace(full, days=min(6, g.days + more_days))).weekly_sets
        >= min(base, WEEKLY_SETS_BAND[g.level][1]) - 2
    )
    longer = replace(full, minutes=min(120, g.minutes + more_min))
    assert generate_routine(longer).weekly_sets >= base


@given(goals())
@EXAMPLES
def test_honest_minutes_used_70_to_100_percent_or_said(g: Goals) -> None:
    routine = generate_routine(g)
    top = WEEKLY_SETS_BAND[g.level][1]
    for i, day in enumerate(routine.days):
        assert estimate_minutes(day) == day.minutes <= g.minutes
        if day.minutes < 0.7 * g.minutes:
            note = next(n for n in routine.notes if "less than 70 %" in n and f"Day {i + 1}" in n)
            assert note.startswith("The week is at the") == (routine.weekly_sets >= top), note


@example(goals_from_query("posture=14&pain=26&strength=14&level=novice&days=1&minutes=20"
                          "&eq=assisted_machine&eq=back_extension_machine&eq=ball&eq=dumbbells"
                          "&pullups=0")[0])  # fmt: skip
@example(goals_from_query("posture=58&pain=78&strength=55&level=novice&days=4&minutes=20"
                          "&eq=pullup_bar&eq=assisted_machine&eq=barbell&eq=trap_bar"
                          "&eq=back_extension_machine&pullups=3")[0])  # fmt: skip
@given(goals())
@EXAMPLES
def test_every_day_has_two_exercises_and_four_working_sets(g: Goals) -> None:
    """TRAINING §2: every day ≥ 2 exercises and ≥ 4 working sets (trunk holds not counted);
    a short day whose minutes go to the daily trunk block (pain share ≥ 50 %) may be one lift
    and the block, which the notes say."""
    routine = generate_routine(g)
    for i, day in enumerate(routine.days):
        working = [e for e in day.exercises if e.pattern != "trunk"]
        if len(working) >= 2 and sum(e.sets for e in working) >= 4:
            continue
        assert pain_share(g) >= Fraction(1, 2) and len(day.exercises) >= 2, day
        assert any(n.startswith(f"Day {i + 1}: only") for n in routine.notes), day


def test_a_single_20_minute_session_is_a_real_one() -> None:
    routine = generate_routine(Goals(level="intermediate", days=1, minutes=20))
    (day,) = routine.days
    working = [e for e in day.exercises if e.pattern != "trunk"]
    assert len(working) >= 2 and sum(e.sets for e in working) >= 4
    assert 0.7 * 20 <= day.minutes <= 20


def test_a_strength_led_advanced_week_gives_main_lifts_3_to_5_sets() -> None:
    g = Goals(
        posture=0, pain=0, strength=90, level="advanced", days=5, minutes=75,
        equipment=catalog.EQUIPMENT_IDS,
    )  # fmt: skip
    routine = generate_routine(g)
    assert 14 <= routine.weekly_sets <= 22
    for day in routine.days:
        heaviest = max(
            (e for e in day.exercises if e.exercise in ("deadlift", "row", "lat_pulldown")),
            key=lambda e: e.sets,
            default=None,
        )
        if heaviest is not None:
            assert 3 <= heaviest.sets <= 5, (day.name, heaviest)


@given(goals())
@EXAMPLES
def test_48_hours_between_hard_sessions_and_between_erector_heavy_days(g: Goals) -> None:
    routine = generate_routine(g)
    for pattern in ("hinge", "horizontal_pull", "vertical_pull"):
        days = [d.weekday for d in routine.days if pattern in d.hard_patterns]
        assert all(gap(a, b) >= 2 for i, a in enumerate(days) for b in days[i + 1 :]), pattern
    erector = [
        d.weekday
        for d in routine.days
        if any(e.exercise == "deadlift" or (e.exercise, e.variant) == ("row", "barbell")
               for e in d.exercises)
    ]  # fmt: skip
    assert all(gap(a, b) >= 2 for i, a in enumerate(erector) for b in erector[i + 1 :])
    for day in routine.days:
        for e in day.exercises:
            light = catalog.exercise(e.exercise).light or e.pattern == "trunk"
            if e.pattern in day.hard_patterns and e.rir <= 2:
                assert not light
        per_muscle: dict[str, int] = {}
        for e in day.exercises:
            per_muscle[e.pattern] = per_muscle.get(e.pattern, 0) + e.sets
        assert per_muscle.get("vertical_pull", 0) <= 10


@given(goals())
@EXAMPLES
def test_deadlift_at_most_twice_a_week_and_two_hinge_days_are_heavy_and_light(g: Goals) -> None:
    routine = generate_routine(g)
    hinges = [(d, e) for d in routine.days for e in d.exercises if e.exercise == "deadlift"]
    assert len({d.weekday for d, _ in hinges}) <= 2
    if len(hinges) == 2:
        (_, a), (_, b) = hinges
        assert a.variant != b.variant or a.rir != b.rir
        assert "light" in (a.why + b.why).lower()


# --- §2 Explanations ----------------------------------------------------------------------------


@given(goals())
@EXAMPLES
def test_every_why_is_true_for_the_input(g: Goals) -> None:
    routine = generate_routine(g)
    total = g.posture + g.pain + g.strength
    for plan in _all(routine):
        why = plan.why
        assert "\n" not in why and why.endswith(".")
        shares = [percent(Fraction(getattr(g, n), total)) for n in ("posture", "pain", "strength")]
        assert any(s in why for s in shares), why
        name = catalog.exercise(plan.exercise).variant(plan.variant).name
        assert name in why
        needs = catalog.exercise(plan.exercise).variant(plan.variant).needs
        assert ("no equipment needed" in why) == (not needs), why
        if (plan.exercise, plan.variant) == ("row", "barbell"):
            assert "supported" not in why.replace("unsupported", "")
        if plan.variant == "trap_bar":
            assert "knee-dominant" in why and "hip-dominant" not in why
        if "heaviest" in why:
            assert (plan.reps is not None and plan.reps[1] <= 8) or plan.variant == "conventional"
    for day in routine.days:
        if "trunk" in {e.pattern for e in day.exercises} and pain_share(g) >= Fraction(1, 2):
            assert "Trunk block" in day.why


@given(goals())
@settings(max_examples=60, deadline=None)
def test_deterministic_and_the_query_rebuilds_it(g: Goals) -> None:
    from backfit.core.goals import goals_from_query

    routine = generate_routine(g)
    assert routine == generate_routine(replace(g))
    rebuilt, notes = goals_from_query(routine.query)
    assert notes == () and generate_routine(rebuilt) == routine
    assert Routine.from_json(routine.to_json()) == routine


@given(goals())
@EXAMPLES
def test_red_flags_are_a_note_whenever_pain_is_above_zero(g: Goals) -> None:
    notes = generate_routine(g).notes
    assert any("bladder" in n for n in notes) == (g.pain > 0)


# --- The issue's examples -----------------------------------------------------------------------


def test_pain_100_without_equipment_is_a_real_programme_without_superman() -> None:
    routine = generate_routine(Goals(posture=0, pain=100, strength=0, equipment=frozenset()))
    names = {e.exercise for e in _all(routine)}
    assert {"bird_dog", "side_bridge", "mcgill_curl_up"} <= names
    assert "back_extension" not in names
    assert routine.weekly_sets >= 8
    at_top = routine.weekly_sets >= WEEKLY_SETS_BAND["novice"][1]
    for day in routine.days:
        assert day.minutes >= 0.7 * 45 or at_top


def test_novice_pain_75_strength_100_barbell_has_no_conventional_at_rir_2() -> None:
    g = Goals(posture=0, pain=75, strength=100, level="novice", equipment=frozenset({"barbell"}))
    for plan in _all(generate_routine(g)):
        assert plan.spinal_load != "high"
        if plan.spinal_load == "moderate":
            assert plan.rir >= 3


def test_home_kit_posture_plan_rows() -> None:
    g = Goals(
        posture=70,
        pain=20,
        strength=30,
        days=4,
        equipment=frozenset({"pullup_bar", "bands", "dumbbells"}),
    )
    routine = generate_routine(g)
    assert (
        _sets(routine, lambda e: e.pattern == "horizontal_pull")
        >= _sets(routine, lambda e: e.pattern == "vertical_pull")
        > 0
    )


def test_json_shape_is_the_design_contract_plus_issue_10() -> None:
    data = generate_routine(Goals()).to_json()
    assert {"query", "weekly_sets", "notes", "days", "spinal_load_index"} <= data.keys()
    day = data["days"][0]
    assert {"name", "minutes", "warmup", "exercises", "stretch", "hard_patterns"} <= day.keys()
    first = day["exercises"][0]
    assert {"exercise", "variant", "sets", "reps", "hold_s", "rir", "rest_s", "why"} <= first.keys()
    assert first["spinal_load"] in ("high", "moderate", "low", "none")
    assert first["pattern"] in ("hinge", "horizontal_pull", "vertical_pull", "extension", "trunk")
    assert Routine.from_json(data) == generate_routine(Goals())


@given(goals())
@EXAMPLES
def test_a_days_why_names_only_what_the_fitted_day_holds(g: Goals) -> None:
    """TRAINING §2: "heavy/light hinge day" only on a day that kept its hinge, "trained hard on
    D" only when D kept that pattern; a pull-up rung speaks only for itself (§3)."""
    routine = generate_routine(g)
    by_weekday = {d.name.split(" · ")[1]: d for d in routine.days}
    for day in routine.days:
        patterns = {e.pattern for e in day.exercises}
        if "hinge day" in day.why:
            assert "hinge" in patterns, day.why
        assert "Resting for 48 h" not in day.why
        for _, pattern, weekdays in _hard_claims(day.why):
            for weekday in weekdays:
                assert pattern in {e.pattern for e in by_weekday[weekday].exercises}, day.why
        for plan in day.exercises:
            if plan.exercise == "pull_up" and plan.variant != "negative":
                assert "negatives" not in plan.why, plan.why
            if plan.exercise == "pull_up" and plan.variant == "negative":
                assert "assisted sets" not in plan.why and "singles" not in plan.why, plan.why


def test_a_short_day_whose_hinge_got_no_sets_is_not_called_a_hinge_day() -> None:
    routine = generate_routine(Goals(level="intermediate", days=1, minutes=20))
    (day,) = routine.days
    assert "hinge" not in {e.pattern for e in day.exercises}
    assert "hinge day" not in day.why
    assert routine_markdown(routine).splitlines()[2].startswith("1 day a week, ")


@pytest.mark.parametrize(
    ("pullups", "equipment", "rungs"),
    [
        (0, {"pullup_bar", "assisted_machine", "dumbbells"}, {"machine_assisted", "negative"}),
        (0, {"pullup_bar", "bands", "dumbbells"}, {"band_assisted", "negative"}),
        (3, {"pullup_bar", "dumbbells"}, {"negative", "bodyweight"}),
        (2, {"pullup_bar", "bands", "dumbbells", "cable"}, {"negative", "bodyweight"}),
    ],
)
def test_a_two_rung_ladder_shows_both_rungs_in_the_week(pullups, equipment, rungs) -> None:
    """TRAINING §3: 0 strict reps is assisted sets and negatives, 1–4 negatives and singles or
    doubles (the issue: "0 gets assisted only; 1–4 gets negatives only")."""
    g = Goals(posture=40, pain=20, strength=60, level="intermediate", days=3, minutes=60,
              equipment=frozenset(equipment), pullups=pullups)  # fmt: skip
    routine = generate_routine(g)
    held = {e.variant for e in _all(routine) if e.exercise == "pull_up"}
    assert held == rungs


@given(goals(), st.sampled_from([0, 0, 1, 2, 3, 4]))
@EXAMPLES
@example(
    Goals(
        posture=19,
        pain=82,
        strength=19,
        level="advanced",
        days=1,
        minutes=34,
        equipment=frozenset(
            {
                "barbell",
                "assisted_machine",
                "dumbbells",
                "pullup_bar",
                "back_extension_machine",
                "trap_bar",
            }
        ),
        pullups=0,
    ),
    0,
)
@example(Goals(level="novice", days=3, minutes=30, equipment=frozenset({"pullup_bar"})), 2)
def test_every_week_with_pull_ups_holds_both_rungs_of_its_ladder(g: Goals, pullups: int) -> None:
    """TRAINING §3 over the whole input space, one pull-up day a week too: a week whose ladder
    has two rungs and that pulls up at all holds both; a day's block of both rungs puts the
    negatives last and keeps the day's pull-up sets at one RIR."""
    g = replace(g, pullups=pullups)
    rungs, _ = pull_up_ladder(g)
    routine = generate_routine(g)
    held = {e.variant for e in _all(routine) if e.exercise == "pull_up"}
    if held and len(rungs) == 2:
        assert held == set(rungs), (held, rungs)
    for day in routine.days:
        block = [e for e in day.exercises if e.exercise == "pull_up"]
        if len(block) == 2:
            assert block[1].variant == "negative" and block[0].rir == block[1].rir, block
        assert len(block) <= 2
        for i, plan in enumerate(block):  # the finisher's reason only where it finishes
            assert ("you can still lower slowly" in plan.why) <= (i == 1), plan.why


# --- Explanations say what the rule did (issue 10 item 6, TRAINING §2 last bullet) -------------

_PATTERN_WORDS = {
    "no hinge today": ("absent", "hinge"),
    "no rows today": ("absent", "horizontal_pull"),
    "no vertical pulls today": ("absent", "vertical_pull"),
    "the hinge kept easy": ("easy", "hinge"),
    "rows kept easy": ("easy", "horizontal_pull"),
    "vertical pulls kept easy": ("easy", "vertical_pull"),
}
_FORTY_EIGHT = "48 h between hard sessions of one pattern: "


def _hard_claims(why: str) -> list[tuple[str, str, list[str]]]:
    """(absent | easy, pattern, weekdays) of the day's 48-hour sentence."""
    if _FORTY_EIGHT not in why:
        return []
    sentence = why.split(_FORTY_EIGHT)[1].split(".")[0]
    claims = []
    for part in sentence.split("; "):
        words, days = part.removesuffix(")").split(" (trained hard on ")
        kind, pattern = _PATTERN_WORDS[words]
        claims.append((kind, pattern, days.split(" and ")))
    return claims


def _holds(day, pattern: str) -> bool:
    return any(e.pattern == pattern and not catalog.exercise(e.exercise).light
               for e in day.exercises)  # fmt: skip


def _user_texts(routine: Routine) -> list[str]:
    return [*routine.notes, *(d.why for d in routine.days), *(e.why for e in _all(routine))]


@given(goals())
@EXAMPLES
@example(Goals(posture=0, pain=100, strength=0, level="intermediate", days=4, minutes=60,
               equipment=catalog.EQUIPMENT_IDS))  # fmt: skip
def test_the_48_hour_sentence_names_every_hard_session_within_48_hours_and_only_those(
    g: Goals,
) -> None:
    """A day without hard work of a pattern that another day within 48 h trains hard says so
    ("no rows today" or "rows kept easy", "trained hard on D"), and every day it names trains
    that pattern hard and is within 48 h; no other day is named, and no day "rests" for a session
    that is not hard or not there."""
    routine = generate_routine(g)
    by_weekday = {d.name.split(" · ")[1]: d for d in routine.days}
    for day in routine.days:
        claims = _hard_claims(day.why)
        said = {pattern: (kind, weekdays) for kind, pattern, weekdays in claims}
        assert len(said) == len(claims), day.why
        for pattern in ("hinge", "horizontal_pull", "vertical_pull"):
            near = [
                o.name.split(" · ")[1]
                for o in routine.days
                if o is not day and gap(o.weekday, day.weekday) < 2 and pattern in o.hard_patterns
            ]
            if not near or pattern in day.hard_patterns:
                assert pattern not in said, day.why
                continue
            kind, weekdays = said[pattern]
            assert sorted(weekdays) == sorted(near), day.why
            assert (kind == "easy") == _holds(day, pattern), day.why
            for weekday in weekdays:
                assert pattern in by_weekday[weekday].hard_patterns


@given(goals())
@EXAMPLES
@example(Goals(posture=95, pain=0, strength=100, days=3, pullups=30,
               equipment=frozenset({"assisted_machine", "barbell", "bench_45", "cable",
                                    "dumbbells", "pullup_bar"})))  # fmt: skip
def test_hinge_days_are_called_what_they_are(g: Goals) -> None:
    """ "Heavy hinge day" only on a day that trains the hinge hard beside a second hinge day;
    "light" hinge words (day or exercise) only in a week of two hinge days; a week of one hinge
    day says so."""
    routine = generate_routine(g)
    hinge_days = [d for d in routine.days if _holds(d, "hinge")]
    for day in routine.days:
        if "Heavy hinge day" in day.why:
            assert "hinge" in day.hard_patterns and len(hinge_days) == 2, day.why
        if "The heavier of the two hinge days" in day.why:
            assert "hinge" not in day.hard_patterns and len(hinge_days) == 2, day.why
        assert ("Light hinge day" in day.why) <= (len(hinge_days) == 2), day.why
        assert ("The week's one hinge day." in day.why) == (
            len(hinge_days) == 1 and day in hinge_days
        ), day.why
        for e in day.exercises:
            if e.pattern == "hinge" and len(hinge_days) == 1:
                assert "light day" not in e.why and "light hinge day" not in e.why, e.why


@given(goals())
@EXAMPLES
def test_every_lift_is_called_what_it_is(g: Goals) -> None:
    """Only the conventional deadlift is "the biggest lift"; a bodyweight or band row is never
    "heavy horizontal pulling"; a goal "leads" only when it is `leading_goal`, and a tie for the
    lead is said as one."""
    routine = generate_routine(g)
    lead = leading_goal(g)
    for e in _all(routine):
        if "biggest lift" in e.why:
            assert (e.exercise, e.variant) == ("deadlift", "conventional"), e.why
        if "heavy horizontal pulling" in e.why:
            assert (e.exercise, e.variant) in (("row", "barbell"), ("row", "dumbbell")), e.why
        if "strength leads" in e.why:
            assert lead == "strength", e.why
        if "strength ties for the lead" in e.why:
            assert lead != "strength" and g.dominant("strength"), e.why
    for day in routine.days:
        lifts = [e for e in day.exercises if e.pattern != "trunk"]
        for k, e in enumerate(lifts):
            if "after the day's other lifts" in e.why:
                assert all(o.pattern == "extension" for o in lifts[k:]), day.exercises
    for note in routine.notes:
        if note.startswith("No vertical pulls"):
            assert not any(e.pattern == "vertical_pull" for e in _all(routine)), note
            if "assisted_machine" in g.equipment:
                assert g.pullups >= 5 and f"with {g.pullups} strict pull-ups" in note, note
    pain_note = [n for n in routine.notes if n.startswith("Pain prevention leads")]
    assert bool(pain_note) == (lead == "pain")
    for note in pain_note:
        assert ("tied with" in note) == bool(g.tied_with("pain")), note


@given(goals())
@EXAMPLES
@example(Goals(level="intermediate", days=6, minutes=120))
@example(Goals(posture=78, pain=100, strength=100, level="advanced", days=6, minutes=30,
               equipment=frozenset({"barbell", "dumbbells"}), pullups=3))  # fmt: skip
@example(Goals(posture=0, pain=2, strength=3, level="intermediate", days=2, minutes=24,
               equipment=frozenset({"assisted_machine", "back_extension_machine"})))  # fmt: skip
@example(Goals(posture=0, pain=0, strength=100, level="advanced", days=3, minutes=25,
               equipment=catalog.EQUIPMENT_IDS - {"dumbbells"}))  # fmt: skip
def test_short_and_thin_day_notes_name_the_cause_that_stopped_the_day(g: Goals) -> None:
    """A short day's note names why it stopped: "holds its share" only at the day's share of the
    band's top, "another exercise ... would pass the day's share" only below it, a time cause's
    need above what is left; a thin day says "longer sessions" only when time stopped it; one day
    "uses", several "use"."""
    routine = generate_routine(g)
    week = replace(g, days=len(routine.days))
    caps = day_caps(week, len(routine.days), WEEKLY_SETS_BAND[g.level])
    sets = [sum(e.sets for e in d.exercises if e.holds is None) for d in routine.days]
    for note in routine.notes:
        named = [int(n) - 1 for n in re.findall(r"\bDay (\d+)\b", note.split(":")[0])]
        if "less than 70 %" in note and not note.startswith("The week"):
            verb = note.split(" less than 70 %")[0].split(" ")[-1]
            assert verb == ("uses" if len(named) == 1 else "use"), note
            for i in named:
                if "holds its share" in note:
                    assert sets[i] == caps[i], note
                if "would pass the day's share" in note:
                    assert sets[i] < caps[i], note
        for need, left in re.findall(
            r"takes about ([\d.]+) min as planned and only ([\d.]+) min", note
        ):
            assert float(need) > float(left), note
        if re.match(r"Day \d+: only", note) and "longer sessions" in note:
            assert "takes about" in note, note
        assert not re.search(r"(?<!, )\bDay \d+ use\b", note), note


def test_a_day_stopped_by_the_ten_sets_a_muscle_cap_says_so() -> None:
    """The erectors at ~10 sets (deadlift 3, bent-over row 5, back extension 2) close a long day:
    its note names that cap (it once looked up the cap by pattern and never found it)."""
    g, _ = goals_from_query(
        "posture=10&pain=0&strength=90&level=advanced&days=1&minutes=120&eq=barbell&eq=cable"
        "&eq=trap_bar&eq=pullup_bar&eq=back_extension_machine&pullups=10"
    )
    routine = generate_routine(g)
    (day,) = routine.days
    erector = {"deadlift": 0, "row": 0, "back_extension": 0}
    for plan in day.exercises:
        if plan.exercise in erector and plan.variant in ("conventional", "barbell", "machine"):
            erector[plan.exercise] += plan.sets
    assert sum(erector.values()) == rules.MAX_SETS_PER_MUSCLE_SESSION
    assert any("about 10 sets for the session" in n for n in routine.notes), routine.notes


@given(goals())
@EXAMPLES
def test_no_user_text_cites_the_rule_book(g: Goals) -> None:
    """The lifter has no TRAINING.md: notes, day and exercise whys and the Markdown export give
    the plain reason (a source's name such as McGill or NSCA is fine)."""
    routine = generate_routine(g)
    for text in [*_user_texts(routine), routine_markdown(routine)]:
        assert "TRAINING" not in text and "§" not in text, text


# --- §3 every pull-up set is one the lifter can do (issue 10 audit) ---------------------


def _doable(plan: ExercisePlan, max_reps: int) -> bool:
    """A pull-up set a lifter with `max_reps` strict reps can do (TRAINING §3): bodyweight top
    reps + RIR ≤ the max, weighted below it; assisted sets and negatives scale to anyone."""
    if plan.exercise != "pull_up" or plan.reps is None:
        return True
    if plan.variant == "bodyweight":
        return plan.reps[1] + plan.rir <= max_reps
    if plan.variant == "weighted":
        return plan.reps[1] + plan.rir < max_reps
    return True


@given(goals(), st.booleans(), st.integers(0, 30))
@EXAMPLES
@example(  # the audit: 3 × 8–13 @ RIR 3 for a lifter whose max is 8
    Goals(
        posture=22,
        pain=89,
        strength=0,
        level="advanced",
        days=3,
        minutes=75,
        pullups=8,
        equipment=frozenset({"assisted_machine", "bands", "barbell", "pullup_bar"}),
    ),
    True,
    8,
)
@example(  # the audit: weighted 5 × 7–11 @ RIR 2 for a lifter whose max is 8
    Goals(
        posture=100,
        pain=100,
        strength=100,
        level="advanced",
        days=1,
        minutes=120,
        pullups=8,
        equipment=frozenset(catalog.EQUIPMENT_IDS),
    ),
    True,
    8,
)
@example(  # the audit: 3 × 1–2 @ RIR 3 for a 1-rep lifter
    Goals(
        posture=0,
        pain=50,
        strength=50,
        level="intermediate",
        days=4,
        minutes=25,
        pullups=1,
        equipment=frozenset({"bands", "pullup_bar"}),
    ),
    True,
    1,
)
def test_every_pull_up_prescription_is_doable_for_the_inputs_max(g, bar, pullups) -> None:
    """TRAINING §3 over the whole input space, easy sessions too: every bodyweight set leaves its
    RIR inside the max (about half to two-thirds of it from 5 strict reps), a weighted set comes
    only when even its top reps + RIR stay below the max, the 1–4 rung's singles and doubles are
    at an RIR the lifter has (a 1-rep lifter's single is RIR 0), and the reason says why."""
    g = replace(g, pullups=pullups, equipment=g.equipment | ({"pullup_bar"} if bar else set()))
    n = g.pullups
    for plan in _all(generate_routine(g)):
        if plan.exercise != "pull_up":
            continue
        assert _doable(plan, n), (n, plan)
        if plan.variant == "bodyweight" and n >= rules.PULL_UPS_FOR_BODYWEIGHT:
            assert plan.reps[1] <= n * 2 // 3 and plan.reps[0] <= n // 2, (n, plan)
            assert "inside your max" in plan.why
        if plan.variant == "bodyweight" and n < rules.PULL_UPS_FOR_BODYWEIGHT:
            assert plan.reps[1] <= 2 and n >= 1, (n, plan)
            assert plan.rir == (0 if n == 1 else 1) or "easy session" in plan.why, (n, plan)
        if plan.variant == "bodyweight" and n >= rules.PULL_UPS_FOR_WEIGHTED:
            assert f"needs more than {n}" in plan.why, plan.why


@given(goals())
@EXAMPLES
@example(Goals(posture=0, pain=0, strength=100, days=3, pullups=10,
               equipment=frozenset({"assisted_machine"})))  # fmt: skip
def test_no_vertical_pull_note_is_true_and_every_count_agrees(g: Goals) -> None:
    """From 5 strict reps an assisted machine is not a vertical pull (never assisted from 5), so
    the note never says one is missing for want of a machine the lifter owns; "1 strict
    pull-up", never "1 strict pull-ups"."""
    routine = generate_routine(g)
    texts = [*routine.notes, *(d.why for d in routine.days), *(e.why for e in _all(routine))]
    assert not any(re.search(r"\b1 strict pull-ups", t) for t in texts)
    for note in routine.notes:
        if note.startswith("No vertical pulls"):
            assert not {"pullup_bar", "cable"} & g.equipment
            machine = "assisted_machine" in g.equipment
            assert not (machine and g.pullups < rules.PULL_UPS_FOR_BODYWEIGHT)
            assert ("an assisted machine" in note) == (g.pullups < rules.PULL_UPS_FOR_BODYWEIGHT)
            assert ("past the assisted machine" in note) == machine, note
