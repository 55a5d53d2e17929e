"""First run: demo data in a clearly marked profile, and the profile last used in the app.

"Try demo data" writes a realistic generated year (the benchmark generator, seeded) into its
own profile, so the lifter's own data is never mixed with it, and deletes it in one click.
The last used profile is a database-wide setting, so a new browser session opens on it instead
of on the alphabetically first profile.
"""

from __future__ import annotations

from datetime import date, timedelta

from backfit.data import profiles as _profiles
from backfit.data.patterns import get_app_setting, set_app_setting
from backfit.data.store import Store

DEMO_PROFILE = "Demo (sample data)"
LAST_PROFILE_KEY = "last_profile"


def is_demo(profile: str) -> bool:
    return profile == DEMO_PROFILE


def create_demo(store: Store, today: date | None = None, *, years: float = 1.0) -> int:
    """A year of generated back training ending this week, in `DEMO_PROFILE`; sets written.

    Creating it again replaces it, so the demo is always one clean year.
    """
    # The generator needs pandas: imported here, so the app's first page does not load it.
    from backfit.data.demo_history import generate, write

    today = today or date.today()
    weeks = round(years * 52)
    start = today - timedelta(weeks=weeks, days=today.weekday())
    workouts, sets = generate(1, years, seed=13, start=start)
    workouts = workouts[workouts["started_at"].dt.date <= today].copy()
    sets = sets[sets["workout_id"].isin(workouts["id"])].copy()
    for frame in (workouts, sets):
        frame["profile"] = DEMO_PROFILE
    workouts["id"] = workouts["id"].str.replace("gen:me:", "demo:", regex=False)
    sets["workout_id"] = sets["workout_id"].str.replace("gen:me:", "demo:", regex=False)
    delete_demo(store)
    return write(store, workouts, sets)


def delete_demo(store: Store) -> None:
    """Remove the demo profile and all of its rows (nothing else is touched)."""
    _profiles.delete_profile(store, DEMO_PROFILE)


def last_used_profile(store: Store) -> str | None:
    """The profile last picked in the app, if it still exists."""
    name = get_app_setting(store, LAST_PROFILE_KEY)
    return name if name is not None and name in _profiles.list_profiles(store) else None


def remember_profile(store: Store, profile: str) -> None:
    if get_app_setting(store, LAST_PROFILE_KEY) != profile:
        set_app_setting(store, LAST_PROFILE_KEY, profile)


def list_profiles(store: Store) -> list[str]:
    return _profiles.list_profiles(store)


def has_data(store: Store, profile: str) -> bool:
    """True once the profile has logged any set or saved a routine (no welcome card then)."""
    return _profiles.has_data(store, profile)
