"""English comes from the .ts source: compiled with lrelease when possible, read directly otherwise."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from insurup_desk.ui import i18n

SHELL_CONTEXTS = {
    "AboutDialog",
    "AppStatusBar",
    "LoginDialog",
    "LoginMessages",
    "MainWindow",
    "Pages",
    "SandboxBanner",
    "SettingsDialog",
    "Shell",
}
TS_FILE = i18n.TRANSLATIONS_DIR / "insurup_desk_en.ts"


def test_every_shell_string_has_an_english_translation() -> None:
    root = ET.parse(TS_FILE).getroot()
    missing = [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        if context.findtext("name") in SHELL_CONTEXTS
        for message in context.iter("message")
        if not (message.findtext("translation") or "").strip()
        or (message.find("translation") is not None and message.find("translation").get("type") == "unfinished")  # type: ignore[union-attr]
    ]
    assert missing == []


def test_ts_translator_reads_the_source_file(qapp: Any) -> None:
    translator = i18n.TsTranslator(TS_FILE)
    assert translator.translate("LoginDialog", "Giriş yap") == "Sign in"
    assert not translator.translate("LoginDialog", "yok böyle bir metin")


def test_missing_qm_is_compiled_into_the_cache(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if i18n.lrelease_path() is None:
        pytest.skip("lrelease is not available here")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path / "package")
    (tmp_path / "package").mkdir()
    (tmp_path / "package" / TS_FILE.name).write_bytes(TS_FILE.read_bytes())
    translator = i18n.app_translator("en", tmp_path / "cache", qapp)
    assert translator is not None and not isinstance(translator, i18n.TsTranslator)
    assert (tmp_path / "cache" / "insurup_desk_en.qm").is_file()
    assert translator.translate("Pages", "Poliçeler") == "Policies"


def test_without_lrelease_the_ts_file_is_read(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    (tmp_path / TS_FILE.name).write_bytes(TS_FILE.read_bytes())
    monkeypatch.setattr(i18n, "lrelease_path", lambda: None)
    translator = i18n.app_translator("en", tmp_path / "cache", qapp)
    assert isinstance(translator, i18n.TsTranslator)
    assert translator.translate("SandboxBanner", "EĞİTİM / SANDBOX — gerçek satış yapılmaz").startswith("TRAINING")


def test_turkish_needs_no_translator(qapp: Any, tmp_path: Path) -> None:
    assert i18n.app_translator("tr", tmp_path, qapp) is None
