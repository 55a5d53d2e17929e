"""Exercise names from other apps → BackFit catalog ids and variants.

Strong and Hevy name exercises `Base (Equipment)`, sometimes with a grip after a dash:
`Seated Cable Row - V Grip (Cable)`. The base picks the catalog exercise (table `_BASES`), the
equipment in brackets picks the variant (table `_EQUIPMENT`), and a base may imply a variant on
its own (`Romanian Deadlift` → romanian). A name whose equipment is not a variant of its
exercise (`Romanian Deadlift (Dumbbell)`) is not forced onto the catalog: like every other
unknown name it is kept verbatim as a custom exercise, so nothing is ever relabelled wrongly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from backfit.core import catalog

MAX_CUSTOM_NAME = 80


@dataclass(frozen=True, slots=True)
class Mapped:
    """Where a source name lands. `assisted` means the file's weight is assistance."""

    exercise: str
    variant: str | None
    assisted: bool = False

    @property
    def in_catalog(self) -> bool:
        return catalog.is_catalog_exercise(self.exercise)


# The back exercises of Strong's and Hevy's standard exercise lists, by full name (normalised as
# `_normalise` does), where the generic base + (equipment) rule below would miss the variant.
# Sources: Strong's list as mapped by liftosaur's `src/utils/importFromStrong.ts`
# (astashov/liftosaur, PR #384: "Lat Pulldown - Underhand (Cable)", "Lat Pulldown - Wide Grip
# (Cable)", "Lat Pulldown (Single Arm)", "Sumo Deadlift (Barbell)", "Iso-Lateral Row
# (Machine)", "Wide Pull Up", "Triceps Dip (Assisted)"…); Hevy's list as curated in a public
# Hevy watch companion (`SubstitutionMap.kt`: "Lat Pulldown - Close Grip (Cable)", "Seated Row
# (Machine)", "Iso-Lateral Low Row", "Seated Cable Row - Bar Grip", "Chest Supported Incline Row
# (Dumbbell)"…) and issue #12's real Hevy exports ("Back Extension (Weighted
# Hyperextension)", "Neutral Grip Lat Pulldown", "Single Arm Lat Pulldown", "Reverse Grip Lat
# Pulldown (Cable)", "Chin Up", "Seated Row (Machine)"). Strong's standard list as cloned in a
# public Flutter app (`op_fitnessapp`'s `main.dart` exercise names: "Chin Up (Assisted)",
# "Chin Up", "Pull Up (Band)", "Inverted Row (Bodyweight)", "Face Pull (Cable)", "Seated
# Wide-Grip Row (Cable)", "Back Extension (Machine)", "Good Morning (Barbell)", "Side Plank",
# "Chest Dip (Assisted)", "Triceps Dip (Assisted)"…) and Hevy's seed list in a public Android
# app ("Chin Up (Weighted)", "Chin Up (Assisted)", "Dips (Assisted)"). The supporting families
# of the catalog (inverted row, face pull, band pull-apart, bird-dog, side bridge) are mapped
# too. Names that are a different movement (T-bar row, rack pull, stiff-leg or deficit
# deadlift, good morning, chest-supported rows, high rows, kipping pull-ups, band pulldowns)
# stay custom; so do dips, which are not back exercises (their weight is still assistance).
_STANDARD: dict[str, tuple[str, str]] = {
    "back extension (weighted hyperextension)": ("back_extension", "bench_45"),
    "back extension (hyperextension)": ("back_extension", "bench_45"),
    "neutral grip lat pulldown": ("lat_pulldown", "neutral_grip"),
    "neutral grip lat pulldown (cable)": ("lat_pulldown", "neutral_grip"),
    "single arm lat pulldown": ("lat_pulldown", "single_arm"),
    "single arm lat pulldown (cable)": ("lat_pulldown", "single_arm"),
    "lat pulldown (single arm)": ("lat_pulldown", "single_arm"),
    "reverse grip lat pulldown": ("lat_pulldown", "reverse_grip"),
    "reverse grip lat pulldown (cable)": ("lat_pulldown", "reverse_grip"),
    "close grip lat pulldown": ("lat_pulldown", "close_grip"),
    "close grip lat pulldown (cable)": ("lat_pulldown", "close_grip"),
    "deadlift (trap bar)": ("deadlift", "trap_bar"),
    "sumo deadlift": ("deadlift", "sumo"),
    "sumo deadlift (barbell)": ("deadlift", "sumo"),
    "chin up": ("pull_up", "chin_up"),
    "chin ups": ("pull_up", "chin_up"),
    "chinup": ("pull_up", "chin_up"),
    "chin up (bodyweight)": ("pull_up", "chin_up"),
    # A weighted chin-up adds its weight to bodyweight; an assisted one subtracts it
    # (`_is_assisted` marks it): both are the chin-up grip of the pull-up.
    "chin up (weighted)": ("pull_up", "chin_up"),
    "weighted chin up": ("pull_up", "chin_up"),
    "chin up (assisted)": ("pull_up", "chin_up"),
    "assisted chin up": ("pull_up", "chin_up"),
    "wide pull up": ("pull_up", "bodyweight"),
    "seated row (machine)": ("row", "machine"),
    "iso lateral row (machine)": ("row", "machine"),
    "iso lateral low row": ("row", "machine"),
    "iso lateral low row (machine)": ("row", "machine"),
    "single arm cable row": ("row", "cable"),
    "seated wide grip row (cable)": ("row", "cable"),
    # The catalog's supporting families (TRAINING §1).
    "inverted row": ("inverted_row", "bar"),
    "inverted row (bodyweight)": ("inverted_row", "bar"),
    "face pull": ("face_pull", "cable"),
    "face pull (cable)": ("face_pull", "cable"),
    "face pull (band)": ("face_pull", "band"),
    "band pull apart": ("band_pull_apart", "standard"),
    "band pull apart (band)": ("band_pull_apart", "standard"),
    "bird dog": ("bird_dog", "standard"),
    "side plank": ("side_bridge", "feet"),
}
# The grip after the dash of a lat pulldown ("Lat Pulldown - Close Grip (Cable)").
_PULLDOWN_GRIPS: dict[str, str] = {
    "wide grip": "cable",
    "close grip": "close_grip",
    "narrow grip": "close_grip",
    "neutral grip": "neutral_grip",
    "v grip": "neutral_grip",
    "underhand": "reverse_grip",
    "reverse grip": "reverse_grip",
    "supinated": "reverse_grip",
    "single arm": "single_arm",
}

