"""The wait strip counts down a server-imposed wait and "Vazgeç" calls it off; API failures read in Turkish."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from insurup_desk.api.errors import (
    CertificateError,
    MalformedResponseError,
    NetworkError,
    RateLimited,
)
from insurup_desk.api.waits import WaitAnnouncer
from insurup_desk.ui import auth_messages
from insurup_desk.ui.wait_banner import WaitBanner

_HOSTS: list[QWidget] = []


def _strip(qtbot: Any, waits: WaitAnnouncer, **kw: Any) -> WaitBanner:
    host = QWidget()
    _HOSTS[:] = [host]  # keep the window alive for the test; qtbot closes it afterwards
    banner = WaitBanner(waits, host, **kw)
    QVBoxLayout(host).addWidget(banner)
    qtbot.addWidget(host)
    host.show()
    return banner


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def _forever(seconds: float) -> None:
    await asyncio.Event().wait()


def test_the_strip_counts_down_and_vazgec_ends_the_wait(qtbot: Any, qloop_running: Any) -> None:
    clock = Clock()
    waits = WaitAnnouncer(clock=clock)
    banner = _strip(qtbot, waits, tick_ms=10)
    assert not banner.isVisible()
    task = asyncio.ensure_future(waits.wait("GET policies/p-1", 45, _forever))
    qtbot.waitUntil(banner.isVisible)
    assert "45 saniye" in banner.text() and "Sunucu çok yoğun" in banner.text()
    assert banner.label.toolTip() == "GET policies/p-1"
    clock.now += 15
    qtbot.waitUntil(lambda: "30 saniye" in banner.text())
    qtbot.mouseClick(banner.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(task.done)
    assert task.result() is False  # the caller learns the wait was called off
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert waits.active == []


def test_short_backoff_waits_do_not_flicker_the_strip(qtbot: Any, qloop_running: Any) -> None:
    waits = WaitAnnouncer(clock=Clock())
    banner = _strip(qtbot, waits)
    seen: list[bool] = []
    waits.subscribe(lambda wait, active: seen.append(banner.isVisible()))

    async def instant(seconds: float) -> None:
        return None

    task = asyncio.ensure_future(waits.wait("GET x", 1.0, instant))
    qtbot.waitUntil(task.done)
    assert seen == [False, False]


def test_a_deleted_strip_no_longer_listens(qtbot: Any, qloop_running: Any) -> None:
    waits = WaitAnnouncer(clock=Clock())
    banner = WaitBanner(waits)
    banner.deleteLater()
    qtbot.waitUntil(lambda: not waits._listeners)


def test_api_failures_have_their_own_turkish_headline() -> None:
    certificate = auth_messages.headline(CertificateError())
    assert "Sunucunun sertifikası doğrulanamadı" in certificate
    assert certificate != auth_messages.headline(NetworkError())
    assert "İnternet bağlantınızı" not in certificate
    assert "okunamayan" in auth_messages.headline(MalformedResponseError(trace_id="t-1"))
    assert "Destek kodu: t-1" in auth_messages.describe(MalformedResponseError(trace_id="t-1"))
    busy = auth_messages.headline(RateLimited(retry_after_s=300))
    assert busy == "Sunucu çok yoğun; 300 saniye sonra yeniden deneyin."
