"""Draw the application icon and write it to resources/ in every format the builds need.

    uv run --group build python build_scripts/make_icons.py

The motif: a rounded square holding six tiles, the catalogue's six service categories, one of
them picked out. Each size is drawn by QPainter at that size (crisp small icons, no scaling);
Pillow, a build-time tool only, packs them into .ico (Windows) and .icns (macOS). Writes
practice-catalogue.png (256 px, Linux and the window icon) and checks the .desktop file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
NAME = "practice-catalogue"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
TOP, BOTTOM = QColor("#23799a"), QColor("#134a63")
TILE, PICKED = QColor(255, 255, 255, 225), QColor("#f4b740")
COLUMNS, ROWS, PICKED_TILE = 3, 2, 4


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.06
    square = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    gradient = QLinearGradient(square.topLeft(), square.bottomLeft())
    gradient.setColorAt(0, TOP)
    gradient.setColorAt(1, BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRoundedRect(square, square.width() * 0.22, square.width() * 0.22)
    _draw_tiles(painter, square.adjusted(*(square.width() * f for f in (0.17, 0.24, -0.17, -0.24))))
    painter.end()
    return image


def _draw_tiles(painter: QPainter, area: QRectF) -> None:
    gap = area.width() * 0.09
    width = (area.width() - gap * (COLUMNS - 1)) / COLUMNS
    height = (area.height() - gap * (ROWS - 1)) / ROWS
    for index in range(COLUMNS * ROWS):
        row, column = divmod(index, COLUMNS)
        tile = QRectF(
            area.left() + column * (width + gap), area.top() + row * (height + gap), width, height
        )
        painter.setBrush(PICKED if index == PICKED_TILE else TILE)
        painter.drawRoundedRect(tile, width * 0.2, width * 0.2)


def as_pillow(image: QImage) -> Image.Image:
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)  # straight alpha, like Pillow
    return Image.frombytes("RGBA", (rgba.width(), rgba.height()), bytes(rgba.constBits()))


def main() -> int:
    _application = QGuiApplication(sys.argv[:1])
    drawn = {size: as_pillow(draw(size)) for size in {*ICO_SIZES, *ICNS_SIZES}}
    drawn[256].save(RESOURCES / f"{NAME}.png", optimize=True)
    largest, *others = (drawn[size] for size in sorted(ICO_SIZES, reverse=True))
    largest.save(RESOURCES / f"{NAME}.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=others)
    largest, *others = (drawn[size] for size in sorted(ICNS_SIZES, reverse=True))
    largest.save(RESOURCES / f"{NAME}.icns", append_images=others)
    if not (RESOURCES / f"{NAME}.desktop").is_file():
        print(f"missing: resources/{NAME}.desktop", file=sys.stderr)
        return 1
    for suffix in ("png", "ico", "icns"):
        path = RESOURCES / f"{NAME}.{suffix}"
        print(f"{path.relative_to(RESOURCES.parent)}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
