"""Fixtures of the API client tests."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from api_fakes import ORIGIN, FakeApi, ManualClock, Sleeps

from insurup_desk.api import ApiConfig, InsurUpClient, RetryPolicy


@pytest.fixture
def fake() -> FakeApi:
    return FakeApi()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def make_client(fake: FakeApi, sleeps: Sleeps, clock: ManualClock) -> Callable[..., InsurUpClient]:
    def factory(**kw: Any) -> InsurUpClient:
        retry = kw.pop("retry", None) or RetryPolicy(sleep=sleeps, rng=random.Random(7))
        return InsurUpClient(
            ApiConfig(rest_base=ORIGIN + "/api/"),
            transport=httpx.MockTransport(fake),
            retry=retry,
            clock=clock,
            **kw,
        )

    return factory
