"""Damaging a database file the way a bad disk does: flipped bytes inside a data block."""

from __future__ import annotations

from pathlib import Path

# DuckDB's file: a 4 KiB file header, two 4 KiB database headers, then 256 KiB blocks, each
# starting with its 8-byte checksum.
_FIRST_BLOCK = 3 * 4096
_BLOCK = 256 * 1024


def corrupt_a_block(path: Path, block: int = 0) -> None:
    """Flip bytes in the middle of a block so its checksum no longer matches."""
    with path.open("r+b") as file:
        file.seek(_FIRST_BLOCK + block * _BLOCK + 1000)
        chunk = file.read(64)
        file.seek(_FIRST_BLOCK + block * _BLOCK + 1000)
        file.write(bytes(b ^ 0xFF for b in chunk))
