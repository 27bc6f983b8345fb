"""File › New from country…: the searchable list, the preview from the shipped data, and a
workbook built off the GUI thread that the window then opens."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QMainWindow, QMenu

from reform_studio.countries import data
from reform_studio.gui.country_dialog import CountryDialog

TIMEOUT = 60_000


def _shown(qtbot, parent) -> CountryDialog:
    found = CountryDialog(parent)
    qtbot.addWidget(found)
    found.show()
    return found


@pytest.fixture
def dialog(qtbot):
    """The dialog over a bare main window: searching and previewing need nothing of the real one."""
    parent = QMainWindow()
    qtbot.addWidget(parent)
    found = _shown(qtbot, parent)
    yield found
    found.jobs.wait()


@pytest.fixture
def window_dialog(qtbot, window):
    found = _shown(qtbot, window)
    yield found
    found.jobs.wait()


@pytest.mark.parametrize("text, expected", [("mwi", ["Malawi"]), ("malawi", ["Malawi"]),
                                            ("Low income", None), ("zzz", [])])
def test_the_search_filters_on_every_column(dialog, text, expected):
    dialog.search.setText(text)
    shown = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    if expected is None:
        low = data.catalogue()
        assert sorted(shown) == sorted(low.loc[low["income_group"] == "Low income", "name"])
    else:
        assert shown == expected
    assert dialog.save_button.isEnabled() == bool(shown)


def test_the_preview_shows_the_base_years_population_and_figures(dialog):
    dialog.search.setText("Niger")
    rows = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    dialog.list.selectRow(rows.index("Niger"))
    niger = data.find_country("Niger")
    for year in data.POPULATION_YEARS:
        dialog.base_year.setCurrentIndex(dialog.base_year.findData(year))
        assert np.isclose(dialog.chart.population.sum(), data.population_groups(niger, year).sum(), rtol=1e-6)
        assert f"({year}, UN WPP 2024)" in dialog.facts.text()
    assert "ILOSTAT" in dialog.facts.text() and "Niger" in dialog.heading.text()


def test_a_built_workbook_opens_in_the_window(qtbot, window, window_dialog, tmp_path):
    dialog = window_dialog
    dialog.search.setText("Samoa")
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("illustrative"))
    path = tmp_path / "samoa.xlsx"
    with qtbot.waitSignal(dialog.jobs.finished, timeout=TIMEOUT):
        dialog.build_to(path)
        assert dialog.busy.isVisible() and not dialog.save_button.isEnabled()
    assert path.is_file()
    qtbot.waitUntil(lambda: window.document.source_path is not None
                    and window.document.source_path.name == "samoa.xlsx", timeout=TIMEOUT)


def test_writing_over_the_open_workbook_is_refused(window, window_dialog):
    dialog = window_dialog
    dialog.build_to(window.document.source_path)
    assert "open" in dialog.message.text() and not dialog.jobs.busy


def test_the_file_menu_has_the_entry_with_the_other_new_entries(window):
    file_menu = window.menuBar().findChild(QMenu, "fileMenu")
    actions = file_menu.actions()
    entry = next(a for a in actions if a.objectName() == "newFromCountryAction")
    first_separator = next(k for k, a in enumerate(actions) if a.isSeparator())
    assert actions.index(entry) < first_separator
    assert entry.shortcut().toString() == "Ctrl+Shift+N" and entry.toolTip()
