"""DESIGN §2, folder by folder: each layer imports only what its row of the table allows.

| layer          | may import                               | never                         |
|----------------|------------------------------------------|-------------------------------|
| views, app.py  | backfit.ui, backfit.services, core       | backfit.data, SQL, duckdb     |
| ui             | services, core, charts, streamlit        | backfit.data, SQL, duckdb     |
| cli            | services, core                           | streamlit, ui, data, charts   |
| services       | data, core (pandas for the frames it hands on) | streamlit, altair, ui, cli |
| charts         | core, altair, pandas                     | streamlit, duckdb, data       |
| data           | core, duckdb, pyarrow                    | streamlit, altair, services   |
| core           | the standard library and core            | everything else               |

Every import counts, including the ones inside functions (the CLI imports pandas late).
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "backfit"
STDLIB = frozenset(sys.stdlib_module_names) | {"__future__"}


@dataclass(frozen=True)
class Layer:
    name: str
    files: tuple[Path, ...]
    #: First-party packages this layer may import (`backfit.<name>`).
    own: frozenset[str]
    #: Third-party top-level modules it may import, besides the standard library.
    third_party: frozenset[str]
    #: Whether string literals may hold SQL.
    sql: bool = True


def _files(folder: str) -> tuple[Path, ...]:
    return tuple(sorted((PACKAGE / folder).rglob("*.py")))


LAYERS = (
    Layer(
        "views",
        (ROOT / "app.py", *sorted((ROOT / "views").glob("*.py"))),
        frozenset({"ui", "services", "core"}),
        frozenset({"streamlit"}),
        sql=False,
    ),
    Layer(
        "ui",
        _files("ui"),
        frozenset({"ui", "services", "core", "charts"}),
        frozenset({"streamlit", "altair", "pandas"}),
        sql=False,
    ),
    Layer("cli", _files("cli"), frozenset({"cli", "services", "core"}), frozenset()),
    Layer(
        "services",
        _files("services"),
        frozenset({"services", "data", "core"}),
        frozenset({"pandas"}),
    ),
    Layer(
        "charts",
        _files("charts"),
        frozenset({"charts", "core"}),
        frozenset({"altair", "pandas", "vl_convert"}),
    ),
    Layer(
        "data",
        _files("data"),
        frozenset({"data", "core"}),
        frozenset({"duckdb", "pyarrow", "pandas", "numpy", "platformdirs"}),
    ),
    Layer("core", _files("core"), frozenset({"core"}), frozenset()),
)

_SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b", re.S)


def imports(path: Path) -> set[str]:
    """Every module `path` imports, absolute, at any depth of the file."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            if node.module == "backfit":  # `from backfit import core` names a package
                names.update(f"backfit.{alias.name}" for alias in node.names)
    return names


def violations(layer: Layer) -> list[str]:
    found = []
    for path in layer.files:
        where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        for module in sorted(imports(path)):
            parts = module.split(".")
            if parts[0] == "backfit":
                if len(parts) > 1 and parts[1] not in layer.own:
                    found.append(f"{where} imports {module}")
            elif parts[0] not in STDLIB and parts[0] not in layer.third_party:
                found.append(f"{where} imports {module}")
        if not layer.sql:
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and _SQL.search(node.value)
                ):
                    found.append(f"{where}:{node.lineno} holds SQL")
    return found


@pytest.mark.parametrize("layer", LAYERS, ids=[layer.name for layer in LAYERS])
def test_each_layer_imports_only_what_design_allows(layer: Layer) -> None:
    assert layer.files, f"no files found for {layer.name}"
    assert violations(layer) == []


def test_every_module_of_backfit_belongs_to_a_layer() -> None:
    """A new top-level module or folder must take its place in the table first."""
    layered = {path for layer in LAYERS for path in layer.files}
    top = {PACKAGE / "__init__.py", PACKAGE / "__main__.py"}
    assert (
        sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py") if p not in layered | top)
        == []
    )
    assert len(list(PACKAGE.glob("*.py"))) <= 6  # at most six modules at the top (issue #17)


def test_the_checker_sees_a_violation(tmp_path: Path) -> None:
    """The table is enforced, not decorative: a chart that imports duckdb is caught."""
    bad = tmp_path / "bad_chart.py"
    bad.write_text("import duckdb\nfrom backfit.data.store import Store\nimport streamlit as st\n")
    charts = next(layer for layer in LAYERS if layer.name == "charts")
    assert violations(Layer("charts", (bad,), charts.own, charts.third_party)) == [
        f"{bad} imports {module}" for module in ("backfit.data.store", "duckdb", "streamlit")
    ]
