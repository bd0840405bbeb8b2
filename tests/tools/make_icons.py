"""Render resources/orderdesk.svg into the icon set the bundle and the desktop need, under resources/icons/:
PNGs (16 to 512 px, for the window, the taskbar and the Linux icon theme), orderdesk.ico (Windows: the executable
and the taskbar) and orderdesk.icns (macOS: the .app). Run it again after changing the SVG, and commit the result:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/tools/make_icons.py

ICO and ICNS both allow PNG-compressed entries, so both are written here byte for byte from the PNGs: no image
library beyond Qt is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "orderdesk.svg"
OUT = ROOT / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (ic11-ic14 are the @2x variants of the same pixels).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512))


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = 6 + 16 * len(ICO_SIZES)
    entries, images = b"", b""
    for size in ICO_SIZES:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.stderr.write(f"{SVG} is not a valid SVG.\n")
        return 1
    OUT.mkdir(exist_ok=True)
    pngs = {size: render(renderer, size) for size in PNG_SIZES}
    for size, data in pngs.items():
        (OUT / f"orderdesk-{size}.png").write_bytes(data)
    (OUT / "orderdesk.ico").write_bytes(ico(pngs))
    (OUT / "orderdesk.icns").write_bytes(icns(pngs))
    print(f"wrote {len(pngs) + 2} icons to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
