"""Scenario colours and line widths shared by the window, the charts and exported images.

The baseline is always drawn the same way (dark grey, thick) so that an official can find it
at a glance; each reform keeps one colour for its whole life, whichever slot it is shown in.
"""
from __future__ import annotations

BASELINE_COLOUR = "#222222"
REFORM_COLOURS: tuple[str, ...] = (
    "#1f77b4",  # blue
    "#d62728",  # red
    "#2ca02c",  # green
    "#ff7f0e",  # orange
    "#9467bd",  # purple
    "#8c564b",  # brown
    "#e377c2",  # pink
    "#17becf",  # cyan
)
MAX_SHOWN_REFORMS = 4
BASELINE_WIDTH = 3.4  # wide enough to stay visible around a reform drawn over it
REFORM_WIDTH = 1.8


def reform_colour(index: int) -> str:
    """The colour of the `index`-th reform ever created in a session (cycles after eight)."""
    return REFORM_COLOURS[index % len(REFORM_COLOURS)]