# base name (lowercase, single spaces, no dashes) → (exercise, variant implied by the base)
_BASES: dict[str, tuple[str, str | None]] = {
    "pull up": ("pull_up", None),
    "pull ups": ("pull_up", None),
    "pullup": ("pull_up", None),
    "wide grip pull up": ("pull_up", None),
    "assisted pull up": ("pull_up", "machine_assisted"),
    "band assisted pull up": ("pull_up", "band_assisted"),
    "negative pull up": ("pull_up", "negative"),
    "pull up negative": ("pull_up", "negative"),
    "eccentric pull up": ("pull_up", "negative"),
    "weighted pull up": ("pull_up", "weighted"),
    "lat pulldown": ("lat_pulldown", "cable"),
    "lat pull down": ("lat_pulldown", "cable"),
    "wide grip lat pulldown": ("lat_pulldown", "cable"),
    "bent over row": ("row", None),
    "barbell row": ("row", "barbell"),
    "pendlay row": ("row", "barbell"),
    "seated row": ("row", "cable"),
    "seated cable row": ("row", "cable"),
    "cable row": ("row", "cable"),
    "dumbbell row": ("row", "dumbbell"),
    "one arm dumbbell row": ("row", "dumbbell"),
    "single arm dumbbell row": ("row", "dumbbell"),
    "bent over one arm row": ("row", "dumbbell"),
    "deadlift": ("deadlift", "conventional"),
    "conventional deadlift": ("deadlift", "conventional"),
    "romanian deadlift": ("deadlift", "romanian"),
    "rdl": ("deadlift", "romanian"),
    "trap bar deadlift": ("deadlift", "trap_bar"),
    "hex bar deadlift": ("deadlift", "trap_bar"),
    "back extension": ("back_extension", None),
    "back extensions": ("back_extension", None),
    "hyperextension": ("back_extension", "bench_45"),
    "45 degree back extension": ("back_extension", "bench_45"),
    "superman": ("back_extension", "floor"),
    "superman hold": ("back_extension", "floor"),
}

