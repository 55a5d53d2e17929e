"""Your data out and back: the set log as CSV or Parquet, a whole-profile backup, a restore.

Heavy: Arrow loads with this module, so commands import it late.
"""

from __future__ import annotations

from backfit.data.exporters import (
    backup,
    export_set_log,
    read_backup,
    restore_backup,
    set_log_frame,
)

__all__ = ["backup", "export_set_log", "read_backup", "restore_backup", "set_log_frame"]
