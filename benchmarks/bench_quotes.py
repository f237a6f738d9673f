"""How quickly a price reaches the painted quote table, live over the hub and by polling, and what it costs.

Runs the sandbox on a loopback socket (15 simulated insurers, normal 0.5–8 s pricing latencies) and drives the
real quotes page offscreen (QuotesPage + QuoteCollector + real client) through rounds of the same 15-insurer
Trafik proposal, first with the hub, then with the hub refused (the desk falls back to adaptive polling),
until each mode has at least ``--samples`` priced products. It measures:

* delay: per priced product, from its pricing finishing in the sandbox (``ready_at`` on the sandbox's monotonic
  clock, same process) to the end of the first paint of the table's viewport after its row turned priced;
* REST requests per proposal: every HTTP exchange of the client from asking for quotes until the collector
  stopped (the create call included, in both modes);
* max stall: the largest lateness of a 10 ms QTimer heartbeat on the GUI thread while quotes arrive.

Last line: one JSON object with the figures, the targets and ``ok``; the exit status is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import math
import os
import statistics
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import qasync
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.domain.identity import tckn_check_digits
from insurup_desk.sandbox import SandboxConfig, SandboxServer, create_app
from insurup_desk.services import customer_form, vehicle_form
from insurup_desk.services.live_quotes import live_feed_of
from insurup_desk.services.sale import Sale, SaleTools
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import SalesFlow
from insurup_desk.ui.wizard.quotes_page import QuotesPage

HEARTBEAT_MS = 10
TARGETS = {"hub_delay_ms_median": 30.0, "hub_delay_ms_max": 100.0, "max_stall_ms": 50.0, "rest_ratio": 5.0}


class PaintProbe(QObject):
    """Stamps rows that turned priced when the viewport's next paint has finished."""

    def __init__(self, page: QuotesPage) -> None:
        super().__init__(page)
        self.pending: list[str] = []
        self.painted: dict[str, float] = {}
        self._table = page.table
        self._painting = False
        page.model.priced.connect(self._priced)
        page.table.viewport().installEventFilter(self)

    def _priced(self, row_id: str) -> None:
        self.pending.append(row_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not self.pending or self._painting:
            return False
        rows, self.pending = self.pending, []
        # Paint now, then stamp: the rows' pixels are drawn when the view's own paint handler returns.
        self._painting = True
        try:
            self._table.viewportEvent(event)
        finally:
            self._painting = False
        self._stamp(rows)
        return True

    def _stamp(self, rows: list[str]) -> None:
        now = time.monotonic()
        for row in rows:
            self.painted.setdefault(row, now)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


async def one_round(service: SaleService, sandbox: Any, client: InsurUpClient, customer: Any, vehicle_id: str,
                    stalls: list[float]) -> tuple[list[float], int, str]:
    flow = SalesFlow.begin(customer.id, "Ölçüm Müşterisi")
    flow.advance(vehicle_id=vehicle_id, vehicle_label="34 BEN 34")
    sale = Sale(SaleTools(service), flow)
    page = QuotesPage(sale)
    page.resize(1366, 600)
    page.show()
    page.enter(sale.data)
    probe = PaintProbe(page)
    # The fresh page's first layout and paint (and the last round's teardown) are not part of the measurement.
    for _ in range(10):
        await asyncio.sleep(0.02)
    gc.collect()
    requests = [0]
    client.session.observers.append(lambda _s: requests.__setitem__(0, requests[0] + 1))
    last = [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        stalls.append((now - last[0]) * 1000 - HEARTBEAT_MS)
        if os.environ.get("BENCH_DEBUG") and stalls[-1] > 20:
            print(f"stall {stalls[-1]:.1f} ms, {page.model.board.answered}/{page.model.board.total} answered")
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    try:
        page.ask()
        deadline = time.monotonic() + 20
        while True:
            collector = page.collector
            done = (collector is not None and not collector.running and page.model.board.total > 0
                    and all(r.id in probe.painted for r in page.model.board.rows if r.status != "waiting"))
            if done:
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"quotes did not all arrive within 20 s ({page.model.board.answered} answered, "
                                   f"{len(probe.painted)} painted)")
            await asyncio.sleep(0.05)
    finally:
        heartbeat.stop()
        client.session.observers.pop()
    assert collector is not None
    mode = collector.mode
    page.leave()
    page.hide()
    page.deleteLater()
    proposal = sandbox.proposals[sale.data.proposal_id]
    delays = [(probe.painted[p.id] - p.ready_at) * 1000 for p in proposal.products if p.outcome == "ACTIVE"]
    return delays, requests[0], mode


async def run_mode(server: SandboxServer, sandbox: Any, samples: int, hub: bool) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=server.url) as admin:
        await admin.post("/_sandbox/hub", json={"refuseStatus": None if hub else 404})
    client = InsurUpClient(ApiConfig.for_origin(server.url))
    try:
        await client.auth.login("gise@demo.acente", "Demo1234!")
        service = SaleService(client, live=live_feed_of(client))
        # Each mode sells to its own (identical) customer and vehicle: the sandbox refuses a plate twice.
        first_nine = "100000001" if hub else "100000002"
        plate = "34 BEN 34" if hub else "34 BEN 35"
        customer = (await service.create_customer(customer_form.CustomerDraft(
            identity_number=first_nine + tckn_check_digits(first_nine), full_name="Ölçüm Müşterisi"))).customer
        brand = (await service.brands())[0]
        brand_ref = brand.reference or brand.value or ""
        model = (await service.models(brand_ref, 2021))[0]
        vehicle = await service.create_vehicle(customer.id, vehicle_form.VehicleDraft(
            plate=plate, brand_reference=brand_ref, model_reference=model.reference or model.value or "",
            model_year="2021"))
        delays: list[float] = []
        requests: list[int] = []
        stalls: list[float] = []
        modes: set[str] = set()
        while len(delays) < samples:
            round_delays, round_requests, mode = await one_round(service, sandbox, client, customer, vehicle.id,
                                                                 stalls)
            delays += round_delays
            requests.append(round_requests)
            modes.add(mode)
        return {"delays": delays, "requests": statistics.mean(requests), "stall": max(0.0, *stalls),
                "modes": sorted(modes), "rounds": len(requests)}
    finally:
        await client.aclose()


