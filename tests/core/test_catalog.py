from backfit.core import catalog


def test_the_five_foundational_exercises_are_there() -> None:
    assert catalog.EXERCISE_IDS == ("pull_up", "lat_pulldown", "row", "deadlift", "back_extension")


def test_variants_match_the_data_contract() -> None:
    expected = {
        "pull_up": {"band_assisted", "machine_assisted", "negative", "bodyweight", "weighted"},
        "lat_pulldown": {"cable"},
        "row": {"barbell", "dumbbell", "cable"},
        "deadlift": {"conventional", "romanian", "trap_bar"},
        "back_extension": {"machine", "bench_45", "ball", "floor"},
    }
    assert {e.id: set(e.variant_ids) for e in catalog.EXERCISES} == expected


def test_every_variant_needs_only_known_equipment() -> None:
    for exercise in catalog.EXERCISES:
        for variant in exercise.variants:
            assert set(variant.needs) <= catalog.EQUIPMENT_IDS, (exercise.id, variant.id)


def test_equipment_needs_follow_design_section_5() -> None:
    needs = {(e.id, v.id): set(v.needs) for e in catalog.EXERCISES for v in e.variants}
    assert needs[("pull_up", "band_assisted")] == {"pullup_bar", "bands"}
    assert needs[("pull_up", "machine_assisted")] == {"assisted_machine"}
    assert needs[("row", "dumbbell")] == {"dumbbells"}
    assert needs[("deadlift", "trap_bar")] == {"trap_bar"}
    assert needs[("back_extension", "floor")] == set()


def test_every_exercise_has_cues_muscles_and_progression_advice() -> None:
    for exercise in catalog.EXERCISES:
        assert len(exercise.cues) >= 2, exercise.id
        assert exercise.muscles and set(exercise.muscles) <= set(catalog.MUSCLES)
        assert exercise.progression.strip()


def test_ids_are_unique() -> None:
    for exercise in catalog.EXERCISES:
        assert len(set(exercise.variant_ids)) == len(exercise.variant_ids)
    assert len({e.id for e in catalog.EQUIPMENT}) == len(catalog.EQUIPMENT)


def test_available_variants_respects_owned_equipment() -> None:
    assert [v.id for v in catalog.available_variants("back_extension", frozenset())] == ["floor"]
    assert catalog.available_variants("lat_pulldown", frozenset({"barbell"})) == ()
    owned = frozenset({"pullup_bar", "bands"})
    assert {v.id for v in catalog.available_variants("pull_up", owned)} == {
        "band_assisted",
        "negative",
        "bodyweight",
        "weighted",
    }


def test_stretches_follow_acsm_hold_times_and_warmup_has_ramp_sets() -> None:
    for stretch in catalog.STRETCHES:
        assert 10 <= stretch.hold_s <= 30 and 2 <= stretch.sets <= 4
    assert any(item.id == "ramp_sets" for item in catalog.WARMUP)
    assert 5 <= sum(item.minutes for item in catalog.WARMUP) <= 10
