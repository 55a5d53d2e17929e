"""#14 finding 3: a hostile file is refused fast and small, before any parser sees it.

Each file is parsed in a fresh subprocess that reports the time the refusal took; its peak
memory is `resource.getrusage(RUSAGE_CHILDREN)` read by a bare Python parent (Linux keeps a
forked process's high-water mark across exec, so the probe must not be forked from pytest). The
bound is the issue's: under a second and under 200 MB. Before the limits, the million-column
file took 154 s and 7 GB.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024

PROBE = """
import json, resource, sys, time
from pathlib import Path
from backfit.core.errors import ValidationError
from backfit.data.importers import parse_file
data = Path(sys.argv[1]).read_bytes()
start = time.perf_counter()
try:
    parse_file(data, name="hostile.csv")
    message = None
except ValidationError as exc:
    message = str(exc)
seconds = time.perf_counter() - start
print(json.dumps({"message": message, "seconds": seconds}))
"""
# A bare parent (nothing imported) runs the probe and reports the child's peak memory.
PARENT = """
import json, resource, subprocess, sys
done = subprocess.run([sys.executable, "-c", sys.argv[1], sys.argv[2]], capture_output=True,
                      text=True)
if done.returncode:
    sys.exit(done.stderr)
report = json.loads(done.stdout)
report["peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(report))
"""


def _million_columns() -> bytes:
    header = ",".join(f"c{i}" for i in range(1_000_000)).encode() + b"\n"
    return header + b"1," * ((10 * MB - len(header)) // 2)


HOSTILE = {
    "a million columns (10 MB)": (_million_columns, "columns"),
    "a data row of ten million fields": (
        lambda: b"Date,Exercise Name,Set Order\n" + b"," * (10 * MB),
        "line longer",
    ),
    "five million blank rows": (
        lambda: b"Date,Exercise Name,Set Order\n" + b",,\n" * (5 * 1024 * 1024 // 3 * 3),
        "lines",
    ),
}


@pytest.mark.parametrize("case", HOSTILE, ids=list(HOSTILE))
def test_a_hostile_file_is_refused_in_under_a_second_and_200_mb(case: str, tmp_path: Path) -> None:
    make, expect = HOSTILE[case]
    path = tmp_path / "hostile.csv"
    path.write_bytes(make())
    done = subprocess.run(
        [sys.executable, "-c", PARENT, PROBE, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["message"], "the file was accepted"
    assert expect in report["message"], report["message"]
    assert "\n" not in report["message"]
    assert report["seconds"] < 1.0, report
    assert report["peak_mb"] < 200, report
