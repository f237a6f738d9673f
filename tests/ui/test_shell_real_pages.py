"""The shell with the pages that are really registered: sign in, visit every page, sign out cleanly."""

from __future__ import annotations

import asyncio
from typing import Any

import shiboken6
from shell_fakes import close_kit, make_shell, run, sandbox_client

from insurup_desk.ui.pages_registry import PAGE_KEYS, build_pages


def test_every_registered_page_opens_and_sign_out_leaves_nothing_running(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, mem_keyring: Any
) -> None:
    kit = make_shell(sandbox_client(sandbox_app), page_builder=build_pages)
    run(qtbot, kit.shell.start())
    dialog = kit.shell.login_dialog
    assert dialog is not None
    dialog.demo_combo.setCurrentIndex(1)
    dialog.submit()
    qtbot.waitUntil(lambda: kit.shell.window is not None)
    window = kit.shell.window
    assert window is not None
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
