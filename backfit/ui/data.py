"""The Data page's parts: import with a preview, export downloads, backup and restore.

An import is two steps. The uploaded file is parsed and compared with the database (nothing is
written), the lifter sees what will happen and may map unknown exercise names to the catalog,
and only "Import" writes — in one transaction, with a progress bar for large files.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

import streamlit as st

from backfit.core import catalog
from backfit.core.errors import BackfitError
from backfit.services import backups, imports
from backfit.services.database import Store
from backfit.services.profiles import Profile

KEEP = "keep"
_EXERCISE_NAMES = {e.id: e.name for e in catalog.EXERCISES}
_VARIANT_NAMES = {(e.id, v.id): v.name for e in catalog.EXERCISES for v in e.variants}


def _choice_label(choice: str) -> str:
    if choice == KEEP:
        return "Keep as a custom exercise"
    exercise, variant = choice.split("/")
    return f"{_EXERCISE_NAMES[exercise]} · {_VARIANT_NAMES[exercise, variant]}"


CHOICES = [KEEP] + [f"{e}/{v}" for e, v in imports.catalog_choices()]


@st.cache_data(show_spinner="Reading the file…", max_entries=4)
def _parse(
    data: bytes, name: str, profile: str, unit: str, mapping: tuple[tuple[str, str], ...]
) -> imports.ParsedImport:
    choices = {n: imports.choice(*c.split("/")) for n, c in mapping}
    return imports.parse_file(data, profile=profile, unit=unit, mapping=choices, name=name)


def _mapping_key(file_id: str, name: str) -> str:
    return "map_" + hashlib.sha1(f"{file_id}\x1f{name}".encode()).hexdigest()[:12]


def render_import(store: Store, profile: Profile) -> None:
    """Upload → preview (with name mapping) → confirm."""
    uploaded = st.file_uploader(
        "Export file from Strong, Hevy or BackFit",
        type=["csv", "parquet"],
        key="import_file",
        help=f"Up to {imports.MAX_BYTES // 1024 // 1024} MB. Strong: Settings → Export data. "
        "Hevy: Settings → Export & import data.",
    )
    unit = st.segmented_control(
        "Weights in files that do not name their unit",
        ["kg", "lb"],
        default=profile.unit,
        key="import_unit",
    )
    if uploaded is None:
        st.caption(
            "Nothing is written until you confirm. Importing the same file again only adds "
            "sets that are not in your log yet."
        )
        return
    data = uploaded.getvalue()
    file_id = hashlib.sha1(data).hexdigest()
    mapping = tuple(
        (name, st.session_state[key])
        for name, key in st.session_state.get("import_unmapped", {}).get(file_id, {}).items()
        if st.session_state.get(key, KEEP) != KEEP
    )
    try:
        parsed = _parse(data, uploaded.name, profile.name, unit or profile.unit, mapping)
        summary = imports.preview(store, parsed, profile.name)
    except BackfitError as exc:
        st.error(str(exc), icon=":material/error:")
        return
    _render_preview(summary)
    if parsed.unmapped or mapping:
        _render_mapping(file_id, parsed, mapping)
    if summary.sets_added == 0:
        st.info("Every set in this file is already in your log.", icon=":material/done_all:")
        return
    label = f"Import {summary.sets_added:,} sets"
    if st.button(label, icon=":material/upload:", type="primary", key="import_confirm"):
        bar = st.progress(0.0, text="Starting…")

        def show_progress(fraction: float, text: str) -> None:
            bar.progress(fraction, text=text)

        try:
            done = imports.import_file(
                store,
                data,
                profile=profile.name,
                unit=unit or profile.unit,
                mapping={n: imports.choice(*c.split("/")) for n, c in mapping},
                progress=show_progress,
                name=uploaded.name,
            )
        except BackfitError as exc:
            bar.empty()
            st.error(str(exc), icon=":material/error:")
            return
        st.success(
            f"Imported {done.sets_added:,} sets in {done.workouts_added:,} workouts "
            f"({done.duplicates:,} already there).",
            icon=":material/check_circle:",
        )


def _render_preview(summary: imports.ImportSummary) -> None:
    with st.container(border=True):
        st.markdown(f"**Preview** :blue-badge[{summary.format}]")
        # A wrapping row: four across on a desktop, two by two on a phone.
        with st.container(horizontal=True, gap="medium"):
            st.metric("Rows", f"{summary.rows:,}", width=140)
            st.metric("Sets to add", f"{summary.sets_added:,}", width=140)
            st.metric("Duplicates", f"{summary.duplicates:,}", width=140)
            st.metric("Workouts to add", f"{summary.workouts_added:,}", width=140)
        if summary.first:
            st.caption(f":material/date_range: {summary.first:%d %b %Y} – {summary.last:%d %b %Y}")
        if summary.skipped:
            st.markdown(
                "Not sets, skipped: "
                + " ".join(
                    f":gray-badge[{n} {k.replace('_', ' ')}]" for k, n in summary.skipped.items()
                )
            )


def _render_mapping(
    file_id: str, parsed: imports.ParsedImport, mapping: tuple[tuple[str, str], ...]
) -> None:
    names = sorted(set(parsed.unmapped) | {n for n, _ in mapping})
    keys = {name: _mapping_key(file_id, name) for name in names}
    st.session_state.setdefault("import_unmapped", {})[file_id] = keys
    with st.container(border=True):
        st.markdown("**Exercises not in the catalog**")
        st.caption("Map each to a catalog exercise, or keep it under its own name.")
        for name in names:
            st.selectbox(name, CHOICES, format_func=_choice_label, key=keys[name])


def render_export(store: Store, profile: Profile) -> None:
    """CSV and Parquet downloads of the profile's `set_log`."""
    st.caption("Every set as the `set_log` columns; BackFit imports these files back unchanged.")
    left, right = st.columns(2)
    left.download_button(
        "Download CSV",
        data=lambda: backups.export_set_log(store, profile.name, "csv"),
        file_name=f"backfit-{profile.name}.csv",
        mime="text/csv",
        icon=":material/table_view:",
        width="stretch",
        on_click="ignore",
        key="export_csv",
    )
    right.download_button(
        "Download Parquet",
        data=lambda: backups.export_set_log(store, profile.name, "parquet"),
        file_name=f"backfit-{profile.name}.parquet",
        mime="application/vnd.apache.parquet",
        icon=":material/dataset:",
        width="stretch",
        on_click="ignore",
        key="export_parquet",
    )


