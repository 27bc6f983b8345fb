"""Layout that survives French and Spanish (15-30 % longer than English) at 1280 x 720: in each
dialog and view, no label, button, check box, tab or column header whose text is cut or
elided, and no chart text (tick labels drawn, axis labels, titles, legend entries) cut at the
figure's edge or run into another.

A text is cut when the room its widget gives it (the label's contents, the button's contents
as the style lays them out, the tab's or the section's rectangle) is narrower than the text
as the widget's font writes it. Word-wrapped labels are left out: they wrap instead.
"""
from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

pytest.importorskip("PySide6")
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Text  # noqa: E402
from PySide6.QtCore import QSettings, QSize, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import (QApplication, QCheckBox, QHeaderView, QLabel, QMainWindow,  # noqa: E402
                               QPushButton, QRadioButton, QStyle, QStyleOptionButton, QTabBar, QWidget)

from reform_studio.gui import dialogs, language, settings  # noqa: E402
from reform_studio.gui.app import RESOURCES  # noqa: E402
from reform_studio.i18n import numbers  # noqa: E402
from reform_studio.samples import sample_path  # noqa: E402

SCREEN = QSize(1280, 720)
TAG = re.compile(r"<[^>]+>")
CONTENTS = {QCheckBox: QStyle.SubElement.SE_CheckBoxContents, QRadioButton: QStyle.SubElement.SE_RadioButtonContents,
            QPushButton: QStyle.SubElement.SE_PushButtonContents}


def _plain(text: str) -> str:
    """The text as drawn: without markup, a mnemonic's ampersand or an entity."""
    text = TAG.sub("", text).replace("&nbsp;", "\u00a0").replace("&amp;", "\0")
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _advance(widget: QWidget, text: str) -> int:
    """The widest line of `text` in the widget's font."""
    return max((widget.fontMetrics().horizontalAdvance(line) for line in text.splitlines()), default=0)


def _room(widget: QWidget) -> int | None:
    """The width a widget leaves its text, or None for a widget whose text wraps or is not its own."""
    if isinstance(widget, QLabel):  # its size hint: the text as drawn (rich or plain), with its margins
        if widget.wordWrap() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
        return widget.width() - (widget.sizeHint().width() - _advance(widget, _plain(widget.text())))
    for kind, element in CONTENTS.items():
        if isinstance(widget, kind):
            option = QStyleOptionButton()
            widget.initStyleOption(option)
            room = widget.style().subElementRect(element, option, widget).width()
            return room - (option.iconSize.width() + 4 if not option.icon.isNull() else 0)
    return None


def cut_texts(root: QWidget) -> list[str]:
    """Every text of `root`'s shown widgets that is cut or elided, said where."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 1:
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        room = _room(widget)
        if room is not None:
            for line in _plain(widget.text()).splitlines():
                needed = widget.fontMetrics().horizontalAdvance(line)
                if line.strip() and needed > room:
                    found.append(f"{where} {line!r}: {needed} px in {room}")
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.tabRect(i).width() < widget.tabSizeHint(i).width() and widget.isTabVisible(i):
                    found.append(f"{where} tab {widget.tabText(i)!r}: {widget.tabRect(i).width()} px "
                                 f"for {widget.tabSizeHint(i).width()}")
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            for i in range(widget.count()):
                if widget.isSectionHidden(i) or widget.sectionSize(i) == 0:
                    continue
                needed = widget.sectionSizeFromContents(i)
                needed = needed.width() if widget.orientation().name == "Horizontal" else needed.height()
                if widget.sectionSize(i) < needed:
                    found.append(f"{where} section {widget.model().headerData(i, widget.orientation())!r}: "
                                 f"{widget.sectionSize(i)} px for {needed}")
    return found


def _shown_texts(texts) -> list[Text]:
    return [t for t in texts if t.get_visible() and t.get_text().strip()]


def chart_faults(figure: Figure) -> list[str]:
    """A figure's texts cut at its edges, and any two of its texts (tick labels drawn, axis
    labels, titles, legend entries) run into each other."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    texts: list[Text] = []
    for ax in figure.axes:
        if not ax.get_visible():
            continue
        for axis, ticks in ((ax.xaxis, ax.get_xticklabels()), (ax.yaxis, ax.get_yticklabels())):
            low, high = sorted(axis.get_view_interval())
            texts += [t for t, value in zip(ticks, axis.get_majorticklocs()) if low - 1e-9 <= value <= high + 1e-9]
        texts += [ax.xaxis.label, ax.yaxis.label, ax.title, ax._left_title, ax._right_title]
        texts += ax.get_legend().get_texts() if ax.get_legend() is not None else []
    texts += [t for legend in figure.legends for t in legend.get_texts()]
    texts += [t for t in (figure._suptitle, figure._supxlabel, figure._supylabel) if t is not None]
    shown = _shown_texts(texts)
    boxes = [t.get_window_extent(renderer) for t in shown]
    edge = figure.bbox.padded(1)
    faults = [f"{t.get_text()!r} cut at the figure's edge" for t, box in zip(shown, boxes)
              if box.x0 < edge.x0 or box.x1 > edge.x1 or box.y0 < edge.y0 or box.y1 > edge.y1]
    faults += [f"{a.get_text()!r} and {b.get_text()!r} overlap"
               for i, (a, p) in enumerate(zip(shown, boxes)) for b, q in zip(shown[i + 1:], boxes[i + 1:])
               if p.overlaps(q)]
    return faults


