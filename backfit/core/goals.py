"""What the lifter wants: three goal sliders, level, schedule and equipment (TRAINING §2).

`Goals` is the routine engine's only input, so it is also what a shared link carries. The query
string uses the short, stable keys of DESIGN §6 (`posture`, `pain`, `strength`, `level`, `days`,
`minutes`, `eq`, `pullups`); `eq` repeats once per owned item (`eq=barbell&eq=cable`), the way
Streamlit's `bind="query-params"` writes a multiselect, and an empty `eq=` (or the CLI's
`none`) means "nothing but the floor". `trunk` (TRAINING §5) repeats once per trunk-test
direction that gets extra trunk work (`trunk=extensor&trunk=side_left`); it is left out when
there is none, so links made before it existed rebuild the same plan. Bodyweight and unit are
profile facts, not goals: they do not change the plan, so `Goals` does not carry them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import parse_qs, urlencode

from backfit.core.catalog import EQUIPMENT, EQUIPMENT_IDS
from backfit.core.errors import ValidationError
from backfit.core.rules import ENDURANCE_TESTS, LEVELS, SLIDER_RANGE, Level

GOAL_NAMES: tuple[str, ...] = ("posture", "pain", "strength")
GOAL_LABELS: Mapping[str, str] = {
    "posture": "posture",
    "pain": "back-pain prevention",
    "strength": "strength",
}

DAYS_RANGE = (1, 6)
MINUTES_RANGE = (20, 120)
PULLUPS_RANGE = (0, 100)

#: A typical commercial gym, so a first visit gets a complete plan.
DEFAULT_EQUIPMENT: frozenset[str] = frozenset(
    {"pullup_bar", "assisted_machine", "cable", "barbell", "dumbbells", "bench_45"}
)
#: Query keys in the order a link lists them.
QUERY_KEYS: tuple[str, ...] = (
    "posture",
    "pain",
    "strength",
    "level",
    "days",
    "minutes",
    "eq",
    "pullups",
)
#: Keys a link may leave out (no extra trunk work): a page reads them but never requires them.
OPTIONAL_QUERY_KEYS: tuple[str, ...] = ("trunk",)
#: The trunk-test directions (TRAINING §5) that `trunk_focus` may name, in link order.
TRUNK_DIRECTIONS: tuple[str, ...] = ENDURANCE_TESTS
EQUIPMENT_ORDER: tuple[str, ...] = tuple(e.id for e in EQUIPMENT)


@dataclass(frozen=True, slots=True)
class Goals:
    """A validated set of goals. Build with `make_goals` (or `Goals(...).validated()`)."""

    posture: int = 50
    pain: int = 50
    strength: int = 50
    level: Level = "novice"
    days: int = 3
    minutes: int = 45
    equipment: frozenset[str] = field(default=DEFAULT_EQUIPMENT)
    pullups: int = 0
    #: Trunk-test directions that get extra trunk work until the next test (TRAINING §5).
    trunk_focus: frozenset[str] = frozenset()

    def validated(self) -> Goals:
        """Self, or a `ValidationError` naming the first bad field in one sentence."""
        for name in GOAL_NAMES:
            _check_int(getattr(self, name), name, SLIDER_RANGE)
        if self.posture == self.pain == self.strength == 0:
            raise ValidationError(
                "Set at least one goal (posture, pain or strength) above 0.", field="goals"
            )
        if self.level not in LEVELS:
            raise ValidationError(
                f"Level must be one of {', '.join(LEVELS)}, not {self.level!r}.", field="level"
            )
        _check_int(self.days, "days", DAYS_RANGE)
        _check_int(self.minutes, "minutes", MINUTES_RANGE)
        _check_int(self.pullups, "pullups", PULLUPS_RANGE)
        unknown = sorted(set(self.equipment) - EQUIPMENT_IDS)
        if unknown:
            raise ValidationError(
                f"Unknown equipment {', '.join(unknown)}; use {', '.join(EQUIPMENT_ORDER)} "
                "or none.",
                field="eq",
            )
        if not isinstance(self.trunk_focus, frozenset):
            raise ValidationError("trunk focus must be a set of directions.", field="trunk")
        _check_directions(self.trunk_focus)
        return self

    @property
    def weights(self) -> dict[str, float]:
        """Each goal's share of the total (sums to 1)."""
        total = self.posture + self.pain + self.strength
        return {name: getattr(self, name) / total for name in GOAL_NAMES}

    def dominant(self, name: str) -> bool:
        """True when goal `name` is at least as high as each other goal: it leads or ties for
        the lead (a tie makes both dominant). `leading_goal` breaks the tie."""
        value = getattr(self, name)
        return value > 0 and all(value >= getattr(self, other) for other in GOAL_NAMES)

    def tied_with(self, name: str) -> tuple[str, ...]:
        """The other goals level with `name` at the top (empty unless `name` ties for the lead)."""
        if not self.dominant(name):
            return ()
        return tuple(g for g in GOAL_NAMES if g != name and self.dominant(g))

    def to_query(self) -> str:
        """The query string that rebuilds these goals in the app (every key, stable order)."""
        pairs: list[tuple[str, str]] = [
            ("posture", str(self.posture)),
            ("pain", str(self.pain)),
            ("strength", str(self.strength)),
            ("level", self.level),
            ("days", str(self.days)),
            ("minutes", str(self.minutes)),
        ]
        owned = [e for e in EQUIPMENT_ORDER if e in self.equipment]
        pairs += [("eq", e) for e in owned] or [("eq", "")]  # Streamlit's "cleared" list
        pairs.append(("pullups", str(self.pullups)))
        pairs += [("trunk", d) for d in TRUNK_DIRECTIONS if d in self.trunk_focus]
        return urlencode(pairs)


