"""Open the "Pano" page on a 100,000-policy sandbox and time it until the tiles and until every chart is drawn.

Figures (last line, JSON):
  first_tile_ms        page shown -> KPI tiles drawn (analytics answers for the period and the previous one)
  all_charts_ms        page shown -> every chart and table drawn (branch share, renewal counts included)
  year_all_charts_ms   the same after choosing the last 365 days (365-point series), for reference
  bundle_change_mb     what the dashboard adds to the frozen bundle: its compiled modules; no new dependency
  targets              first_tile_ms <= 300, all_charts_ms <= 1500

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_dashboard.py [--policies N]
The sandbox runs in its own process on a loopback socket (as in bench_policies_table), signed in, cache on.
Each figure is the median of --runs openings of a fresh page. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import py_compile
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from bench_policies_table import start_sandbox
from PySide6.QtWidgets import QApplication

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.services.cached_reads import CachedReads
from insurup_desk.services.connectivity import ConnectivityMonitor, observe_client
from insurup_desk.services.dashboard import Dashboard, DashboardService, Period, Span, Stage
from insurup_desk.store import AsyncStore, Database, RecordCipher, Store
from insurup_desk.ui.pages.dashboard import DashboardPage

TARGETS = {"first_tile_ms": 300.0, "all_charts_ms": 1500.0}
ROOT = Path(__file__).resolve().parent.parent
DASHBOARD_MODULES = (
    "insurup_desk/api/analytics.py", "insurup_desk/api/models/analytics.py", "insurup_desk/domain/numbers.py",
    "insurup_desk/services/dashboard.py", "insurup_desk/ui/pages/dashboard.py",
    "insurup_desk/ui/pages/dashboard_cards.py", "insurup_desk/ui/pages/dashboard_charts.py",
    "insurup_desk/ui/pages/dashboard_tables.py", "insurup_desk/sandbox/analytics.py",
)


def bundle_change_mb() -> float:
    """The compiled size of the modules the dashboard adds (the bundle stores .pyc; no binary is added)."""
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, module in enumerate(DASHBOARD_MODULES):
            target = Path(tmp) / f"{i}.pyc"
            py_compile.compile(str(ROOT / module), cfile=str(target), doraise=True)
            total += target.stat().st_size
    return round(total / 1e6, 3)


async def open_page(client: InsurUpClient, store: AsyncStore, monitor: ConnectivityMonitor,
                    chosen: Span | None = None) -> tuple[float, float]:
    service = DashboardService(client.analytics, client.graphql, CachedReads(client, store, monitor))
    page = DashboardPage(service, manager=True)
    page.resize(1366, 768)
    marks: dict[Stage, float] = {}
    done = asyncio.Event()

    def seen(state: Dashboard) -> None:  # added after the page's own listener: called once it has drawn
        marks.setdefault(state.stage, time.perf_counter())
        if state.stage in (Stage.READY, Stage.FAILED):
            done.set()

    service.add_listener(seen)
    started = time.perf_counter()
    if chosen is None:
        page.show()  # the first show loads the default period (this month)
    else:
        page.choose_span(chosen)  # asked before showing, so the first show does not load this month too
        page.show()
    await asyncio.wait_for(done.wait(), 60)
    page.repaint()
    ended = time.perf_counter()
    if Stage.FAILED in marks:
        raise RuntimeError(f"the dashboard failed: {service.state.error!r}")
    page.close()
    page.deleteLater()
    return (marks[Stage.LOADING_CHARTS] - started) * 1000, (ended - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--policies", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # each measured page is a window of its own
    child, url = start_sandbox(args.policies)

    async def run() -> dict[str, Any]:
        with tempfile.TemporaryDirectory() as tmp:
            store = AsyncStore(Store(Database(Path(tmp) / "desk.sqlite"), RecordCipher(b"b" * 32)))
            try:
                async with InsurUpClient(ApiConfig.for_origin(url)) as client:
                    monitor = ConnectivityMonitor()
                    observe_client(client, monitor)
                    await client.auth.login("gise@demo.acente", "Demo1234!")
                    await open_page(client, store, monitor)  # warm-up: connections, first GraphQL parse
                    month = [await open_page(client, store, monitor) for _ in range(args.runs)]
                    today = dt.date.today()
                    year = [await open_page(client, store, monitor, Span(today - dt.timedelta(days=364), today))
                            for _ in range(args.runs)]
            finally:
                store.close()
        return {
            "first_tile_ms": round(statistics.median(m[0] for m in month), 1),
            "all_charts_ms": round(statistics.median(m[1] for m in month), 1),
            "year_all_charts_ms": round(statistics.median(y[1] for y in year), 1),
        }

    try:
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            result = loop.run_until_complete(run())
    finally:
        child.terminate()
        child.wait(10)
    result["policies"] = args.policies
    result["period"] = Period.MONTH.value
    result["bundle_change_mb"] = bundle_change_mb()
    result["new_dependencies"] = []
    result["targets"] = TARGETS
    missed = [k for k, limit in TARGETS.items() if result[k] > limit]
    result["ok"] = not missed
    print(json.dumps(result))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