@pytest.fixture
def speak(qapp: QApplication, tmp_path, monkeypatch):
    """The window's language for the test (each language's own numbers), English after it."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setenv(settings.DATA_FOLDER_VARIABLE, str(tmp_path / "data"))
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setattr(dialogs, "show_problems", lambda *args: None)
    before = qapp.styleSheet()
    qapp.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))  # as the application is
    yield lambda code: language.apply(qapp, code)
    qapp.setStyleSheet(before)
    language.apply(qapp, "en")
    numbers.follow(None)


@pytest.fixture
def window(speak, qtbot):
    """The main window at 1280 x 720 in a language, with the sample and its reforms."""
    from reform_studio.gui.main_window import MainWindow

    def make(code: str) -> MainWindow:
        speak(code)
        made = MainWindow()
        qtbot.addWidget(made, before_close_func=lambda w: w.document.undo_stack.setClean())
        made.resize(SCREEN)
        made.show()
        with qtbot.waitSignal(made.runner.finished, timeout=30_000):
            assert made.open_path(sample_path())
        with qtbot.waitSignal(made.runner.finished, timeout=30_000):
            made.load_sample_reforms()
        made.document.set_current(1)
        qtbot.waitUntil(lambda: not made.runner.busy, timeout=30_000)
        qtbot.wait(50)  # the layouts settle (a changed lever's title is set in bold)
        return made

    return make


@pytest.mark.parametrize("code", ["fr", "es"])
def test_new_from_country(speak, qtbot, code: str) -> None:
    """The list's names and headers whole ("País o zona" was cut, the names squeezed to "…"),
    and the preview's pyramid with its ticks apart and its axis label whole."""
    from reform_studio.gui.country_dialog import CountryDialog

    speak(code)
    parent = QMainWindow()
    qtbot.addWidget(parent)
    dialog = CountryDialog(parent)
    qtbot.addWidget(dialog)
    dialog.fit_to(SCREEN)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert cut_texts(dialog) == []
    names = dialog.list.horizontalHeader()
    widest = max(dialog.list.sizeHintForColumn(0), names.sectionSizeFromContents(0).width())
    assert names.sectionSize(0) >= widest  # no country's name elided
    for country in ("Afghanistan", "China", "Tuvalu"):  # a large, a very large and a small population
        dialog.search.setText(country)
        assert chart_faults(dialog.chart.figure) == []
    dialog.jobs.wait()


@pytest.mark.parametrize("code", ["fr", "es"])
def test_costing_view(speak, qtbot, code: str) -> None:
    """The inputs' labels and choices whole ("Proporción del PIB por habitante" was cut), and
    the chart's legend of income groups within the figure (cut at both ends in French)."""
    from reform_studio.gui.costing_view import CostingView

    speak(code)
    view = CostingView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert cut_texts(view) == []
    groups = ["Low income", "Lower middle income", "Upper middle income", "High income", ""]
    view.chart.update(["Niger", "Senegal", "Bolivia (Plurinational State of)", "Peru", "Anguilla"],
                      [2.1, 1.5, 1.2, 0.8, np.nan], groups, "Cost")
    view.canvas.draw()
    assert chart_faults(view.chart.figure) == []


@pytest.mark.parametrize("code", ["fr", "es"])
def test_main_window_and_its_panels(window, qtbot, code: str) -> None:
    """The main window, then with the Assumptions panel, with the ILO standards panel (which
    squeezed the charts' axis labels into each other under them), and in presentation mode."""
    from reform_studio.gui.standards_panel import StandardsView
    from reform_studio.gui.uncertainty_view import UncertaintyView

    shown = window(code)
    assert cut_texts(shown) == []
    uncertainty = shown.findChild(UncertaintyView)
    uncertainty.assumptions_dock.show()
    uncertainty.assumptions_dock.raise_()
    qtbot.waitUntil(lambda: uncertainty.panel.isVisible())
    assert cut_texts(shown) == []
    shown.lever_dock.raise_()

    standards = shown.findChild(StandardsView)
    standards.show()
    qtbot.waitUntil(lambda: standards.panel.tabs.count() > 0, timeout=10_000)
    QApplication.processEvents()
    assert cut_texts(shown) == []
    chart = shown.charts.current_view()
    assert chart_faults(chart.canvas.figure) == []
    standards.dock.hide()

    shown.set_presentation(True)
    shown.showNormal()
    shown.resize(SCREEN)
    qtbot.waitUntil(lambda: not shown.runner.busy, timeout=30_000)
    QApplication.processEvents()
    assert cut_texts(shown) == []
    assert chart_faults(shown.charts.current_view().canvas.figure) == []
    shown.set_presentation(False)


@pytest.mark.parametrize("code", ["fr", "es"])
def test_how_sure_are_we(window, qtbot, code: str) -> None:
    """The fan chart and tornado window's controls and charts, on both tabs (the fan's label
    "Coeficiente de reserva (años de gasto)" ran into the panel below in one line)."""
    from reform_studio.gui.uncertainty_view import UncertaintyView

    view = window(code).findChild(UncertaintyView)
    view.show()
    qtbot.waitExposed(view.dock)
    view.paths.setValue(view.paths.minimum())
    for tab, (run, chart) in enumerate(((view.run_fan, view.fan), (view.run_tornado, view.tornado))):
        view.tabs.setCurrentIndex(tab)
        run()
        qtbot.waitUntil(lambda: not view.jobs.busy, timeout=60_000)
        QApplication.processEvents()
        assert cut_texts(view.dock) == []
        assert chart_faults(chart.figure) == []
    view.dock.close()

