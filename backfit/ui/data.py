"""The Data page's parts: import with a preview, export downloads, backup and restore.

An import is two steps (`backfit.services.imports`: preview → confirm). The uploaded file is
parsed and compared with the database (nothing is written); a Strong file without a unit asks
kg or lb, showing its heaviest sets both ways; rows set aside (invalid or implausible) sit in an
editable table to fix, keep or drop; unknown exercise names may be mapped to the catalog; and
only "Import" writes — in one transaction, with a progress bar for large files.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

import pandas as pd
import streamlit as st

from backfit.core import catalog
from backfit.core.errors import BackfitError
from backfit.services import backups, imports
from backfit.services.database import Store
from backfit.services.patterns import OTHER, PATTERN_NAMES, PATTERNS, set_exercise_pattern
from backfit.services.profiles import Profile

KEEP = "keep"
_EXERCISE_NAMES = {e.id: e.name for e in catalog.EXERCISES}
_VARIANT_NAMES = {(e.id, v.id): v.name for e in catalog.EXERCISES for v in e.variants}


KEEP_AS = "keep:"  # keep the name, and say which movement pattern it is (back focus)


def _choice_label(choice: str) -> str:
    if choice == KEEP:
        return "Keep as a custom exercise (not back work)"
    if choice.startswith(KEEP_AS):
        return f"Keep as custom · {PATTERN_NAMES[choice.removeprefix(KEEP_AS)]}"
    exercise, variant = choice.split("/")
    return f"{_EXERCISE_NAMES[exercise]} · {_VARIANT_NAMES[exercise, variant]}"


CHOICES = (
    [KEEP]
    + [f"{KEEP_AS}{p}" for p in PATTERNS if p != OTHER]
    + [f"{e}/{v}" for e, v in imports.catalog_choices()]
)


@dataclass
class _Decisions:
    """What the lifter decided about one uploaded file, kept across reruns."""

    unit: str | None = None
    format: str = "auto"  # "strong" once the lifter says an unknown header is Strong's
    edits: dict[int, dict[str, str]] = field(default_factory=dict)
    drop: set[int] = field(default_factory=set)
    keep: set[int] = field(default_factory=set)


@st.cache_data(show_spinner="Reading the file…", max_entries=4)
def _parse(
    data: bytes,
    name: str,
    profile: str,
    format: str,
    unit: str | None,
    mapping: tuple[tuple[str, str], ...],
    edits: tuple[tuple[int, tuple[tuple[str, str], ...]], ...],
    drop: frozenset[int],
    keep: frozenset[int],
) -> imports.ParsedImport:
    return imports.parse(_request(data, name, profile, format, unit, mapping, edits, drop, keep))


def _request(
    data: bytes,
    name: str,
    profile: str,
    format: str,
    unit: str | None,
    mapping: tuple[tuple[str, str], ...],
    edits: tuple[tuple[int, tuple[tuple[str, str], ...]], ...],
    drop: frozenset[int],
    keep: frozenset[int],
) -> imports.ImportRequest:
    return imports.ImportRequest(
        data,
        name=name,
        profile=profile,
        format=format,
        unit=unit,
        mapping={n: imports.choice(*c.split("/")) for n, c in mapping},
        keep=keep,
        edits={line: dict(fields) for line, fields in edits},
        drop=drop,
    )


def _mapping_key(file_id: str, name: str) -> str:
    return "map_" + hashlib.sha1(f"{file_id}\x1f{name}".encode()).hexdigest()[:12]


def render_import(store: Store, profile: Profile) -> None:
    """Upload → unit (when the file has none) → preview, fix set-aside rows, map → confirm."""
    uploaded = st.file_uploader(
        "Export file from Strong, Hevy or BackFit",
        type=["csv", "parquet"],
        key="import_file",
        help=f"Up to {imports.MAX_BYTES // 1024 // 1024} MB. Strong: Settings → Export data. "
        "Hevy: Settings → Export & import data.",
    )
    if uploaded is None:
        st.caption(
            "Nothing is written until you confirm. Rows that look wrong are set aside for you "
            "to fix, keep or drop; importing the same file again only adds sets that are not "
            "in your log yet."
        )
        return
    data = uploaded.getvalue()
    file_id = hashlib.sha1(data).hexdigest()
    decisions = st.session_state.setdefault("import_decisions", {}).setdefault(
        file_id, _Decisions(unit=imports.unit_for(store, profile.name, None))
    )
    chosen = {
        name: st.session_state.get(key, KEEP)
        for name, key in st.session_state.get("import_unmapped", {}).get(file_id, {}).items()
    }
    mapping = tuple(
        (name, choice)
        for name, choice in chosen.items()
        if choice != KEEP and not choice.startswith(KEEP_AS)
    )
    kept_as = {n: c.removeprefix(KEEP_AS) for n, c in chosen.items() if c.startswith(KEEP_AS)}
    edits = tuple(
        (line, tuple(sorted(fields.items()))) for line, fields in sorted(decisions.edits.items())
    )
    args = (
        data, uploaded.name, profile.name, decisions.format, decisions.unit, mapping, edits,
        frozenset(decisions.drop), frozenset(decisions.keep),
    )  # fmt: skip
    try:
        parsed = _parse(*args)
    except imports.UnitNeeded:
        if not _ask_unit(file_id, decisions, _request(*args)):
            return
        st.rerun()
    except imports.UnknownFormat as exc:
        st.error(str(exc).partition(" (")[0] + ".", icon=":material/error:")
        if st.button(
            "It is a Strong export in another language",
            icon=":material/translate:",
            key="import_as_strong",
            help="Reads the columns in the order of Strong's export (date, workout, duration, "
            "exercise, set order, weight, reps, distance, seconds, notes, workout notes, RPE). "
            "You see a preview before anything is written.",
        ):
            decisions.format = "strong"
            st.rerun()
        return
    except BackfitError as exc:
        st.error(str(exc), icon=":material/error:")
        return
    try:
        summary = imports.preview(store, _request(*args), parsed=parsed)
    except BackfitError as exc:
        st.error(str(exc), icon=":material/error:")
        return
    _render_preview(summary)
    if parsed.quarantined:
        _render_quarantine(file_id, parsed.quarantined, decisions)
    if parsed.unmapped or mapping:
        _render_mapping(file_id, parsed, tuple(chosen.items()))
    if summary.sets_added == 0:
        st.info("Every set in this file is already in your log.", icon=":material/done_all:")
        return
    label = f"Import {summary.sets_added:,} sets"
    if st.button(label, icon=":material/upload:", type="primary", key="import_confirm"):
        bar = st.progress(0.0, text="Starting…")

        def report(fraction: float, text: str) -> None:
            bar.progress(fraction, text=text)

        try:
            done = imports.confirm(store, _request(*args), progress=report)
        except BackfitError as exc:
            bar.empty()
            st.error(str(exc), icon=":material/error:")
            return
        for name, pattern in kept_as.items():
            set_exercise_pattern(store, profile.name, name, pattern)
        aside = f", {len(done.quarantined):,} rows set aside" if done.quarantined else ""
        st.success(
            f"Imported {done.sets_added:,} sets in {done.workouts_added:,} workouts "
            f"({done.duplicates:,} already there{aside}).",
            icon=":material/check_circle:",
        )


def _ask_unit(file_id: str, decisions: _Decisions, request: imports.ImportRequest) -> bool:
    """The one question a Strong file without a unit column needs; True once answered."""
    with st.container(border=True):
        st.markdown("**Which unit are this file's weights in?**")
        st.caption(
            "This Strong export has no unit column. Its heaviest sets, read both ways — pick "
            "the one that matches what you lifted:"
        )
        try:
            st.dataframe(imports.heaviest_sets(request), hide_index=True, width="stretch")
        except BackfitError as exc:
            st.error(str(exc), icon=":material/error:")
            return False
        choice = st.segmented_control(
            "Weights in this file", ["kg", "lb"], default=None, key=f"unit_{file_id[:12]}"
        )
    if choice is None:
        return False
    decisions.unit = choice
    return True


def _render_quarantine(
    file_id: str, quarantined: tuple[imports.Quarantined, ...], decisions: _Decisions
) -> None:
    """The set-aside rows in an editable table: fix a field, keep (implausible) or drop."""
    fields = list(dict.fromkeys(h for q in quarantined for h in q.row))
    table = pd.DataFrame(
        {
            "Line": [q.line for q in quarantined],
            "Problem": [q.reason for q in quarantined],
            "Drop": [q.line in decisions.drop for q in quarantined],
            "Keep as it is": [q.line in decisions.keep for q in quarantined],
            **{f: [q.row.get(f, "") for q in quarantined] for f in fields},
        }
    )
    with st.container(border=True):
        rows = "row" if len(quarantined) == 1 else "rows"
        st.markdown(f"**{len(quarantined):,} {rows} set aside** :orange-badge[not imported]")
        st.caption(
            "Fix a value in its cell, tick *Drop* to leave a row out, or *Keep as it is* for a "
            "row that is only unusual (a genuine 150-rep set). Then apply: the preview updates."
        )
        with st.form(key=f"quarantine_{file_id[:12]}", border=False):
            edited = st.data_editor(
                table,
                hide_index=True,
                width="stretch",
                disabled=["Line", "Problem"],
                column_config={
                    "Line": st.column_config.NumberColumn(format="%d", width="small"),
                    "Problem": st.column_config.TextColumn(width="large"),
                    "Keep as it is": st.column_config.CheckboxColumn(
                        help="Only for implausible rows: an unreadable row cannot be kept."
                    ),
                },
                key=f"quarantine_table_{file_id[:12]}",
            )
            applied = st.form_submit_button("Apply fixes", icon=":material/build:")
    if not applied:
        return
    kinds = {q.line: q.kind for q in quarantined}
    for position, q in enumerate(quarantined):
        row = edited.iloc[position]
        changed = {f: str(row[f]) for f in fields if str(row[f]) != q.row.get(f, "")}
        if changed:
            decisions.edits.setdefault(q.line, {}).update(changed)
        (decisions.drop.add if bool(row["Drop"]) else decisions.drop.discard)(q.line)
        wants_keep = bool(row["Keep as it is"]) and kinds[q.line] == "implausible"
        (decisions.keep.add if wants_keep else decisions.keep.discard)(q.line)
    st.rerun()


def _render_preview(summary: imports.ImportSummary) -> None:
    with st.container(border=True):
        unit = f" :gray-badge[weights in {summary.unit}]" if summary.unit else ""
        st.markdown(f"**Preview** :blue-badge[{summary.format}]{unit}")
        # A wrapping row: four across on a desktop, two by two on a phone.
        with st.container(horizontal=True, gap="medium"):
            st.metric("Rows", f"{summary.rows:,}", width=140)
            st.metric("Sets to add", f"{summary.sets_added:,}", width=140)
            st.metric("Duplicates", f"{summary.duplicates:,}", width=140)
            st.metric("Workouts to add", f"{summary.workouts_added:,}", width=140)
            if summary.quarantined:
                st.metric("Set aside", f"{len(summary.quarantined):,}", width=140)
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
    names = sorted(set(parsed.unmapped) | {n for n, c in mapping if c != KEEP})
    keys = {name: _mapping_key(file_id, name) for name in names}
    st.session_state.setdefault("import_unmapped", {})[file_id] = keys
    with st.container(border=True):
        st.markdown("**Exercises not in the catalog**")
        st.caption(
            "Map each to a catalog exercise, or keep it under its own name. A kept name counts "
            "as back work only with a movement pattern (you can change it later on the "
            "Exercises page)."
        )
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
