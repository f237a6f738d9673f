"""While the line is down a light probe backs off 5 → 10 → 20 → 40 → 60 s and stops once it is back."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from insurup_desk.api import ApiConfig, InsurUpClient, RetryPolicy
from insurup_desk.api.errors import NetworkError
from insurup_desk.sandbox.app import SandboxApp
from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.connectivity import ConnectivityMonitor, LineProbe, LineState, client_check, observe_client


class FakeTimer:
    """Pauses that end only when the test says so; records every requested pause."""

    def __init__(self) -> None:
        self.asked: list[float] = []
        self._gates: list[asyncio.Event] = []

    async def sleep(self, seconds: float) -> None:
        self.asked.append(seconds)
        gate = asyncio.Event()
        self._gates.append(gate)
        await gate.wait()

    async def elapse(self) -> None:
        """Let the pending pause end, then let the probe run its check."""
        for _ in range(100):
            if self._gates:
                break
            await asyncio.sleep(0)
        self._gates.pop(0).set()
        for _ in range(20):
            await asyncio.sleep(0)


@pytest.mark.asyncio
async def test_probe_backs_off_while_down_and_stops_when_back() -> None:
    monitor = ConnectivityMonitor()
    timer = FakeTimer()
    line_up = False
    checks = 0

    async def check() -> None:
        nonlocal checks
        checks += 1
        if not line_up:
            raise NetworkError()

    probe = LineProbe(monitor, check, sleep=timer.sleep)
    assert not probe.running  # nothing to probe while online
    monitor.record_failure()
    for _ in range(6):
        await timer.elapse()
    assert timer.asked[:6] == [5.0, 10.0, 20.0, 40.0, 60.0, 60.0]
    assert checks == 6 and monitor.state is LineState.OFFLINE
    line_up = True
    await timer.elapse()
    assert monitor.state is LineState.ONLINE and checks == 7
    assert not probe.running
    # Going down again starts the schedule over.
    line_up = False
    monitor.record_failure()
    for _ in range(5):
        await asyncio.sleep(0)
    assert timer.asked[-2:] == [60.0, 5.0] and probe.waits == [5.0]
    probe.close()
    assert not probe.running


@pytest.mark.asyncio
async def test_check_now_cuts_the_pause_short_and_real_traffic_stops_the_probe() -> None:
    monitor = ConnectivityMonitor()
    timer = FakeTimer()
    checks: list[int] = []

    async def check() -> None:
        checks.append(1)
        raise NetworkError()

    probe = LineProbe(monitor, check, sleep=timer.sleep)
    monitor.record_failure()
    await asyncio.sleep(0)
    monitor.request_check()  # the operator pressed F5 on cached data
    for _ in range(20):
        await asyncio.sleep(0)
    assert checks == [1] and timer.asked == [5.0, 10.0]  # checked at once, then the next pause began
    monitor.record_success(0.05)  # a page's own request got through
    await asyncio.sleep(0)
    assert not probe.running
    probe.close()


@pytest_asyncio.fixture
async def client(sandbox_app: SandboxApp) -> AsyncIterator[InsurUpClient]:
    async def no_sleep(_: float) -> None:
        await asyncio.sleep(0)

    async with InsurUpClient(
        ApiConfig.for_origin("http://127.0.0.1:9"),
        transport=httpx.ASGITransport(app=sandbox_app),
        retry=RetryPolicy(sleep=no_sleep, rng=random.Random(5)),
    ) as api:
        yield api


@pytest.mark.asyncio
async def test_client_probe_is_one_anonymous_request_that_feeds_the_monitor(
    client: InsurUpClient, sandbox: object
) -> None:
    monitor = ConnectivityMonitor()
    observe_client(client, monitor)
    check = client_check(client)
    faults = sandbox.faults  # type: ignore[attr-defined]
    faults.add(FaultRule(route="*", drop=True))
    calls = client.session.calls
    with pytest.raises(NetworkError):
        await check()
    assert client.session.calls == calls + 1  # never retried: the probe's own schedule is the retry
    assert monitor.state is LineState.OFFLINE
    faults.clear()
    await check()  # not signed in: the schema answers anyway
    assert monitor.state is LineState.ONLINE
