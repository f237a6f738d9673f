"""Scroll a real QTableView over 100,000 sandbox policies and measure the client side of lazy paging.

Figures (last line, JSON):
  rows, pages               rows in the model at the end, GraphQL pages fetched
  page_client_ms_median     per 100-row page: response bytes received -> rows inserted in the model
  raw_json_ms_median        plain json.loads of the same page bytes (the floor any client pays)
  max_stall_ms              largest delay of a 10 ms QTimer heartbeat while scrolling (event-loop stall)
  rss_growth_mb             resident memory growth from an empty table to all rows loaded

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_policies_table.py [--policies N]
The sandbox runs in its own process on a loopback socket, as the real API would be elsewhere: its seeding,
page building and garbage collection are not counted against the client.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import json
import os
import re
import statistics
import subprocess
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTableView

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.services.list_queries import ListQuery
from insurup_desk.services.list_sources import POLICIES, graphql_fetcher
from insurup_desk.ui.pages.policies import policy_spec
from insurup_desk.ui.tables.list_page import configure_list_view
from insurup_desk.ui.tables.paged_model import PagedTableModel

HEARTBEAT_MS = 10
RAW_SAMPLES_EVERY = 25  # keep every 25th page's bytes for the json.loads baseline (bounded memory)


async def scroll_all(client: InsurUpClient, expected: int) -> dict[str, Any]:
    process = psutil.Process()
    received: list[float] = []
    raw_samples: list[bytes] = []
    execute = client.graphql.execute

    async def timed_execute(document: str, variables: dict[str, Any]) -> bytes:
        raw = await execute(document, variables)
        received.append(time.perf_counter())
        if len(received) % RAW_SAMPLES_EVERY == 1:
            raw_samples.append(raw)
        return raw

    gc.collect()
    rss_before = process.memory_info().rss
    model = PagedTableModel(policy_spec(), graphql_fetcher(timed_execute, POLICIES), page_size=100)
    page_ms: list[float] = []
    model.pageInserted.connect(lambda _n, done: page_ms.append((done - received[-1]) * 1000.0))
    failures: list[object] = []
    model.fetchFailed.connect(failures.append)

    view = QTableView()
    configure_list_view(view)  # the list pages' own table setup
    view.resize(1366, 768)
    view.setModel(model)
    for i, column in enumerate(model.spec.columns):
        view.setColumnHidden(i, not column.visible)  # the page's default column choice

    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))

    gc_pauses: list[float] = []
    gc_started: list[float] = [0.0]

    def on_gc(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter()
        else:
            gc_pauses.append((time.perf_counter() - gc_started[0]) * 1000.0)

    gc.callbacks.append(on_gc)
    view.show()  # the view asks for the first page itself
    heartbeat.start()
    started = time.perf_counter()
    explicit_fetches = 0
    idle = asyncio.Event()
    model.loadingChanged.connect(lambda busy: idle.clear() if busy else idle.set())
    while True:
        if model.is_loading:
            idle.clear()
            await idle.wait()
        if failures:
            raise RuntimeError(f"page failed: {failures[0]!r}")
        if model.is_exhausted:
            break
        before = model.rowCount()
        view.scrollToBottom()  # the view calls fetchMore when its scroll bar reaches the end
        await asyncio.sleep(0)
        if not model.is_loading and model.rowCount() == before and model.canFetchMore():
            explicit_fetches += 1  # only if the view did not ask (should stay 0)
            model.fetchMore()
    elapsed = time.perf_counter() - started
    heartbeat.stop()
    gc.callbacks.remove(on_gc)
    gc.collect()
    rss_after = process.memory_info().rss

    raw_ms: list[float] = []
    for raw in raw_samples:
        for _ in range(3):
            t0 = time.perf_counter()
            json.loads(raw)
            raw_ms.append((time.perf_counter() - t0) * 1000.0)
    gaps = [(b - a) * 1000.0 for a, b in itertools.pairwise(beats)]
    rows = model.rowCount()
    ids = {model.value(r, "id") for r in range(rows)}
    view.close()
    return {
        "rows": rows,
        "unique_ids": len(ids),
        "expected": expected,
        "pages": len(received),
        "explicit_fetches": explicit_fetches,
        "scroll_s": round(elapsed, 2),
        "page_client_ms_median": round(statistics.median(page_ms), 3),
        "page_client_ms_p95": round(statistics.quantiles(page_ms, n=20)[18], 3),
        "raw_json_ms_median": round(statistics.median(raw_ms), 3),
        "max_stall_ms": round(max(0.0, max(gaps) - HEARTBEAT_MS), 1) if gaps else 0.0,
        "rss_growth_mb": round((rss_after - rss_before) / 2**20, 1),
        "gc_runs": len(gc_pauses),
        "gc_max_ms": round(max(gc_pauses, default=0.0), 1),
        "stalls_over_20ms": sum(1 for g in gaps if g - HEARTBEAT_MS > 20),
        "worst_stall_at_s": round(beats[gaps.index(max(gaps))] - started, 2) if gaps else 0.0,
        "stall_p99_ms": round(statistics.quantiles(gaps, n=100)[98] - HEARTBEAT_MS, 1) if len(gaps) > 100 else 0.0,
    }


def start_sandbox(policies: int) -> tuple[subprocess.Popen[str], str]:
    """``insurup-sandbox`` in a child process; returns it and its URL once it is listening."""
    command = [
        sys.executable, "-c", "import sys; from insurup_desk.sandbox.cli import main; sys.exit(main())",
        "--port", "0", "--policies", str(policies), "--log-level", "warning",
    ]
    # The real server is another machine; niced here so that on a small box it competes less for the
    # client's CPU (the client's own stalls are what is measured, not the scheduler's).
    niced = (lambda: os.nice(10)) if hasattr(os, "nice") else None
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, preexec_fn=niced)
    assert child.stdout is not None
    deadline = time.monotonic() + 180
    url = None
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        found = re.search(r"listening on (http://\S+)", line)
        if found:
            url = found.group(1)
        if line.startswith("seed "):
            print(line.strip(), file=sys.stderr)
            break
    if url is None:
        child.kill()
        raise RuntimeError("the sandbox did not start")
    return child, url


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--policies", type=int, default=100_000)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    child, url = start_sandbox(args.policies)

    async def run() -> dict[str, Any]:
        async with InsurUpClient(ApiConfig.for_origin(url)) as client:
            await client.auth.login("gise@demo.acente", "Demo1234!")
            first = await graphql_fetcher(client.graphql.execute, POLICIES)(ListQuery(), 1, None)
            return await scroll_all(client, first.total_count or 0)

    try:
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            result = loop.run_until_complete(run())
    finally:
        child.terminate()
        child.wait(10)
    for key, value in result.items():
        print(f"{key}: {value}", file=sys.stderr)
    if result["rows"] != result["expected"] or result["unique_ids"] != result["rows"]:
        print("ERROR: the table does not hold exactly the server's rows", file=sys.stderr)
        return 1
    keys = ("rows", "pages", "page_client_ms_median", "raw_json_ms_median", "max_stall_ms", "rss_growth_mb")
    print(json.dumps({k: result[k] for k in keys}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
