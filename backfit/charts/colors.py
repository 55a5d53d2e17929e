"""The palette on its own, so a page can colour HTML without loading Altair (cold start)."""

from __future__ import annotations

#: Okabe & Ito (2008), as in `.streamlit/config.toml` `chartCategoricalColors`.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
BLUE, ORANGE, GREEN, PURPLE, SKY, VERMILLION, YELLOW, BLACK = OKABE_ITO
#: Distinct for colour-blind readers too.
GOAL_COLORS = {"posture": BLUE, "pain": GREEN, "strength": VERMILLION}
