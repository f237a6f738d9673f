"""How quickly a price reaches the quote table, and whether the UI ever freezes while prices arrive.

Runs the sandbox on a loopback socket (15 simulated insurers, normal 0.5–8 s pricing latencies), drives the
real quotes page (QuotesPage + QuoteCollector + real client, default poll schedule) offscreen, and measures:

* display delay: for each insurer, the time between its pricing finishing in the sandbox (``ready_at`` on
  the sandbox's monotonic clock, same process) and its row showing the answer in the table model;
* max stall: the largest lateness of a 10 ms QTimer heartbeat on the GUI thread while quotes arrive.

Last line: {"insurers": …, "display_delay_ms_median": …, "display_delay_ms_max": …, "max_stall_ms": …}
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.sandbox import SandboxConfig, SandboxServer, create_app
from insurup_desk.services import customer_form, vehicle_form
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.wizard.quotes_page import QuotesPage

HEARTBEAT_MS = 10


async def measure(insurers: int, seed: int) -> dict[str, float | int]:
    config = SandboxConfig(seed=seed, customers=40, policies=150, proposals=30, insurers_per_proposal=insurers,
                           cases=6)
    app = create_app(config)
    sandbox = app.state.sandbox
    server = SandboxServer(app, host="127.0.0.1", port=0)
    server.start()
    client = InsurUpClient(ApiConfig.for_origin(server.url))
    try:
        await client.auth.login("gise@demo.acente", "Demo1234!")
        service = SaleService(client)
        customer = (await service.create_customer(customer_form.CustomerDraft(
            identity_number="10000000146", full_name="Ölçüm Müşterisi"))).customer
        brand = (await service.brands())[0]
        brand_ref = brand.reference or brand.value or ""
        model = (await service.models(brand_ref, 2021))[0]
        vehicle = await service.create_vehicle(customer.id, vehicle_form.VehicleDraft(
            plate="34 BEN 34", brand_reference=brand_ref, model_reference=model.reference or model.value or "",
            model_year="2021"))

        page = QuotesPage(service)
        page.resize(1366, 600)
        page.show()
        page.enter(SaleData(customer_id=customer.id, vehicle_id=vehicle.id))
        shown_at: dict[str, float] = {}
        page.model.priced.connect(lambda row_id: shown_at.setdefault(row_id, time.monotonic()))

        stalls: list[float] = []
        last = [time.monotonic()]

        def beat() -> None:
            now = time.monotonic()
            stalls.append((now - last[0]) * 1000 - HEARTBEAT_MS)
            if os.environ.get("BENCH_DEBUG") and stalls[-1] > 20:
                print(f"stall {stalls[-1]:.1f} ms at {now - started[0]:.2f} s, rows {page.model.board.answered}")
            last[0] = now

        heartbeat = QTimer()
        heartbeat.setInterval(HEARTBEAT_MS)
        heartbeat.timeout.connect(beat)
        heartbeat.start()

        started = [time.monotonic()]
        page.ask()
        deadline = time.monotonic() + 60
        while (page.sale.proposal_id is None or page.model.board.total < insurers
               or len(shown_at) < page.model.board.total):
            if time.monotonic() > deadline:
                raise RuntimeError("quotes did not all arrive within 60 s")
            await asyncio.sleep(0.05)
        heartbeat.stop()
        page.leave()

        proposal = sandbox.proposals[page.sale.proposal_id]
        delays = [(shown_at[p.id] - p.ready_at) * 1000 for p in proposal.products]
        return {
            "insurers": len(proposal.products),
            "display_delay_ms_median": round(statistics.median(delays), 1),
            "display_delay_ms_max": round(max(delays), 1),
            "max_stall_ms": round(max(0.0, *stalls), 1),
        }
    finally:
        await client.aclose()
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--insurers", type=int, default=15)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    qt_app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(measure(args.insurers, args.seed))
    print(f"insurers priced: {result['insurers']}")
    print(f"display delay median {result['display_delay_ms_median']} ms, max {result['display_delay_ms_max']} ms")
    print(f"largest event-loop stall: {result['max_stall_ms']} ms")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
