"""Who the application is: its icon (window, task bar, Linux desktop entry) and its About box
(version, model version, build date, data sources), so an official can tell which release made
a figure and an IT officer which build is installed.

`set_identity(app)` sets the icon for every window and, on Linux, the desktop entry the
compositor matches the window with (resources/reform-studio.desktop); `show_about(parent)` is
Help › About. A built release (the offline bundle) carries `reform_studio/build-info.json`,
written by reform_studio.bundle; run from the source there is none, and the box says so.
"""
from __future__ import annotations

import html
import importlib.resources
import json
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reform_studio import MODEL_VERSION, __version__
from reform_studio.assets import resource_folder
from reform_studio.i18n import QT_TRANSLATE_NOOP, translate

ICON_NAME = "reform-studio"
DESKTOP_ENTRY = "reform-studio"  # resources/reform-studio.desktop, installed under this name
BUILD_INFO = "build-info.json"
ABOUT_SIZE = QSize(700, 640)  # the whole text in each language without scrolling; fits a 1280 x 720 screen
SAMPLE_SOURCES = QT_TRANSLATE_NOOP(
    "About", "Sample schemes: demography from United Nations, World Population Prospects 2024 (CC BY 3.0 IGO); "
    "GDP from the World Bank, World Development Indicators (CC BY 4.0); every scheme figure is an "
    "illustrative assumption, not an official statistic.")
# the shipped data's sources (countries.data.SOURCES, English there: the README and the
# workbooks' Sources sheets quote them) marked for the catalogue, said in the About box's
# language; a test fails when a source there is not marked here
SOURCE_WORDS = (
    QT_TRANSLATE_NOOP("About", "Population, mortality, fertility, migration"),
    QT_TRANSLATE_NOOP(
        "About", "United Nations, Department of Economic and Social Affairs, Population Division (2024). World "
        "Population Prospects 2024. Licence CC BY 3.0 IGO. Extracted from the R data package wpp2024 "
        "(github.com/PPgp/wpp2024, commit 2da7768; 5-year population commit 33717a3)."),
    QT_TRANSLATE_NOOP("About", "GDP, World Bank regions and income groups"),
    QT_TRANSLATE_NOOP(
        "About", "World Bank, World Development Indicators (GDP in current local currency and US$, GDP per capita PPP, "
        "PPP conversion factor, 2000-2023; country groups). Licence CC BY 4.0. Via "
        "github.com/relatoscondatos/data_global, commit 1473f4e."),
    QT_TRANSLATE_NOOP("About", "Informal employment"),
    QT_TRANSLATE_NOOP(
        "About", "International Labour Organization, ILOSTAT database, 'Informal employment rate by sex (%) - annual' "
        "(file dated 2024-07-26, accessed July 2024). Licence CC BY 4.0. Survey years and types differ: "
        "indicative defaults only."),
    QT_TRANSLATE_NOOP("About", "Growth, inflation, unemployment, government expenditure"),
    QT_TRANSLATE_NOOP(
        "About", "International Monetary Fund, World Economic Outlook Database, April 2024 (2015-2029; 2024 on are "
        "projections). Used under the IMF's terms for its statistical data; source: IMF."),
)


def application_icon() -> QIcon:
    """The icon in every size rendered from resources/reform-studio.svg (16 to 512 pixels)."""
    icon = QIcon()
    for path in sorted(resource_folder().glob(f"{ICON_NAME}-*.png")):
        icon.addFile(str(path))
    return icon


def set_identity(app: QGuiApplication) -> None:
    """The window icon for every window of `app`, and the desktop entry it belongs to."""
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(DESKTOP_ENTRY)


def build_info() -> dict[str, str]:
    """The release's build facts (version, date, commit, platform), or {} when run from the source."""
    try:
        text = (importlib.resources.files("reform_studio") / BUILD_INFO).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    try:
        info = json.loads(text)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in info.items()} if isinstance(info, dict) else {}


def data_sources() -> list[str]:
    """The credit line of every data source the application ships (the samples', the
    countries'), in the window's language."""
    from reform_studio.countries.data import SOURCES

    return [translate("About", SAMPLE_SOURCES), *(
        translate("About", "{source}: {credit}").format(source=translate("About", item), credit=translate("About", text))
        for item, text in SOURCES)]


def about_text() -> str:
    """The About box's rich text: version, model version, build, platform, data sources, licences."""
    info = build_info()
    built = (translate("About", "Built {date} from commit {commit} for {platform}.").format(
        date=info.get("built", "?"), commit=info.get("commit") or "?", platform=info.get("platform", "?"))
        if info else translate("About", "Not a built release: run from the source."))
    rows = [
        f"<h3>Reform Studio {html.escape(__version__)}</h3>",
        "<p>" + html.escape(translate("About", "Projection model version {model} (ILO actuarial model structure).")
                            .format(model=MODEL_VERSION)) + "</p>",
        f"<p>{html.escape(built)}<br>"
        + html.escape(translate("About", "Python {python}, Qt {qt} (PySide6 {pyside}), {system}.").format(
            python=platform.python_version(), qt=qVersion(), pyside=pyside_version,
            system=f"{platform.system()} {platform.machine()}")) + "</p>",
        "<p><b>" + html.escape(translate("About", "Data sources")) + "</b></p><ul>",
        *(f"<li>{html.escape(source)}</li>" for source in data_sources()),
        "</ul><p>" + html.escape(translate(
            "About", "Projections are illustrations under stated assumptions, not forecasts. Qt is used under "
            "the LGPL-3.0; the licences of every component are in the licences folder of the application.")) + "</p>",
    ]
    return "\n".join(rows)


def plain(rich: str) -> str:
    """Rich text as plain text, for the clipboard."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def about_dialog(parent: QWidget | None) -> QDialog:
    """The About box: the icon beside the text (selectable, so a version can be copied into an
    email to IT), OK, and Copy details for the whole text."""
    dialog = QDialog(parent)
    dialog.setObjectName("aboutDialog")
    dialog.setWindowTitle(translate("About", "About Reform Studio"))
    icon = QLabel()
    icon.setPixmap(application_icon().pixmap(96, 96))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    text = QLabel(about_text())
    text.setObjectName("aboutText")
    text.setTextFormat(Qt.TextFormat.RichText)
    text.setWordWrap(True)
    text.setMinimumWidth(520)
    text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(translate("About", "Close this box (Esc)"))
    copy = buttons.addButton(translate("About", "Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
    copy.setToolTip(translate("About", "Copy the version, build and data sources to the clipboard, e.g. for IT support"))
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(plain(about_text())))
    buttons.accepted.connect(dialog.accept)
    # the text scrolls rather than being cut off where the sources run longer (French and
    # Spanish take 15-30 % more lines) than a word-wrapped label's first guess of its height
    scroll = QScrollArea()
    scroll.setWidget(text)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    row = QHBoxLayout()
    row.addWidget(icon)
    row.addWidget(scroll, 1)
    layout = QVBoxLayout(dialog)
    layout.addLayout(row, 1)
    layout.addWidget(buttons)
    dialog.resize(ABOUT_SIZE)
    return dialog


def show_about(parent: QWidget | None) -> None:
    """Help › About: the About box, modal to `parent`."""
    about_dialog(parent).exec()
