"""The routine a lifter trains: "Train this" stores a version; the Log page follows it."""

from __future__ import annotations

from backfit.core.catalog import URGENT_CARE
from backfit.core.errors import ValidationError
from backfit.core.routine.model import Routine
from backfit.data.red_flags import get_screen
from backfit.data.routines import StoredRoutine, active_routine, save_routine
from backfit.data.store import Store

__all__ = ["StoredRoutine", "active_routine", "save_routine", "train_routine"]


def train_routine(store: Store, profile: str, routine: Routine) -> int:
    """Make `routine` the profile's active one, unless its red-flag screen said yes.

    The Routine page never shows a plan to a profile whose screen had a "yes" (TRAINING §6), so
    `backfit routine --train` must not store one for it either. A profile that has not answered
    the screen gets the red-flag list as a note of the plan itself (pain > 0), as in the app's
    links. Returns the stored version.
    """
    screen = get_screen(store, profile)
    if screen is not None and screen.any_yes:
        raise ValidationError(
            f"No plan is saved: profile {profile!r} answered yes to a red-flag question. "
            + URGENT_CARE,
            field="profile",
        )
    return save_routine(store, profile, routine)
