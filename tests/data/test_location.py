from pathlib import Path

import pytest

from backfit.data.location import ENV_VAR, default_location, is_local_file, resolve_location


def test_cli_flag_beats_environment_beats_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "/env.duckdb")
    assert resolve_location("/cli.duckdb", "/secret.duckdb") == "/cli.duckdb"
    assert resolve_location(None, "/secret.duckdb") == "/env.duckdb"
    monkeypatch.delenv(ENV_VAR)
    assert resolve_location(None, "/secret.duckdb") == "/secret.duckdb"
    assert resolve_location() == str(default_location())


def test_default_lives_in_the_user_data_dir() -> None:
    location = default_location()
    assert location.name == "backfit.duckdb"
    assert "backfit" in location.parent.parts[-1].lower() or "backfit" in str(location.parent)


@pytest.mark.parametrize(
    ("location", "local"),
    [
        ("/home/me/backfit.duckdb", True),
        ("relative/file.duckdb", True),
        ("C:\\Users\\me\\backfit.duckdb", True),
        (":memory:", False),
        ("md:my_db", False),
    ],
)
def test_service_strings_are_not_local_files(location: str, local: bool) -> None:
    assert is_local_file(location) is local


def test_store_creates_missing_parent_directories(tmp_path: Path) -> None:
    from backfit.data.store import Store

    target = tmp_path / "deep" / "er" / "backfit.duckdb"
    with Store.open(str(target)) as store:
        assert store.schema_version() >= 1
    assert target.exists()
