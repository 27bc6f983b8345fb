"""The analyses reach the window's own numbers: the Assumptions panel's variant is what the
charts and key figures project, the key figures say when a reform crosses a line of the ILO
conventions, and File › Export carries the Standards sheet (and the uncertainty sheets once
they have been run)."""
from __future__ import annotations

import numpy as np
import openpyxl
from PySide6.QtWidgets import QFileDialog

from reform_studio.engine.assumptions import Assumptions, apply
from reform_studio.engine.projection import project
from reform_studio.engine.reform import Lever, Reform
from reform_studio.gui.uncertainty_view import UncertaintyView

from tests.gui.conftest import settle


def test_the_assumptions_panel_changes_what_the_window_projects(qtbot, window):
    before = window.projections[0].indicators["reserve"].to_numpy()
    view = window.findChild(UncertaintyView)
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        view.panel.boxes["real_wage_growth"].setValue(-1.0)
    settle(qtbot, window)
    shown = window.projections[0].indicators["reserve"].to_numpy()
    expected = project(apply(window.document.scheme, Assumptions(real_wage_growth=-0.01)), Reform("Baseline"))
    np.testing.assert_allclose(shown, expected.indicators["reserve"].to_numpy(), rtol=1e-12)
    assert not np.allclose(shown, before)
    assert view.variant_label.text() == "Assumptions: real wage growth -1.0 pt"  # said while it applies
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        view.panel.reset.click()
    assert view.variant_label.text() == ""


def test_the_assumptions_panel_is_a_tab_beside_the_levers_and_comes_to_the_front(qtbot, window):
    """A dock of its own on the right widened the window past a 1280-pixel screen."""
    window.resize(1280, 720)
    view = window.findChild(UncertaintyView)
    toggle = view.assumptions_dock.toggleViewAction()
    toggle.trigger()
    qtbot.waitUntil(lambda: not view.assumptions_dock.visibleRegion().isEmpty())
    assert window.tabifiedDockWidgets(window.lever_dock) == [view.assumptions_dock]
    assert window.width() <= 1280


def test_the_key_figures_say_when_a_reform_falls_below_c102(qtbot, window):
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        window.document.set_lever("accrual_rate", Lever(0.005))
    settle(qtbot, window)
    text = window.key_figures.sentences.text()
    edited = window.document.current_reform.name
    line = next(line for line in text.splitlines() if line.startswith(edited))
    assert "standard beneficiary" in line and "C102" in line


def test_the_exported_comparison_has_the_standards_sheet(window, tmp_path, monkeypatch):
    target = tmp_path / "comparison.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.files.export_comparison()
    book = openpyxl.load_workbook(target, read_only=True)
    assert "Standards" in book.sheetnames
    assert book.sheetnames.index("Standards") < book.sheetnames.index("Assumptions")
    names = {row[0] for row in book["Standards"].iter_rows(min_row=5, max_col=1, values_only=True) if row[0]}
    assert {"Baseline", *(r.name for r in window.document.reforms())} <= names


def test_rename_duplicate_and_reset_keep_a_reforms_own_assumptions(qtbot, window):
    doc = window.document
    varied = Reform("Low growth", {"contribution_rate": Lever(0.2)}, "", Assumptions(real_wage_growth=-0.01))
    with qtbot.waitSignal(window.runner.finished, timeout=20_000):
        doc.add_reform(varied)
    index = doc.current
    doc.rename(index, "Low growth, renamed")
    doc.duplicate(index)
    doc.set_current(index)
    doc.reset_all()
    settle(qtbot, window)
    kept = [s.reform for s in doc.scenarios if s.reform.name.startswith("Low growth")]
    assert len(kept) == 2 and all(r.assumptions == varied.assumptions for r in kept)
    assert [dict(r.levers) for r in kept] == [{}, dict(varied.levers)]


def test_help_about_shows_the_identity_box(window, monkeypatch):
    from PySide6.QtWidgets import QMenu

    from reform_studio.gui import identity

    shown = []
    monkeypatch.setattr(identity, "show_about", lambda parent: shown.append(parent))
    help_menu = window.menuBar().findChild(QMenu, "helpMenu")
    about = next(a for a in help_menu.actions() if "About" in a.text())
    about.trigger()
    assert shown == [window]
    assert "Data sources" in identity.about_text() and "World Population Prospects" in identity.about_text()
