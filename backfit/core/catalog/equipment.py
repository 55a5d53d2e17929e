"""The equipment ids of DESIGN §5 and the muscles the exercises name."""

from __future__ import annotations

from backfit.core.catalog.model import Equipment

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
