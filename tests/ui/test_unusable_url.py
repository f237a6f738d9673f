"""A saved API address the desk may not use stops it with the reason; it never turns to another server itself."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from insurup_desk.services.settings import (
    DEFAULT_API_URL,
    AppSettings,
    SettingsProblem,
    SettingsStore,
    check_api_url,
)
from insurup_desk.ui.settings_dialog import SettingsDialog
from insurup_desk.ui.unusable_url_prompt import UnusableUrlPrompt, ask_for_usable_url

BAD_URL = "http://10.0.0.1/api/"


def _store_with_url(folder: Path, url: str) -> SettingsStore:
    store = SettingsStore(folder / "settings.ini")
    qs = store.qsettings()
    qs.setValue("api/url", url)
    qs.setValue("general/page_size", "lots")
    qs.sync()
    return store


@pytest.mark.parametrize(("url", "problem"), [(BAD_URL, "api_url_insecure"), ("ftp://x/", "api_url_malformed"),
                                               ("", "api_url_empty")])
def test_an_unusable_saved_address_is_kept_as_written_not_replaced(tmp_path: Path, url: str, problem: str) -> None:
    loaded = _store_with_url(tmp_path, url).load()
    assert loaded.api_url == url and loaded.api_url != DEFAULT_API_URL
    assert loaded.page_size == AppSettings().page_size  # other broken preferences still fall back
    assert check_api_url(loaded.api_url) == SettingsProblem(problem)


@pytest.fixture
def trap() -> Iterator[tuple[str, list[bytes]]]:
    """A 'proxy' that records every connection: anything the desk sends anywhere over HTTP(S) ends up here."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.1)
    seen: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    seen.append(conn.recv(4096))
                except OSError:
                    seen.append(b"")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", seen
    stop.set()
    thread.join(5)
    server.close()


def _self_test(home: Path, proxy: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INSURUP_DESK_HOME": str(home)}
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        env[name] = env[name.lower()] = proxy
    for name in ("NO_PROXY", "no_proxy"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "insurup_desk", "--self-test", *args], capture_output=True,
                          text=True, timeout=80, env=env, check=False)


@pytest.mark.timeout(90)
def test_self_test_with_an_unusable_saved_address_stops_with_one_line_and_sends_nothing(
    tmp_path: Path, trap: tuple[str, list[bytes]]
) -> None:
    proxy, seen = trap
    _store_with_url(tmp_path / "config", BAD_URL)
    done = _self_test(tmp_path, proxy)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("insurup-desk: cannot start: Ayarlarda kayıtlı API adresi kullanılamıyor: "
                               f"{BAD_URL} — Şifresiz http://")
    assert "kendiliğinden başka bir sunucuya bağlanmaz" in lines[0] and "settings.ini" in lines[0]
    assert seen == []  # no sign-in went to the production address, or anywhere else

    # The trap does catch a sign-in: the same run with an address given on the command line reaches it.
    done = _self_test(tmp_path, proxy, "--api-url", "https://api.example.test/api/")
    assert done.returncode == 1
    assert any(b"api.example.test:443" in request for request in seen)


def _runner(actions: list[str], url: str = "https://api.example.test/api/") -> Any:
    """Plays the operator: what to click in the prompt, then what to type into the settings dialog."""

    def run(dialog: QDialog) -> None:
        if isinstance(dialog, UnusableUrlPrompt):
            assert BAD_URL in dialog.text()
            choice = actions.pop(0)
            (dialog.settings_button if choice == "settings" else dialog.quit_button).click()
        elif isinstance(dialog, SettingsDialog):
            assert dialog.errors["api_url"].isVisibleTo(dialog)  # the field says what is wrong straight away
            if actions.pop(0) == "fix":
                dialog.api_url_edit.setText(url)
                dialog.save()
            else:
                dialog.reject()

    return run


def test_the_operator_corrects_the_address_and_the_desk_goes_on_with_it(qtbot: Any, tmp_path: Path) -> None:
    store = _store_with_url(tmp_path, BAD_URL)
    corrected = ask_for_usable_url(store, store.load(), SettingsProblem.API_URL_INSECURE,
                                   run=_runner(["settings", "fix"]))
    assert corrected is not None and corrected.api_url == "https://api.example.test/api/"
    assert store.load().api_url == "https://api.example.test/api/"


@pytest.mark.parametrize("actions", [["quit"], ["settings", "cancel"]])
def test_closing_the_prompt_or_the_dialog_ends_the_desk_and_changes_nothing(
    qtbot: Any, tmp_path: Path, actions: list[str]
) -> None:
    store = _store_with_url(tmp_path, BAD_URL)
    assert ask_for_usable_url(store, store.load(), SettingsProblem.API_URL_INSECURE, run=_runner(actions)) is None
    assert store.load().api_url == BAD_URL


def test_the_message_reads_in_english_too(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from insurup_desk.ui import i18n
    from insurup_desk.ui.unusable_url_prompt import unusable_url_message

    translator = i18n.TsTranslator(i18n.TRANSLATIONS_DIR / "insurup_desk_en.ts")
    QCoreApplication.installTranslator(translator)
    try:
        text = unusable_url_message(BAD_URL, SettingsProblem.API_URL_INSECURE, Path("settings.ini"))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert text == (f"The API address saved in the settings cannot be used: {BAD_URL} — Unencrypted http:// may only "
                    "be used for a server on this computer; use https://. InsurUp Desk does not connect to another "
                    "server on its own. Correct the address in Settings or in the file settings.ini, or start the "
                    "program with --api-url.")
