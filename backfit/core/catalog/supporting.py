"""The families that support the five: trunk endurance (McGill big 3) and upper-back work.

Used where the five cannot serve the goal or the equipment (TRAINING §1).
"""

from __future__ import annotations

from backfit.core.catalog.model import Exercise, Variant

SUPPORTING: tuple[Exercise, ...] = (
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
