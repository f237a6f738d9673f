"""Plays the browser on the sandbox's authorize pages: used by the self-test and the tests, never by the desk UI.

It reads the hidden transaction field of the sandbox's own forms, so it works against the sandbox only.
"""

from __future__ import annotations

import re

import httpx

from .auth import DEMO_MFA_CODE

_TXN = re.compile(r"name='txn' value='([^']+)'")


class RobotRefused(RuntimeError):
    """The authorize page did not lead to a redirect (a refusal page or a rejected sign-in)."""

    def __init__(self, status: int, page: str) -> None:
        super().__init__(f"authorize page answered {status}")
        self.status = status
        self.page = page


def _txn(response: httpx.Response) -> str:
    found = _TXN.search(response.text)
    if found is None:
        raise RobotRefused(response.status_code, response.text)
    return found.group(1)


async def sign_in_on_page(
    http: httpx.AsyncClient, authorize_url: str, email: str, password: str, mfa_code: str = DEMO_MFA_CODE
) -> str:
    """Open ``authorize_url``, post the sign-in form (and the 2FA form if asked); return the redirect target."""
    page = await http.get(authorize_url)
    if page.status_code != 200:
        raise RobotRefused(page.status_code, page.text)
    txn = _txn(page)
    post_url = page.url.join("/connect/authorize")
    answer = await http.post(post_url, data={"txn": txn, "email": email, "password": password})
    if answer.status_code == 200 and "name='code'" in answer.text:
        answer = await http.post(post_url, data={"txn": txn, "code": mfa_code})
    if answer.status_code != 302:
        raise RobotRefused(answer.status_code, answer.text)
    return answer.headers["location"]


async def play_browser(http: httpx.AsyncClient, authorize_url: str, email: str, password: str,
                       mfa_code: str = DEMO_MFA_CODE) -> None:
    """The whole browser part: sign in on the page, then follow the redirect to the desk's loopback listener."""
    location = await sign_in_on_page(http, authorize_url, email, password, mfa_code)
    async with httpx.AsyncClient(timeout=10.0) as loopback:
        # The listener is a real socket on this machine, whatever serves the authorize page.
        answer = await loopback.get(location)
    if answer.status_code != 200:
        raise RobotRefused(answer.status_code, answer.text)
