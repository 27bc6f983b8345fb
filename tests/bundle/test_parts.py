"""The bundle's parts that need no build: names per platform, the icon files, the HTML guide,
what the freeze keeps, and the About box."""
from __future__ import annotations

import struct
from pathlib import Path

import pytest

from reform_studio.bundle import contents, docs, freeze, icons, launch, platforms

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"


@pytest.mark.parametrize("system, machine, tag, gui, archive, linked", [
    ("linux", "x86_64", "linux-x86_64", "reform-studio-gui", ".tar.gz", True),
    ("win32", "AMD64", "windows-x86_64", "reform-studio-gui.exe", ".zip", False),
    ("darwin", "arm64", "macos-arm64", "reform-studio-gui", ".tar.gz", True),
    ("linux", "aarch64", "linux-arm64", "reform-studio-gui", ".tar.gz", True),
])
def test_platform_names(system, machine, tag, gui, archive, linked):
    assert platforms.platform_tag(system, machine) == tag
    assert platforms.executable(platforms.GUI, system) == gui
    assert platforms.archive_suffix(system) == archive
    assert platforms.gui_is_a_link(system) is linked


def test_the_application_never_imports_its_build_tool():
    """The bundle leaves reform_studio.bundle out; nothing of the application may need it."""
    import grimp

    graph = grimp.build_graph("reform_studio", cache_dir=None)
    tool = {m for m in graph.modules if m == "reform_studio.bundle" or m.startswith("reform_studio.bundle.")}
    importers = {m for module in tool for m in graph.find_modules_that_directly_import(module)}
    assert tool and importers <= tool


def test_the_launcher_knows_the_window_executable_by_its_name():
    assert launch.GUI == platforms.GUI


@pytest.mark.skipif(platforms.system_name() != "linux", reason="the cache folder's place is the system's")
def test_matplotlib_keeps_its_font_list_per_copy_of_the_application(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("MPLCONFIGDIR", "/tmp/_MEI-temporary")
    folders = []
    for copy in (tmp_path / "usb stick" / "ReformStudio", tmp_path / "home" / "ReformStudio"):
        monkeypatch.setattr(launch.sys, "executable", str(copy / "reform-studio"))
        launch.keep_font_list()
        folders.append(Path(launch.os.environ["MPLCONFIGDIR"]))
    assert all(f.is_dir() and f.parent == tmp_path / "cache" / "Reform Studio" for f in folders)
    assert folders[0] != folders[1]


# -- the icon -----------------------------------------------------------------------------------------
def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_ico_holds_a_png_for_every_size():
    data = (RESOURCES / "reform-studio.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(sorted(icons.ICO_SIZES)):
        width, height, _, _, planes, bits, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * index:22 + 16 * index])
        assert (width or 256, height or 256, planes, bits) == (size, size, 1, 32)
        assert png_size(data[offset:offset + length]) == (size, size)


