"""The shell with the pages that are really registered: sign in, visit every page, sign out cleanly."""

from __future__ import annotations

from typing import Any

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
        qtbot.wait(50)
        assert window.stack.currentWidget() is window.page(key)
    run(qtbot, kit.shell.logout())
    assert kit.shell.window is None and kit.shell.login_dialog is not None
    qtbot.wait(100)  # late answers for the closed pages would surface here as errors
    close_kit(qtbot, kit)
