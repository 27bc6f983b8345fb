"""What presentation mode changes beyond the main window's own widgets.

Analysis panels give their room to the charts, as the levers do: on a 1280-pixel screen the
window hides the levers to present; a panel docked beside them (Assumptions, ILO standards)
would otherwise take their place and narrow the charts until their tabs were elided. The
panel comes back as it was when presentation mode ends.

And the status bar, hidden while presenting, is where the window says that every number is
projected under an Assumptions variant: the banner must repeat it, in the same words.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

VARIANT_LABEL = "variantLabel"  # the Assumptions panel's status-bar label (uncertainty_view)


def hide_while_presenting(window: QMainWindow, dock: QDockWidget) -> None:
    """Hide `dock` while the window presents, and show it again after if it was shown."""
    action = getattr(window, "presentation_action", None)
    if action is None:
        return
    shown_before: list[bool] = []

    def presenting(on: bool) -> None:
        if on:
            shown_before[:] = [dock.toggleViewAction().isChecked()]
            dock.hide()
        elif shown_before and shown_before.pop():
            dock.show()

    action.toggled.connect(presenting)


def variant_said(window: QMainWindow) -> str:
    """The status bar's sentence on the Assumptions variant in use, as shown there (translated);
    empty where the workbook's own assumptions are used or no Assumptions panel is installed."""
    label = window.findChild(QLabel, VARIANT_LABEL)
    return label.text() if label is not None else ""
