"""run_op handles every outcome: a bug in the work is logged with its traceback and the page is usable again."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QVBoxLayout, QWidget

from insurup_desk.ui.background import BusyBar, ErrorBanner, run_op, unexpected_error_text


def _host(qtbot: Any) -> tuple[QWidget, ErrorBanner, BusyBar, QPushButton]:
    host = QWidget()
    banner, busy, button = ErrorBanner(host), BusyBar(host), QPushButton("x", host)
    layout = QVBoxLayout(host)
    for w in (banner, busy, button):
        layout.addWidget(w)
    qtbot.addWidget(host)
    host.show()
    return host, banner, busy, button


def test_a_crash_in_the_work_shows_one_message_and_gives_the_page_back(
    qtbot: Any, qloop_running: Any, caplog: pytest.LogCaptureFixture
) -> None:
    host, banner, busy, button = _host(qtbot)
    gate = asyncio.Event()

    async def work() -> int:
        await gate.wait()
        raise ValueError("parser choked on field 'x'")

    got: list[int] = []
    with caplog.at_level(logging.ERROR, logger="insurup_desk.ui.background"):
        task = run_op(host, work(), on_success=got.append, banner=banner, busy=busy, disable=[button])
        assert busy.isVisible() and not button.isEnabled()
        gate.set()
        qtbot.waitUntil(task.done)
    assert not task.cancelled() and task.exception() is None
    assert banner.isVisible() and unexpected_error_text() in banner.text()
    assert "Beklenmeyen bir hata" in banner.text()
    assert button.isEnabled() and not busy.isVisible() and got == []
    crashes = [r for r in caplog.records if r.exc_info and r.exc_info[0] is ValueError]
    assert len(crashes) == 1 and "parser choked" in caplog.text and "Traceback" in caplog.text


def test_without_a_banner_a_crash_opens_one_message_box(qtbot: Any, qloop_running: Any) -> None:
    host, _banner, _busy, _button = _host(qtbot)

    async def work() -> None:
        raise KeyError("boom")

    task = run_op(host, work())
    qtbot.waitUntil(task.done)
    boxes = [w for w in host.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and boxes[0].text() == unexpected_error_text()
    boxes[0].close()


def test_cancellation_stays_silent(qtbot: Any, qloop_running: Any, caplog: pytest.LogCaptureFixture) -> None:
    host, banner, busy, button = _host(qtbot)
    started = asyncio.Event()

    async def forever() -> None:
        started.set()
        await asyncio.sleep(3600)

    task = run_op(host, forever(), banner=banner, busy=busy, disable=[button])
    qtbot.waitUntil(started.is_set)
    task.cancel()
    qtbot.waitUntil(task.done)
    assert task.cancelled() and not banner.isVisible() and button.isEnabled() and not busy.isVisible()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
