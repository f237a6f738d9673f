"""Wizard fixtures: a signed-in client on the in-process sandbox and the wizard widget wired to it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from wizard_steps import FAST_POLL, run

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.services.sale_service import SaleService
from insurup_desk.ui.wizard.wizard import SaleWizard


@pytest.fixture
def sale_client(qtbot: Any, qloop_running: asyncio.AbstractEventLoop, sandbox_app: Any) -> Iterator[InsurUpClient]:
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"),
                           transport=httpx.ASGITransport(app=sandbox_app))
    run(qtbot, client.auth.login("gise@demo.acente", "Demo1234!"))
    yield client
    run(qtbot, client.aclose())


@pytest.fixture
def wizard(qtbot: Any, sale_client: InsurUpClient) -> Iterator[SaleWizard]:
    widget = SaleWizard(SaleService(sale_client), schedule=FAST_POLL)
    widget.quotes_page.open_file = lambda _path: None
    widget.done_page.open_file = lambda _path: None
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.quotes_page.leave()
