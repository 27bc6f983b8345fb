"""Scale every text of a figure (presentation mode) and back, without rebuilding it.

The figure remembers its factor, so a text made later (a legend rebuilt when another
reform is drawn) is brought to the same scale with `fit_new_texts`.
"""
from __future__ import annotations

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.text import Text

_BASE = "_reform_studio_base_size"
_FACTOR = "_reform_studio_font_scale"


FOLD_CHARACTERS = 14  # a longer y label takes two lines once enlarged: short panels keep it whole


def fold(text: str) -> str:
    """A long label on two lines, broken at the space nearest its middle."""
    if len(text) <= FOLD_CHARACTERS or " " not in text:
        return text
    middle = len(text) / 2
    cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1:]}"


def scale_fonts(figure: Figure, factor: float) -> None:
    """Set each text to `factor` times the size it was first seen with (1.0 restores); y
    labels enlarged are folded onto two lines, as the panels of a short chart are short."""
    setattr(figure, _FACTOR, factor)
    for ax in figure.axes:
        whole = ax.yaxis.label.get_text().replace("\n", " ")
        ax.yaxis.label.set_text(fold(whole) if factor > 1 else whole)
        if not hasattr(ax, _BASE):  # before the tick labels, which are texts too, are scaled below
            setattr(ax, _BASE, ax.xaxis.get_ticklabels()[0].get_fontsize() if ax.xaxis.get_ticklabels() else 10.0)
    for text in figure.findobj(Text):
        if not hasattr(text, _BASE):
            setattr(text, _BASE, text.get_fontsize())
        text.set_fontsize(getattr(text, _BASE) * factor)
    for ax in figure.axes:
        ax.tick_params(labelsize=getattr(ax, _BASE) * factor)
    figure.canvas.draw_idle()


def fit_new_texts(figure: Figure, artist: Artist) -> None:
    """Give the texts of an artist just added to `figure` the figure's current scale."""
    factor = getattr(figure, _FACTOR, 1.0)
    for text in artist.findobj(Text):
        if not hasattr(text, _BASE):
            setattr(text, _BASE, text.get_fontsize())
        text.set_fontsize(getattr(text, _BASE) * factor)
