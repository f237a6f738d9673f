"""``insurup-desk --self-test``: start the real windows, sign in, load the first page of policies.

The sign-in goes through the login dialog's own submit path (not a shortcut around it), so a broken
dialog, session, client or server fails the check. Failure carries a one-line reason.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from insurup_desk.api.errors import ApiError

from .login_dialog import CODE_STEP, LoginDialog
from .shell import Shell

DEFAULT_EMAIL = "gise@demo.acente"
DEFAULT_PASSWORD = "Demo1234!"


class SelfTestFailed(Exception):
    """The self-test did not pass; ``str()`` is the one-line reason."""


@dataclass(frozen=True)
class SelfTestResult:
    user: str
    policies_on_page: int
    total_policies: int | None


async def _until(predicate: Callable[[], bool], timeout_s: float, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not predicate():
        if loop.time() > deadline:
            raise SelfTestFailed(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def _save(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SelfTestFailed(f"could not write the screenshot {path}")


def _has_window(shell: Shell) -> bool:
    return shell.window is not None


def _one_line(text: str) -> str:
    return " ".join(text.split())


async def _sign_in(shell: Shell, dialog: LoginDialog, email: str, password: str, timeout_s: float) -> None:
    dialog.email_edit.setText(email)
    dialog.password_edit.setText(password)
    dialog.remember_check.setChecked(False)
    dialog.submit()
    await _until(lambda: not dialog.busy, timeout_s, "the sign-in answer")
    # An accepted dialog is on its way to deletion; the main window is what matters then.
    if _has_window(shell):
        return
    if dialog.step == CODE_STEP:
        code = os.environ.get("INSURUP_DESK_2FA_CODE", "").strip()
        if not code:
            raise SelfTestFailed("the account needs a two-factor code: set INSURUP_DESK_2FA_CODE")
        dialog.code_edit.setText(code)
        dialog.submit()
        await _until(lambda: not dialog.busy, timeout_s, "the two-factor answer")
        if _has_window(shell):
            return
    if dialog.error_label.isVisible():
        raise SelfTestFailed("sign-in failed: " + _one_line(dialog.error_label.text()))


async def _sign_in_with_insurup(shell: Shell, dialog: LoginDialog, email: str, password: str,
                                timeout_s: float) -> None:
    """INSURUP_DESK_LOGIN=oauth: the 'InsurUp ile giriş' button, with a headless browser on the sandbox's page."""
    await dialog.wait_for_server()  # the training sandbox's authorization server is offered once it is up
    if not dialog.oauth_button.isVisibleTo(dialog):
        raise SelfTestFailed("INSURUP_DESK_LOGIN=oauth, but no authorization server is set up")
    import httpx

    from insurup_desk.sandbox.oauth_robot import play_browser

    code = os.environ.get("INSURUP_DESK_2FA_CODE", "").strip() or "123456"
    browsing: list[asyncio.Future[None]] = []
    async with httpx.AsyncClient(timeout=timeout_s) as http:
        dialog.open_url = lambda url: browsing.append(
            asyncio.ensure_future(play_browser(http, url, email, password, code)))
        dialog.sign_in_with_insurup()
        await _until(lambda: not dialog.busy, timeout_s, "the browser sign-in")
        for task in browsing:
            if not task.done():
                task.cancel()
            elif not task.cancelled() and task.exception() is not None:
                raise SelfTestFailed(f"the authorize page refused the sign-in: {task.exception()}")
    if _has_window(shell):
        return
    if dialog.error_label.isVisible():
        raise SelfTestFailed("sign-in failed: " + _one_line(dialog.error_label.text()))


async def run_self_test(shell: Shell, *, timeout_s: float = 60.0, screenshot_dir: Path | None = None) -> SelfTestResult:
    email = os.environ.get("INSURUP_DESK_EMAIL") or DEFAULT_EMAIL
    password = os.environ.get("INSURUP_DESK_PASSWORD") or DEFAULT_PASSWORD
    try:
        await shell.start()
        if shell.window is None:
            dialog = shell.login_dialog
            if dialog is None:
                raise SelfTestFailed("neither the login dialog nor the main window appeared")
            if screenshot_dir is not None:
                if dialog.demo_combo.count() > 1:
                    dialog.demo_combo.setCurrentIndex(1)
                await asyncio.sleep(0.05)
                _save(dialog, screenshot_dir / "login.png")
            if os.environ.get("INSURUP_DESK_LOGIN", "").strip().lower() == "oauth":
                await _sign_in_with_insurup(shell, dialog, email, password, timeout_s)
            else:
                await _sign_in(shell, dialog, email, password, timeout_s)
            await _until(lambda: shell.window is not None, timeout_s, "the main window")
        window = shell.window
        assert window is not None
        # Let the window paint and its pages start their first loads (no nested event processing here).
        await asyncio.sleep(0.05)
        if not window.isVisible():
            raise SelfTestFailed("the main window is not visible")
        if screenshot_dir is not None:
            window.resize(1366, 768)
            # The list pages load their first rows asynchronously; give them a moment to arrive.
            await asyncio.sleep(1.5)
            _save(window, screenshot_dir / "main_window.png")
        page = await asyncio.wait_for(shell.client.graphql.policies(first=shell.settings.page_size), timeout_s)
        nodes = list(page.nodes)
        if page.total_count is not None and page.total_count > 0 and not nodes:
            raise SelfTestFailed("the policy list reports policies but returned none")
        user = shell.session.user
        return SelfTestResult(
            user=str(getattr(user, "display_name", "") or shell.session.email or "?"),
            policies_on_page=len(nodes),
            total_policies=page.total_count,
        )
    except ApiError as exc:
        raise SelfTestFailed(f"{type(exc).__name__}: {_one_line(str(exc))}") from exc
    except TimeoutError as exc:
        raise SelfTestFailed("timed out waiting for the server") from exc
