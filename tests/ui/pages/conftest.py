"""A signed-in API client against the in-process sandbox, for driving the list pages (Pattern 1 loop)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from page_helpers import RecordingNavigator, run
from PySide6.QtCore import QSettings

from insurup_desk.api import ApiConfig, InsurUpClient


@pytest.fixture
def signed_client(qloop_running: Any, qtbot: Any, sandbox_app: Any) -> Iterator[InsurUpClient]:
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=sandbox_app))
    run(qtbot, client.auth.login("gise@demo.acente", "Demo1234!"))
    yield client
    run(qtbot, client.aclose())


@pytest.fixture
def demo_nodes(sandbox: Any) -> Callable[[str], list[dict[str, Any]]]:
    """What the demo agent may see, straight from the sandbox state (the test's independent truth)."""
    user = next(u for u in sandbox.users.values() if u.email == "gise@demo.acente")

    def nodes(entity: str) -> list[dict[str, Any]]:
        return [dict(n) for n in sandbox.graphql_nodes(entity, user.agent_id)]

    return nodes


@pytest.fixture
def qsettings(tmp_path: Any) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def navigator() -> RecordingNavigator:
    return RecordingNavigator()
