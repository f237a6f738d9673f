"""The "save as" question, opening in the folder the operator saved into last time (kept in the settings file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from insurup_desk.services.paths import app_paths

KEY = "dialogs/last_save_folder"


def _settings() -> QSettings:
    return QSettings(str(app_paths().settings_file), QSettings.Format.IniFormat)


def last_folder() -> Path | None:
    """The folder of the last save, while it still exists; else the user's documents folder (if any)."""
    saved = _settings().value(KEY)
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else None


def ask_save_path(parent: QWidget | None, title: str, file_name: str, file_filter: str) -> str:
    """The path chosen for ``file_name`` ("" when cancelled); its folder is where the next question opens."""
    folder = last_folder()
    start = str(folder / file_name) if folder is not None else file_name
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    if chosen:
        settings = _settings()
        settings.setValue(KEY, str(Path(chosen).parent))
        settings.sync()
    return chosen
