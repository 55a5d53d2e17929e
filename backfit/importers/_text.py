"""Turning uploaded bytes into a table of strings, or one clear sentence about why not.

The stdlib `csv` reader does the parsing (C speed, exact quoting rules, newlines inside quotes)
and tells us the line each record starts on, so a rejected row can be named by its line.
Everything after this module works on whole columns.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import pandas as pd

from backfit.errors import ValidationError

MAX_BYTES = 50 * 1024 * 1024  # the Streamlit upload limit in .streamlit/config.toml (50 MB)
MAX_FIELD = 1024 * 1024
PARQUET_MAGIC = b"PAR1"


@dataclass(frozen=True)
class Table:
    """A CSV file's header and its records, all text; `lines[i]` is where record i starts."""

    header: tuple[str, ...]
    frame: pd.DataFrame
    lines: pd.Series
    delimiter: str
    wrong_widths: tuple[tuple[int, int], ...] = ()

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
    """Parse CSV text into a `Table`; a record with the wrong number of fields rejects the file."""
    first_line = text.split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    csv.field_size_limit(MAX_FIELD)
    records: list[list[str]] = []
    starts: list[int] = []
    previous_end = 0
    try:
        header = next(reader)
        previous_end = reader.line_num
        for record in reader:
            if record:  # csv yields [] for a blank line
                records.append(record)
                starts.append(previous_end + 1)
            previous_end = reader.line_num
    except StopIteration:
        raise ValidationError(f"{name} is empty.", field="file") from None
    except csv.Error as exc:
        raise ValidationError(
            f"{name} is not valid CSV at line {reader.line_num}: {exc}.", field="file"
        ) from None
    header = [h.strip() for h in header]
    width = len(header)
    wrong = tuple(
        (line, len(r)) for line, r in zip(starts, records, strict=True) if len(r) != width
    )
    if wrong:
        # Pad or cut so the frame can be built; `check_widths` rejects the file once its format
        # is known (an unknown format deserves that sentence rather than a field count).
        records = [(r + [""] * width)[:width] for r in records]
    columns = list(zip(*records, strict=True)) if records else [() for _ in header]
    frame = pd.DataFrame(
        {i: pd.Series(col, dtype=object) for i, col in enumerate(columns)}, dtype=object
    )
    frame.columns = range(width)
    return Table(tuple(header), frame, pd.Series(starts, dtype="int64"), delimiter, wrong)
