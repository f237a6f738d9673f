"""Starting the desk while the line is down: work from the cache, finish signing in when the line returns."""

from __future__ import annotations

from typing import Any

from shell_fakes import KEYRING_SERVICE, close_kit, make_shell, run, sandbox_client, sign_in_demo

from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.connectivity import LineState


def _remember_a_session(qtbot: Any, sandbox_app: Any) -> None:
    first = make_shell(sandbox_client(sandbox_app))
    sign_in_demo(qtbot, first)
    close_kit(qtbot, first)


def test_offline_start_opens_the_desk_and_signs_in_when_the_line_returns(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, sandbox: Any, mem_keyring: Any
) -> None:
    _remember_a_session(qtbot, sandbox_app)
    sandbox.faults.add(FaultRule(route="*", drop=True))

    kit = make_shell(sandbox_client(sandbox_app))
    run(qtbot, kit.shell.start())
    assert kit.shell.login_dialog is None
    window = kit.shell.window
    assert window is not None and window.isVisible()
    assert kit.session.user is None and kit.monitor.state is LineState.OFFLINE

    sandbox.faults.clear()
    kit.monitor.record_success(0.05)  # what the connectivity probe reports when the line is back
    qtbot.waitUntil(lambda: kit.session.user is not None)
    user = kit.session.user
    assert user is not None and user.email == "gise@demo.acente"
    assert kit.shell.relogin_dialog is None
    # The rotated token reaches the keyring on the session's own path, which may finish after the user is known.
    qtbot.waitUntil(lambda: mem_keyring.store.get((KEYRING_SERVICE, "sandbox/refresh_token"), "").endswith(
        kit.client.auth.refresh_token or "?"))
    close_kit(qtbot, kit)


def test_offline_start_with_a_refused_token_asks_to_sign_in_over_the_window(
    qtbot: Any, qloop_running: Any, sandbox_app: Any, sandbox: Any, mem_keyring: Any
) -> None:
    _remember_a_session(qtbot, sandbox_app)
    mem_keyring.store[(KEYRING_SERVICE, "sandbox/refresh_token")] = "v1:revoked"
    sandbox.faults.add(FaultRule(route="*", drop=True))

    kit = make_shell(sandbox_client(sandbox_app))
    run(qtbot, kit.shell.start())
    window = kit.shell.window
    assert window is not None

    sandbox.faults.clear()
    kit.monitor.record_success(0.05)
    # The refused token leaves the keyring on the session's own path, which may finish after the dialog shows.
    qtbot.waitUntil(lambda: kit.shell.relogin_dialog is not None
                    and (KEYRING_SERVICE, "sandbox/refresh_token") not in mem_keyring.store)
    assert kit.shell.window is window  # same window: nothing the operator had open is lost
    close_kit(qtbot, kit)
