"""Scale every text of a figure (presentation mode) and back, without rebuilding it."""
from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.text import Text

_BASE = "_reform_studio_base_size"


def scale_fonts(figure: Figure, factor: float) -> None:
    """Set each text to `factor` times the size it was first seen with (1.0 restores)."""
    for text in figure.findobj(Text):
        if not hasattr(text, _BASE):
            setattr(text, _BASE, text.get_fontsize())
        text.set_fontsize(getattr(text, _BASE) * factor)
    for ax in figure.axes:
        if not hasattr(ax, _BASE):
            setattr(ax, _BASE, ax.xaxis.get_ticklabels()[0].get_fontsize() if ax.xaxis.get_ticklabels() else 10.0)
        ax.tick_params(labelsize=getattr(ax, _BASE) * factor)
    figure.canvas.draw_idle()
