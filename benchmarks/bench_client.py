"""API client figures against the in-process sandbox.

1. Token-refresh storm: the sandbox issues 1-second tokens; after they lapse, 50 calls start at once.
   Counts refresh requests that reached the server and calls that failed (targets: 1 and 0).
2. Page parsing: a real 100-node ``policiesNew`` answer from the sandbox, turned into typed models by the
   client, compared with plain ``json.loads`` of the same bytes.

Last line: {"refresh_calls", "storm_failures", "page_parse_ms_median", "page_parse_ms_p95",
"raw_json_ms_median"}. Run: .venv/bin/python benchmarks/bench_client.py [--rounds 300]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from typing import Any

import httpx

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.api.graphql import load_query
from insurup_desk.api.graphql.client import parse_policies_page
from insurup_desk.sandbox import SandboxConfig, create_app

REFRESH_PATH = "/api/authentication:agent-user/refresh"


class CountingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.refreshes = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.raw_path.decode().replace("%3A", ":") == REFRESH_PATH:
            self.refreshes += 1
        return await self.inner.handle_async_request(request)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


async def storm(app: Any, calls: int) -> tuple[int, int]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox") as admin:
        response = await admin.post("/_sandbox/faults", json={"tokenLifetimeS": 1})
        response.raise_for_status()
    transport = CountingTransport(httpx.ASGITransport(app=app))
    async with InsurUpClient(ApiConfig.for_origin("http://127.0.0.1"), transport=transport) as client:
        await client.auth.login("gise@demo.acente", "Demo1234!")
        await asyncio.sleep(1.2)  # both sides now consider the access token expired
        results = await asyncio.gather(*(client.vehicles.brands() for _ in range(calls)), return_exceptions=True)
    failures = sum(isinstance(r, BaseException) for r in results)
    return transport.refreshes, failures


async def fetch_page(app: Any) -> bytes:
    async with InsurUpClient(
        ApiConfig.for_origin("http://127.0.0.1"), transport=httpx.ASGITransport(app=app)
    ) as client:
        await client.auth.login("gise@demo.acente", "Demo1234!")
        raw = await client.graphql.execute(load_query("policies"), {"first": 100})
    nodes = len(parse_policies_page(raw).nodes)
    if nodes != 100:
        raise SystemExit(f"expected a 100-node page, got {nodes}")
    return raw


def time_it(func: Any, raw: bytes, rounds: int) -> list[float]:
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        func(raw)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


async def main(rounds: int) -> dict[str, float | int]:
    config = SandboxConfig.for_tests()
    config.policies = max(config.policies, 200)
    app = create_app(config)
    refreshes, failures = await storm(app, 50)
    print(f"storm: 50 calls at expiry -> {refreshes} refresh call(s), {failures} failure(s)")
    raw = await fetch_page(create_app(config))
    print(f"page: {len(raw)} bytes, 100 nodes")
    for _ in range(20):  # warm caches of both parsers
        parse_policies_page(raw)
        json.loads(raw)
    parse = time_it(parse_policies_page, raw, rounds)
    plain = time_it(json.loads, raw, rounds)
    result: dict[str, float | int] = {
        "refresh_calls": refreshes,
        "storm_failures": failures,
        "page_parse_ms_median": round(statistics.median(parse), 3),
        "page_parse_ms_p95": round(percentile(parse, 95), 3),
        "raw_json_ms_median": round(statistics.median(plain), 3),
    }
    print(f"parse to models: median {result['page_parse_ms_median']} ms, p95 {result['page_parse_ms_p95']} ms")
    print(f"json.loads only: median {result['raw_json_ms_median']} ms")
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(main(args.rounds))))
