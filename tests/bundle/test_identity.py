"""The application's identity (issue 15 item 4): window icon, desktop entry name, About box."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton

from reform_studio import MODEL_VERSION, __version__
from reform_studio.gui import identity


def test_every_window_gets_the_icon_in_every_size(qapp):
    identity.set_identity(qapp)
    sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert qapp.desktopFileName() == identity.DESKTOP_ENTRY


def test_about_names_version_model_and_every_data_source(monkeypatch):
    monkeypatch.setattr(identity, "build_info", dict)
    text = identity.about_text()
    assert f"Reform Studio {__version__}" in text and f"Projection model version {MODEL_VERSION}" in text
    assert "Not a built release: run from the source." in text
    for source in ("World Population Prospects 2024", "World Development Indicators", "ILOSTAT",
                   "World Economic Outlook", "illustrative assumption"):
        assert source in text, source


def test_a_built_release_says_when_and_from_what_it_was_built(monkeypatch):
    monkeypatch.setattr(identity, "build_info", lambda: {"built": "2026-12-04 19:00 UTC", "commit": "abc1234",
                                                         "platform": "linux-x86_64"})
    assert "Built 2026-12-04 19:00 UTC from commit abc1234 for linux-x86_64." in identity.about_text()


def test_build_info_is_read_from_the_package(tmp_path, monkeypatch):
    (tmp_path / identity.BUILD_INFO).write_text('{"built": "2026-01-02 03:04 UTC", "version": "0.1.0"}')
    monkeypatch.setattr(identity.importlib.resources, "files", lambda package: tmp_path)
    assert identity.build_info() == {"built": "2026-01-02 03:04 UTC", "version": "0.1.0"}
    (tmp_path / identity.BUILD_INFO).write_text("not json")
    assert identity.build_info() == {}


def test_the_about_box_copies_its_details_for_it_support(qtbot, monkeypatch):
    monkeypatch.setattr(identity, "build_info", dict)
    dialog = identity.about_dialog(None)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    pushes = buttons.findChildren(QPushButton)
    assert len(pushes) == 2 and all(button.toolTip() for button in pushes)
    copy = next(button for button in pushes if button.text() == "Copy details")
    copy.click()
    copied = QApplication.clipboard().text()
    assert f"Reform Studio {__version__}" in copied and "<" not in copied
    assert dialog.findChild(QLabel, "aboutText").text() == identity.about_text()
