"""What Strong's exports call things, in every app language BackFit has seen.

The header words of each language, the set markers (warm-up, drop, failure), the rows that are
not sets (rest timers, notes) and the words for pounds, with where each came from. A new
language is a few lines here; an unknown one still imports by position (`strong.by_position`).
"""

from __future__ import annotations

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
LB_WORDS = frozenset({"lb", "lbs", "pound", "pounds", "livres", "libras", "libbre", "pfund"})
# Set Order markers. Strong writes W, D and F for warm-up, drop and failure sets in every
# language we have seen (English and German exports; liftosaur's importer sorts set orders
# numerically and keeps W/D/F apart), Strong 6.x writes WARM_UP. The words below are the
# app's own names for these set types per language, accepted in case a translated export
# spells them out (unverified, like the FR/ES/IT/PT headers).
KINDS = {
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
NOT_SETS = {
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
NOTE_MARKERS = frozenset(k for k, v in NOT_SETS.items() if v == "note")
