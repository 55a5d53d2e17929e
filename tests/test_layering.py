"""DESIGN §2: `backfit/` is a plain library; only `backfit/ui/` may import Streamlit."""

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "backfit"
#: Pure engines (DESIGN §2): a module `backfit/<name>.py` or a package `backfit/<name>/`.
ENGINES = ("core",)


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


def _engine_files(name: str) -> list[Path]:
    """The engine's module, or every module of the engine's package."""
    module, package = PACKAGE / f"{name}.py", PACKAGE / name
    return [module] if module.exists() else sorted(package.rglob("*.py"))


def test_every_engine_exists() -> None:
    assert [name for name in ENGINES if not _engine_files(name)] == []


def test_engines_import_only_the_standard_library_and_backfit() -> None:
    for name in ENGINES:
        for path in _engine_files(name):
            third_party = _imports(path) - {"backfit", "__future__"}
            assert third_party <= set(sys.stdlib_module_names), (path.name, third_party)
