"""`backfit.__all__` is the curated public surface (httpx style): complete, sorted, importable."""

from __future__ import annotations

import subprocess
import sys

import backfit


def test_all_is_sorted_and_has_no_repeats() -> None:
    assert backfit.__all__ == sorted(set(backfit.__all__))


def test_every_public_name_resolves_to_its_home() -> None:
    for name in backfit.__all__:
        value = getattr(backfit, name)
        assert value is not None
        home = backfit._HOMES[name]
        assert value is getattr(sys.modules[home], name), name


def test_all_is_complete() -> None:
    """Every name the package hands out is listed, and nothing listed is missing a home."""
    assert set(backfit.__all__) == set(backfit._HOMES)
    assert set(dir(backfit)) == set(backfit.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        backfit.not_a_name  # noqa: B018
    except AttributeError as exc:
        assert "not_a_name" in str(exc)
    else:
        raise AssertionError("backfit.not_a_name resolved")


def test_import_backfit_loads_neither_duckdb_nor_pandas() -> None:
    """`import backfit` stays light; DuckDB and pandas arrive with the first name needing them."""
    code = "import sys, backfit; print(sorted({'duckdb', 'pandas'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
