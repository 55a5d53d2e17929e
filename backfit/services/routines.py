"""The routine a lifter trains: "Train this" stores a version; the Log page follows it."""

from __future__ import annotations

from backfit.data.routines import StoredRoutine, active_routine, save_routine

__all__ = ["StoredRoutine", "active_routine", "save_routine"]
