"""Goals: validation and the query-string round trip that makes links shareable (DESIGN §6)."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
from hypothesis import given, settings

from backfit.core.errors import ValidationError
from backfit.core.goals import DEFAULT_EQUIPMENT, Goals, goals_from_query, make_goals
from tests.strategies import goals


@given(goals())
@settings(max_examples=200)
def test_query_round_trip_is_exact(g: Goals) -> None:
    back, notes = goals_from_query(g.to_query())
    assert notes == ()
    assert back == g


@given(goals())
@settings(max_examples=50)
def test_query_uses_the_design_keys_in_order(g: Goals) -> None:
    keys = list(dict.fromkeys(k for k, _ in (p.split("=") for p in g.to_query().split("&"))))
    assert keys == ["posture", "pain", "strength", "level", "days", "minutes", "eq", "pullups"]


def test_equipment_repeats_and_none_means_the_floor() -> None:
    query = Goals(equipment=frozenset({"cable", "barbell"})).to_query()
    assert parse_qs(query)["eq"] == ["cable", "barbell"]
    assert "&eq=&" in Goals(equipment=frozenset()).to_query()
    assert goals_from_query("eq=none")[0].equipment == frozenset()
    assert goals_from_query("eq=")[0].equipment == frozenset()
    assert goals_from_query("eq=cable,barbell")[0].equipment == {"cable", "barbell"}


def test_missing_keys_take_the_defaults() -> None:
    g, notes = goals_from_query("posture=90")
    assert notes == ()
    assert g == Goals(posture=90)
    assert g.equipment == DEFAULT_EQUIPMENT


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("posture=101", "posture"),
        ("pain=-1", "pain"),
        ("strength=abc", "strength"),
        ("days=7", "days"),
        ("minutes=10", "minutes"),
        ("level=elite", "level"),
        ("pullups=x", "pullups"),
        ("eq=rocket", "eq"),
    ],
)
def test_bad_link_values_fall_back_with_a_note(query: str, field: str) -> None:
    g, notes = goals_from_query(query)
    assert len(notes) == 1 and field in notes[0]
    attribute = "equipment" if field == "eq" else field
    expected = frozenset() if field == "eq" else getattr(Goals(), field)
    assert getattr(g, attribute) == expected


def test_unknown_equipment_in_a_link_keeps_the_known_items() -> None:
    g, notes = goals_from_query("eq=rocket&eq=cable")
    assert g.equipment == {"cable"}
    assert "rocket" in notes[0]


def test_all_goals_zero_in_a_link_falls_back_with_a_note() -> None:
    g, notes = goals_from_query("posture=0&pain=0&strength=0")
    assert (g.posture, g.pain, g.strength) == (50, 50, 50)
    assert "All three goals were 0" in notes[0]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"posture": 0, "pain": 0, "strength": 0}, "goals"),
        ({"posture": 120}, "posture"),
        ({"days": 0}, "days"),
        ({"minutes": 121}, "minutes"),
        ({"level": "pro"}, "level"),
        ({"equipment": frozenset({"rocket"})}, "eq"),
    ],
)
def test_validation_names_the_field(values: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make_goals(**values)
    assert caught.value.field == field
    assert "\n" not in str(caught.value)


def test_dominance_ties_favour_every_tied_goal() -> None:
    g = Goals(posture=40, pain=40, strength=10)
    assert g.dominant("posture") and g.dominant("pain") and not g.dominant("strength")
