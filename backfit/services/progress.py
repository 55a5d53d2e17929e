"""The Progress page and `backfit progress`: the figures, and the coach's read-only links.

The figures are DuckDB SQL over the lifter's own rows (`backfit.data.analytics`); a coach's
link carries an unguessable token that opens one profile's progress and nothing else
(DESIGN §6). Heavy: pandas loads with this module, so commands import it late.
"""

from __future__ import annotations

from backfit.data.analytics import (
    DataVersion,
    Overview,
    Progress,
    Window,
    data_version,
    default_window,
    lift_name,
    lift_summary,
    open_profile,
    overview,
    progress,
    quick_window,
    weekly_volume,
)
from backfit.data.sharing import (
    ShareLink,
    create_link,
    list_links,
    profile_for_token,
    revoke,
    revoke_link,
)

__all__ = [
    "DataVersion",
    "Overview",
    "Progress",
    "ShareLink",
    "Window",
    "create_link",
    "data_version",
    "default_window",
    "lift_name",
    "lift_summary",
    "list_links",
    "open_profile",
    "overview",
    "profile_for_token",
    "progress",
    "quick_window",
    "revoke",
    "revoke_link",
    "weekly_volume",
]
