"""The optional upload sends the redacted report as text, and says when it did not get through."""

from __future__ import annotations

from pathlib import Path

import httpx

from insurup_desk.services.crash_report import CrashReport, build_report, upload_report

CARD = "4111 1111 1111 1111"


def _report(tmp_path: Path) -> CrashReport:
    try:
        raise RuntimeError(f"card {CARD} in a traceback")
    except RuntimeError as exc:
        return build_report(RuntimeError, exc, exc.__traceback__, where="main thread", log_file=tmp_path / "none.log")


def test_the_upload_carries_the_redacted_report(tmp_path: Path) -> None:
    received: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return httpx.Response(201)

    report = _report(tmp_path)
    assert upload_report(report, "https://destek.acente.com.tr/rapor", transport=httpx.MockTransport(server))
    body = received[0].content.decode("utf-8")
    assert received[0].headers["content-type"].startswith("text/plain")
    assert "RuntimeError" in body and CARD not in body and "[KART]" in body


def test_a_refused_or_unreachable_upload_is_reported_as_not_sent(tmp_path: Path) -> None:
    report = _report(tmp_path)
    refused = httpx.MockTransport(lambda _request: httpx.Response(503))

    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route", request=request)

    assert not upload_report(report, "https://destek.acente.com.tr/rapor", transport=refused)
    assert not upload_report(report, "https://destek.acente.com.tr/rapor",
                             transport=httpx.MockTransport(unreachable))
