"""Opening and saving PDFs the API hands out (policy documents, offer documents)."""

from __future__ import annotations

import asyncio
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from insurup_desk.ui.save_dialog import ask_save_path

_UNSAFE = re.compile(r"[^\w.\-]+")


def safe_file_name(name: str) -> str:
    cleaned = _UNSAFE.sub("_", name).strip("._") or "belge"
    return cleaned if cleaned.lower().endswith(".pdf") else f"{cleaned}.pdf"


async def write_temp_pdf(content: bytes, name: str) -> Path:
    folder = Path(tempfile.gettempdir()) / "insurup-desk-documents"
    path = folder / safe_file_name(name)

    def write() -> None:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)

    await asyncio.to_thread(write)
    return path


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_pdf_path(parent: QWidget, name: str) -> Path | None:
    chosen = ask_save_path(
        parent,
        QCoreApplication.translate("Documents", "PDF'i kaydet"),
        safe_file_name(name),
        QCoreApplication.translate("Documents", "PDF belgesi (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


async def save_pdf(content: bytes, path: Path) -> Path:
    await asyncio.to_thread(path.write_bytes, content)
    return path
