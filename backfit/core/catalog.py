"""The exercise catalog v2: the five foundational back exercises, the trunk-endurance and
upper-back families that support them, warm-ups and stretches.

Everything here is data from TRAINING.md §1 and §6 (muscles, variants, spinal-load class, form
cues, how to progress) plus the equipment ids of DESIGN.md §5. Engines, importers and pages read
it; nothing writes it. Ids are stable strings because they are stored in the lifter's database:
a retired variant (the floor "superman") stays here so old logged sets keep their name, but the
routine engine never prescribes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from backfit.core.rules import Movement

#: TRAINING §1 spinal-load class of a variant; the weights live in `rules.SPINAL_LOAD_WEIGHT`.
SpinalLoad = Literal["high", "moderate", "low", "none"]
#: Which part of the catalog an exercise belongs to (TRAINING §1).
Family = Literal["foundational", "trunk", "upper_back"]
LoadType = Literal["barbell", "dumbbell", "cable", "machine", "assisted", "bodyweight", "band"]


@dataclass(frozen=True, slots=True)
class Equipment:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Variant:
    """One way to perform an exercise, and what it needs.

    `needs` is a tuple of alternatives-free requirements: every id in it must be owned.
    `load` says how the weight is expressed, which decides the progression step.
    `spinal_load` is the TRAINING §1 class; `sides` is 2 for one-arm or one-side work, whose
    time counts both sides (§2). A `retired` variant is never prescribed (old sets still load).
    """

    id: str
    name: str
    needs: tuple[str, ...]
    load: LoadType
    note: str = ""
    spinal_load: SpinalLoad = "low"
    sides: int = 1
    retired: bool = False


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    name: str
    movement: Movement
    muscles: tuple[str, ...]
    variants: tuple[Variant, ...]
    cues: tuple[str, ...]
    progression: str
    icon: str
    family: Family = "foundational"
    #: Light accessories never make a session hard (TRAINING §2: 48-hour rule).
    light: bool = False

    def variant(self, variant_id: str) -> Variant:
        for variant in self.variants:
            if variant.id == variant_id:
                return variant
        raise KeyError(f"{self.id} has no variant {variant_id!r}")

    @property
    def variant_ids(self) -> tuple[str, ...]:
        return tuple(v.id for v in self.variants)


@dataclass(frozen=True, slots=True)
class WarmupItem:
    id: str
    name: str
    minutes: float
    how: str


@dataclass(frozen=True, slots=True)
class Stretch:
    id: str
    name: str
    targets: tuple[str, ...]
    hold_s: int
    sets: int
    how: str


EQUIPMENT: tuple[Equipment, ...] = (
    Equipment("pullup_bar", "Pull-up bar"),
    Equipment("assisted_machine", "Assisted pull-up machine"),
    Equipment("bands", "Resistance bands"),
    Equipment("cable", "Cable station (pulldown / row)"),
    Equipment("barbell", "Barbell and plates"),
    Equipment("trap_bar", "Trap (hex) bar"),
    Equipment("dumbbells", "Dumbbells"),
    Equipment("bench_45", "45° back-extension bench"),
    Equipment("back_extension_machine", "Back-extension machine"),
    Equipment("ball", "Stability ball"),
)
EQUIPMENT_IDS: frozenset[str] = frozenset(e.id for e in EQUIPMENT)

#: Muscles as named on the back muscle map and in `Exercise.muscles`.
MUSCLES: tuple[str, ...] = (
    "lats",
    "traps",
    "rhomboids",
    "rear delts",
    "erector spinae",
    "glutes",
    "hamstrings",
    "biceps",
)

EXERCISES: tuple[Exercise, ...] = (
    Exercise(
        id="pull_up",
        name="Pull-up",
        movement="vertical_pull",
        muscles=("lats", "traps", "rhomboids", "biceps"),
        variants=(
            Variant(
                "band_assisted",
                "Band-assisted pull-up",
                ("pullup_bar", "bands"),
                "band",
                "A band looped over the bar takes part of your weight; thicker band, more help.",
            ),
            Variant(
                "machine_assisted",
                "Machine-assisted pull-up",
                ("assisted_machine",),
                "assisted",
                "The counterweight is subtracted from your bodyweight: less is harder.",
            ),
            Variant(
                "negative",
                "Negative (eccentric) pull-up",
                ("pullup_bar",),
                "bodyweight",
                "Jump or step to the top, then lower yourself over 3–5 seconds.",
            ),
            Variant("bodyweight", "Pull-up", ("pullup_bar",), "bodyweight"),
            Variant(
                "weighted",
                "Weighted pull-up",
                ("pullup_bar",),
                "dumbbell",
                "Add load with a dip belt or a dumbbell between the feet.",
            ),
            # Imported "Chin Up" (Strong, Hevy; issue #12); the ladder lists its rungs by name.
            Variant("chin_up", "Chin-up", ("pullup_bar",), "bodyweight", "Palms facing you."),
        ),
        cues=(
            "Start from a dead hang with arms straight and shoulders packed down.",
            "Pull your elbows down towards your ribs until your chin clears the bar.",
            "Lower under control; no kipping or swinging.",
        ),
        progression=(
            "Start assisted (machine or band) or with negatives; add reps, then remove "
            "assistance until you do strict bodyweight reps; past about 12 reps, add load."
        ),
        icon=":material/fitness_center:",
    ),
    Exercise(
        id="lat_pulldown",
        name="Lat pulldown",
        movement="vertical_pull",
        muscles=("lats", "traps", "rhomboids", "rear delts", "biceps"),
        variants=(
            Variant("cable", "Wide-grip lat pulldown", ("cable",), "cable"),
            Variant(
                "close_grip",
                "Close-grip (neutral) lat pulldown",
                ("cable",),
                "cable",
                "A V-handle or neutral bar: more range for the lats, kinder to the shoulders.",
            ),
            # Grips of the Strong and Hevy exercise lists, so imported pulldowns keep their grip
            # on the Progress page (issue #12); selection lists its variants by name.
            Variant("neutral_grip", "Neutral-grip lat pulldown", ("cable",), "cable"),
            Variant("reverse_grip", "Reverse-grip (underhand) lat pulldown", ("cable",), "cable"),
            Variant("single_arm", "Single-arm lat pulldown", ("cable",), "cable", sides=2),
        ),
        cues=(
            "Grip the bar a little wider than shoulder width and sit with thighs locked in.",
            "Lean back slightly and pull the bar to your upper chest, elbows down and back.",
            "Let the bar rise under control until your arms are straight.",
        ),
        progression=(
            "Add reps within the range; when every set reaches the top, move the pin one "
            "plate down the stack."
        ),
        icon=":material/vertical_align_bottom:",
    ),
    Exercise(
        id="row",
        name="Row",
        movement="horizontal_pull",
        muscles=("lats", "rhomboids", "traps", "rear delts", "biceps"),
        variants=(
            Variant(
                "barbell",
                "Bent-over barbell row",
                ("barbell",),
                "barbell",
                "Torso hinged forward and unsupported: the lower back holds the position.",
                spinal_load="high",
            ),
            Variant(
                "dumbbell",
                "One-arm dumbbell row",
                ("dumbbells",),
                "dumbbell",
                "Brace a hand and knee on a bench; the weight is one dumbbell; both arms.",
                sides=2,
            ),
            Variant("cable", "Seated cable row", ("cable",), "cable"),
            Variant(
                "chest_supported",
                "Chest-supported dumbbell row",
                ("dumbbells",),
                "dumbbell",
                "Lie face down on an incline bench and row two dumbbells: the bench carries "
                "the torso, so the lower back rests.",
            ),
            # Imported "Seated Row (Machine)", "Iso-Lateral Row (Machine)" (issue #12): a
            # selectorised or plate-loaded row station, counted with the cable station.
            Variant("machine", "Seated machine row", ("cable",), "machine"),
        ),
        cues=(
            "Keep a neutral spine: hinge at the hips, chest proud, no rounding.",
            "Pull the handle or bar towards your lower ribs and squeeze the shoulder blades.",
            "Exhale through the pull; lower with control.",
        ),
        progression="Add reps within the range, then the smallest weight step.",
        icon=":material/rowing:",
    ),
    Exercise(
        id="deadlift",
        name="Deadlift",
        movement="hinge",
        muscles=("erector spinae", "lats", "traps", "glutes", "hamstrings"),
        variants=(
            Variant(
                "conventional",
                "Conventional deadlift",
                ("barbell",),
                "barbell",
                spinal_load="high",
            ),
            Variant(
                "romanian",
                "Romanian deadlift",
                ("barbell",),
                "barbell",
                "From standing, push the hips back with soft knees; the bar stays on the legs.",
                spinal_load="moderate",
            ),
            Variant(
                "trap_bar",
                "Trap-bar deadlift",
                ("trap_bar",),
                "barbell",
                "Load sits in line with your body and the knees bend more: the more "
                "knee-dominant hinge, easier on the lower back.",
                spinal_load="moderate",
            ),
            # Imported "Sumo Deadlift (Barbell)" (issue #12); selection lists its hinges by name.
            Variant(
                "sumo",
                "Sumo deadlift",
                ("barbell",),
                "barbell",
                "Wide stance, hands inside the knees.",
                spinal_load="high",
            ),
        ),
        cues=(
            "Bar over mid-foot, shins close; brace your trunk before the bar leaves the floor.",
            "Keep a neutral spine throughout; push the floor away, don't pull with the back.",
            "Stand tall at the top without leaning back; lower the bar the way it came up.",
        ),
        progression=(
            "Start light and master the hinge; add the smallest plate step when every set "
            "reaches the top of the range."
        ),
        icon=":material/weight:",
    ),
    Exercise(
        id="back_extension",
        name="Back extension",
        movement="extension",
        muscles=("erector spinae", "glutes", "hamstrings"),
        variants=(
            Variant(
                "machine",
                "Back-extension machine",
                ("back_extension_machine",),
                "machine",
                "Loaded from the stack.",
                spinal_load="moderate",
            ),
            Variant("bench_45", "45° back extension", ("bench_45",), "bodyweight"),
            Variant("ball", "Stability-ball back extension", ("ball",), "bodyweight"),
            Variant(
                "floor",
                "Floor back extension (superman hold)",
                (),
                "bodyweight",
                "Retired: about 6,000 N on a hyperextended spine (McGill). Old sets still "
                "count; the routine uses the bird-dog instead.",
                spinal_load="high",
                retired=True,
            ),
        ),
        cues=(
            "Move from the hips; lift until body and legs form a straight line, not beyond.",
            "Keep the neck neutral, eyes down.",
            "Do these after deadlifts and rows, not before: tired erectors make hinges riskier.",
        ),
        progression=(
            "Start with bodyweight; add reps or hold time, then hold a light plate to the chest."
        ),
        icon=":material/accessibility_new:",
    ),
    # --- Trunk endurance: McGill's big 3 (TRAINING §1). Holds of 8–10 s, descending rounds.
    Exercise(
        id="bird_dog",
        name="Bird-dog",
        movement="trunk",
        muscles=("erector spinae", "glutes"),
        variants=(
            Variant(
                "standard",
                "Bird-dog",
                (),
                "bodyweight",
                "On hands and knees, reach one arm and the opposite leg long; hold, switch.",
                spinal_load="none",
                sides=2,
            ),
        ),
        cues=(
            "Brace lightly and keep the back still: no arching, no twisting of the hips.",
            "Reach the hand and heel long rather than high; make a fist to switch the upper "
            "back on.",
            "Hold 8–10 s, then sweep the hand and knee back under you without resting them.",
        ),
        progression=(
            "Add one hold per round up to 8 (never longer holds), then add a round (McGill)."
        ),
        icon=":material/pets:",
        family="trunk",
    ),
    Exercise(
        id="side_bridge",
        name="Side bridge",
        movement="trunk",
        muscles=("erector spinae", "glutes"),
        variants=(
            Variant(
                "knees",
                "Side bridge on the knees",
                (),
                "bodyweight",
                "Easier: knees bent, hips lifted from the knee and elbow.",
                spinal_load="none",
                sides=2,
            ),
            Variant(
                "feet",
                "Side bridge on the feet",
                (),
                "bodyweight",
                "Full version: body straight from the feet to the head.",
                spinal_load="none",
                sides=2,
            ),
        ),
        cues=(
            "Elbow under the shoulder; lift the hips until the body is one straight line.",
            "Keep the chest open and the head in line; breathe normally.",
            "Hold 8–10 s each side, stop before any shaking.",
        ),
        progression=("Start on the knees; add holds per round, then move to the feet (McGill)."),
        icon=":material/straighten:",
        family="trunk",
    ),
    Exercise(
        id="mcgill_curl_up",
        name="McGill curl-up",
        movement="trunk",
        muscles=("erector spinae",),
        variants=(
            Variant(
                "standard",
                "McGill curl-up",
                (),
                "bodyweight",
                "One knee bent, hands under the low back; lift only head and shoulders.",
                spinal_load="none",
            ),
        ),
        cues=(
            "Hands under the lower back keep its natural curve; do not flatten it.",
            "Lift the head and shoulders a few centimetres as one block; chin stays tucked.",
            "Hold 8–10 s; switch the bent leg halfway through the rounds.",
        ),
        progression="Add one hold per round up to 8, then a round; elbows up makes it harder.",
        icon=":material/airline_seat_flat:",
        family="trunk",
    ),
    # --- Upper-back endurance: posture work without a row station (TRAINING §1).
    Exercise(
        id="inverted_row",
        name="Inverted row",
        movement="horizontal_pull",
        muscles=("lats", "rhomboids", "traps", "rear delts", "biceps"),
        variants=(
            Variant(
                "bar",
                "Inverted row on a low bar",
                ("pullup_bar",),
                "bodyweight",
                "A bar at hip height (or rings/straps from the pull-up bar).",
            ),
            Variant(
                "table",
                "Inverted row under a sturdy table",
                (),
                "bodyweight",
                "Lie under a solid table, grip its edge and pull the chest up to it.",
            ),
        ),
        cues=(
            "Body straight from heels to head: squeeze the glutes, no sagging hips.",
            "Pull the chest to the bar, shoulder blades together; lower with control.",
            "Walk the feet forward (more upright) to make it easier.",
        ),
        progression="Add reps, then lower the body towards horizontal, then raise the feet.",
        icon=":material/table_restaurant:",
        family="upper_back",
    ),
    Exercise(
        id="band_row",
        name="Band row",
        movement="horizontal_pull",
        muscles=("lats", "rhomboids", "traps", "rear delts"),
        variants=(
            Variant(
                "standard",
                "Band row",
                ("bands",),
                "band",
                "Band anchored at chest height, or looped round the feet while seated.",
            ),
        ),
        cues=(
            "Sit or stand tall; pull the elbows back past the ribs.",
            "Squeeze the shoulder blades together for a second; return slowly.",
        ),
        progression="Add reps, then step back or use a thicker band.",
        icon=":material/rowing:",
        family="upper_back",
        light=True,
    ),
    Exercise(
        id="band_pull_apart",
        name="Band pull-apart",
        movement="horizontal_pull",
        muscles=("rear delts", "rhomboids", "traps"),
        variants=(
            Variant(
                "standard",
                "Band pull-apart",
                ("bands",),
                "band",
                "A light band held at shoulder width, arms straight in front.",
            ),
        ),
        cues=(
            "Arms straight at shoulder height; pull the band to the chest by opening the arms.",
            "Keep the ribs down and the neck long; control the way back.",
        ),
        progression="Add reps up to 20, then use a narrower grip or a thicker band.",
        icon=":material/open_in_full:",
        family="upper_back",
        light=True,
    ),
    Exercise(
        id="face_pull",
        name="Face pull",
        movement="horizontal_pull",
        muscles=("rear delts", "traps", "rhomboids"),
        variants=(
            Variant("cable", "Cable face pull", ("cable",), "cable", "Rope at eye height."),
            Variant("band", "Band face pull", ("bands",), "band", "Band anchored at eye height."),
        ),
        cues=(
            "Pull the rope towards the forehead, hands apart, elbows high.",
            "Finish with the thumbs pointing back: the shoulders rotate outwards.",
        ),
        progression="Add reps, then the smallest stack step or a thicker band.",
        icon=":material/face:",
        family="upper_back",
        light=True,
    ),
    Exercise(
        id="prone_ytw",
        name="Prone Y-T-W",
        movement="horizontal_pull",
        muscles=("traps", "rhomboids", "rear delts"),
        variants=(
            Variant(
                "floor",
                "Prone Y-T-W raises",
                (),
                "bodyweight",
                "Face down on the floor, forehead on a towel; only the arms lift.",
            ),
            Variant(
                "dumbbells",
                "Prone Y-T-W with light dumbbells",
                ("dumbbells",),
                "dumbbell",
                "The lightest dumbbells you own, 1–2 kg.",
            ),
        ),
        cues=(
            "Lift the arms in a Y, then a T, then a W, thumbs up; legs and chest stay down.",
            "Move the shoulder blades, not the lower back: no arching.",
        ),
        progression="Add reps per letter, then hold light dumbbells.",
        icon=":material/accessibility:",
        family="upper_back",
        light=True,
    ),
)

_BY_ID = MappingProxyType({e.id: e for e in EXERCISES})
EXERCISE_IDS: tuple[str, ...] = tuple(_BY_ID)


def exercise(exercise_id: str) -> Exercise:
    """The catalog exercise with this id (KeyError for a custom exercise name)."""
    return _BY_ID[exercise_id]


def is_catalog_exercise(exercise_id: str) -> bool:
    return exercise_id in _BY_ID


#: The five foundational exercises (product brief), then the supporting families.
FOUNDATIONAL_IDS: tuple[str, ...] = tuple(e.id for e in EXERCISES if e.family == "foundational")
FAMILY_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {
        "foundational": "The five foundational exercises",
        "trunk": "Trunk endurance (McGill big 3)",
        "upper_back": "Upper-back endurance",
    }
)


def family(name: str) -> tuple[Exercise, ...]:
    return tuple(e for e in EXERCISES if e.family == name)


def spinal_load(exercise_id: str, variant_id: str) -> SpinalLoad:
    """The variant's TRAINING §1 spinal-load class ("low" for a custom exercise)."""
    if exercise_id not in _BY_ID:
        return "low"
    return _BY_ID[exercise_id].variant(variant_id).spinal_load


