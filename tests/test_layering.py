"""DESIGN §2: `backfit/` is a plain library; only `backfit/ui/` may import Streamlit."""

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "backfit"
ENGINES = ("catalog", "goals", "prescription", "routine", "progression", "units")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_streamlit_is_imported_only_in_backfit_ui() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts and "streamlit" in _imports(path)
    ]
    assert offenders == []


def test_engines_import_only_the_standard_library_and_backfit() -> None:
    for name in ENGINES:
        path = PACKAGE / f"{name}.py"
        if not path.exists():
            continue
        third_party = _imports(path) - {"backfit", "__future__"}
        assert third_party <= set(sys.stdlib_module_names), (name, third_party)
