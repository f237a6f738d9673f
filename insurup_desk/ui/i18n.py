"""Loads the interface language. Turkish is the source language; other languages come from Qt .ts/.qm files.

A packaged build ships compiled ``.qm`` files. An editable checkout may not have them (they are build
output), so the loader compiles the ``.ts`` with ``lrelease`` into the user's data folder and, if no
``lrelease`` is available either, reads the ``.ts`` XML directly. The language is therefore never lost.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from insurup_desk import resource_files
from insurup_desk.ui.keys import KeyNames

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = resource_files.TRANSLATIONS_DIR
SOURCE_LANGUAGE = "tr"


class TsTranslator(QTranslator):
    """Serves translations straight from a .ts file (finished and unfinished entries with text)."""

    def __init__(self, ts_file: Path, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._table: dict[tuple[str, str, str], str] = {}
        root = ET.parse(ts_file).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                comment = message.findtext("comment") or ""
                node = message.find("translation")
                if node is None or node.get("type") in ("obsolete", "vanished") or not node.text:
                    continue
                self._table[(name, source, comment)] = node.text

    def __len__(self) -> int:
        return len(self._table)

    def isEmpty(self) -> bool:
        return not self._table

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        # None reaches Qt as a null string ("not here": Qt asks the next catalogue); "" would be taken as the text.
        return self._table.get((context, source_text, disambiguation or ""))  # type: ignore[return-value]


def lrelease_path() -> Path | None:
    try:
        import PySide6
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        return None
    base = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (base / name).is_file():
            return base / name
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def compile_ts(ts_file: Path, qm_file: Path) -> bool:
    tool = lrelease_path()
    if tool is None:
        return False
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [str(tool), "-silent", str(ts_file), "-qm", str(qm_file)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed for %s: %s", ts_file.name, exc)
        return False
    return qm_file.is_file()


def _is_current(qm_file: Path, ts_file: Path) -> bool:
    return qm_file.is_file() and (not ts_file.is_file() or qm_file.stat().st_mtime >= ts_file.stat().st_mtime)


def app_translator(language: str, cache_dir: Path, parent: QCoreApplication) -> QTranslator | None:
    """The translator for ``language``; None for the source language or when no translation exists."""
    if language == SOURCE_LANGUAGE:
        return None
    ts_file = TRANSLATIONS_DIR / f"insurup_desk_{language}.ts"
    candidates = [TRANSLATIONS_DIR / f"insurup_desk_{language}.qm", cache_dir / f"insurup_desk_{language}.qm"]
    for qm_file in candidates:
        if _is_current(qm_file, ts_file):
            translator = QTranslator(parent)
            if translator.load(str(qm_file)):
                return translator
    if ts_file.is_file():
        if compile_ts(ts_file, candidates[1]):
            translator = QTranslator(parent)
            if translator.load(str(candidates[1])):
                return translator
        ts_translator = TsTranslator(ts_file, parent)
        if len(ts_translator):
            return ts_translator
    log.warning("no translation for language %r", language)
    return None


def install_language(app: QCoreApplication, language: str, cache_dir: Path) -> list[QTranslator]:
    """Install the app's and Qt's own translations for ``language``; returns them so they can be removed."""
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.Turkish if language == "tr" else QLocale.Language.English))
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own strings (context menus of text fields) follow the app language when Qt ships them.
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
        # ...but the keys keep the names printed on them (Ctrl, Shift, Esc), in menus and buttons alike.
        key_names = KeyNames(app)
        app.installTranslator(key_names)
        installed.append(key_names)
    translator = app_translator(language, cache_dir, app)
    if translator is not None:
        app.installTranslator(translator)
        installed.append(translator)
    return installed