# equipment in brackets → variant, per exercise (None: no bracket)
_EQUIPMENT: dict[str, dict[str | None, str]] = {
    "pull_up": {
        None: "bodyweight",
        "bodyweight": "bodyweight",
        "assisted": "machine_assisted",
        "machine": "machine_assisted",
        "band": "band_assisted",
        "band assisted": "band_assisted",
        "weighted": "weighted",
        "negative": "negative",
    },
    "lat_pulldown": {None: "cable", "cable": "cable", "machine": "cable"},
    "row": {
        None: "barbell",
        "barbell": "barbell",
        "dumbbell": "dumbbell",
        "cable": "cable",
        "machine": "machine",
    },
    "deadlift": {None: "conventional", "barbell": "conventional", "trap bar": "trap_bar"},
    "back_extension": {
        None: "bench_45",
        "hyperextension": "bench_45",
        "bodyweight": "bench_45",
        "weighted": "bench_45",
        "machine": "machine",
        "ball": "ball",
        "stability ball": "ball",
        "floor": "floor",
    },
}
_ASSISTED_VARIANTS = frozenset({"machine_assisted", "band_assisted"})
_BRACKET = re.compile(r"^(?P<base>.*?)\s*\((?P<equipment>[^()]*)\)\s*$")


def _normalise(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").replace("°", " degree ").split())


def map_name(name: str) -> Mapped:
    """The catalog exercise and variant for a source name, or the name kept verbatim.

    Every `(Assisted)` exercise and every `Assisted …` name carries its weight as assistance,
    catalog or custom (`Chest Dip (Assisted)`), so the help never counts as load.
    """
    verbatim = Mapped(name.strip(), None, assisted=_is_assisted(name))
    standard = _STANDARD.get(_normalise(name))
    if standard:
        exercise, variant = standard
        return Mapped(
            exercise, variant, assisted=variant in _ASSISTED_VARIANTS or verbatim.assisted
        )
    match = _BRACKET.match(name)
    base, equipment = (match["base"], _normalise(match["equipment"])) if match else (name, None)
    base, _, grip = base.partition(" - ")
    base, grip = _normalise(base), _normalise(grip)
    if base not in _BASES:
        return verbatim
    exercise, implied = _BASES[base]
    if exercise == "lat_pulldown" and grip:
        # "Seated Cable Row - V Grip" is still a cable row, but a pulldown's grip is a variant.
        if grip not in _PULLDOWN_GRIPS:
            return verbatim
        implied = _PULLDOWN_GRIPS[grip]
    by_equipment = _EQUIPMENT[exercise]
    if implied is None:
        if equipment not in by_equipment:
            return verbatim
        variant = by_equipment[equipment]
    else:
        # A bracket may repeat what the base says ("Romanian Deadlift (Barbell)"); one that
        # contradicts it ("Romanian Deadlift (Dumbbell)") is a different exercise.
        load = catalog.exercise(exercise).variant(implied).load
        # (Every pulldown grip is done on the cable stack: "(Machine)" names that station.)
        fits = {implied, "cable"} if exercise == "lat_pulldown" else {implied}
        if equipment not in (None, load) and by_equipment.get(equipment) not in fits:
            return verbatim
        variant = implied
    return Mapped(exercise, variant, assisted=variant in _ASSISTED_VARIANTS)


def _is_assisted(name: str) -> bool:
    words = _normalise(name)
    return "(assisted)" in words or words.startswith("assisted ")


def choice(exercise: str, variant: str | None) -> Mapped:
    """A mapping the lifter picked for an unmapped name (validated against the catalog)."""
    if not catalog.is_catalog_exercise(exercise):
        return Mapped(exercise.strip(), None)
    if variant is not None and variant not in catalog.exercise(exercise).variant_ids:
        raise KeyError(f"{exercise} has no variant {variant!r}")
    return Mapped(exercise, variant, assisted=variant in _ASSISTED_VARIANTS)


def catalog_choices() -> list[tuple[str, str]]:
    """Every (exercise, variant) pair in the catalog, for a mapping picker."""
    return [(e.id, v.id) for e in catalog.EXERCISES for v in e.variants]
