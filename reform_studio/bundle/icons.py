"""The application icon in every size and format the systems want, rendered from the SVG source
(resources/reform-studio.svg) with Qt's own SVG renderer: PNGs from 16 to 512 pixels (window
icon, Linux menus), a Windows .ico and a macOS .icns. Both container formats hold PNG images,
which Windows Vista and later and macOS 10.7 and later read, so they are written here with the
standard library rather than with an extra imaging package.

    python -m reform_studio.bundle.icons      # after editing the SVG; commit what it writes
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

NAME = "reform-studio"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The ICNS types that hold a PNG, by their size in pixels (the @2x types repeat a size).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def resources() -> Path:
    """The checkout's resources/ folder, where the icon's source and renderings are kept."""
    return Path(__file__).resolve().parents[2] / "resources"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon holding PNG images (ICONDIR, one ICONDIRENTRY each, then the images);
    256 is written as 0 in the one-byte width and height."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS icon family: 'icns', the total length, then (type, length, PNG) per image."""
    blocks = b"".join(kind + struct.pack(">I", 8 + len(images[size])) + images[size]
                      for kind, size in ICNS_TYPES if size in images)
    return b"icns" + struct.pack(">I", 8 + len(blocks)) + blocks


def render_all(folder: Path) -> list[Path]:
    """Write the PNGs, the .ico and the .icns beside the SVG in `folder`; the files written."""
    svg = folder / f"{NAME}.svg"
    images = {size: render_png(svg, size) for size in PNG_SIZES}
    written = []
    for size, png in images.items():
        path = folder / f"{NAME}-{size}.png"
        path.write_bytes(png)
        written.append(path)
    for path, data in ((folder / f"{NAME}.ico", ico({s: images[s] for s in ICO_SIZES})),
                       (folder / f"{NAME}.icns", icns(images))):
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":
    for written in render_all(resources()):
        print(written)
    sys.exit(0)