def render_backup(store: Store, profile: Profile) -> None:
    """A full backup of the profile (every table but coach links) and restoring one.

    A restore only ever replaces the current profile (the signed-in user when hosted):
    `backfit.services.backups.restore_for` refuses a backup of anyone else.
    """
    st.download_button(
        "Download full backup (.zip)",
        data=lambda: backups.backup_for(store, profile.name, now=datetime.now()),
        file_name=f"backfit-{profile.name}-backup.zip",
        mime="application/zip",
        icon=":material/backup:",
        on_click="ignore",
        key="backup_download",
    )
    st.caption("Coach links are not part of a backup: make new ones after restoring.")
    uploaded = st.file_uploader("Restore a backup", type=["zip"], key="restore_file")
    if uploaded is None:
        return
    try:
        info = backups.inspect(uploaded.getvalue())
    except BackfitError as exc:
        st.error(str(exc), icon=":material/error:")
        return
    if not backups.can_restore(info, profile.name):
        st.error(
            f"This backup is of profile “{info.profile}”, not yours (“{profile.name}”); "
            "it cannot be restored here.",
            icon=":material/block:",
        )
        return
    st.warning(
        f"Restoring replaces every row of profile “{profile.name}” with the backup of "
        f"{info.created_at or '?'} ({info.sets:,} sets).",
        icon=":material/warning:",
    )
    if st.button("Restore", icon=":material/restore:", key="restore_confirm"):
        try:
            backups.restore_for(store, profile.name, uploaded.getvalue())
        except BackfitError as exc:
            st.error(str(exc), icon=":material/error:")
        else:
            st.success("Backup restored.", icon=":material/check_circle:")
