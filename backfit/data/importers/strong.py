"""Strong's CSV exports, in every layout we know (see ../shared/samples/README.md).

Layouts differ in delimiter (comma or semicolon), quoting, column order, which columns exist
(`Workout #`, `RPE`, `Notes`, `Weight Unit`, `Workout Duration`…), units in headers
(`Weight (kg)`, `Duration (sec)`) and language (German headers with decimal commas). So columns
are found by name, never by position, and only `Date`, `Exercise Name` and `Set Order` are
required. Rows whose Set Order is `Rest Timer` or `Note` are not sets: they are counted in
`skipped`, and a Note's text is kept on the first set of that exercise in the session.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace

import numpy as np
import pandas as pd

from backfit.core.errors import ValidationError
from backfit.core.units import KG_PER_LB
from backfit.data.importers._model import ParsedImport, UnitNeeded
from backfit.data.importers._sessions import Keep, build
from backfit.data.importers._text import Table
from backfit.data.importers._values import (
    RowErrors,
    blank_to_none,
    dates,
    durations,
    numbers,
    parse_distinct,
)
from backfit.data.importers.names import Mapped

# Header (lowercase, accents and unit in brackets removed) → our name for the column.
#
# Where these come from (notes in the style of ../shared/samples/README.md):
# - English: Strong's classic export (`Date,Workout Name,Duration,Exercise Name,Set Order,
#   Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE`, as parsed by liftosaur's
#   `src/utils/importFromStrong.ts`, astashov/liftosaur PR #384 "Strong import", tested on a
#   real ~200-workout export) and the Android/6.x layout with `Weight Unit`, `Distance Unit`,
#   `Workout Duration` (mtanzim/vis-strong-go README; a-mufasa/hevy-tools
#   `strong-csv-migrator/README.md`).
# - German: the header set of a real German export recorded in the project's samples README
#   (`Datum`, `Workout-Name`, `Name der Übung`, `Reihenfolge festlegen`, `Gewicht`, `Wiederh.`,
#   `RPE`, `Entfernung`, `Sekunden`, `Notizen`, `Workout-Notizen`, `Dauer`/`Workout-Dauer`).
#   "Reihenfolge festlegen" is a literal translation of the verb "set order": Strong's
#   translations are word for word.
# - French: a real French export (1,008 lines, 28 workouts) kept as a test fixture in the
#   public repository Martsk23/fitness-recomp, `tests/fixtures/strong-export-reel.csv`:
#   `Date,Nom de l'entraînement,Durée,Nom de l'exercice,Ordre de la série,Poids,Réps,
#   Distance,Secondes,Notes,Notes d'entraînement,RPE`, comma-separated, no unit column,
#   durations like `1h 39min`, and rest-timer rows whose Set Order is `Minuteur de repos`.
# - Spanish, Italian, Portuguese: searching public code, issues and pages (exact strings such
#   as "Nombre del ejercicio", "Orden de la serie", "Nome dell'esercizio", "Nome do
#   exercício", and semantic queries for translated Strong exports) found no public copy of a
#   translated Strong export. The names below are therefore the app's own words for these
#   columns in each language, with the word-for-word variants Strong's German shows ("Set
#   Order" as the verb "establecer orden"). UNVERIFIED against a real file: when a real
#   export turns up, add its exact header here (tests/fixtures/generated_exports.py generates
#   every language from LANGUAGES so a new alias is one line there too).
COLUMNS: dict[str, str] = {
    # English
    "date": "date",
    "workout #": "workout_number",
    "workout name": "title",
    "duration": "duration",
    "workout duration": "duration",
    "exercise name": "exercise",
    "set order": "set_order",
    "weight": "weight",
    "weight unit": "weight_unit",
    "reps": "reps",
    "rpe": "rpe",
    "distance": "distance",
    "distance unit": "distance_unit",
    "seconds": "seconds",
    "notes": "notes",
    "workout notes": "workout_notes",
    # German (real export, see above)
    "datum": "date",
    "workout-name": "title",
    "dauer": "duration",
    "workout-dauer": "duration",
    "name der ubung": "exercise",
    "reihenfolge festlegen": "set_order",
    "gewicht": "weight",
    "gewichtseinheit": "weight_unit",
    "wiederh.": "reps",
    "wiederholungen": "reps",
    "entfernung": "distance",
    "entfernungseinheit": "distance_unit",
    "sekunden": "seconds",
    "notizen": "notes",
    "workout-notizen": "workout_notes",
    # French (the real export above; the other spellings are kept for older app versions)
    "nom de l'entrainement": "title",
    "nom de la seance": "title",
    "duree": "duration",
    "duree de l'entrainement": "duration",
    "nom de l'exercice": "exercise",
    "ordre des series": "set_order",
    "ordre de la serie": "set_order",
    "definir l'ordre": "set_order",
    "poids": "weight",
    "unite de poids": "weight_unit",
    "repetitions": "reps",
    "rep.": "reps",
    "unite de distance": "distance_unit",
    "secondes": "seconds",
    "notes d'entrainement": "workout_notes",  # the real export
    "notes de l'entrainement": "workout_notes",
    # Spanish (unverified)
    "fecha": "date",
    "nombre del entrenamiento": "title",
    "duracion": "duration",
    "duracion del entrenamiento": "duration",
    "nombre del ejercicio": "exercise",
    "orden de la serie": "set_order",
    "orden de series": "set_order",
    "establecer orden": "set_order",
    "peso": "weight",  # also Italian and Portuguese
    "unidad de peso": "weight_unit",
    "repeticiones": "reps",
    "distancia": "distance",
    "unidad de distancia": "distance_unit",
    "segundos": "seconds",  # also Portuguese
    "notas": "notes",  # also Portuguese
    "notas del entrenamiento": "workout_notes",
    # Italian (unverified)
    "data": "date",  # also Portuguese
    "nome allenamento": "title",
    "nome dell'allenamento": "title",
    "durata": "duration",
    "durata allenamento": "duration",
    "durata dell'allenamento": "duration",
    "nome esercizio": "exercise",
    "nome dell'esercizio": "exercise",
    "ordine serie": "set_order",
    "ordine delle serie": "set_order",
    "imposta ordine": "set_order",
    "unita di peso": "weight_unit",
    "ripetizioni": "reps",
    "rip.": "reps",
    "distanza": "distance",
    "unita di distanza": "distance_unit",
    "secondi": "seconds",
    "note": "notes",
    "note allenamento": "workout_notes",
    "note dell'allenamento": "workout_notes",
    # Portuguese (unverified)
    "nome do treino": "title",
    "duracao": "duration",
    "duracao do treino": "duration",
    "nome do exercicio": "exercise",
    "ordem da serie": "set_order",
    "ordem das series": "set_order",
    "definir ordem": "set_order",
    "unidade de peso": "weight_unit",
    "repeticoes": "reps",
    "unidade de distancia": "distance_unit",
    "notas do treino": "workout_notes",
}
REQUIRED = ("date", "exercise", "set_order")
# The classic layout's columns in order. The English, German and French real exports all keep
# it, so a translation BackFit does not know yet is read by position when the lifter says it
# is a Strong export (`--format strong`).
CLASSIC = (
    "Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps",
    "Distance", "Seconds", "Notes", "Workout Notes", "RPE",
)  # fmt: skip
_UNIT = re.compile(r"^(?P<name>.*?)\s*\((?P<unit>[^()]*)\)\s*$")
_LB_WORDS = frozenset({"lb", "lbs", "pound", "pounds", "livres", "libras", "libbre", "pfund"})
_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
)
# Set Order markers. Strong writes W, D and F for warm-up, drop and failure sets in every
# language we have seen (English and German exports; liftosaur's importer sorts set orders
# numerically and keeps W/D/F apart), Strong 6.x writes WARM_UP. The words below are the
# app's own names for these set types per language, accepted in case a translated export
# spells them out (unverified, like the FR/ES/IT/PT headers).
_KINDS = {
    "w": "warmup",
    "warm_up": "warmup",
    "warmup": "warmup",
    "warm-up": "warmup",
    "d": "drop",
    "drop_set": "drop",
    "dropset": "drop",
    "drop": "drop",
    "f": "failure",
    "failure": "failure",
    "aufwarmen": "warmup",
    "aufwarmsatz": "warmup",
    "echauffement": "warmup",
    "calentamiento": "warmup",
    "riscaldamento": "warmup",
    "aquecimento": "warmup",
    "versagen": "failure",
    "echec": "failure",
    "fallo": "failure",
    "cedimento": "failure",
    "falha": "failure",
}
# Rows that are not sets. "Rest Timer" and "Note" are real (Strong 6.x, ../shared samples;
# liftosaur filters "Rest Timer" rows), and so is French "Minuteur de repos" (the real French
# export above); the other translations are unverified.
_NOT_SETS = {
    "rest timer": "rest_timer",
    "rest_timer": "rest_timer",
    "pausentimer": "rest_timer",
    "minuteur de repos": "rest_timer",
    "temporizador de descanso": "rest_timer",
    "timer di recupero": "rest_timer",
    "cronometro de descanso": "rest_timer",
    "note": "note",
    "notiz": "note",
    "nota": "note",
    "remarque": "note",
}
_NOTE_MARKERS = frozenset(k for k, v in _NOT_SETS.items() if v == "note")


def _plain(text: str) -> str:
    """Lowercase, accents dropped, typographic apostrophes as ', single spaces."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("`", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def split_header(header: str) -> tuple[str, str | None]:
    """`Weight (kg)` → (`weight`, `kg`); `Exercise Name` → (`exercise name`, None)."""
    match = _UNIT.match(header)
    if match:
        return _plain(match["name"]), _plain(match["unit"])
    return _plain(header), None