def make_goals(**values: Any) -> Goals:
    """Goals from keyword values, validated; ints given as strings are not accepted here."""
    # Any on purpose: callers pass untrusted values and `validated()` checks each one at run time.
    return Goals(**values).validated()


def leading_goal(goals: Goals) -> str:
    """THE leading goal, the one home of the definition: the largest slider; a tie with pain goes
    to pain (the safer emphasis leads), a posture–strength tie to strength. Every text that says
    a goal "leads" uses this; `Goals.dominant` is the wider "leads or ties for the lead"."""
    return max(("strength", "posture", "pain"), key=lambda g: (getattr(goals, g), g == "pain"))


def _check_int(value: object, name: str, bounds: tuple[int, int]) -> None:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(f"{name} must be a whole number from {low} to {high}.", field=name)


def parse_equipment(values: Iterable[str]) -> frozenset[str]:
    """Equipment ids from a comma list or repeated values; `none` (or nothing) is the floor."""
    ids: set[str] = set()
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if part and part != "none":
                ids.add(part)
    unknown = sorted(ids - EQUIPMENT_IDS)
    if unknown:
        raise ValidationError(
            f"Unknown equipment {', '.join(unknown)}; use {', '.join(EQUIPMENT_ORDER)} or none.",
            field="eq",
        )
    return frozenset(ids)


def _check_directions(ids: Iterable[str]) -> None:
    unknown = sorted(set(ids) - set(TRUNK_DIRECTIONS))
    if unknown:
        raise ValidationError(
            f"Unknown trunk direction {', '.join(unknown)}; use "
            f"{', '.join(TRUNK_DIRECTIONS)} or none.",
            field="trunk",
        )


def parse_trunk_focus(values: Iterable[str]) -> frozenset[str]:
    """Trunk directions from a comma list or repeated values; `none` (or nothing) is none."""
    ids = {
        part.strip()
        for value in values
        for part in value.split(",")
        if part.strip() and part.strip() != "none"
    }
    _check_directions(ids)
    return frozenset(ids)


def parse_trunk_focus_option(text: str) -> frozenset[str]:
    """A strict `--trunk-focus` list, refused on the same grounds as `--equipment`."""
    parts = [part.strip() for part in text.split(",")]
    if not text.strip() or any(not part for part in parts):
        raise ValidationError(
            "List trunk directions separated by commas, with no empty items, or say none.",
            field="trunk",
        )
    if "none" in parts and len(parts) > 1:
        raise ValidationError(
            "none means no extra trunk work, so it cannot be listed with directions.",
            field="trunk",
        )
    return parse_trunk_focus([text])


