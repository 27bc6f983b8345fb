"""Analysis panels give their room to the charts in presentation mode, as the levers do.

On a 1280-pixel screen the window hides the levers to present; a panel docked beside them
(Assumptions, ILO standards) would otherwise take their place and narrow the charts until
their tabs were elided. The panel comes back as it was when presentation mode ends.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QMainWindow


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
