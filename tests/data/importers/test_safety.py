"""All or nothing: bad files are refused in one sentence and never change the database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backfit.core.errors import BackfitError, ValidationError
from backfit.data.importers import MAX_BYTES, import_file
from backfit.data.importers._text import MAX_MISFIT_ROWS
from backfit.data.store import Store
from tests.data.importers.conftest import sample, set_log, table_counts

HEADER = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Seconds,Notes,RPE\n"


def strong(*rows: str) -> bytes:
    return (HEADER + "".join(r + "\n" for r in rows)).encode()


@pytest.fixture
def seeded(store: Store) -> Store:
    """A database that already holds a session, so "unchanged" means something."""
    import_file(store, sample("hevy.csv"), unit="kg")
    return store


def assert_refused(store: Store, data: bytes, *phrases: str, strict: bool = False) -> str:
    before = table_counts(store), set_log(store)
    with pytest.raises(ValidationError) as caught:
        import_file(store, data, unit="kg", strict=strict)
    message = str(caught.value)
    for phrase in phrases:
        assert phrase in message
    assert "\n" not in message
    assert table_counts(store) == before[0]
    assert set_log(store).equals(before[1])
    return message


def test_strict_lists_set_aside_rows_by_line_and_nothing_lands(seeded: Store) -> None:
    data = strong(
        "2024-03-04 18:02:11,A,Deadlift (Barbell),1,100,5,0,,8",
        "2024-03-04 18:02:11,A,Deadlift (Barbell),2,100,five,0,,8",
        '2024-03-04 18:02:11,A,Row (Barbell),1,60,8,0,"two\nlines",',
        "2024-03-04 18:02:11,A,Row (Barbell),X,60,8,0,,",
        "yesterday,A,Row (Barbell),2,60,8,0,,",
        "2024-03-04 18:02:11,A,Deadlift (Barbell),3,9000,5,0,,8",
        "2024-03-04 18:02:11,A,Deadlift (Barbell),4,100,5,0,,11",
    )
    message = assert_refused(seeded, data, "was not imported", "5 row(s) set aside", strict=True)
    assert "line 3: reps 'five' is not a number" in message
    assert "line 6: Set Order 'X' is not a set number or W/D/F" in message  # after the 2-line note
    assert "line 7: date 'yesterday' is not a date and time" in message
    assert "line 8: weight 9000 kg is over 500 kg; if this file is in pounds" in message
    assert "line 9: RPE 11 is not between 0 and 10" in message


def test_many_set_aside_rows_list_the_first_ten(seeded: Store) -> None:
    rows = [f"2024-03-04 18:02:11,A,Row,{i},1,x,0,," for i in range(1, 40)]
    message = assert_refused(
        seeded, strong(*rows), "39 row(s) set aside", "and 29 more", strict=True
    )
    assert "line 2:" in message and "line 11:" in message and "line 12:" not in message


def test_rows_with_too_many_or_too_few_fields_are_set_aside(seeded: Store) -> None:
    data = strong(
        "2024-03-04 18:02:11,A,Row,1,50,8,0,,",
        "2024-03-04 18:02:11,A,Row,2,50,8,0,,,,",
        "2024-03-04 18:02:11,A,Row,3,50",
        "2024-03-04 18:02:11,A,Row,4,50,8,0,,",
    )
    summary = import_file(seeded, data, unit="kg")
    assert summary.sets_added == 2
    assert [(q.line, q.kind, q.reason) for q in summary.quarantined] == [
        (3, "invalid", "11 fields, expected 9"),
        (4, "invalid", "5 fields, expected 9"),
    ]
    assert summary.quarantined[1].row["Weight"] == "50"


def test_a_file_of_rows_with_the_wrong_number_of_fields_is_refused_whole(seeded: Store) -> None:
    good = "2024-03-04 18:02:11,A,Row,1,50,8,0,,"
    mostly = strong(good, *["x"] * 3)  # more misfits than rows: not an export
    assert_refused(seeded, mostly, "3 row(s) do not have the header's 9 fields", "line 3 has 1")
    many = strong(*[good] * (MAX_MISFIT_ROWS + 2), *["x"] * (MAX_MISFIT_ROWS + 1))
    assert_refused(seeded, many, f"{MAX_MISFIT_ROWS + 1} row(s) do not have")


def test_strict_refuses_a_row_with_the_wrong_number_of_fields(seeded: Store) -> None:
    data = strong("2024-03-04 18:02:11,A,Row,1,50,8,0,,", "2024-03-04 18:02:11,A,Row,2,50,8,0,,,,")
    assert_refused(seeded, data, "line 3: 11 fields, expected 9", strict=True)


def test_a_fixed_row_of_the_wrong_width_imports(store: Store) -> None:
    data = strong("2024-03-04 18:02:11,A,Row,1,50,8,0,,", "2024-03-04 18:02:11,A,Row,2,50")
    summary = import_file(store, data, unit="kg", edits={3: {"Reps": "8"}})
    assert (summary.sets_added, summary.quarantined) == (2, ())
    assert list(set_log(store)["reps"]) == [8, 8]


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (b"", "is empty"),
        (b"  \n\n ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (bytes(range(256)) * 10, "binary file"),
        (b"name,age\nBob,3\n", "not a Strong, Hevy or BackFit export"),
        (b"PAR1garbage", "not a readable Parquet file"),
    ],
    ids=["empty", "blank", "png", "bytes", "unknown", "bad-parquet"],
)
def test_files_that_are_not_exports_get_one_sentence(
    seeded: Store, data: bytes, phrase: str
) -> None:
    assert_refused(seeded, data, phrase)


def test_an_oversize_file_states_the_limit(seeded: Store) -> None:
    data = strong() + b" " * MAX_BYTES
    assert_refused(seeded, data, "the limit is 50 MB")


def test_a_forced_format_that_does_not_fit_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="looks like a hevy export, not strong"):
        import_file(store, sample("hevy.csv"), format="strong", unit="kg")


def test_an_overlapping_newer_export_adds_only_new_sets(store: Store) -> None:
    older = strong(
        "2024-03-04 18:02:11,A,Deadlift (Barbell),1,100,5,0,,8",
        "2024-03-04 18:02:11,A,Deadlift (Barbell),2,100,5,0,,8",
    )
    newer = strong(
        "2024-03-04 18:02:11,A,Deadlift (Barbell),1,100,5,0,,8",
        "2024-03-04 18:02:11,A,Deadlift (Barbell),2,100,5,0,,8",
        "2024-03-04 18:02:11,A,Deadlift (Barbell),3,100,4,0,,9",
        "2024-03-08 18:00:00,B,Pull Up,1,0,6,0,,",
    )
    assert import_file(store, older, unit="kg").sets_added == 2
    summary = import_file(store, newer, unit="kg")
    assert (summary.sets_added, summary.duplicates, summary.workouts_added) == (2, 2, 1)
    assert import_file(store, newer, unit="kg").sets_added == 0
    assert len(set_log(store)) == 4


def test_profiles_import_the_same_file_independently(store: Store) -> None:
    assert import_file(store, sample("strong_v6.csv"), profile="anna", unit="kg").sets_added == 12
    assert import_file(store, sample("strong_v6.csv"), profile="ben", unit="kg").sets_added == 12
    assert len(set_log(store, "anna")) == len(set_log(store, "ben")) == 12


def test_a_mapping_choice_sends_a_name_to_the_catalog(store: Store) -> None:
    from backfit.data.importers import choice

    summary = import_file(
        store,
        sample("strong_v6.csv"),
        mapping={"Reverse Fly (Dumbbell)": choice("row", "dumbbell")},
    )
    assert summary.unmapped == []
    log = set_log(store)
    assert "Reverse Fly (Dumbbell)" not in set(log["exercise"])
    assert len(log[(log.exercise == "row") & (log.variant == "dumbbell")]) == 1


# Characters that make CSV parsers stumble, plus fragments of real rows.
TOKENS = [*',;"\n\r\t x0123456789.-:WDFé\x00', "2024-03-04 18:02:11", "Row", "Rest Timer", '""']
JUNK = st.lists(st.sampled_from(TOKENS), max_size=120).map("".join)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=JUNK, raw=st.binary(max_size=64), with_header=st.booleans())
def test_junk_is_refused_clearly_and_never_changes_the_database(
    seeded: Store, body: str, raw: bytes, with_header: bool
) -> None:
    data = (HEADER.encode() if with_header else b"") + body.encode() + raw
    before = table_counts(seeded), set_log(seeded)
    try:
        summary = import_file(seeded, data, unit="kg")
    except BackfitError as exc:  # anything else fails the test
        assert str(exc) and "\n" not in str(exc)
        assert table_counts(seeded) == before[0]
        assert set_log(seeded).equals(before[1])
    else:  # junk that happens to be a valid file only ever adds
        assert table_counts(seeded)["sets"] == before[0]["sets"] + summary.sets_added


KILLED_IMPORT = textwrap.dedent(
    """
    import sys, time
    from backfit.data.importers import import_file
    from backfit.data.store import Store

    store = Store.open(sys.argv[1])
    data = open(sys.argv[2], "rb").read()

    def progress(fraction, text):
        if 0 < fraction < 1:
            print("inserting", flush=True)
            time.sleep(120)  # killed here, half-way through the transaction

    import_file(store, data, progress=progress, unit="kg")
    """
)


@pytest.mark.slow
def test_an_import_killed_mid_way_leaves_none_of_its_rows(tmp_path: Path, db_path: Path) -> None:
    with Store.open(str(db_path)) as store:
        import_file(store, sample("hevy.csv"), unit="kg")
        before = table_counts(store)
    rows = [
        f"2020-01-{day:02d} 10:00:00,A,Deadlift (Barbell),{n},100,5,0,,8"
        for day in range(1, 29)
        for n in range(1, 1300)
    ]
    big = tmp_path / "big.csv"
    big.write_bytes(strong(*rows))
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, str(db_path), str(big)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "inserting"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    with Store.open(str(db_path)) as store:
        assert table_counts(store) == before
        assert len(set_log(store)) == 12
