"""Turning uploaded bytes into a table of strings, or one clear sentence about why not.

The stdlib `csv` reader does the parsing (C speed, exact quoting rules, newlines inside quotes)
and tells us the line each record starts on, so a rejected row can be named by its line.
Everything after this module works on whole columns.

A hostile file must cost little to refuse (#14, finding 3: a 10 MB CSV with a million columns
took 154 s and 7 GB). So `check_bytes` bounds the bytes, the header's width, the longest line
and the number of lines on the raw bytes, with C-speed scans, before any parser runs; fields
are bounded after Arrow's parse (and by `csv.field_size_limit` on the slow path), and the slow
path keeps at most a header's width of fields per record.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from backfit.core.errors import ValidationError

MAX_BYTES = 50 * 1024 * 1024  # the Streamlit upload limit in .streamlit/config.toml (50 MB)
# Exports have 6–20 columns (Strong, Hevy, BackFit); a note is at most 2,000 characters.
MAX_COLUMNS = 64
MAX_LINE_BYTES = 64 * 1024
MAX_FIELD = 32 * 1024  # characters
MAX_LINES = 1_000_000  # a 50 MB Strong export has about 500,000
# Rows with the wrong number of fields are set aside one by one (issue #12: real exports have
# 1–4 such rows); a file with more of them than this, or more of them than right rows, is not
# an export and is refused whole (a 2 MB file of 900,000 such rows took 20 s and 1.2 GB to
# quarantine).
MAX_MISFIT_ROWS = 1_000
csv.field_size_limit(MAX_FIELD)
PARQUET_MAGIC = b"PAR1"


@dataclass
class Table:
    """A CSV file's header and its records as text columns (pandas `str`), numbered by line.

    `lines[i]` is the line record i starts on; it is worked out only when a row is rejected,
    because counting lines costs a pass over the file in Python.
    """

    header: tuple[str, ...]
    frame: pd.DataFrame
    text: str
    delimiter: str
    wrong_widths: tuple[tuple[int, int], ...] = ()
    _lines: pd.Series | None = field(default=None, repr=False)

    @property
    def lines(self) -> pd.Series:
        if self._lines is None:
            self._lines = pd.Series(_line_starts(self.text, self.delimiter, len(self.frame)))
        return self._lines

    def revised(self, edits: Mapping[int, Mapping[str, str]], drop: Iterable[int] = ()) -> Table:
        """This table with the lifter's fixes: `edits` line → {header: new text}, `drop` lines.

        The Data page's quarantine table sends these; the file is parsed again with them, so a
        fixed row goes through every check a row of the file does.
        """
        dropped = set(drop)
        if not edits and not dropped:
            return self
        frame, lines = self.frame.copy(), self.lines.copy()
        position_of = pd.Series(np.arange(len(lines)), index=lines.to_numpy())
        for line, fields in edits.items():
            if line not in position_of.index:
                continue
            for header, value in fields.items():
                if header in self.header:
                    frame.iat[int(position_of[line]), self.header.index(header)] = str(value)
        keep = ~lines.isin(dropped).to_numpy()
        frame = frame[keep].reset_index(drop=True)
        kept_lines = lines[keep].reset_index(drop=True)
        return Table(self.header, frame, self.text, self.delimiter, self.wrong_widths, kept_lines)

    def record(self, line: int) -> dict[str, str]:
        """The fields of the record starting on `line`, by header, as the file has them."""
        return self.records([line])[0]

    def records(self, lines: Iterable[int]) -> list[dict[str, str]]:
        """`record` for many lines at once: one look-up and one slice of the frame.

        (A quarantine of 10,000 rows took 2.5 s one `record` at a time.)
        """
        wanted = list(lines)
        position_of = pd.Index(self.lines.to_numpy())
        positions = position_of.get_indexer(wanted)  # -1: no record starts there
        found = positions[positions >= 0]
        named = [(i, h) for i, h in enumerate(self.header) if h]
        values = self.frame.iloc[found, [i for i, _ in named]].to_numpy(dtype=object)
        rows = iter(values.tolist())
        headers = [h for _, h in named]
        return [
            dict(zip(headers, map(str, next(rows)), strict=True)) if p >= 0 else {}
            for p in positions
        ]

    def check_widths(self, name: str, tolerated: int = 0) -> None:
        """Reject the file when more than `tolerated` records (and more than half of them)
        have more or fewer fields than the header; `tolerated` 0: when any has."""
        wrong = len(self.wrong_widths)
        if not wrong or (wrong <= tolerated and 2 * wrong <= len(self.frame)):
            return
        listed = "; ".join(f"line {line} has {n} fields" for line, n in self.wrong_widths[:5])
        raise ValidationError(
            f"{name} was not imported: {len(self.wrong_widths)} row(s) do not have the "
            f"header's {len(self.header)} fields — {listed}.",
            field="file",
        )


def check_bytes(data: bytes, name: str = "the file") -> None:
    """Reject empty and oversize files before any parsing."""
    if len(data) > MAX_BYTES:
        raise ValidationError(
            f"{name} is {len(data) / 1024 / 1024:.1f} MB; the limit is "
            f"{MAX_BYTES // 1024 // 1024} MB — export a shorter date range.",
            field="file",
        )
    if not data.strip():
        raise ValidationError(f"{name} is empty.", field="file")
    if not data.startswith(PARQUET_MAGIC):
        check_shape(data, name)


def check_shape(data: bytes, name: str = "the file") -> None:
    """Refuse a CSV whose header, lines or line count are beyond any real export, unparsed.

    Every scan here runs in C (`bytes.count`, `bytes.find`, NumPy) over the raw bytes, so a
    50 MB file is judged in well under a second and with a few bytes of memory per byte.
    """
    end = data.find(b"\n", 0, MAX_LINE_BYTES + 1)
    header = data[: end if end >= 0 else MAX_LINE_BYTES + 1]
    width = max(header.count(b","), header.count(b";")) + 1
    if width > MAX_COLUMNS:
        raise ValidationError(
            f"{name} has {'over ' if end < 0 else ''}{width:,} columns in its header; an "
            f"export has at most {MAX_COLUMNS}.",
            field="file",
        )
    lines = data.count(b"\n") + 1
    if lines > MAX_LINES:
        raise ValidationError(
            f"{name} has {lines:,} lines, over the {MAX_LINES:,} limit — export a shorter date "
            "range.",
            field="file",
        )
    if _longest_line(data) > MAX_LINE_BYTES:
        raise ValidationError(
            f"{name} has a line longer than {MAX_LINE_BYTES // 1024} KB; no export has one.",
            field="file",
        )


def _longest_line(data: bytes) -> int:
    if len(data) <= MAX_LINE_BYTES:
        return len(data)
    breaks = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 0x0A)
    edges = np.concatenate(([-1], breaks, [len(data)]))
    return int(np.diff(edges).max()) - 1


def decode(data: bytes, name: str = "the file") -> str:
    """The file as text: UTF-8 (with or without BOM), else Windows-1252 for old exports."""
    if b"\x00" in data[:65536]:
        raise ValidationError(
            f"{name} is a binary file, not a CSV export from Strong, Hevy or BackFit.", field="file"
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(
        f"{name} is a binary file, not a CSV export from Strong, Hevy or BackFit.", field="file"
    )


def sniff_delimiter(first_line: str) -> str:
    """Semicolon when the header has more of them than commas (Strong 6.x, Android, German)."""
    return ";" if first_line.count(";") > first_line.count(",") else ","


def read_table(text: str, name: str = "the file") -> Table:
    """Parse CSV text into a `Table` of text columns.

    Arrow's CSV reader does the work (C++, all columns as strings); a file it refuses (a record
    with the wrong number of fields, say) goes through the stdlib reader, which names the lines.
    """
    end = text.find("\n")
    first_line = (text if end < 0 else text[:end]).rstrip("\r")  # no copy of the rest
    delimiter = sniff_delimiter(first_line)
    header = [h.strip() for h in next(csv.reader([first_line], delimiter=delimiter), [])]
    if not header or not any(header):
        raise ValidationError(f"{name} has no header row.", field="file")
    names = [f"c{i}" for i in range(len(header))]
    try:
        table = pa_csv.read_csv(
            io.BytesIO(text.encode("utf-8")),
            read_options=pa_csv.ReadOptions(column_names=names, skip_rows=1, use_threads=True),
            parse_options=pa_csv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
            convert_options=pa_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowException):
        return _read_slowly(text, header, delimiter, name)
    for column in table.columns:
        longest = pc.max(pc.utf8_length(column)).as_py()
        if longest is not None and longest > MAX_FIELD:
            raise ValidationError(
                f"{name} has a field of {longest:,} characters; the limit is {MAX_FIELD:,}.",
                field="file",
            )
    frame = table.to_pandas()
    frame.columns = pd.RangeIndex(len(header))
    return Table(tuple(header), frame.astype("str"), text, delimiter)


def _line_starts(text: str, delimiter: str, records: int) -> np.ndarray:
    """The line each of the `records` records after the header starts on.

    When the text has exactly one line per record (no blank line, no line break inside a quoted
    field; the usual export), record i starts on line i + 2 and no parse is needed. Otherwise
    the stdlib reader counts (a pass in Python, about 0.5 s per 100,000 rows).
    """
    end = len(text)  # the text without its trailing line breaks (no copy of it)
    while end and text[end - 1] in "\r\n":
        end -= 1
    one_per_line = (
        text.count("\n", 0, end) == records
        and text.find("\n\n", 0, end) < 0  # no blank line
        and ("\r" not in text or _only_crlf(text, end))
    )
    if one_per_line:
        return np.arange(2, records + 2, dtype="int64")
    return np.asarray(_record_lines(text, delimiter, width=1)[1], dtype="int64")


def _only_crlf(text: str, end: int) -> bool:
    """Every carriage return before `end` ends a line (CRLF), and no line is blank."""
    return text.count("\r", 0, end) == text.count("\r\n", 0, end) and "\n\r\n" not in text


def _record_lines(
    text: str, delimiter: str, width: int | None = None
) -> tuple[list[list[str]], list[int], list[int]]:
    """Every non-blank record after the header, the line it starts on and its field count.

    With `width`, each record keeps at most `width` fields, so an over-wide row costs no more
    memory than a right one (stdlib reader).
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    next(reader, None)
    records: list[list[str]] = []
    starts: list[int] = []
    counts: list[int] = []
    previous_end = reader.line_num
    for record in reader:
        if record:  # csv yields [] for a blank line
            counts.append(len(record))
            records.append(record if width is None else record[:width])
            starts.append(previous_end + 1)
        previous_end = reader.line_num
    return records, starts, counts


def _read_slowly(text: str, header: list[str], delimiter: str, name: str) -> Table:
    width = len(header)
    try:
        records, starts, counts = _record_lines(text, delimiter, width)
    except csv.Error as exc:
        raise ValidationError(f"{name} is not valid CSV: {exc}.", field="file") from None
    wrong = tuple((line, n) for line, n in zip(starts, counts, strict=True) if n != width)
    if wrong:
        # Pad or cut so the frame can be built; `check_widths` rejects the file once its format
        # is known (an unknown format deserves that sentence rather than a field count).
        records = [(r + [""] * width)[:width] for r in records]
    columns = list(zip(*records, strict=True)) if records else [() for _ in header]
    frame = pd.DataFrame({i: pd.Series(col, dtype="str") for i, col in enumerate(columns)})
    frame.columns = pd.RangeIndex(width)
    return Table(tuple(header), frame, text, delimiter, wrong, pd.Series(starts, dtype="int64"))
