"""The corpus of bad inputs: one row each, across forms, CSV files and CLI arguments.

Every row must be refused with one clear sentence and leave the database's contents unchanged
(`test_bad_inputs.py` runs them). Append rows as new forms, files and commands land; a row whose
`needs` names a missing module or CLI command is skipped, not passed.

Forms (`form` column):
- `entry`: `backfit.sets.log_set(store, "me", SetEntry(**value))`, `value["at_days"]` days ahead
- `profile`: `value = (function name, args)` on `backfit.profiles` / `backfit.sets`
- `log_page`: the Log page form in AppTest, `value = {"reps": .., "weight": ..}`
- `csv`: a file with `value` as its text, imported through `backfit.importers`
- `cli`: `backfit --db DB *value`; `{db}` is the database, `{dir}` a directory, `{text}` a
  text file, `{missing}` a path that does not exist, `{csv}` an existing CSV file that must
  survive, `{nofolder}` a file in a folder that does not exist, `{out}` a new file, `{csvdir}`
  a directory named like a CSV; `"locked"` in `needs` holds the database open in the test
  process while the CLI runs, `"damaged"` flips bytes in one of its blocks first (then only the
  file's bytes are compared)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class BadInput:
    form: str
    case: str
    value: Any
    expect: str  # a word or phrase the message must contain (case-insensitive)
    needs: str = ""  # "module:backfit.data.importers", "command:log", or "locked"


def _e(case: str, expect: str, **value: Any) -> BadInput:
    return BadInput("entry", case, value, expect)


STRONG_HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE\n"
)
STRONG_ROW = '2024-03-04 18:02:11,"Back A",1h 4m,"Deadlift (Barbell)",1,{w},{r},0,0,"","",8\n'
IMPORTERS = "module:backfit.data.importers"
BACKFIT_HEADER = (
    "profile,workout_id,performed_at,exercise,variant,set_index,kind,reps,weight_kg,"
    "assistance_kg,bodyweight_kg,rir,duration_s,note,source\n"
)
BACKFIT_ROW = "me,w1,{at},row,dumbbell,1,working,8,20.0,,,2.0,,{note},manual\n"


def _strong(date: str = "2024-03-04 18:02:11", note: str = "") -> str:
    row = STRONG_ROW.format(w=100, r=5).replace("2024-03-04 18:02:11", date)
    return STRONG_HEADER + row.replace(',"","",8', f',"{note}","",8')


def _cli(case: str, argv: list[str], expect: str, needs: str = "") -> BadInput:
    return BadInput("cli", case, argv, expect, needs)


CORPUS: tuple[BadInput, ...] = (
    # --- the set entry (validate_entry through log_set) ---
    _e("unknown exercise", "unknown exercise", exercise="squat", reps=5),
    _e("empty exercise", "unknown exercise", exercise="", reps=5),
    _e("blank exercise", "unknown exercise", exercise="   ", reps=5),
    _e("sql in exercise", "unknown exercise", exercise="row'; DROP TABLE sets; --", reps=5),
    _e("custom not created", "custom exercise", exercise="Face Pull", reps=12),
    _e(
        "variant of another exercise", "variant", exercise="row", variant="machine_assisted", reps=8
    ),
    _e("pull-up barbell", "variant", exercise="pull_up", variant="barbell", reps=5),
    _e("unknown kind", "kind", exercise="row", kind="cooldown", reps=8),
    _e("negative reps", "reps", exercise="row", reps=-1),
    _e("too many reps", "reps", exercise="row", reps=101),
    _e("fractional reps", "reps", exercise="row", reps=2.5),
    _e("boolean reps", "reps", exercise="row", reps=True),
    _e("negative weight", "weight", exercise="row", reps=8, weight_kg=-0.5),
    _e("weight over 500", "weight", exercise="deadlift", reps=1, weight_kg=500.01),
    _e("weight nan", "weight", exercise="row", reps=8, weight_kg=float("nan")),
    _e("weight inf", "weight", exercise="row", reps=8, weight_kg=float("inf")),
    _e("weight -inf", "weight", exercise="row", reps=8, weight_kg=float("-inf")),
    _e("negative assistance", "assistance", exercise="pull_up", reps=5, assistance_kg=-1.0),
    _e("assistance over 200", "assistance", exercise="pull_up", reps=5, assistance_kg=250.0),
    _e("negative rir", "rir", exercise="row", reps=8, rir=-1.0),
    _e("rir over 10", "rir", exercise="row", reps=8, rir=11.0),
    _e("rir nan", "rir", exercise="row", reps=8, rir=float("nan")),
    _e("negative seconds", "seconds", exercise="back_extension", duration_s=-5.0),
    _e("seconds over an hour", "seconds", exercise="back_extension", duration_s=3601.0),
    _e("bodyweight too low", "bodyweight", exercise="pull_up", reps=5, bodyweight_kg=10.0),
    _e("bodyweight too high", "bodyweight", exercise="pull_up", reps=5, bodyweight_kg=1000.0),
    _e("neither reps nor seconds", "reps", exercise="row"),
    _e("set in three days", "tomorrow", exercise="row", reps=8, at_days=3),
    _e("note too long", "note", exercise="row", reps=8, note="x" * 2001),
    # #14 finding 8: the shared validator (core/validation.py)
    _e("set in 1900", "1970", exercise="row", reps=8, at_days=-(125 * 365)),
    _e("set in 2999", "tomorrow", exercise="row", reps=8, at_days=974 * 365),
    _e("note of 2 MB", "note", exercise="row", reps=8, note="x" * 2_000_000),
    _e("ESC in a note", "control", exercise="row", reps=8, note="\x1b[2J\x1b[31mowned"),
    _e("BEL in a note", "control", exercise="row", reps=8, note="ding\x07"),
    # --- profiles and custom exercises ---
    BadInput("profile", "empty profile name", ("log_set", [""]), "name"),
    BadInput("profile", "blank profile name", ("log_set", ["   "]), "name"),
    BadInput(
        "profile",
        "bad set for a new profile",
        ("log_set", ["newbie", {"exercise": "row", "reps": 500}]),
        "reps",
    ),
    BadInput("profile", "long profile name", ("log_set", ["p" * 65]), "64"),
    BadInput("profile", "control char in name", ("log_set", ["bell\x07"]), "control"),
    BadInput("profile", "unit stone", ("update_profile", ["me", {"unit": "stone"}]), "unit"),
    BadInput(
        "profile", "bodyweight 5", ("update_profile", ["me", {"bodyweight_kg": 5.0}]), "bodyweight"
    ),
    BadInput(
        "profile",
        "bodyweight 401",
        ("update_profile", ["me", {"bodyweight_kg": 401.0}]),
        "bodyweight",
    ),
    BadInput("profile", "empty custom exercise", ("create_custom_exercise", ["me", ""]), "name"),
    BadInput("profile", "long custom exercise", ("create_custom_exercise", ["me", "x" * 81]), "80"),
    BadInput(
        "profile", "custom = catalog id", ("create_custom_exercise", ["me", "row"]), "catalog"
    ),
    BadInput(
        "profile",
        "NUL in custom exercise",
        ("create_custom_exercise", ["me", "bad\x00name"]),
        "printable",
    ),
    # --- the Log page form (AppTest) ---
    BadInput("log_page", "form weight 600 kg", {"reps": 5, "weight": 600.0}, "weight"),
    BadInput("log_page", "form weight 500.5 kg", {"reps": 5, "weight": 500.5}, "weight"),
    BadInput("log_page", "form weight a million", {"reps": 5, "weight": 1e6}, "weight"),
    # --- CSV files (need the importers) ---
    BadInput("csv", "empty file", "", "empty", IMPORTERS),
    BadInput("csv", "binary garbage", "\x00\x01\x02\xff" * 64, "", IMPORTERS),
    BadInput("csv", "unrelated header", "a,b,c\n1,2,3\n", "", IMPORTERS),
    BadInput(
        "csv",
        "strong bad date",
        STRONG_HEADER + STRONG_ROW.format(w=100, r=5).replace("2024-03-04", "2024-13-45"),
        "date",
        IMPORTERS,
    ),
    BadInput(
        "csv",
        "strong weight text",
        STRONG_HEADER + STRONG_ROW.format(w="heavy", r=5),
        "weight",
        IMPORTERS,
    ),
    BadInput(
        "csv",
        "strong negative weight",
        STRONG_HEADER + STRONG_ROW.format(w=-5, r=5),
        "weight",
        IMPORTERS,
    ),
    BadInput(
        "csv",
        "strong 1000 reps",
        STRONG_HEADER + STRONG_ROW.format(w=100, r=1000),
        "reps",
        IMPORTERS,
    ),
    BadInput(
        "csv",
        "unterminated quote",
        STRONG_HEADER + STRONG_ROW.format(w=100, r=5)[:40],
        "",
        IMPORTERS,
    ),
    # #14 finding 3: limits before parsing (see also test_hostile_files.py)
    BadInput("csv", "a million columns", ",".join(["c"] * 1_000_000) + "\n", "columns", IMPORTERS),
    BadInput(
        "csv",
        "a row of a million fields",
        "Date,Exercise Name,Set Order\n" + "," * 1_000_000 + "\n",
        "line longer",
        IMPORTERS,
    ),
    BadInput(
        "csv",
        "two million blank rows",
        "Date,Exercise Name,Set Order\n" + ",,\n" * 2_000_000,
        "lines",
        IMPORTERS,
    ),
    BadInput("csv", "a 100 KB note", _strong(note="x" * 100_000), "line longer", IMPORTERS),
    # #14 finding 8: imports are as strict as the form
    BadInput("csv", "strong set in 2999", _strong("2999-01-01 10:00:00"), "1970", IMPORTERS),
    BadInput("csv", "strong set in 1900", _strong("1900-01-01 10:00:00"), "1970", IMPORTERS),
    BadInput("csv", "strong set in year 1", _strong("0001-01-01 10:00:00"), "1970", IMPORTERS),
    BadInput("csv", "strong note of 3000", _strong(note="x" * 3000), "note", IMPORTERS),
    BadInput("csv", "strong ESC in a note", _strong(note="\x1b]0;owned\x07"), "control", IMPORTERS),
    BadInput(
        "csv",
        "strong ESC in a name",
        STRONG_HEADER + STRONG_ROW.format(w=100, r=5).replace("Deadlift", "Dead\x1b[5mlift"),
        "control",
        IMPORTERS,
    ),
    BadInput(
        "csv",
        "backfit set in 2999",
        BACKFIT_HEADER + BACKFIT_ROW.format(at="2999-01-01T10:00:00", note=""),
        "1970",
        IMPORTERS,
    ),
    BadInput(
        "csv",
        "backfit offset changes the day",
        BACKFIT_HEADER + BACKFIT_ROW.format(at="2024-03-04T01:00:00+14:00", note=""),
        "performed_at",
        IMPORTERS,
    ),
    BadInput(
        "csv",
        "backfit BEL in a note",
        BACKFIT_HEADER + BACKFIT_ROW.format(at="2024-03-04T10:00:00", note="ding\x07"),
        "control",
        IMPORTERS,
    ),
    # --- the command line ---
    BadInput("cli", "unknown command", ["nonsense"], "invalid choice"),
    BadInput("cli", "unknown option", ["info", "--bogus"], "unrecognized"),
    BadInput("cli", "db without a value", ["info", "--db"], "expected one argument"),
    BadInput("cli", "stray positional", ["info", "extra"], "unrecognized"),
    BadInput("cli", "flag with a value", ["info", "--json=yes"], "ignored explicit argument"),
    BadInput("cli", "db is a directory", ["info", "--db", "{dir}"], "database"),
    BadInput("cli", "db is a text file", ["info", "--db", "{text}"], "database"),
    BadInput("cli", "db held by another process", ["info"], "already open", "locked"),
    BadInput(
        "cli", "log unknown exercise", ["log", "squat", "--reps", "5"], "exercise", "command:log"
    ),
    BadInput("cli", "log negative reps", ["log", "row", "--reps", "-3"], "reps", "command:log"),
    BadInput(
        "cli",
        "log weight text",
        ["log", "row", "--reps", "5", "--weight", "heavy"],
        "weight",
        "command:log",
    ),
    BadInput(
        "cli",
        "log unit stone",
        ["log", "row", "--reps", "5", "--unit", "stone"],
        "unit",
        "command:log",
    ),
    BadInput("cli", "routine nine days", ["routine", "--days", "9"], "days", "command:routine"),
    BadInput(
        "cli", "routine posture 150", ["routine", "--posture", "150"], "posture", "command:routine"
    ),
    BadInput(
        "cli",
        "routine jetpack",
        ["routine", "--equipment", "jetpack"],
        "equipment",
        "command:routine",
    ),
    BadInput("cli", "import missing file", ["import", "{missing}"], "", "command:import"),
    # #14 finding 8: `--at` and notes through the shared validator
    _cli("log at 2999", ["log", "row", "--reps", "5", "--at", "2999-01-01T10:00"], "tomorrow"),
    _cli("log at 1900", ["log", "row", "--reps", "5", "--at", "1900-01-01T10:00"], "1970"),
    _cli("log at year 1", ["log", "row", "--reps", "5", "--at", "0001-01-01"], "1970"),
    _cli(
        "log at +14:00 changes the day",
        ["log", "row", "--reps", "5", "--at", "2025-06-02T01:00+14:00"],
        "another day",
    ),
    _cli("log ESC in a note", ["log", "row", "--reps", "5", "--note", "\x1b[2Jx"], "control"),
    _cli("log 2 MB note", ["log", "row", "--reps", "5", "--note", "x" * 100_000], "note"),
    _cli("log new profile bad set", ["log", "row", "--reps", "-1", "--profile", "newbie"], "reps"),
    # #14 finding 9: read commands never write, and check what `log` checks
    _cli("next unknown profile", ["next", "--profile", "nobody"], "no profile"),
    _cli("next garbage variant", ["next", "row", "--variant", "garbage"], "variant"),
    _cli("next garbage variant, all", ["next", "--variant", "garbage"], "variant"),
    _cli("progress unknown profile", ["progress", "--profile", "nobody"], "no profile"),
    _cli("routine empty equipment", ["routine", "--equipment", ""], "equipment"),
    _cli("routine none and bands", ["routine", "--equipment", "none,bands"], "none"),
    _cli("routine only commas", ["routine", "--equipment", ",,,"], "equipment"),
    # #11: the trunk focus is refused like --equipment
    _cli("routine trunk focus neck", ["routine", "--trunk-focus", "neck"], "trunk direction"),
    _cli("routine trunk none and flexor", ["routine", "--trunk-focus", "none,flexor"], "none"),
    _cli("routine trunk empty item", ["routine", "--trunk-focus", "flexor,,"], "trunk"),
    # #14 findings 6, 7: export never overwrites, never leaves a partial file
    _cli("export over an existing file", ["export", "{csv}"], "--force"),
    _cli("export to a directory", ["export", "{csvdir}"], "directory"),
    _cli("export to a missing folder", ["export", "{nofolder}"], "not a directory"),
    # #14 finding 6: a damaged database is one sentence, and `info` still explains
    _cli("info on a damaged database", ["info"], "damaged", "damaged"),
    _cli("log on a damaged database", ["log", "row", "--reps", "5"], "restore", "damaged"),
    _cli("export from a damaged database", ["export", "{out}"], "damaged", "damaged"),
    BadInput(
        "cli",
        "import unknown format",
        ["import", "{text}", "--format", "fitbod"],
        "format",
        "command:import",
    ),
)
