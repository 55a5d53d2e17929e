"""Profiles and what belongs to one: unit, bodyweight, the plates they own.

Locally a profile is a name picked in the sidebar (or `--profile`); hosted, it is the signed-in
user (DESIGN §7). These are the data layer's own functions: the use case *is* the read or the
write, so the service names them rather than wrapping them.
"""

from __future__ import annotations

from backfit.data.profiles import (
    Profile,
    clean_name,
    ensure_profile,
    get_profile,
    list_profiles,
    update_profile,
)
from backfit.data.settings import plate_inventory, save_plate_inventory

__all__ = [
    "Profile",
    "clean_name",
    "ensure_profile",
    "get_profile",
    "list_profiles",
    "plate_inventory",
    "save_plate_inventory",
    "update_profile",
]
