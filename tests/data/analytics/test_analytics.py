"""Progress analytics against values worked out by hand on a small log, on a real DuckDB file.

The log (bodyweight 80 kg):

| session | day | set | what | e1RM (Epley, r = reps + RIR) |
|---|---|---|---|---|
| A | Mon 2024-03-04 | 1 | deadlift warm-up 5 × 60 | (warm-up: no working set) |
| A | | 2 | deadlift 5 × 100 @ RIR 2 | 100 × (1 + 7/30) = 123.33 |
| A | | 3 | deadlift 5 × 100 | 100 × (1 + 5/30) = 116.67 |
| A | | 4 | machine-assisted pull-up 8 reps, 20 kg help, RIR 1 | 60 × (1 + 9/30) = 78.0 |
| A | | 5 | back extension 30 s hold | none (hold) |
| B | Wed 2024-03-06 | 6 | deadlift 3 × 225 lb @ RIR 0 | 102.058 × 1.1 = 112.26 |
| B | | 7 | barbell row 10 × 60 @ RIR 1 | none (r = 11 > 10) |
| B | | 8 | band-assisted pull-up 5 reps, band without kg | none |
| B | | 9 | negative pull-up 3 reps | none |
| C | Tue 2024-03-12 | 10 | deadlift 1 × 130 | 130 (PR over 123.33) |
| C | | 11 | pull-up 5 reps @ RIR 0 | 80 × (1 + 5/30) = 93.33 (PR over 78.0) |
| C | | 12 | dumbbell row 10 × 30 @ RIR 0 | 30 × (1 + 10/30) = 40.0 (first: no PR) |
"""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backfit.core.routine.model import DayPlan, Routine
from backfit.core.rules import MOVEMENTS
from backfit.core.training.e1rm import set_e1rm
from backfit.core.units import to_kg
from backfit.data import analytics, rollups
from backfit.data.routines import save_routine
from backfit.data.sets import SetEntry, log_set
from backfit.data.store import Store

BW = 80.0
LB_225 = to_kg(225, "lb")
WEEK_1, WEEK_2 = date(2024, 3, 4), date(2024, 3, 11)
WINDOW = analytics.Window(date(2024, 3, 1), date(2024, 3, 31))


def _log(store: Store, day: int, entry: SetEntry) -> None:
    at = datetime(2024, 3, day, 18, 0)
    log_set(store, "me", entry, performed_at=at, now=at)


@pytest.fixture
def log(store: Store) -> Store:
    _log(store, 4, SetEntry("deadlift", "conventional", 5, 60.0, kind="warmup"))
    _log(store, 4, SetEntry("deadlift", "conventional", 5, 100.0, rir=2))
    _log(store, 4, SetEntry("deadlift", "conventional", 5, 100.0))
    _log(
        store,
        4,
        SetEntry("pull_up", "machine_assisted", 8, assistance_kg=20.0, rir=1, bodyweight_kg=BW),
    )
    _log(store, 4, SetEntry("back_extension", "bench_45", duration_s=30.0))
    _log(store, 6, SetEntry("deadlift", "conventional", 3, LB_225, rir=0))
    _log(store, 6, SetEntry("row", "barbell", 10, 60.0, rir=1))
    _log(store, 6, SetEntry("pull_up", "band_assisted", 5, bodyweight_kg=BW))
    _log(store, 6, SetEntry("pull_up", "negative", 3, bodyweight_kg=BW))
    _log(store, 12, SetEntry("deadlift", "conventional", 1, 130.0, rir=0))
    _log(store, 12, SetEntry("pull_up", "bodyweight", 5, rir=0, bodyweight_kg=BW))
    _log(store, 12, SetEntry("row", "dumbbell", 10, 30.0, rir=0))
    return store


def test_e1rm_per_session_and_prs(log: Store) -> None:
    with analytics.open_profile(log, "me") as data:
        sessions = analytics.e1rm_by_session(data, WINDOW)
    got = {
        (r.exercise, r.day.date().isoformat()): (round(r.e1rm_kg, 2), bool(r.is_pr))
        for r in sessions.itertuples()
    }
    assert got == {
        ("deadlift", "2024-03-04"): (123.33, False),
        ("deadlift", "2024-03-06"): (round(LB_225 * 1.1, 2), False),
        ("deadlift", "2024-03-12"): (130.0, True),
        ("pull_up", "2024-03-04"): (78.0, False),
        ("pull_up", "2024-03-12"): (93.33, True),
        ("row", "2024-03-12"): (40.0, False),
    }
    # A dumbbell row is its own lift, not a lighter barbell row.
    assert set(sessions[sessions.exercise == "row"].variant) == {"dumbbell"}
    assert sessions[sessions.exercise == "pull_up"].variant.isna().all()


def test_personal_records_name_the_best_they_beat(log: Store) -> None:
    with analytics.open_profile(log, "me") as data:
        prs = analytics.personal_records(data, WINDOW)
    assert list(prs.lift) == ["Conventional deadlift", "Pull-up"]
    assert prs.e1rm_kg.round(2).tolist() == [130.0, 93.33]
    assert prs.previous_kg.round(2).tolist() == [123.33, 78.0]


