"""Sandbox at scale: seeding 100,000 and 1,000,000 policies and serving 100-row policiesNew pages from them.

Each size runs in its own child process (so its memory figure is its own). A page is asked exactly as the
policies page asks for it: the desk's ``policies.graphql`` document, 100 rows, ``order`` createdAt DESC, the
filter/search that ``PolicyFilters.to_query`` builds, ``totalCount`` selected. Page kinds:

* ``ordered``     — the unfiltered page, repeated;
* ``after_write`` — the same page, each time right after a write elsewhere (a proposal finishing pricing);
* ``filtered``    — with a state + branch filter;
* ``searched``    — with a text search (an insured name), as typed in the list's search box.

Each kind is loaded once untimed (its first, cold evaluation is printed as ``page_K_N_first_ms``), then timed
``--pages`` times. Keys, for N in 100k and 1m: ``seed_N_s``, ``seed_N_mb`` (resident memory added by creating and
seeding the sandbox), ``page_K_N_ms_median``, ``page_K_N_ms_max``. Targets (at 1m): seed ≤ 20 s and ≤ 1.2 GB,
every page ≤ 25 ms median and ≤ 50 ms max. Exit status 1 on a miss.

Run: .venv/bin/python benchmarks/bench_sandbox.py [--pages 30] [--sizes 100k,1m]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from typing import Any

from insurup_desk.api.graphql.documents import load_query
from insurup_desk.sandbox import Sandbox, SandboxConfig, create_app
from insurup_desk.sandbox.graphql import GraphQLEngine
from insurup_desk.services.list_queries import PolicyFilters

SIZES = {"100k": 100_000, "1m": 1_000_000}
DEMO_EMAIL = "gise@demo.acente"
TARGETS = {"seed_1m_s": 20.0, "seed_1m_mb": 1200.0, "page_ms_median": 25.0, "page_ms_max": 50.0}
BY_DATE = (("createdAt", "DESC"),)


def rss_bytes() -> int:
    """Resident memory of this process (Linux /proc; the bench runs where the sandbox is measured)."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def variables_for(filters: PolicyFilters) -> dict[str, Any]:
    query = filters.to_query(order=BY_DATE)
    variables: dict[str, Any] = {"first": 100, "order": query.order_input()}
    if query.filter:
        variables["filter"] = query.filter
    if query.search:
        variables["search"] = query.search
    return variables


def demo_agent_id(sandbox: Sandbox) -> str:
    for user in sandbox.users.values():
        if user.email == DEMO_EMAIL:
            return str(user.agent_id)
    raise SystemExit(f"the seed has no {DEMO_EMAIL} user")


async def one_page(engine: GraphQLEngine, agent_id: str, variables: dict[str, Any]) -> float:
    started = time.perf_counter()
    body = await engine.execute(load_query("policies"), variables, None, agent_id)
    elapsed = (time.perf_counter() - started) * 1000
    if "errors" in body:
        raise SystemExit(f"query failed: {body['errors']}")
    page = body["data"]["policiesNew"]
    if len(page["edges"]) != min(100, page["totalCount"]) or page["totalCount"] == 0:
        raise SystemExit(f"expected a full page, got {len(page['edges'])} of {page['totalCount']}")
    return elapsed


def write_elsewhere(sandbox: Sandbox, proposal_ids: list[str], i: int) -> None:
    with sandbox.lock:
        sandbox.refresh_proposal_node(proposal_ids[i % len(proposal_ids)])


async def measure(size: str, pages: int) -> dict[str, float]:
    count = SIZES[size]
    gc.collect()
    rss_before = rss_bytes()
    started = time.perf_counter()
    app = create_app(SandboxConfig(policies=count, realistic=True))
    seed_s = time.perf_counter() - started
    seed_mb = (rss_bytes() - rss_before) / 2**20
    sandbox: Sandbox = app.state.sandbox
    agent_id = demo_agent_id(sandbox)
    engine = GraphQLEngine(sandbox)
    sample = next(n for n in sandbox.graphql_nodes("policies", agent_id) if n.get("insuredCustomerName"))
    surname = str(sample["insuredCustomerName"]).split()[-1]
    kinds = {
        "ordered": variables_for(PolicyFilters()),
        "after_write": variables_for(PolicyFilters()),
        "filtered": variables_for(PolicyFilters(states=("ACTIVE",), branches=("KASKO",))),
        "searched": variables_for(PolicyFilters(text=surname)),
    }
    proposal_ids = list(sandbox.proposals)
    result: dict[str, float] = {f"seed_{size}_s": round(seed_s, 2), f"seed_{size}_mb": round(seed_mb, 1)}
    for kind, variables in kinds.items():
        result[f"page_{kind}_{size}_first_ms"] = round(await one_page(engine, agent_id, variables), 2)
        timings = []
        for i in range(pages):
            if kind == "after_write":
                write_elsewhere(sandbox, proposal_ids, i)
            timings.append(await one_page(engine, agent_id, variables))
        result[f"page_{kind}_{size}_ms_median"] = round(statistics.median(timings), 2)
        result[f"page_{kind}_{size}_ms_max"] = round(max(timings), 2)
        print(f"{size} {kind}: first {result[f'page_{kind}_{size}_first_ms']} ms, median "
              f"{result[f'page_{kind}_{size}_ms_median']} ms, max {result[f'page_{kind}_{size}_ms_max']} ms",
              file=sys.stderr)
    return result


def misses(result: dict[str, float]) -> list[str]:
    out: list[str] = [k for k in ("seed_1m_s", "seed_1m_mb") if k in result and result[k] > TARGETS[k]]
    for key, value in result.items():
        if key.startswith("page_") and key.endswith("_1m_ms_median") and value > TARGETS["page_ms_median"]:
            out.append(key)
        if key.startswith("page_") and key.endswith("_1m_ms_max") and value > TARGETS["page_ms_max"]:
            out.append(key)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--sizes", default="100k,1m")
    parser.add_argument("--one", choices=sorted(SIZES), help=argparse.SUPPRESS)  # child process: one size
    args = parser.parse_args()
    if args.one:
        print(json.dumps(asyncio.run(measure(args.one, args.pages))))
        return 0
    result: dict[str, Any] = {}
    for size in args.sizes.split(","):
        child = subprocess.run([sys.executable, __file__, "--one", size, "--pages", str(args.pages)],
                               check=True, stdout=subprocess.PIPE, text=True)
        result.update(json.loads(child.stdout.strip().splitlines()[-1]))
    missed = misses(result)
    result["targets"] = TARGETS
    result["missed"] = missed
    print(json.dumps(result))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
