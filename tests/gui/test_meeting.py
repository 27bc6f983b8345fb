"""The meeting: presentation mode on a projector, and the keyboard.

Projector sizes: 1280 x 720, 1024 x 768, and 1920 x 1080 at 150 % scaling. The last is
emulated in-process as a window of 1280 x 720 logical pixels whose widget fonts are 1.5
times larger (the banner, tabs and key table then take more of the height, the worst case
for the chart). Not QT_SCALE_FACTOR: with Qt's own scaling a 1280 x 720 logical window lays
out as the 1280 x 720 case, and matplotlib follows the device pixel ratio, so the charts'
text boxes in logical pixels are the same.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import settle

SIZES = [(1280, 720, 1.0), (1024, 768, 1.0), (1280, 720, 1.5)]


def _text_boxes(figure):
    """(what, text, window extent) of every visible text of a drawn figure: titles, tick labels
    inside the axes' limits, axis labels, legend entries."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    texts = {}
    candidates = list(figure.texts) + ([figure._suptitle] if figure._suptitle is not None else [])
    for ax in figure.axes:
        if not ax.get_visible():
            continue
        xlim, ylim = sorted(ax.get_xlim()), sorted(ax.get_ylim())
        candidates += [t for t in ax.get_xticklabels() if xlim[0] <= t.get_position()[0] <= xlim[1]]
        candidates += [t for t in ax.get_yticklabels() if ylim[0] <= t.get_position()[1] <= ylim[1]]
        candidates += [ax.xaxis.label, ax.yaxis.label, ax.title, ax._left_title, ax._right_title]
        if ax.get_legend() is not None:
            candidates += ax.get_legend().get_texts()
    for legend in figure.legends:
        candidates += legend.get_texts()
    for text in candidates:
        if text.get_visible() and text.get_text().strip():
            texts[id(text)] = (text.get_text(), text.get_window_extent(renderer), text.get_fontsize())
    return list(texts.values())


def _problems(figure) -> list[str]:
    boxes = _text_boxes(figure)
    frame = figure.bbox
    found = []
    for i, (text, box, _size) in enumerate(boxes):
        if box.x0 < frame.x0 - 1 or box.y0 < frame.y0 - 1 or box.x1 > frame.x1 + 1 or box.y1 > frame.y1 + 1:
            found.append(f"{text!r} is cut by the figure's edge")
        for other, other_box, _ in boxes[i + 1:]:
            if box.overlaps(other_box) and box.intersection(box, other_box).width > 1 \
                    and box.intersection(box, other_box).height > 1:
                found.append(f"{text!r} overlaps {other!r}")
    return found


@pytest.fixture
def presenting(window, qtbot):
    def present(width, height, scale):
        if scale != 1.0:
            app = QApplication.instance()
            font = app.font()
            font.setPointSizeF(font.pointSizeF() * scale)
            app.setFont(font)
            window.setFont(font)
        window.set_presentation(True)
        for _ in range(2):  # the offscreen screen is 800 x 800: size the "projector" after full screen
            window.resize(width, height)
            qtbot.wait(100)
        settle(qtbot, window)
        qtbot.waitUntil(lambda: window.size().toTuple() == (width, height), timeout=5000)
        qtbot.wait(200)
        return window
    app = QApplication.instance()
    font = app.font()
    yield present
    app.setFont(font)


@pytest.mark.parametrize("width,height,scale", SIZES, ids=["1280x720", "1024x768", "1920x1080@150%"])
def test_presentation_at_projector_sizes(presenting, qtbot, tmp_path, width, height, scale):
    win = presenting(width, height, scale)
    win.grab().save(str(tmp_path / f"presenting-{width}x{height}-{scale}.png"))
    canvas = win.charts.current_view().canvas
    assert canvas.isVisible()
    share = canvas.width() * canvas.height() / (win.width() * win.height())
    assert share >= 0.5, f"the chart has {share:.0%} of the screen"
    assert not win.lever_dock.isVisible() and not win.scenario_dock.isVisible()
    # the key figures, not only the banner's sentence
    assert win.key_figures.isVisible() and win.key_figures.view.isVisible()
    assert win.key_figures.view.height() >= 2.5 * win.key_figures.view.rowHeight(0)  # header and two rows at least; it scrolls
    assert win.key_figures.model.rowCount() >= 3
    assert win.banner.isVisible() and win.banner.text()
    # every chart's labels apart, inside the figure and large enough to read from the back
    for index in range(win.charts.count()):
        win.charts.setCurrentIndex(index)
        qtbot.wait(50)
        view = win.charts.current_view()
        if not view.canvas.isVisible():
            continue
        figure = view.chart.figure
        problems = _problems(figure)
        assert not problems, f"{win.charts.tabText(index)} at {width}x{height}: {problems}"
        assert min(size for _t, _b, size in _text_boxes(figure)) >= 12


def test_space_and_pages_step_only_while_presenting(window, qtbot):
    doc = window.document
    start = doc.current
    for key in (Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
        QTest.keyClick(window, key)
    assert doc.current == start  # no stepping outside presentation mode
    assert not any(s.isEnabled() for s in window.presentation_shortcuts)
    window.set_presentation(True)
    assert all(s.isEnabled() for s in window.presentation_shortcuts)
    before = doc.current
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert doc.current == (before + 1) % len(doc.scenarios)
    QTest.keyClick(window, Qt.Key.Key_PageUp)
    assert doc.current == before
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.presenting
    assert not any(s.isEnabled() for s in window.presentation_shortcuts)


def test_space_presses_a_focused_button(window, qtbot):
    from PySide6.QtWidgets import QPushButton
    button = QPushButton("Press me", window.levers)
    window.levers.widget().layout().addWidget(button)
    button.show()
    pressed = []
    button.clicked.connect(lambda: pressed.append(True))
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    before = window.document.current
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert pressed == [True]
    assert window.document.current == before


def test_tab_leaves_the_key_figure_table(window, qtbot):
    table = window.key_figures.view
    assert not table.tabKeyNavigation()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    QTest.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not table.hasFocus()