def test_prs_are_judged_against_history_before_the_window(log: Store) -> None:
    with analytics.open_profile(log, "me") as data:
        later = analytics.personal_records(
            data, analytics.Window(date(2024, 3, 6), date(2024, 3, 6))
        )
    assert later.empty  # 112.26 on the 6th is below the 123.33 of the 4th


def test_weekly_working_sets_and_tonnage(log: Store) -> None:
    with analytics.open_profile(log, "me") as data:
        volume = analytics.weekly_volume(data, WINDOW)
    assert volume.attrs["grain"] == "week"
    assert [d.date() for d in volume.period] == [WEEK_1, WEEK_2]
    assert volume.working_sets.tolist() == [8, 3]  # the warm-up does not count
    assert volume.sessions.tolist() == [2, 1]
    # 2×500 + 8×60 (assisted) + 3×102.06 (lb) + 10×60 + 3×80 (negative); the band has no load.
    assert volume.tonnage_kg[0] == pytest.approx(500 + 500 + 480 + 3 * LB_225 + 600 + 240)
    assert volume.tonnage_kg[1] == pytest.approx(130 + 5 * 80 + 300)


def test_weekly_sets_per_muscle_and_for_the_back(log: Store) -> None:
    with analytics.open_profile(log, "me") as data:
        muscles = analytics.muscle_sets(data, WINDOW)
    week_1 = muscles[muscles.period.dt.date == WEEK_1].set_index("muscle").working_sets.to_dict()
    assert week_1 == {
        "back": 8,
        "lats": 7,  # deadlift 3 + pull-up 3 + row 1
        "traps": 7,
        "rhomboids": 4,  # pull-up 3 + row 1
        "rear delts": 1,
        "biceps": 4,
        "erector spinae": 4,  # deadlift 3 + back extension 1
        "glutes": 4,
        "hamstrings": 4,
    }


def test_recent_muscle_sets_lists_every_muscle(log: Store) -> None:
    with analytics.open_profile(log, "me") as data:
        recent = analytics.recent_muscle_sets(data, date(2024, 3, 12), days=7)
    got = recent.set_index("muscle").working_sets.to_dict()
    assert len(got) == 8
    # Only the 6th and the 12th fall in the 7 days ending on the 12th.
    assert got["lats"] == 7  # sets 6–12 all work the lats
    assert got["rear delts"] == 2  # the two rows
    assert got["glutes"] == 2  # the two deadlifts
    assert got["biceps"] == 5  # row, band, negative, pull-up, row


def test_balance_of_movements(log: Store) -> None:
    with analytics.open_profile(log, "me") as data:
        result = analytics.balance(data, WINDOW)
    assert result.movement.tolist() == [m for m in MOVEMENTS if m != "trunk"]  # TRAINING §2
    assert dict(zip(result.movement, result.working_sets, strict=True)) == {
        "hinge": 4,
        "vertical_pull": 4,
        "horizontal_pull": 2,
        "extension": 1,
    }
    assert result.share.sum() == pytest.approx(1.0)


def test_streak_counts_weeks_that_met_the_target(log: Store) -> None:
    with analytics.open_profile(log, "me") as data:
        assert analytics.current_streak(data, date(2024, 3, 13), per_week=1) == 2
        # This week (1 of 2 sessions) is not over: it neither counts nor breaks the streak.
        assert analytics.current_streak(data, date(2024, 3, 13), per_week=2) == 1
        assert analytics.current_streak(data, date(2024, 3, 13), per_week=3) == 0
        assert analytics.current_streak(data, date(2024, 3, 27), per_week=1) == 0


def test_pull_up_ladder_positions(log: Store) -> None:
    with analytics.open_profile(log, "me") as data:
        ladder = analytics.pullup_ladder(data, WINDOW)
    assert ladder.attrs["grain"] == "day"
    assert ladder.stage.tolist() == ["assisted", "negative", "bodyweight"]
    assert ladder.net_kg.tolist()[0] == -20.0 and ladder.net_kg.tolist()[2] == 0.0
    assert pd.isna(ladder.net_kg[1])  # a band without kg and a negative have no net load
    assert ladder.effective_kg.tolist() == [60.0, 80.0, 80.0]


def test_back_extension_holds(log: Store) -> None:
    with analytics.open_profile(log, "me") as data:
        ext = analytics.back_extensions(data, WINDOW)
    assert ext.hold_s.tolist() == [30.0] and ext.longest_hold_s.tolist() == [30.0]


def test_headline_numbers(log: Store) -> None:
    plan = analytics.plan(log, "me")
    with analytics.open_profile(log, "me") as data:
        head = analytics.headline(data, date(2024, 3, 13), plan)
    assert (head.week_sets, head.week_sessions, head.prs_this_month) == (3, 1, 2)
    assert head.streak_weeks == 2
    assert head.e1rm_change_pct is None  # nothing from 4–8 weeks ago to compare with