def variant_available(variant: Variant, owned: frozenset[str] | set[str]) -> bool:
    """True when every piece of equipment the variant needs is owned."""
    return all(need in owned for need in variant.needs)


def available_variants(exercise_id: str, owned: frozenset[str] | set[str]) -> tuple[Variant, ...]:
    """Variants the equipment allows and the engine may prescribe (retired ones excluded)."""
    return tuple(
        v for v in exercise(exercise_id).variants if not v.retired and variant_available(v, owned)
    )


WARMUP: tuple[WarmupItem, ...] = (
    WarmupItem(
        "general",
        "Easy cardio (bike, rower, brisk walk)",
        5,
        "Raise the pulse until you are warm and slightly out of breath.",
    ),
    WarmupItem(
        "cat_camel",
        "Cat–camel",
        1,
        "On hands and knees, slowly round and arch the back 8–10 times, no forcing.",
    ),
    WarmupItem(
        "band_pull_apart",
        "Band pull-aparts or arm circles",
        1,
        "15–20 easy reps to wake up the upper back and rear shoulders.",
    ),
    WarmupItem(
        "ramp_sets",
        "Ramp sets for the first heavy lift",
        3,
        "2–3 lighter sets of the first lift (about 40 %, 60 %, 80 % of the working load).",
    ),
)