def by_position(table: Table, name: str) -> Table:
    """`table` with the classic English header, for a Strong export in an unknown language."""
    if len(table.header) != len(CLASSIC):
        raise ValidationError(
            f"{name} has {len(table.header)} columns and a header BackFit does not know; a "
            f"Strong export has {len(CLASSIC)}. Export it from Strong in English and import "
            "that.",
            field="file",
        )
    return replace(table, header=CLASSIC)


def matches(header: tuple[str, ...]) -> bool:
    found = {COLUMNS.get(split_header(h)[0]) for h in header}
    return all(r in found for r in REQUIRED)


def parse(
    table: Table,
    *,
    profile: str,
    unit: str | None = None,
    mapping: Mapping[str, Mapped] | None = None,
    name: str = "the file",
    keep: Keep = False,
) -> ParsedImport:
    """Strong rows → BackFit frames. `unit` is the weight unit when the file does not say.

    A layout without a unit column or unit in the weight header needs `unit` (`UnitNeeded`
    otherwise): nothing is read as kg by default.
    """
    columns: dict[str, pd.Series] = {}
    header_units: dict[str, str | None] = {}
    for position, header in enumerate(table.header):
        base, header_unit = split_header(header)
        ours = COLUMNS.get(base)
        if ours and ours not in columns:
            columns[ours] = table.frame[position]
            header_units[ours] = header_unit
    if not all(r in columns for r in REQUIRED):
        raise ValidationError(f"{name} lacks Strong's Date, Exercise Name or Set Order column.")
    count = len(table.frame)
    empty = pd.Series([""] * count, dtype="str")

    def text(column: str) -> pd.Series:
        return columns.get(column, empty)

    file_unit = _file_unit(header_units.get("weight"), columns.get("weight_unit"))
    if file_unit is None and unit is None and "weight" in columns:
        raise UnitNeeded(name)
    errors = RowErrors(lambda: table.lines)
    order = text("set_order").str.strip()
    lowered = parse_distinct(order, _plain).astype("str")  # a handful of distinct markers
    not_set = lowered.map(_NOT_SETS)
    is_set = not_set.isna()
    kind = lowered.map(_KINDS).where(~order.str.fullmatch(r"\d+"), "working")
    errors.add(
        is_set & kind.isna(), lambda i: f"Set Order {order.iloc[i]!r} is not a set number or W/D/F"
    )

    started = dates(text("date"), _DATE_FORMATS, errors, "date")
    seconds_of_session = durations(text("duration"))
    if header_units.get("duration") in ("min", "minutes"):
        seconds_of_session = seconds_of_session * 60
    weight = numbers(text("weight"), errors, "weight")
    weight = weight * _weight_factor(header_units.get("weight"), text("weight_unit"), unit or "kg")
    reps = numbers(text("reps"), errors, "reps")
    seconds = numbers(text("seconds"), errors, "seconds")
    rpe = numbers(text("rpe"), errors, "RPE")
    distance = numbers(text("distance"), errors, "distance")

    note = blank_to_none(text("notes"))
    # Distance has no column in the set log; keep it, with its unit, in the note.
    has_distance = distance.fillna(0) > 0
    if has_distance.any():
        unit_column = text("distance_unit").str.strip()
        distance_unit = unit_column.where(unit_column != "", header_units.get("distance") or "")
        # Strong's classic layout names no distance unit at all: say so rather than guess.
        distance_unit = distance_unit.where(distance_unit != "", "(unit not in the file)")
        label = "distance " + text("distance").str.strip() + " " + distance_unit
        note = note.where(~has_distance, note.fillna("").str.cat(label, sep="\n").str.strip())

    rows = pd.DataFrame(
        {
            "started_at": started,
            "finished_at": started + pd.to_timedelta(seconds_of_session, unit="s"),
            "title": blank_to_none(text("title")),
            "workout_note": blank_to_none(text("workout_notes")),
            "name": text("exercise"),
            "kind": kind,
            "reps": reps,
            "weight_kg": weight,
            "seconds": seconds,
            "rpe": rpe,
            "note": note,
        }
    )
    rows = _attach_exercise_notes(rows, lowered.isin(_NOTE_MARKERS), is_set)
    skipped = {str(k): int(v) for k, v in not_set.value_counts().sort_index().items()}
    return build(
        rows[is_set.to_numpy()].reset_index(drop=True),
        format="strong",
        source="strong",
        profile=profile,
        total_rows=count,
        skipped=skipped,
        errors=_only_sets(errors, table, is_set),
        name=name,
        mapping=mapping,
        keep=keep,
        unit=file_unit or unit,
        pounds_hint=file_unit is None and unit == "kg",
    )