async def measure(insurers: int, seed: int, samples: int) -> dict[str, Any]:
    config = SandboxConfig(seed=seed, customers=40, policies=150, proposals=30, insurers_per_proposal=insurers,
                           cases=6)
    app = create_app(config)
    server = SandboxServer(app, host="127.0.0.1", port=0)
    server.start()
    try:
        hub = await run_mode(server, app.state.sandbox, samples, hub=True)
        poll = await run_mode(server, app.state.sandbox, samples, hub=False)
    finally:
        server.stop()
    if hub["modes"] != ["live"] or poll["modes"] != ["poll"]:
        raise RuntimeError(f"modes were not as asked: hub run {hub['modes']}, polling run {poll['modes']}")
    result: dict[str, Any] = {"priced_samples": min(len(hub["delays"]), len(poll["delays"]))}
    for name, run in (("hub", hub), ("poll", poll)):
        d = run["delays"]
        result[f"{name}_delay_ms_median"] = round(statistics.median(d), 1)
        result[f"{name}_delay_ms_p90"] = round(percentile(d, 0.9), 1)
        result[f"{name}_delay_ms_max"] = round(max(d), 1)
    result["hub_rest_requests"] = round(hub["requests"], 1)
    result["poll_rest_requests"] = round(poll["requests"], 1)
    result["max_stall_ms"] = round(max(hub["stall"], poll["stall"]), 1)
    result["rounds"] = {"hub": hub["rounds"], "poll": poll["rounds"]}
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--insurers", type=int, default=15)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--samples", type=int, default=60, help="priced products per mode, at least")
    args = parser.parse_args()
    qt_app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(measure(args.insurers, args.seed, args.samples))
    ratio = result["poll_rest_requests"] / max(result["hub_rest_requests"], 1e-9)
    ok = (result["hub_delay_ms_median"] <= TARGETS["hub_delay_ms_median"]
          and result["hub_delay_ms_max"] <= TARGETS["hub_delay_ms_max"]
          and result["max_stall_ms"] <= TARGETS["max_stall_ms"]
          and ratio >= TARGETS["rest_ratio"] and result["priced_samples"] >= args.samples)
    result |= {"rest_ratio": round(ratio, 1), "targets": TARGETS, "ok": ok}
    print(f"priced products per mode: {result['priced_samples']}+ ({result['rounds']} rounds)")
    print(f"hub:     median {result['hub_delay_ms_median']} ms, p90 {result['hub_delay_ms_p90']} ms, "
          f"max {result['hub_delay_ms_max']} ms, {result['hub_rest_requests']} REST requests per proposal")
    print(f"polling: median {result['poll_delay_ms_median']} ms, p90 {result['poll_delay_ms_p90']} ms, "
          f"max {result['poll_delay_ms_max']} ms, {result['poll_rest_requests']} REST requests per proposal")
    print(f"largest event-loop stall: {result['max_stall_ms']} ms")
    print(json.dumps(result))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
