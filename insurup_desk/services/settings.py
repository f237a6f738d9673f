"""Operator preferences (no secrets): what they are, how they are checked, where they are kept.

Validation returns problem *codes*, not sentences: the settings dialog turns them into translated text.
"""

from __future__ import annotations

import enum
import ipaddress
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QSettings

DEFAULT_API_URL = "https://api.insurup.com/api/"
#: InsurUp's authorization server ("InsurUp ile giriş"); reference §2.2.
DEFAULT_AUTH_ORIGIN = "https://auth.insurup.com"
CHANNELS: tuple[str, ...] = (
    "MANUAL",
    "UNKNOWN",
    "WEBSITE",
    "GOOGLE_ADS",
    "CALL_CENTER",
    "SOCIAL_MEDIA",
    "MOBILE_APP",
    "OFFLINE_PROPOSAL_FORM",
    "FIELD",
    "PRINT_MEDIA",
    "FAIR_EVENT",
    "BUSINESS_PARTNER",
    "CHATBOT",
)
LANGUAGES: tuple[str, ...] = ("tr", "en")
#: Update channels: "stable" takes releases only, "beta" also pre-releases (services/updates.py).
UPDATE_CHANNELS: tuple[str, ...] = ("stable", "beta")
PAGE_SIZE_MIN = 20
PAGE_SIZE_MAX = 100


class SettingsProblem(enum.Enum):
    API_URL_EMPTY = "api_url_empty"
    API_URL_MALFORMED = "api_url_malformed"
    API_URL_INSECURE = "api_url_insecure"
    BRANCH_MALFORMED = "branch_malformed"
    BRANCH_UNKNOWN = "branch_unknown"
    CHANNEL_UNKNOWN = "channel_unknown"
    LANGUAGE_UNKNOWN = "language_unknown"
    PAGE_SIZE_RANGE = "page_size_range"
    UPDATE_URL_MALFORMED = "update_url_malformed"
    UPDATE_URL_INSECURE = "update_url_insecure"
    UPDATE_CHANNEL_UNKNOWN = "update_channel_unknown"
    CRASH_URL_MALFORMED = "crash_url_malformed"
    CRASH_URL_INSECURE = "crash_url_insecure"


@dataclass(frozen=True)
class AppSettings:
    api_url: str = DEFAULT_API_URL
    agent_branch_id: str = ""
    sales_channel: str = "MANUAL"
    language: str = "tr"
    page_size: int = 50
    auth_origin: str = DEFAULT_AUTH_ORIGIN
    # The public OAuth client InsurUp registers for the desk; empty hides "InsurUp ile giriş" (docs/real-api.md).
    oauth_client_id: str = ""
    # The signed update repository (any static file host); empty turns update checks off.
    update_url: str = ""
    update_channel: str = "stable"
    # Where crash reports are sent (redacted); empty (the default) keeps them on this PC only.
    crash_upload_url: str = ""

    def with_changes(self, **changes: object) -> AppSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalise_api_url(text: str) -> str:
    """A bare origin gets the standard ``/api/`` base; any base gets exactly one trailing slash."""
    url = text.strip()
    parts = urlsplit(url)
    path = parts.path if parts.path not in ("", "/") else "/api/"
    if not path.endswith("/"):
        path += "/"
    return f"{parts.scheme}://{parts.netloc}{path}"


def check_api_url(text: str) -> SettingsProblem | None:
    url = text.strip()
    if not url:
        return SettingsProblem.API_URL_EMPTY
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return SettingsProblem.API_URL_MALFORMED
    if parts.scheme not in ("http", "https") or not host or " " in url:
        return SettingsProblem.API_URL_MALFORMED
    if parts.scheme == "http" and not is_loopback_host(host):
        return SettingsProblem.API_URL_INSECURE
    return None


def _check_optional_url(
    text: str, malformed: SettingsProblem, insecure: SettingsProblem
) -> SettingsProblem | None:
    """An optional address (empty means off) follows the API address's rule: https unless loopback."""
    if not text.strip():
        return None
    problem = check_api_url(text)
    if problem is SettingsProblem.API_URL_INSECURE:
        return insecure
    return None if problem is None else malformed


def _is_object_id(text: str) -> bool:
    return len(text) == 24 and all(c in "0123456789abcdefABCDEF" for c in text)


