"""Draws the application icon with QPainter and writes packaging/icons/insurup-desk.{png,ico}.

    python packaging/make_icon.py            (QT_QPA_PLATFORM=offscreen works)

Each size is painted on its own so small sizes stay crisp. The .ico holds 16–64 px as 32-bit DIBs (read
by every Windows tool, including resource compilers) and 128/256 px as PNG, as Windows Vista+ expects.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageWriter, QLinearGradient, QPainter, QPainterPath, QPen

ICON_DIR = Path(__file__).resolve().parent / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_IN_ICO_FROM = 128


def draw_icon(size: int) -> QImage:
    """A shield with a check mark on a calm blue tile: insurance that went through."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256.0, size / 256.0)

    tile = QLinearGradient(QPointF(0, 0), QPointF(0, 256))
    tile.setColorAt(0.0, QColor("#2f6fb5"))
    tile.setColorAt(1.0, QColor("#1b4a80"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(tile)
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)

    shield = QPainterPath()
    shield.moveTo(128, 36)
    shield.cubicTo(160, 56, 188, 62, 208, 62)
    shield.cubicTo(208, 140, 184, 196, 128, 224)
    shield.cubicTo(72, 196, 48, 140, 48, 62)
    shield.cubicTo(68, 62, 96, 56, 128, 36)
    shield.closeSubpath()
    p.setBrush(QColor("#ffffff"))
    p.drawPath(shield)

    check = QPainterPath()
    check.moveTo(88, 130)
    check.lineTo(118, 160)
    check.lineTo(172, 102)
    pen = QPen(QColor("#1f8a4c"), 22 if size >= 32 else 28)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(check)
    p.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"PNG encoding failed: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """BITMAPINFOHEADER + bottom-up BGRA rows + an all-clear AND mask (alpha carries transparency)."""
    width, height = image.width(), image.height()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = []
    for y in range(height - 1, -1, -1):
        line = bytes(cast(memoryview, image.constScanLine(y)))[: width * 4]
        if sys.byteorder == "big":
            line = b"".join(line[i : i + 4][::-1] for i in range(0, len(line), 4))
        rows.append(line)
    mask_stride = ((width + 31) // 32) * 4
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, width * height * 4, 0, 0, 0, 0)
    return header + b"".join(rows) + bytes(mask_stride * height)


def ico_bytes(images: list[QImage]) -> bytes:
    blobs = [png_bytes(img) if img.width() >= PNG_IN_ICO_FROM else dib_bytes(img) for img in images]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for img, blob in zip(images, blobs, strict=True):
        side = img.width() if img.width() < 256 else 0
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return out + b"".join(blobs)


def write_icons(out_dir: Path = ICON_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    images = [draw_icon(s) for s in ICO_SIZES]
    ico = out_dir / "insurup-desk.ico"
    ico.write_bytes(ico_bytes(images))
    png = out_dir / "insurup-desk.png"
    png.write_bytes(png_bytes(images[-1]))
    return [ico, png]


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in write_icons():
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
