"""Helpers shared by the page tests (waiting for lists, a navigator that records what pages ask for)."""

from __future__ import annotations

import asyncio
from typing import Any


def run(qtbot: Any, coro: Any, timeout: int = 10_000) -> Any:
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


class RecordingNavigator:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def show_page(self, key: str) -> None:
        self.calls.append(("show_page", key))

    def open_new_sale(self, customer_id: str | None = None, vehicle_id: str | None = None) -> None:
        self.calls.append(("open_new_sale", (customer_id, vehicle_id)))

    def open_proposal(self, proposal_id: str) -> None:
        self.calls.append(("open_proposal", proposal_id))

    def open_customer(self, customer_id: str) -> None:
        self.calls.append(("open_customer", customer_id))

    def open_renewal(self, target: Any) -> None:
        self.calls.append(("open_renewal", target))


def load_all(qtbot: Any, page: Any, timeout: int = 10_000) -> None:
    """Scroll the page's table until every matching row is loaded."""
    model = page.model
    qtbot.waitUntil(lambda: model.total_count is not None and not model.is_loading, timeout=timeout)
    while model.rowCount() < (model.total_count or 0):
        page.view.scrollToBottom()
        if model.canFetchMore():
            model.fetchMore()
        before = model.rowCount()
        qtbot.waitUntil(lambda b=before: model.rowCount() > b and not model.is_loading, timeout=timeout)


def settle(qtbot: Any, page: Any, timeout: int = 10_000) -> None:
    """Wait until the list answered the current question."""
    qtbot.waitUntil(lambda: not page.model.is_loading and page.model.total_count is not None, timeout=timeout)
