"""Sandbox at scale: seeding 100,000 policies and serving 100-row policiesNew pages from it.

Prints one line per figure and, last, one JSON object: {"seed_100k_s": ..., "page100_ms_median": ...,
"page100_http_ms_median": ...} (engine alone, then the same page through the in-process HTTP route).
Targets: seed < 15 s, page < 50 ms. Run: .venv/bin/python benchmarks/bench_sandbox.py [--pages 30]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from typing import Any

import httpx

from insurup_desk.sandbox import SandboxConfig, create_app
from insurup_desk.sandbox.graphql import GraphQLEngine

DEMO_EMAIL = "gise@demo.acente"
DEMO_PASSWORD = "Demo1234!"

PAGE_QUERY = """
query Policies($first: Int, $after: String, $filter: filtering_QueryPoliciesResultFilterInput,
               $order: [sorting_QueryPoliciesResultSortInput!]) {
  policiesNew(first: $first, after: $after, filter: $filter, order: $order) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node {
      id state productBranch channel insuranceCompanyName insuranceCompanyPolicyNumber netPremium grossPremium
      currency startDate endDate createdAt insuredCustomerName insuredCustomerIdentityNumber vehiclePlateCode
      vehicleModelBrandText vehicleModelYear paymentType installmentNumber agentBranchId
      createdBy { id name }
    } }
  }
}
"""


def demo_agent_id(sandbox: Any) -> str:
    for user in sandbox.users.values():
        if user.email == DEMO_EMAIL:
            return str(user.agent_id)
    raise SystemExit(f"the seed has no {DEMO_EMAIL} user")


async def time_pages(engine: GraphQLEngine, agent_id: str, variables: dict[str, Any], count: int) -> list[float]:
    timings: list[float] = []
    for _ in range(count):
        started = time.perf_counter()
        body = await engine.execute(PAGE_QUERY, variables, None, agent_id)
        timings.append((time.perf_counter() - started) * 1000)
        if "errors" in body:
            raise SystemExit(f"query failed: {body['errors']}")
        rows = len(body["data"]["policiesNew"]["edges"])
        if rows != min(100, body["data"]["policiesNew"]["totalCount"]):
            raise SystemExit(f"expected a full page, got {rows} rows")
    return timings


async def time_http_pages(app: Any, count: int) -> list[float]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.test") as http:
        login = await http.post(
            "/api/authentication:agent-user/login", json={"email": DEMO_EMAIL, "password": DEMO_PASSWORD}
        )
        login.raise_for_status()
        headers = {"Authorization": f"Bearer {login.json()['accessToken']}"}
        payload = {"query": PAGE_QUERY, "variables": {"first": 100}}
        timings: list[float] = []
        for _ in range(count + 1):
            started = time.perf_counter()
            response = await http.post("/api/graphql", json=payload, headers=headers)
            timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200 or "errors" in response.json():
                raise SystemExit(f"HTTP query failed: {response.status_code} {response.text[:300]}")
        return timings[1:]


async def main(pages: int) -> dict[str, float]:
    started = time.perf_counter()
    app = create_app(SandboxConfig(policies=100_000))
    seed_s = time.perf_counter() - started
    sandbox = app.state.sandbox
    agent_id = demo_agent_id(sandbox)
    engine = GraphQLEngine(sandbox)

    first_call = await time_pages(engine, agent_id, {"first": 100}, 1)
    timings = await time_pages(engine, agent_id, {"first": 100}, pages)
    filtered = {"first": 100, "filter": {"state": {"eq": "ACTIVE"}}, "order": [{"endDate": "ASC"}]}
    cold_filtered = await time_pages(engine, agent_id, filtered, 1)
    warm_filtered = await time_pages(engine, agent_id, filtered, pages)
    http_timings = await time_http_pages(app, pages)
    total = (await engine.execute(PAGE_QUERY, {"first": 1}, None, agent_id))["data"]["policiesNew"]["totalCount"]

    print(f"seed 100k policies: {seed_s:.2f} s ({total} visible to {DEMO_EMAIL})")
    print(f"policiesNew first 100, cold: {first_call[0]:.2f} ms")
    print(f"policiesNew first 100, median of {pages}: {statistics.median(timings):.2f} ms (max {max(timings):.2f} ms)")
    print(
        f"filtered+ordered page, cold: {cold_filtered[0]:.2f} ms, "
        f"warm median: {statistics.median(warm_filtered):.2f} ms"
    )
    print(f"policiesNew first 100 over in-process HTTP, median of {pages}: {statistics.median(http_timings):.2f} ms")
    return {
        "seed_100k_s": round(seed_s, 3),
        "page100_ms_median": round(statistics.median(timings), 3),
        "page100_http_ms_median": round(statistics.median(http_timings), 3),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=30)
    result = asyncio.run(main(max(30, parser.parse_args().pages)))
    print(json.dumps(result))