def test_icns_holds_a_png_for_every_type():
    data = (RESOURCES / "reform-studio.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    position, found = 8, {}
    while position < len(data):
        kind, length = data[position:position + 4], struct.unpack(">I", data[position + 4:position + 8])[0]
        found[kind] = png_size(data[position + 8:position + length])[0]
        position += length
    assert found == {kind: size for kind, size in icons.ICNS_TYPES}


def test_the_committed_pngs_are_the_svg_rendered(qapp):
    """After an edit of the SVG, `python -m reform_studio.bundle.icons` must be run (and committed)."""
    from PySide6.QtGui import QImage

    for size in icons.PNG_SIZES:
        committed = QImage(str(RESOURCES / f"reform-studio-{size}.png"))
        rendered = QImage.fromData(icons.render_png(RESOURCES / "reform-studio.svg", size))
        assert committed.size() == rendered.size()
        differing = sum(committed.pixel(x, y) != rendered.pixel(x, y) for x in range(0, size, 3) for y in range(0, size, 3))
        assert differing <= (size // 3 + 1) ** 2 // 50, size  # anti-aliasing may differ between Qt versions


def test_the_desktop_entry_starts_the_window():
    entry = dict(line.split("=", 1) for line in (RESOURCES / "reform-studio.desktop").read_text().splitlines()[1:] if "=" in line)
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"].split()[0] == platforms.GUI and entry["Icon"] == icons.NAME


# -- the guides --------------------------------------------------------------------------------------
def test_markdown_becomes_a_page_with_tables_images_and_html_links():
    page = docs.render("# Title\n\nSee [the method](methodology.md#x).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                       "![A chart](screenshots/chart.png)\n", "User guide")
    assert page.startswith("<!DOCTYPE html>") and "<title>Reform Studio: User guide</title>" in page
    assert '<a href="methodology.html#x">' in page and "<td>1</td>" in page
    assert docs.IMAGE.findall(page) == ["screenshots/chart.png"]


def test_the_guides_are_written_with_their_images(tmp_path):
    written = docs.write(ROOT / "docs", tmp_path)
    assert [p.name for p in written] == ["user-guide.html", "user-guide.fr.html", "user-guide.es.html",
                                         "methodology.html", "glossary.html"]
    assert '<html lang="fr">' in written[1].read_text(encoding="utf-8")
    for page in written:
        for image in docs.IMAGE.findall(page.read_text(encoding="utf-8")):
            assert (tmp_path / image).is_file(), image


# -- what the freeze keeps ---------------------------------------------------------------------------
def test_qt_translations_only_in_the_languages_the_application_speaks():
    spoken = freeze.languages([("/x/reform_studio/i18n/reform_studio_fr.ts", "i18n"),
                               ("/x/reform_studio/i18n/reform_studio_pt_BR.qm", "i18n"), ("/x/kenya.xlsx", "samples")])
    assert spoken == {"en", "fr", "pt", "pt_BR"}
    kept = {name for name in ("qtbase_fr", "qtbase_de", "qt_en", "qtbase_pt_BR", "qtbase_ja")
            if freeze.used((f"PySide6/Qt/translations/{name}.qm", "", "DATA"), spoken)}
    assert kept == {"qtbase_fr", "qt_en", "qtbase_pt_BR"}


@pytest.mark.parametrize("name, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("libstdc++.so.6", False),
    ("libxcb-cursor.so.0", True),
    ("pillow.libs/libzstd-40ad5e7e.so.1.5.7", True),
    ("matplotlib/mpl-data/sample_data/goog.npz", False),
])
def test_unused_plugins_and_system_libraries_are_left_out(name, kept):
    assert freeze.used((name, "", "BINARY"), {"en"}) is kept


def test_a_link_goes_with_its_target():
    datas = [("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
             ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"), ("x/data.txt", "/src/data.txt", "DATA")]
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    assert freeze.linked(datas, binaries) == [datas[0], datas[2]]


def test_package_data_and_modules_are_the_whole_package_but_the_build_tool(tmp_path):
    for name in ("reform_studio/__init__.py", "reform_studio/cli/run.py", "reform_studio/cli/__init__.py",
                 "reform_studio/bundle/build.py", "reform_studio/bundle/texts/GPL-3.0.txt",
                 "reform_studio/countries/files/wpp.csv.gz", "reform_studio/i18n/reform_studio_fr.ts",
                 "reform_studio/__pycache__/x.cpython-311.pyc"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert freeze.package_modules(tmp_path) == ["reform_studio", "reform_studio.cli", "reform_studio.cli.run"]
    assert sorted(Path(source).relative_to(tmp_path).as_posix() for source, _ in freeze.package_data(tmp_path)) == [
        "reform_studio/countries/files/wpp.csv.gz", "reform_studio/i18n/reform_studio_fr.ts"]


# -- the folder's texts --------------------------------------------------------------------------------
@pytest.mark.parametrize("system", ["linux", "windows", "macos"])
def test_the_readme_tells_how_to_start_and_where_files_go(system):
    info = {"version": "9.9", "model_version": "2", "built": "2026-01-01 00:00 UTC", "platform": "x", "python": "3.11"}
    text = contents.readme(info, system)
    gui = platforms.executable(platforms.GUI, system)
    assert f"double-click {gui}" in text.lower() and "Reform Studio 9.9" in text
    assert "no administrator rights" in text and "writes nothing inside it" in text
    assert ("%APPDATA%" in text) == (system == "windows")


# -- the command ---------------------------------------------------------------------------------------
def test_the_build_command_refuses_bad_folders_in_one_sentence(tmp_path, capsys):
    from reform_studio.bundle.__main__ import main

    (tmp_path / "a-file").write_text("x")
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "old.log").write_text("x")
    assert main(["--out", str(tmp_path / "a-file")]) == 2
    assert capsys.readouterr().err.strip() == f"error: --out {tmp_path / 'a-file'} is a file, not a folder"
    assert main(["--out", str(tmp_path / "out"), "--keep-work", str(tmp_path / "work")]) == 2
    assert "is not empty: name a new or empty folder" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
