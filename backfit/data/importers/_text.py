"""Turning uploaded bytes into a table of strings, or one clear sentence about why not.

The stdlib `csv` reader does the parsing (C speed, exact quoting rules, newlines inside quotes)
and tells us the line each record starts on, so a rejected row can be named by its line.
Everything after this module works on whole columns.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv

from backfit.core.errors import ValidationError

MAX_BYTES = 50 * 1024 * 1024  # the Streamlit upload limit in .streamlit/config.toml (50 MB)
MAX_FIELD = 1024 * 1024
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
            self._lines = pd.Series(_record_lines(self.text, self.delimiter)[1], dtype="int64")
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
        matches = np.flatnonzero(self.lines.to_numpy() == line)
        if not len(matches):
            return {}
        position = int(matches[0])
        return {
            header: str(self.frame.iat[position, i])
            for i, header in enumerate(self.header)
            if header
        }

    def check_widths(self, name: str) -> None:
        """Reject the file when a record has more or fewer fields than the header."""
        if not self.wrong_widths:
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
    first_line = text.split("\n", 1)[0].rstrip("\r")
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
    frame = table.to_pandas()
    frame.columns = pd.RangeIndex(len(header))
    return Table(tuple(header), frame.astype("str"), text, delimiter)


def _record_lines(text: str, delimiter: str) -> tuple[list[list[str]], list[int]]:
    """Every non-blank record after the header and the line it starts on (stdlib reader)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    next(reader, None)
    records: list[list[str]] = []
    starts: list[int] = []
    previous_end = reader.line_num
    for record in reader:
        if record:  # csv yields [] for a blank line
            records.append(record)
            starts.append(previous_end + 1)
        previous_end = reader.line_num
    return records, starts


def _read_slowly(text: str, header: list[str], delimiter: str, name: str) -> Table:
    try:
        records, starts = _record_lines(text, delimiter)
    except csv.Error as exc:
        raise ValidationError(f"{name} is not valid CSV: {exc}.", field="file") from None
    width = len(header)
    wrong = tuple(
        (line, len(r)) for line, r in zip(starts, records, strict=True) if len(r) != width
    )
    if wrong:
        # Pad or cut so the frame can be built; `check_widths` rejects the file once its format
        # is known (an unknown format deserves that sentence rather than a field count).
        records = [(r + [""] * width)[:width] for r in records]
    columns = list(zip(*records, strict=True)) if records else [() for _ in header]
    frame = pd.DataFrame({i: pd.Series(col, dtype="str") for i, col in enumerate(columns)})
    frame.columns = pd.RangeIndex(width)
    return Table(tuple(header), frame, text, delimiter, wrong, pd.Series(starts, dtype="int64"))
