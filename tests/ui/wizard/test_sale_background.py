"""The one wrapper for background work: progress, success routing, and the standard error display."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtWidgets import QMessageBox, QPushButton, QVBoxLayout, QWidget

from insurup_desk.api.errors import NotFound, ValidationFailed
from insurup_desk.ui.background import BusyBar, ErrorBanner, run_op


def _host(qtbot: Any) -> tuple[QWidget, ErrorBanner, BusyBar, QPushButton]:
    host = QWidget()
    banner, busy, button = ErrorBanner(host), BusyBar(host), QPushButton("x", host)
    layout = QVBoxLayout(host)
    for w in (banner, busy, button):
        layout.addWidget(w)
    qtbot.addWidget(host)
    host.show()
    return host, banner, busy, button


def test_success_goes_to_the_callback_with_progress_while_running(qtbot: Any, qloop_running: Any) -> None:
    host, banner, busy, button = _host(qtbot)
    gate = asyncio.Event()
    got: list[int] = []

    async def work() -> int:
        await gate.wait()
        return 42

    run_op(host, work(), on_success=got.append, banner=banner, busy=busy, caption="Yükleniyor…",
           disable=[button])
    assert busy.isVisible() and busy.format() == "Yükleniyor…" and not button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: got == [42])
    assert not busy.isVisible() and button.isEnabled() and not banner.isVisible()


def test_api_error_lands_in_the_banner_with_detail_suggestions_and_trace(qtbot: Any, qloop_running: Any) -> None:
    host, banner, busy, _button = _host(qtbot)

    async def work() -> None:
        raise NotFound("Müşteri bulunamadı.", suggestions=["Kimlik numarasını kontrol edin."],
                       trace_id="00-abc-01")

    called: list[None] = []
    run_op(host, work(), on_success=called.append, banner=banner, busy=busy)
    qtbot.waitUntil(banner.isVisible)
    text = banner.text()
    assert "Müşteri bulunamadı." in text
    assert "• Kimlik numarasını kontrol edin." in text
    assert "İzleme kodu: 00-abc-01" in text
    assert called == [] and not busy.isVisible()


def test_a_page_may_claim_an_error_first(qtbot: Any, qloop_running: Any) -> None:
    host, banner, _busy, _button = _host(qtbot)
    claimed: list[str] = []

    async def work() -> None:
        raise ValidationFailed("x", field_errors={"email": ["bad"]})

    def claim(error: Any) -> bool:
        claimed.append(error.field_errors["email"][0])
        return True

    task = run_op(host, work(), on_error=claim, banner=banner)
    qtbot.waitUntil(task.done)
    assert claimed == ["bad"] and not banner.isVisible()


def test_without_a_banner_a_non_blocking_message_box_opens(qtbot: Any, qloop_running: Any) -> None:
    host, _banner, _busy, _button = _host(qtbot)

    async def work() -> None:
        raise NotFound("Kayıt yok.", trace_id="t-1")

    task = run_op(host, work())
    qtbot.waitUntil(task.done)
    boxes = [w for w in host.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].text() == "Kayıt yok." and "İzleme kodu: t-1" in boxes[0].informativeText()
    boxes[0].close()


def test_work_is_cancelled_when_the_widget_goes_away(qtbot: Any, qloop_running: Any) -> None:
    host = QWidget()
    started = asyncio.Event()

    async def forever() -> None:
        started.set()
        await asyncio.sleep(3600)

    succeeded: list[None] = []
    task = run_op(host, forever(), on_success=succeeded.append)
    qtbot.waitUntil(started.is_set)
    host.deleteLater()
    qtbot.waitUntil(task.done)
    assert task.cancelled()  # cancelled with its widget, not finished
    assert succeeded == []
