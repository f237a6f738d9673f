"""Service tests: a client signed in to the in-process sandbox whose retries never wait (a test file may define
its own ``client`` instead)."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest_asyncio
from outbox_kit import no_sleep

from insurup_desk.api import ApiConfig, InsurUpClient, RetryPolicy


@pytest_asyncio.fixture
async def client(sandbox_app: Any) -> AsyncIterator[InsurUpClient]:
    async with InsurUpClient(
        ApiConfig.for_origin("http://127.0.0.1:9"),
        transport=httpx.ASGITransport(app=sandbox_app),
        retry=RetryPolicy(sleep=no_sleep, rng=random.Random(1)),
    ) as api:
        await api.auth.login("gise@demo.acente", "Demo1234!")
        yield api