def test_plan_reads_days_and_band_from_the_active_routine(store: Store) -> None:
    assert analytics.plan(store, "me").band == (10, 20)
    day = DayPlan("A", 40.0, (), (), ())
    save_routine(store, "me", Routine("posture=50&level=novice&days=3", 9, (), (day, day, day)))
    plan = analytics.plan(store, "me")
    assert (plan.days_per_week, plan.weekly_sets, plan.level, plan.band) == (
        3,
        9,
        "novice",
        (8, 12),
    )


def test_other_profiles_are_invisible(log: Store) -> None:
    at = datetime(2024, 3, 5, 9)
    log_set(log, "coach", SetEntry("row", "barbell", 5, 200.0), performed_at=at, now=at)
    with analytics.open_profile(log, "me") as data:
        assert analytics.weekly_volume(data, WINDOW).working_sets.tolist() == [8, 3]
    assert analytics.overview(log, "coach").sets == 1


def test_empty_profile_gives_empty_frames(store: Store) -> None:
    assert analytics.overview(store, "me").first is None
    result = analytics.progress(store, "me", WINDOW, date(2024, 3, 13))
    assert result.e1rm.empty and result.volume.empty and result.calendar.empty
    assert result.balance.working_sets.sum() == 0
    assert result.headline.streak_weeks == 0


@pytest.mark.parametrize(
    ("days", "series", "grain"),
    [
        (30, 5, "day"),
        (365, 5, "week"),
        (3650, 5, "month"),
        (3650, 9, "quarter"),
        (36500, 9, "year"),
    ],
)
def test_grain_keeps_charts_under_the_point_budget(days: int, series: int, grain: str) -> None:
    window = analytics.Window(
        date(2000, 1, 1), date.fromordinal(date(2000, 1, 1).toordinal() + days)
    )
    assert analytics.choose_grain(window, series) == grain


# The SQL e1RM must agree with backfit.e1rm.set_e1rm for any set (TRAINING §5).
_sets = st.fixed_dictionaries(
    {
        "exercise": st.sampled_from(["pull_up", "row", "deadlift", "back_extension"]),
        "variant": st.sampled_from(
            [None, "band_assisted", "machine_assisted", "negative", "bodyweight", "weighted"]
        ),
        "reps": st.one_of(st.none(), st.integers(0, 15)),
        "weight_kg": st.one_of(st.none(), st.floats(0, 300).map(lambda x: round(x, 2))),
        "assistance_kg": st.one_of(st.none(), st.floats(0, 100).map(lambda x: round(x, 2))),
        "bodyweight_kg": st.one_of(st.none(), st.floats(40, 150).map(lambda x: round(x, 1))),
        "rir": st.one_of(st.none(), st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.0, 5.0])),
    }
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(_sets, min_size=1, max_size=12))
def test_sql_e1rm_matches_the_python_rules(store: Store, rows: list[dict]) -> None:
    frame = pd.DataFrame(rows).assign(
        profile="prop",
        workout_id="w",
        performed_at=datetime(2024, 1, 1, 10),
        set_index=range(1, len(rows) + 1),
        source="manual",
    )
    frame["reps"] = frame["reps"].astype("Int64")

    def work(cur) -> None:
        cur.execute("DELETE FROM sets WHERE profile = 'prop'")
        cur.register("_rows", frame)
        cur.execute(
            "INSERT INTO sets (profile, workout_id, performed_at, exercise, variant, set_index,"
            " reps, weight_kg, assistance_kg, bodyweight_kg, rir, source)"
            " SELECT profile, workout_id, performed_at, exercise, variant, set_index, reps,"
            " weight_kg, assistance_kg, bodyweight_kg, rir, source FROM _rows"
        )

    store.write(work)
    facts = rollups.FACTS.format(where="profile = 'prop'")
    with store.read() as cur:
        sql = cur.execute(f"SELECT e1rm_kg FROM ({facts}) ORDER BY performed_at").fetchall()
        got = cur.execute(
            "SELECT exercise, variant, reps, weight_kg, assistance_kg, bodyweight_kg, rir, e1rm_kg"
            f" FROM ({facts})"
        ).df()
    assert len(sql) == len(rows)
    for row in got.itertuples(index=False):
        clean = [None if pd.isna(v) else v for v in row]
        exercise, variant, reps, weight, assist, bw, rir, e1rm = clean
        expected = set_e1rm(
            exercise, variant, None if reps is None else int(reps), weight, assist, bw, rir
        )
        if expected is None:
            assert e1rm is None, clean
        else:
            assert e1rm == pytest.approx(expected), clean


def test_the_page_key_is_the_overviews_and_moves_with_a_logged_set(log: Store) -> None:
    before = analytics.data_version(log, "me")
    seen = analytics.overview(log, "me")
    assert (before.first, before.last, before.version) == (seen.first, seen.last, seen.version)
    _log(log, 12, SetEntry("row", "dumbbell", 10, 30.0, rir=1))
    assert analytics.data_version(log, "me").version != before.version
    nobody = analytics.data_version(log, "nobody")
    assert (nobody.first, nobody.last) == (None, None)
    assert nobody.version == analytics.overview(log, "nobody").version
