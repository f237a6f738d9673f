"""The shell with the pages that are really registered: sign in, visit every page, sign out cleanly."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import shiboken6
from shell_fakes import close_kit, make_shell, run, sandbox_client, sign_in_demo

from insurup_desk.api.models.properties import Property
from insurup_desk.services.list_sources import POLICIES
from insurup_desk.ui.pages_registry import PAGE_KEYS, build_pages
from insurup_desk.ui.tables.list_page import ListPage


def test_every_registered_page_opens_and_sign_out_leaves_nothing_running(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    kit = make_shell(sandbox_client(sandbox_app), page_builder=build_pages)
    window = sign_in_demo(qtbot, kit)
    for key in PAGE_KEYS:
        window.show_page(key)
        qtbot.waitUntil(lambda key=key: window.stack.currentWidget() is window.page(key))
    pages = [window.page(key) for key in PAGE_KEYS]
    run(qtbot, kit.shell.logout())
    assert kit.shell.window is None and kit.shell.login_dialog is not None
    # The pages are gone, and every page's own work ended with them: nothing is left to answer into them.
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(p) for p in pages))
    qtbot.waitUntil(lambda: _page_work() == [])
    close_kit(qtbot, kit)


def _page_work() -> list[asyncio.Task[Any]]:
    """Tasks started by ``run_op`` for some page that are still running."""
    return [t for t in asyncio.all_tasks() if not t.done()
            and getattr(t.get_coro(), "__qualname__", "").startswith("run_op.")]


def test_a_list_home_read_in_flight_at_sign_out_ends_with_the_window(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A policy row's home was being read when the operator signed out: the read stops there, before the client
    it runs on is closed, and nothing is left to answer into the gone list."""
    kit = make_shell(sandbox_client(sandbox_app), page_builder=build_pages)
    window = sign_in_demo(qtbot, kit)
    window.show_page("policies")
    page = window.page("policies")
    assert isinstance(page, ListPage)
    asked, stopped = asyncio.Event(), asyncio.Event()

    async def held_get(_customer_id: str, _property_id: str) -> Property:
        asked.set()
        try:
            await asyncio.Event().wait()  # the server never answers
        finally:
            stopped.set()
        raise AssertionError("unreachable")

    monkeypatch.setattr(kit.client.properties, "get", held_get)
    row = {"id": "pol-held", "productBranch": "DASK", "propertyId": "home-held", "insuredCustomerId": "cus-held"}
    page.homes.row_shown(tuple(row.get(name) for name in POLICIES.fields))  # the row is being drawn
    qtbot.waitUntil(asked.is_set)
    run(qtbot, kit.shell.logout())
    assert stopped.is_set()  # ended by the sign-out itself, not later by deleteLater
    assert not [t for t in asyncio.all_tasks() if not t.done()
                and getattr(t.get_coro(), "__qualname__", "").startswith("HomeAddressReader.")]
    close_kit(qtbot, kit)
