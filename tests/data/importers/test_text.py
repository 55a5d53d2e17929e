"""The CSV layer: line numbers of records, and quarantined rows read back by line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from backfit.data.importers._text import _line_starts, _record_lines, read_table

FIELD = st.one_of(
    st.text(alphabet="ab 1,", max_size=4),
    st.text(alphabet="ab\n\r,", max_size=4).map(lambda t: '"' + t + '"'),  # quoted, may break
)
RECORD = st.lists(FIELD, min_size=1, max_size=3).map(",".join)
ENDING = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\n \n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(RECORD, ENDING), max_size=8), st.booleans())
def test_line_starts_match_the_stdlib_reader(rows: list[tuple[str, str]], trailing: bool) -> None:
    """The one-line-per-record shortcut gives the stdlib reader's numbers, or is not taken."""
    text = "a,b,c\n" + "".join(r + e for r, e in rows)
    if not trailing:
        text = text.rstrip("\r\n")
    records = len(_record_lines(text, ",")[1])
    assert list(_line_starts(text, ",", records)) == _record_lines(text, ",", width=1)[1]


def test_records_are_read_back_by_line_in_one_go() -> None:
    table = read_table('d,e\n1,"x\ny"\n2,z\n3,w\n')
    assert list(table.lines) == [2, 4, 5]
    assert table.records([5, 2, 3]) == [{"d": "3", "e": "w"}, {"d": "1", "e": "x\ny"}, {}]
    assert table.record(4) == {"d": "2", "e": "z"}
