"""A schematic back coloured by each muscle's working sets in the last days."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from backfit.charts.style import AUTOSIZE

# A schematic back, viewed from behind, on a 100 × 150 grid (y grows downwards). Left-side
# shapes are mirrored; traps is one shape across the spine.
_LEFT_SHAPES: dict[str, list[list[tuple[float, float]]]] = {
    "traps": [[(50, 14), (42, 20), (28, 28), (40, 31), (46, 44), (50, 58), (54, 44), (60, 31),
               (72, 28), (58, 20)]],
    "rear delts": [[(20, 30), (28, 28), (31, 33), (29, 42), (21, 42), (17, 36)]],
    "rhomboids": [[(38, 32), (45, 36), (48, 48), (41, 46), (34, 38)]],
    "lats": [[(30, 42), (41, 48), (48, 52), (47, 74), (38, 80), (31, 66), (28, 52)]],
    "erector spinae": [[(44.5, 58), (49, 58), (49, 94), (43, 94), (42.5, 76)]],
    "glutes": [[(32, 96), (49, 97), (49, 116), (38, 118), (31, 108)]],
    "hamstrings": [[(33, 120), (47, 120), (45, 150), (36, 150), (32, 134)]],
}  # fmt: skip
_CENTRED = {"traps"}


def _features(sets: dict[str, float]) -> list[dict[str, Any]]:
    features = []
    for muscle, polygons in _LEFT_SHAPES.items():
        sides = [polygons] if muscle in _CENTRED else [polygons, [
            [(100 - x, y) for x, y in ring] for ring in polygons]]  # fmt: skip
        for rings in sides:
            for ring in rings:
                coords = [[x, y] for x, y in [*ring, ring[0]]]
                features.append({
                    "type": "Feature",
                    "geometry": {"type": "Polygon", "coordinates": [coords]},
                    "properties": {"muscle": muscle, "working_sets": sets.get(muscle, 0)},
                })  # fmt: skip
    return features


def muscle_map(frame: pd.DataFrame, days: int = 7) -> alt.Chart:
    """The back's muscles coloured by working sets in the last `days` days."""
    sets = {str(m): float(n) for m, n in zip(frame["muscle"], frame["working_sets"], strict=True)}
    top = max([10.0, *sets.values()])
    return (
        alt.Chart(alt.Data(values=_features(sets)))
        .mark_geoshape(stroke="white", strokeWidth=1.5)
        .encode(
            color=alt.Color(
                "properties.working_sets:Q",
                title=f"Sets, last {days} days",
                scale=alt.Scale(scheme="blues", domain=[0, top]),
                legend=alt.Legend(orient="bottom"),
            ),
            tooltip=[
                alt.Tooltip("properties.muscle:N", title="Muscle"),
                alt.Tooltip("properties.working_sets:Q", title=f"Sets, last {days} days"),
            ],
        )
        .project(type="identity")
        .properties(
            title="Your back this week",
            height=300,
            autosize=AUTOSIZE,
            description=(
                f"A map of the back muscles seen from behind, coloured by working sets in the "
                f"last {days} days: "
                + ", ".join(f"{m} {int(n)}" for m, n in sorted(sets.items()))
                + "."
            ),
        )
    )