def parse_equipment_option(text: str) -> frozenset[str]:
    """A strict `--equipment` list: comma-separated ids, or exactly `none` (DESIGN §5).

    Unlike a hand-edited link (`parse_equipment`, lenient), an option that is empty, holds an
    empty item (`,,,`) or mixes `none` with equipment is refused, because it says two things.
    """
    parts = [part.strip() for part in text.split(",")]
    if not text.strip() or any(not part for part in parts):
        raise ValidationError(
            "List equipment ids separated by commas, with no empty items, or say none.",
            field="eq",
        )
    if "none" in parts and len(parts) > 1:
        raise ValidationError(
            "none means no equipment, so it cannot be listed with other equipment.", field="eq"
        )
    return parse_equipment([text])


def goals_from_query(
    params: Mapping[str, str | list[str]] | str,
    base: Goals | None = None,
    *,
    zero_fallback: bool = True,
) -> tuple[Goals, tuple[str, ...]]:
    """Goals from a query string or mapping, and a note for every value that was ignored.

    Missing keys take `base`'s value (the defaults); an invalid value falls back too and is
    reported, never raised, because a link can be edited by hand. Unknown keys are ignored.
    All three goals at 0 fall back to `base`'s mix with a note; with `zero_fallback=False`
    they are returned as they are (unvalidated) for a page whose sliders say so themselves.
    """
    if isinstance(params, str):
        params = parse_qs(params, keep_blank_values=True)
    base = base or Goals()
    # Any on purpose: every value is checked before it goes in (ints and level above, equipment
    # by parse_equipment), and the result is validated again before it is returned.
    values: dict[str, Any] = {}
    notes: list[str] = []

    def last(key: str) -> str | None:
        raw = params.get(key)
        if raw is None:
            return None
        if isinstance(raw, str):
            return raw
        return raw[-1] if raw else ""

    for key, bounds in (
        ("posture", SLIDER_RANGE),
        ("pain", SLIDER_RANGE),
        ("strength", SLIDER_RANGE),
        ("days", DAYS_RANGE),
        ("minutes", MINUTES_RANGE),
        ("pullups", PULLUPS_RANGE),
    ):
        text = last(key)
        if text is None:
            continue
        try:
            number = int(text)
            _check_int(number, key, bounds)
        except (ValueError, ValidationError):
            notes.append(
                f"Ignored {key}={text!r} from the link ({key} must be a whole number from "
                f"{bounds[0]} to {bounds[1]}); using {getattr(base, key)}."
            )
            continue
        values[key] = number
    level = last("level")
    if level is not None:
        if level in LEVELS:
            values["level"] = level
        else:
            notes.append(f"Ignored level={level!r} from the link; using {base.level}.")
    for key, name, parse, ids, what in (
        ("eq", "equipment", parse_equipment, EQUIPMENT_IDS, "items"),
        ("trunk", "trunk_focus", parse_trunk_focus, frozenset(TRUNK_DIRECTIONS), "directions"),
    ):
        raw = params.get(key)
        if raw is None:
            continue
        items = [raw] if isinstance(raw, str) else list(raw)
        try:
            values[name] = parse(items)
        except ValidationError as exc:  # a link keeps what it can
            values[name] = frozenset(i for item in items for i in item.split(",") if i in ids)
            notes.append(f"{exc} Ignored the unknown {what} from the link.")
    goals = replace(base, **values)
    if goals.posture == goals.pain == goals.strength == 0:
        if not zero_fallback:
            return goals, tuple(notes)
        notes.append(
            "All three goals were 0 in the link; using the default mix "
            f"(posture {base.posture}, pain {base.pain}, strength {base.strength})."
        )
        goals = replace(goals, posture=base.posture, pain=base.pain, strength=base.strength)
    return goals.validated(), tuple(notes)