STRETCHES: tuple[Stretch, ...] = (
    Stretch(
        "lat_stretch",
        "Lat stretch (hanging or kneeling on a bench)",
        ("lats",),
        30,
        2,
        "Reach long, sit the hips back and let the armpit open; breathe slowly.",
    ),
    Stretch(
        "childs_pose",
        "Child's pose",
        ("erector spinae", "lats"),
        30,
        2,
        "Knees wide, hips to heels, arms long in front.",
    ),
    Stretch(
        "knee_to_chest",
        "Knee-to-chest",
        ("erector spinae", "glutes"),
        30,
        2,
        "Lying on your back, hug one knee at a time towards the chest.",
    ),
    Stretch(
        "hamstring",
        "Supine hamstring stretch",
        ("hamstrings",),
        30,
        2,
        "One leg up, hands or a strap behind the thigh, knee nearly straight.",
    ),
    Stretch(
        "doorway_pec",
        "Doorway chest stretch",
        ("rear delts", "traps"),
        30,
        2,
        "Forearm on a door frame, step through gently: opens the front for better posture.",
    ),
)

#: TRAINING.md §6, shown wherever a routine or the log is shown. Never hidden.
SAFETY_NOTES: tuple[str, ...] = (
    "Before starting: if you have heart, metabolic or kidney disease, or symptoms of it, get "
    "medical clearance first.",
    "Stop and see a clinician if pain spreads into a leg, tingling or numbness appears, or pain "
    "is worse and lasts more than 48 hours.",
    "Seek urgent care for new loss of bladder or bowel control, numbness in the groin or saddle "
    "area, severe or worsening leg weakness, fever or unexplained weight loss with back pain, or "
    "back pain after major trauma.",
    "Exercise helps prevent low-back pain from coming back (about a third lower risk), but the "
    "effect fades after a year, so keep training. Posture work is not a cure for pain.",
    "Form: neutral spine on rows and deadlifts; exhale through the hardest part; back extensions "
    "after deadlifts and rows, not before; no 1-rep-max tests for novices.",
)

#: TRAINING §6 red-flag screen (NG59): asked once per profile before the first plan with any
#: pain share. Any "yes" gives no plan, only `URGENT_CARE`.
RED_FLAG_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("bladder_bowel", "Have you newly lost control of your bladder or bowels?"),
    ("saddle_numbness", "Is there numbness in your groin or saddle area?"),
    ("leg_weakness", "Do you have severe or worsening weakness in a leg?"),
    ("fever_weight", "Do you have a fever or unexplained weight loss along with back pain?"),
    ("trauma", "Did your back pain start after a major trauma (a fall, a crash)?"),
)
URGENT_CARE: str = (
    "Please seek urgent medical care before you train: what you answered can be a sign of a "
    "condition that needs a doctor today (NICE NG59). BackFit shows no plan until a clinician "
    "has cleared you; you can change your answers on the Goals page afterwards."
)
