"""Catalog v2 (TRAINING §1): the five foundational exercises, the supporting families, every
variant's spinal-load class, and the retired superman that old logs still name."""

from backfit.core import catalog


def test_the_five_foundational_exercises_come_first() -> None:
    assert catalog.FOUNDATIONAL_IDS == (
        "pull_up", "lat_pulldown", "row", "deadlift", "back_extension",
    )  # fmt: skip
    assert catalog.EXERCISE_IDS[:5] == catalog.FOUNDATIONAL_IDS


def test_supporting_families() -> None:
    assert {e.id for e in catalog.family("trunk")} == {"bird_dog", "side_bridge", "mcgill_curl_up"}
    assert {e.id for e in catalog.family("upper_back")} == {
        "inverted_row", "band_row", "band_pull_apart", "face_pull", "prone_ytw",
    }  # fmt: skip
    assert "chest_supported" in catalog.exercise("row").variant_ids


def test_variants_keep_the_data_contract() -> None:
    expected = {
        # chin_up, the other pulldown grips, the machine row and sumo: imported histories
        # keep what they were (issue #12); no plan prescribes them.
        "pull_up": {
            "band_assisted",
            "machine_assisted",
            "negative",
            "bodyweight",
            "weighted",
            "chin_up",
        },
        "lat_pulldown": {"cable", "close_grip", "neutral_grip", "reverse_grip", "single_arm"},
        "row": {"barbell", "dumbbell", "cable", "chest_supported", "machine"},
        "deadlift": {"conventional", "romanian", "trap_bar", "sumo"},
        "back_extension": {"machine", "bench_45", "ball", "floor"},
    }
    got = {e.id: set(e.variant_ids) for e in catalog.EXERCISES if e.family == "foundational"}
    assert got == expected


def test_spinal_load_classes_follow_training_section_1() -> None:
    load = catalog.spinal_load
    assert load("deadlift", "conventional") == "high"
    assert load("row", "barbell") == "high"
    assert load("deadlift", "trap_bar") == load("deadlift", "romanian") == "moderate"
    assert load("back_extension", "machine") == "moderate"
    assert load("back_extension", "bench_45") == load("back_extension", "ball") == "low"
    for row in ("dumbbell", "cable", "chest_supported"):
        assert load("row", row) == "low"
    for exercise in catalog.family("trunk"):
        assert {v.spinal_load for v in exercise.variants} == {"none"}
    for exercise in catalog.EXERCISES:
        for variant in exercise.variants:
            assert variant.spinal_load in ("high", "moderate", "low", "none")
    assert load("a custom lift", "x") == "low"


def test_superman_is_retired_but_still_named() -> None:
    floor = catalog.exercise("back_extension").variant("floor")
    assert floor.retired and floor.spinal_load == "high"
    assert "superman" in floor.name.lower()
    assert all(v.id != "floor" for v in catalog.available_variants("back_extension", set()))
    assert [e for e in catalog.EXERCISES for v in e.variants if v.retired] == [
        catalog.exercise("back_extension")
    ]


def test_every_variant_needs_only_known_equipment_and_ids_are_unique() -> None:
    assert len(set(catalog.EXERCISE_IDS)) == len(catalog.EXERCISE_IDS)
    for exercise in catalog.EXERCISES:
        assert len(set(exercise.variant_ids)) == len(exercise.variant_ids)
        for variant in exercise.variants:
            assert set(variant.needs) <= catalog.EQUIPMENT_IDS, (exercise.id, variant.id)
    assert len({e.id for e in catalog.EQUIPMENT}) == len(catalog.EQUIPMENT)


def test_equipment_needs_follow_design_section_5() -> None:
    needs = {(e.id, v.id): set(v.needs) for e in catalog.EXERCISES for v in e.variants}
    assert needs[("pull_up", "band_assisted")] == {"pullup_bar", "bands"}
    assert needs[("pull_up", "machine_assisted")] == {"assisted_machine"}
    assert needs[("row", "dumbbell")] == {"dumbbells"}
    assert needs[("deadlift", "trap_bar")] == {"trap_bar"}
    assert needs[("inverted_row", "table")] == set()
    assert needs[("prone_ytw", "floor")] == set()


def test_one_arm_and_one_side_work_counts_both_sides() -> None:
    assert catalog.exercise("row").variant("dumbbell").sides == 2
    assert catalog.exercise("bird_dog").variant("standard").sides == 2
    assert catalog.exercise("side_bridge").variant("knees").sides == 2
    assert catalog.exercise("row").variant("chest_supported").sides == 1


def test_every_exercise_has_cues_muscles_and_progression_advice() -> None:
    for exercise in catalog.EXERCISES:
        assert len(exercise.cues) >= 2, exercise.id
        assert exercise.muscles and set(exercise.muscles) <= set(catalog.MUSCLES)
        assert exercise.progression.strip()


def test_available_variants_respects_owned_equipment() -> None:
    assert catalog.available_variants("back_extension", frozenset()) == ()
    assert catalog.available_variants("lat_pulldown", frozenset({"barbell"})) == ()
    owned = frozenset({"pullup_bar", "bands"})
    assert {v.id for v in catalog.available_variants("pull_up", owned)} == {
        "band_assisted", "negative", "bodyweight", "weighted", "chin_up",
    }  # fmt: skip


def test_stretches_follow_acsm_hold_times_and_warmup_has_ramp_sets() -> None:
    for stretch in catalog.STRETCHES:
        assert 10 <= stretch.hold_s <= 30 and 2 <= stretch.sets <= 4
    assert any(item.id == "ramp_sets" for item in catalog.WARMUP)
