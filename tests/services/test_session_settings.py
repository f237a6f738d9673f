"""Operator settings: validation codes, normalisation and the INI round trip under INSURUP_DESK_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from insurup_desk.services.paths import app_paths
from insurup_desk.services.settings import (
    AppSettings,
    SettingsProblem,
    SettingsStore,
    normalise_api_url,
    validate,
)


def test_defaults_are_valid() -> None:
    assert validate(AppSettings()) == {}


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("", SettingsProblem.API_URL_EMPTY),
        ("api.insurup.com", SettingsProblem.API_URL_MALFORMED),
        ("ftp://api.insurup.com/api/", SettingsProblem.API_URL_MALFORMED),
        ("https://", SettingsProblem.API_URL_MALFORMED),
        ("https://host:99999/", SettingsProblem.API_URL_MALFORMED),
        ("http://api.insurup.com/api/", SettingsProblem.API_URL_INSECURE),
        ("http://127.0.0.1:8765", None),
        ("http://localhost:8765/api/", None),
        ("https://test-api.example.com.tr/api/", None),
    ],
)
def test_api_url_rules(url: str, problem: SettingsProblem | None) -> None:
    assert validate(AppSettings(api_url=url)).get("api_url") == problem


def test_every_other_field_is_checked() -> None:
    bad = AppSettings(agent_branch_id="branch-7", sales_channel="FAX", language="de", page_size=101)
    assert validate(bad) == {
        "agent_branch_id": SettingsProblem.BRANCH_MALFORMED,
        "sales_channel": SettingsProblem.CHANNEL_UNKNOWN,
        "language": SettingsProblem.LANGUAGE_UNKNOWN,
        "page_size": SettingsProblem.PAGE_SIZE_RANGE,
    }
    assert validate(AppSettings(page_size=19))["page_size"] is SettingsProblem.PAGE_SIZE_RANGE
    assert validate(AppSettings(page_size=20)) == {}
    assert validate(AppSettings(page_size=100)) == {}


def test_branch_must_be_one_of_the_users_when_they_are_known() -> None:
    known = ("67452b1a022dec6666bf06d8",)
    assert validate(AppSettings(agent_branch_id="67452b1a022dec6666bf06d8"), known) == {}
    other = AppSettings(agent_branch_id="67452b1a022dec6666bf06d9")
    assert validate(other, known) == {"agent_branch_id": SettingsProblem.BRANCH_UNKNOWN}
    assert validate(other) == {}


def test_origin_gets_the_api_base() -> None:
    assert normalise_api_url("http://127.0.0.1:8765") == "http://127.0.0.1:8765/api/"
    assert normalise_api_url(" https://api.insurup.com/api ") == "https://api.insurup.com/api/"


def test_store_round_trip_lives_under_the_home_folder(tmp_path: Path) -> None:
    paths = app_paths()
    assert str(paths.settings_file).startswith(os.environ["INSURUP_DESK_HOME"])
    store = SettingsStore(paths.settings_file)
    wanted = AppSettings(
        api_url="http://127.0.0.1:9000",
        agent_branch_id="67452b1a022dec6666bf06d8",
        sales_channel="CALL_CENTER",
        language="en",
        page_size=75,
    )
    store.save(wanted)
    assert paths.settings_file.is_file()
    loaded = SettingsStore(paths.settings_file).load()
    assert loaded == wanted.with_changes(api_url="http://127.0.0.1:9000/api/")


def test_store_refuses_invalid_and_repairs_hand_edited_values(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.ini")
    with pytest.raises(ValueError):
        store.save(AppSettings(page_size=5))
    qs = store.qsettings()
    qs.setValue("general/page_size", "lots")
    qs.setValue("sales/channel", "FAX")
    qs.setValue("general/language", "en")
    qs.sync()
    loaded = store.load()
    assert loaded.page_size == AppSettings().page_size
    assert loaded.sales_channel == "MANUAL"
    assert loaded.language == "en"


def test_authorization_server_and_client_id_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.ini")
    assert AppSettings().auth_origin == "https://auth.insurup.com" and AppSettings().oauth_client_id == ""
    store.save(AppSettings(auth_origin="https://auth.staging.example/", oauth_client_id=" desk-123 "))
    loaded = store.load()
    assert (loaded.auth_origin, loaded.oauth_client_id) == ("https://auth.staging.example", "desk-123")


def test_plain_http_authorization_server_elsewhere_turns_the_method_off(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.ini")
    qs = store.qsettings()
    qs.setValue("auth/origin", "http://auth.example")
    qs.setValue("auth/client_id", "desk-123")
    qs.sync()
    loaded = store.load()
    assert (loaded.auth_origin, loaded.oauth_client_id) == ("https://auth.insurup.com", "")
