"""The update repository address, channel and crash upload address: kept, checked, edited in the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from insurup_desk.services.settings import AppSettings, SettingsProblem, SettingsStore, validate
from insurup_desk.ui.settings_dialog import SettingsDialog


def test_addresses_and_channel_round_trip_and_default_to_off(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.ini")
    loaded = store.load()
    assert loaded.update_url == "" and loaded.update_channel == "stable" and loaded.crash_upload_url == ""
    chosen = loaded.with_changes(update_url="https://guncelleme.acente.com.tr/desk/", update_channel="beta",
                                 crash_upload_url="http://127.0.0.1:8123/rapor")
    store.save(chosen)
    assert store.load() == chosen


def test_bad_addresses_are_refused_with_their_own_reason() -> None:
    bad = AppSettings(update_url="http://guncelleme.acente.com.tr/", update_channel="nightly",
                      crash_upload_url="not an address")
    assert validate(bad) == {
        "update_url": SettingsProblem.UPDATE_URL_INSECURE,
        "update_channel": SettingsProblem.UPDATE_CHANNEL_UNKNOWN,
        "crash_upload_url": SettingsProblem.CRASH_URL_MALFORMED,
    }


def test_a_hand_edited_broken_update_address_turns_updates_off(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text("[update]\nurl=ftp://x\nchannel=weird\n", encoding="utf-8")
    loaded = SettingsStore(tmp_path / "settings.ini").load()
    assert loaded.update_url == "" and loaded.update_channel == "stable"


def test_the_dialog_edits_them_and_keeps_settings_it_does_not_show(qtbot: Any, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.ini")
    current = AppSettings(oauth_client_id="desk-client")
    dialog = SettingsDialog(store, current)
    qtbot.addWidget(dialog)
    dialog.update_url_edit.setText("http://guncelleme.acente.com.tr/")
    dialog.save()
    assert dialog.saved is None and not dialog.errors["update_url"].isHidden()
    assert "https://" in dialog.errors["update_url"].text()
    dialog.update_url_edit.setText("https://guncelleme.acente.com.tr/")
    dialog.update_channel_combo.setCurrentIndex(dialog.update_channel_combo.findData("beta"))
    dialog.save()
    assert dialog.saved is not None
    assert dialog.saved.update_url == "https://guncelleme.acente.com.tr/" and dialog.saved.update_channel == "beta"
    assert dialog.saved.oauth_client_id == "desk-client"
