"""The five foundational back exercises of the product brief (TRAINING §1)."""

from __future__ import annotations

from backfit.core.catalog.model import Exercise, Variant

FOUNDATIONAL: tuple[Exercise, ...] = (
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
                "Brace a hand and knee on a bench (or a hand on a sturdy chair); one dumbbell; "
                "both arms.",
                sides=2,
            ),
            Variant("cable", "Seated cable row", ("cable",), "cable"),
            Variant(
                "chest_supported",
                "Chest-supported dumbbell row",
                ("dumbbells",),
                "dumbbell",
                "Lie face down on an incline bench (or a box) and row two dumbbells: it carries "
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
)
