"""Full keyboard use (issue 10 item 9): Tab goes round the window in a sensible order, every
menu entry has a mnemonic, no key is bound twice, the levers, the reforms and the chart tabs
work from the keyboard, and the shortcut help lists every shortcut."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QSlider, QTabBar, QWidget

from reform_studio.gui import settings
from reform_studio.gui.menus import shortcut_help
from reform_studio.samples import sample_path
from tests.gui.conftest import settle

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def bindings(window) -> dict[str, list[str]]:
    """Every key sequence bound window-wide in the main window (not in its dialogs), with what
    it is bound to."""
    bound: dict[str, list[str]] = {}

    def add(keys, context, owner, what):
        if context not in WINDOW_WIDE or (isinstance(owner, QWidget) and owner.window() is not window):
            return
        for key in keys:
            if not key.isEmpty():
                bound.setdefault(key.toString(), []).append(what)

    for action in window.findChildren(QAction):
        add(action.shortcuts(), action.shortcutContext(), action.parent(), action.text() or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        add([shortcut.key()], shortcut.context(), shortcut.parent(), f"shortcut {shortcut.key().toString()}")
    return bound


@pytest.mark.parametrize("presenting", [False, True], ids=["window", "presenting"])
def test_no_key_is_bound_twice(window, presenting):
    window.set_presentation(presenting)
    bound = bindings(window)
    assert {"Ctrl+O", "Ctrl+E", "F11", "Ctrl+1", "Space", "Esc"} <= set(bound)
    twice = {key: owners for key, owners in bound.items() if len(owners) > 1}
    assert not twice, f"bound more than once: {twice}"
    window.set_presentation(False)


def menu_entries(menu: QMenu):
    """(menu title, entry) of every entry of `menu` and its submenus (filled as when opened)."""
    menu.aboutToShow.emit()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield menu.title(), action
        if action.menu() is not None:
            yield from menu_entries(action.menu())


def test_every_menu_entry_has_a_mnemonic(window):
    settings.add_recent(sample_path())
    settings.add_recent(sample_path("italy"))
    top = [a for a in window.menuBar().actions() if a.isVisible()]
    entries = [(title, action) for bar_action in top for title, action in menu_entries(bar_action.menu())]
    missing = [f"{title} › {action.text()}" for title, action in entries
               if action.text() != "(none)" and not re.search(r"&[^&]", action.text())]
    assert not missing, f"no mnemonic: {missing}"
    assert len(entries) > 30


def test_mnemonics_are_unique_within_each_menu(window):
    settings.add_recent(sample_path())
    menus = [window.menuBar()] + [m for m in window.menuBar().findChildren(QMenu)]
    for menu in menus:
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()
        entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible() and a.text() != "(none)"]
        keys = [QKeySequence.mnemonic(a.text()).toString() for a in entries]
        clashes = {k for k in keys if k and keys.count(k) > 1}
        assert not clashes, f"{getattr(menu, 'title', lambda: 'menu bar')()}: {clashes} used twice"


def focus_round(window, qtbot, start: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from `start` until focus comes back to it; every widget focused on the way."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus, timeout=2000)
    visited = []
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            return visited
        visited.append(focused)
    raise AssertionError(f"Tab never came back to {start!r}: stuck around {visited[-3:]}")


def test_tab_goes_round_the_window_through_every_part(window, qtbot):
    visited = focus_round(window, qtbot, window.scenario_panel.view)
    assert all(w.isVisible() and w.isEnabled() and w.window() is window for w in visited)
    parts = {
        "reform buttons": window.scenario_panel.buttons["add"],
        "contribution rate slider": window.levers.rows["contribution_rate"].slider,
        "contribution rate field": window.levers.rows["contribution_rate"].spin,
        "chart tabs": window.charts.tabBar(),
        "chart's Table button": window.charts.current_view().toggle,
        "Compare with": window.key_figures.reference,
        "key figures": window.key_figures.view,
    }
    for name, widget in parts.items():
        assert widget in visited, f"Tab never reaches the {name}"
    order = [visited.index(widget) for widget in parts.values()]
    assert order == sorted(order), "Tab visits the reforms, levers, charts and key figures in that order"
    row = window.levers.rows["contribution_rate"]
    assert visited.index(row.slider) + 1 == visited.index(row.spin) < visited.index(row.solve)  # value first
    # Shift+Tab goes the same way back
    window.key_figures.view.setFocus()
    qtbot.waitUntil(window.key_figures.view.hasFocus, timeout=2000)
    QTest.keyClick(window.key_figures.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.key_figures.reference


def test_the_difference_chart_bar_is_tabbed_left_to_right(window, qtbot):
    charts = window.charts
    charts.setCurrentIndex(list(charts.views).index("difference"))
    view = charts.current_view()
    order = [charts.difference.first, charts.difference.second, view.unit, view.toggle]
    order[0].setFocus()
    qtbot.waitUntil(order[0].hasFocus, timeout=2000)
    for expected in order[1:]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected


def test_a_lever_by_keyboard(window, qtbot):
    doc = window.document
    doc.set_current(0)
    row = window.levers.rows["contribution_rate"]
    spec, base = row.spec, doc.scheme.contribution_rate
    row.slider.setFocus()
    qtbot.waitUntil(row.slider.hasFocus, timeout=2000)
    QTest.keyClick(row.slider, Qt.Key.Key_Right)
    assert doc.current_reform.levers["contribution_rate"].value == pytest.approx(base + spec.slider_step)
    QTest.keyClick(row.slider, Qt.Key.Key_PageUp)
    assert doc.current_reform.levers["contribution_rate"].value == pytest.approx(
        base + (1 + row.slider.pageStep()) * spec.slider_step)
    QTest.keyClick(row.slider, Qt.Key.Key_Tab)
    assert row.spin.hasFocus()
    row.spin.selectAll()
    QTest.keyClicks(row.spin, "15")
    QTest.keyClick(row.spin, Qt.Key.Key_Return)
    assert doc.current_reform.levers["contribution_rate"].value == pytest.approx(0.15)
    assert isinstance(row.slider, QSlider) and row.slider.value() == row._position(0.15)
    settle(qtbot, window)


def test_the_reforms_list_by_keyboard(window, qtbot):
    doc, view = window.document, window.scenario_panel.view
    doc.set_current(0)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert doc.current == 1
    shown = doc.scenarios[1].shown
    QTest.keyClick(view, Qt.Key.Key_Space)  # ticks or unticks the reform: it is drawn or not
    assert doc.scenarios[1].shown is not shown
    settle(qtbot, window)


def test_chart_tabs_by_keyboard(window, qtbot):
    bar: QTabBar = window.charts.tabBar()
    window.charts.setCurrentIndex(0)
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus, timeout=2000)
    QTest.keyClick(bar, Qt.Key.Key_Right)
    assert window.charts.currentIndex() == 1
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.charts.currentIndex() == 2


def test_the_shortcut_help_lists_every_shortcut(window):
    text = shortcut_help(window)
    for key, owners in bindings(window).items():
        if key.startswith("Ctrl+") and key[5:].isdigit():
            continue  # the chart numbers: "Ctrl+1 … Ctrl+9"
        if key in ("Space", "PgDown", "PgUp", "Esc"):
            assert "Space/PageDown" in text and "Esc" in text
            continue
        assert key in text, f"{key} ({owners}) is not in the shortcut help"
    assert f"Ctrl+{window.charts.count()}" in text


def test_no_scheme_disables_by_tag_not_by_text(qtbot, problems_shown, tmp_path):
    from reform_studio.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    actions = win.scheme_actions()
    assert actions and not any(a.isEnabled() for a in actions)
    export = next(a for a in actions if a.shortcut().toString() == "Ctrl+E")
    export.setText("Exporter le classeur de comparaison…")  # a translation changes no rule
    with qtbot.waitSignal(win.sessionStarted, timeout=20_000):
        win.start_session()
    qtbot.waitUntil(lambda: export.isEnabled(), timeout=20_000)
    assert all(a.isEnabled() for a in win.scheme_actions())
    win.runner.wait()


def test_f1_shows_the_shortcuts_and_esc_closes_them(window, qtbot):
    from pathlib import Path

    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(QDialog, "shortcutHelp")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=2000)
    assert "Ctrl+Shift+O" in dialog.findChild(QLabel).text()
    assert dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).isDefault()
    shots = Path(__file__).resolve().parents[2] / "build" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(shots / "shortcut-help.png"))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