def validate(settings: AppSettings, known_branch_ids: tuple[str, ...] = ()) -> dict[str, SettingsProblem]:
    """Every problem keyed by field name; an empty dict means the settings can be saved."""
    problems: dict[str, SettingsProblem] = {}
    if (url_problem := check_api_url(settings.api_url)) is not None:
        problems["api_url"] = url_problem
    branch = settings.agent_branch_id.strip()
    if branch:
        if known_branch_ids and branch not in known_branch_ids:
            problems["agent_branch_id"] = SettingsProblem.BRANCH_UNKNOWN
        elif not known_branch_ids and not _is_object_id(branch):
            problems["agent_branch_id"] = SettingsProblem.BRANCH_MALFORMED
    if settings.sales_channel not in CHANNELS:
        problems["sales_channel"] = SettingsProblem.CHANNEL_UNKNOWN
    if settings.language not in LANGUAGES:
        problems["language"] = SettingsProblem.LANGUAGE_UNKNOWN
    if not PAGE_SIZE_MIN <= settings.page_size <= PAGE_SIZE_MAX:
        problems["page_size"] = SettingsProblem.PAGE_SIZE_RANGE
    update_problem = _check_optional_url(
        settings.update_url, SettingsProblem.UPDATE_URL_MALFORMED, SettingsProblem.UPDATE_URL_INSECURE
    )
    if update_problem is not None:
        problems["update_url"] = update_problem
    if settings.update_channel not in UPDATE_CHANNELS:
        problems["update_channel"] = SettingsProblem.UPDATE_CHANNEL_UNKNOWN
    crash_problem = _check_optional_url(
        settings.crash_upload_url, SettingsProblem.CRASH_URL_MALFORMED, SettingsProblem.CRASH_URL_INSECURE
    )
    if crash_problem is not None:
        problems["crash_upload_url"] = crash_problem
    return problems


class SettingsStore:
    """Reads and writes :class:`AppSettings` in an INI file; other parts may keep their own keys there too."""

    def __init__(self, path: Path) -> None:
        self._path = path
        path.parent.mkdir(parents=True, exist_ok=True)

    @property
    def path(self) -> Path:
        return self._path

    def qsettings(self) -> QSettings:
        """The same file for other preferences (column layouts, window geometry)."""
        return QSettings(str(self._path), QSettings.Format.IniFormat)

    def load(self) -> AppSettings:
        qs = self.qsettings()
        default = AppSettings()
        raw_size = qs.value("general/page_size", default.page_size)
        try:
            page_size = int(str(raw_size))
        except ValueError:
            page_size = default.page_size
        loaded = AppSettings(
            api_url=str(qs.value("api/url", default.api_url)),
            agent_branch_id=str(qs.value("sales/agent_branch_id", default.agent_branch_id)),
            sales_channel=str(qs.value("sales/channel", default.sales_channel)),
            language=str(qs.value("general/language", default.language)),
            page_size=page_size,
            auth_origin=str(qs.value("auth/origin", default.auth_origin)).strip().rstrip("/"),
            oauth_client_id=str(qs.value("auth/client_id", default.oauth_client_id)).strip(),
            update_url=str(qs.value("update/url", default.update_url)).strip(),
            update_channel=str(qs.value("update/channel", default.update_channel)).strip(),
            crash_upload_url=str(qs.value("crash/upload_url", default.crash_upload_url)).strip(),
        )
        if check_api_url(loaded.auth_origin) is not None:
            # Same rule as the API address (https unless loopback); a broken entry turns the method off.
            loaded = loaded.with_changes(auth_origin=default.auth_origin, oauth_client_id="")
        # A hand-edited file must not stop the app: each broken preference falls back to its default. Not the
        # server address: swapping it would send the sign-in (password included) to a server nobody chose. It
        # is kept as written; the caller checks it with ``check_api_url`` and stops, saying why.
        for field_name in validate(loaded):
            if field_name != "api_url":
                loaded = loaded.with_changes(**{field_name: getattr(default, field_name)})
        return loaded

    def save(self, settings: AppSettings) -> None:
        problems = validate(settings)
        if problems:
            raise ValueError(f"invalid settings: {sorted(problems)}")
        qs = self.qsettings()
        qs.setValue("api/url", normalise_api_url(settings.api_url))
        qs.setValue("sales/agent_branch_id", settings.agent_branch_id.strip())
        qs.setValue("sales/channel", settings.sales_channel)
        qs.setValue("general/language", settings.language)
        qs.setValue("general/page_size", settings.page_size)
        qs.setValue("auth/origin", settings.auth_origin.strip().rstrip("/"))
        qs.setValue("auth/client_id", settings.oauth_client_id.strip())
        qs.setValue("update/url", settings.update_url.strip())
        qs.setValue("update/channel", settings.update_channel)
        qs.setValue("crash/upload_url", settings.crash_upload_url.strip())
        qs.sync()
