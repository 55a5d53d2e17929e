"""BackFit: goal-driven back training, a set log you own, progressive overload, progress charts.

    from backfit import Goals, generate_routine, open_database, log_set, SetEntry

    routine = generate_routine(Goals(posture=70, pain=40, strength=30).validated())
    store = open_database("backfit.duckdb")

The public surface is `__all__`; the packages below are the layers (DESIGN §2). Names load on
first use, so `import backfit` (and `backfit --help`) stays light: DuckDB and pandas arrive
only with the first name that needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from backfit.core.errors import BackfitError, DatabaseLocked, ValidationError
    from backfit.core.goals import Goals
    from backfit.core.routine import generate_routine
    from backfit.core.routine.markdown import routine_markdown
    from backfit.core.routine.model import Routine
    from backfit.core.training import Prescription, Target, next_target
    from backfit.core.training.e1rm import epley
    from backfit.services.backups import backup, export_set_log, restore_backup
    from backfit.services.database import Store, open_database
    from backfit.services.imports import import_file
    from backfit.services.logging import SetEntry, log_set
    from backfit.services.targets import next_for

__all__ = [
    "BackfitError",
    "DatabaseLocked",
    "Goals",
    "Prescription",
    "Routine",
    "SetEntry",
    "Store",
    "Target",
    "ValidationError",
    "backup",
    "epley",
    "export_set_log",
    "generate_routine",
    "import_file",
    "log_set",
    "next_for",
    "next_target",
    "open_database",
    "restore_backup",
    "routine_markdown",
]

#: Where each public name lives.
_HOMES = {
    "BackfitError": "backfit.core.errors",
    "DatabaseLocked": "backfit.core.errors",
    "Goals": "backfit.core.goals",
    "Prescription": "backfit.core.training",
    "Routine": "backfit.core.routine.model",
    "SetEntry": "backfit.services.logging",
    "Store": "backfit.services.database",
    "Target": "backfit.core.training",
    "ValidationError": "backfit.core.errors",
    "backup": "backfit.services.backups",
    "epley": "backfit.core.training.e1rm",
    "export_set_log": "backfit.services.backups",
    "generate_routine": "backfit.core.routine",
    "import_file": "backfit.services.imports",
    "log_set": "backfit.services.logging",
    "next_for": "backfit.services.targets",
    "next_target": "backfit.core.training",
    "open_database": "backfit.services.database",
    "restore_backup": "backfit.services.backups",
    "routine_markdown": "backfit.core.routine.markdown",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        value = getattr(importlib.import_module(_HOMES[name]), name)
        globals()[name] = value  # later lookups skip this function
        return value
    raise AttributeError(f"module 'backfit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return list(__all__)
