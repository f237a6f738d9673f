"""The real shell over the live sandbox, for the keyboard and shortcut tests (built by live_shell.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from live_shell import live_shell

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.ui.shell import Shell


@pytest.fixture
def desk_shell(qtbot: Any, qloop_running: Any, live_sandbox: Any) -> Iterator[Shell]:
    with live_shell(qtbot, InsurUpClient(ApiConfig.for_origin(live_sandbox.url)), live_sandbox) as shell:
        yield shell
