"""The synthetic-history generator makes valid, seeded, realistic histories."""

from backfit.core import rules
from backfit.data.store import Store
from bench.history import generate, write


def test_same_seed_same_history_and_other_seed_differs() -> None:
    w1, s1 = generate(2, 0.5, seed=7)
    w2, s2 = generate(2, 0.5, seed=7)
    _, s3 = generate(2, 0.5, seed=8)
    assert w1.equals(w2) and s1.equals(s2)
    assert not s1.equals(s3)


def test_history_passes_every_database_constraint(store: Store) -> None:
    workouts, sets = generate(3, 2, seed=1)
    assert write(store, workouts, sets) == len(sets)
    with store.read() as cur:
        per_week = cur.execute(
            "SELECT count(DISTINCT workout_id) / count(DISTINCT date_trunc('week', performed_at))"
            " FROM set_log GROUP BY profile"
        ).fetchall()
        (exercises,) = cur.execute("SELECT count(DISTINCT exercise) FROM set_log").fetchone()
        (longest_hold,) = cur.execute("SELECT max(duration_s) FROM set_log").fetchone()
        (supermen,) = cur.execute("SELECT count(*) FROM set_log WHERE variant = 'floor'").fetchone()
    assert len(per_week) == 3
    assert all(2.5 <= rate <= 4.5 for (rate,) in per_week)  # three or four a training week
    assert exercises == 6  # the five foundational exercises and the bird-dog
    assert longest_hold <= rules.MAX_HOLD_S and supermen == 0  # TRAINING §4, §1


def test_pull_up_ladder_moves_from_assisted_to_weighted() -> None:
    _, sets = generate(1, 3, seed=3)
    pull_ups = sets[sets["exercise"] == "pull_up"].sort_values("performed_at")
    variants = list(dict.fromkeys(pull_ups["variant"]))
    assert variants[0] == "machine_assisted" and variants[-1] == "weighted"