def _file_unit(header_unit: str | None, unit_column: pd.Series | None) -> str | None:
    """`kg`, `lb` or `mixed` when the file names its weight unit; None when it does not."""
    named: set[str] = set()
    if header_unit:
        named.add("lb" if header_unit in _LB_WORDS else "kg")
    if unit_column is not None:
        for value in pd.unique(unit_column.str.strip().str.lower()):
            if value:
                named.add("lb" if value in _LB_WORDS else "kg")
    if not named:
        return None
    return named.pop() if len(named) == 1 else "mixed"


def _weight_factor(header_unit: str | None, unit_column: pd.Series, default: str) -> pd.Series:
    """kg per file unit, per row: the `Weight Unit` column, else the header, else `default`."""
    fallback = header_unit or default
    units = unit_column.str.strip().str.lower().where(unit_column.str.strip() != "", fallback)
    return pd.Series(np.where(units.isin(_LB_WORDS), KG_PER_LB, 1.0), index=unit_column.index)


def _attach_exercise_notes(
    rows: pd.DataFrame, is_note: pd.Series, is_set: pd.Series
) -> pd.DataFrame:
    """A `Note` row's text goes onto the first set of its exercise in that session."""
    if not is_note.any():
        return rows
    rows = rows.copy()
    key = rows["started_at"].astype(str) + "\x1f" + rows["name"]
    first_set = key.where(is_set).drop_duplicates().dropna()
    first_index = pd.Series(first_set.index, index=first_set.to_numpy())
    for position in np.flatnonzero(is_note.to_numpy()):
        text = rows.at[position, "note"]  # a note is text or missing (NaN/None)
        target = first_index.get(key.iloc[position])
        if not isinstance(text, str) or target is None:
            continue
        existing = rows.at[target, "note"]
        rows.at[target, "note"] = f"{text}\n{existing}" if isinstance(existing, str) else text
    return rows


def _only_sets(errors: RowErrors, table: Table, is_set: pd.Series) -> RowErrors:
    """Errors found so far stand; later checks run on set rows, numbered by their own lines."""
    narrowed = RowErrors(lambda: table.lines[is_set.to_numpy()].reset_index(drop=True))
    narrowed.found = errors.found
    return narrowed
