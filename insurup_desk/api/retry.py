"""Which calls may be repeated, and how long to wait between attempts.

Only idempotent calls are ever retried (GET, PUT, DELETE and GraphQL queries). Creating customers or
proposals and every purchase go out exactly once: repeating them could duplicate records or charge twice.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 429, 502, 503, 504})

Sleep = Callable[[float], Awaitable[None]]


@dataclass
class RetryPolicy:
    """Exponential backoff with jitter: about 1–2 s, 2–4 s, 4–8 s, never more than ``cap_s``.

    ``base_s`` and ``sleep`` are injectable so tests can run the whole schedule instantly.
    """

    max_retries: int = 3
    base_s: float = 1.0
    factor: float = 2.0
    cap_s: float = 10.0
    #: The longest ``Retry-After`` the desk sits through (with a visible countdown); a longer one fails the call
    #: at once with ``RateLimited`` saying when to try again, instead of blocking the counter for minutes.
    retry_after_bound_s: float = 120.0
    sleep: Sleep = asyncio.sleep
    rng: random.Random = field(default_factory=random.Random)

    def may_retry_status(self, method: str, status: int, *, idempotent: bool, read: bool = False) -> bool:
        """``read`` marks a call that changes nothing even when sent as POST (a GraphQL query)."""
        if not idempotent:
            return False
        if status in RETRYABLE_STATUSES:
            return True
        # A 500 on a read is often transient; on a write it may mean the change happened.
        return status == 500 and (read or method.upper() == "GET")

    def within_bound(self, retry_after_s: float | None) -> bool:
        return retry_after_s is None or retry_after_s <= self.retry_after_bound_s

    def delay(self, retry_number: int, retry_after_s: float | None = None) -> float:
        """Seconds to wait before retry ``retry_number`` (1-based). A ``Retry-After`` is honoured as given:
        waking earlier only earns another 429. Callers check ``within_bound`` first."""
        if retry_after_s is not None:
            return min(max(0.0, retry_after_s), self.retry_after_bound_s)
        jitter = 1.0 + self.rng.random()
        return min(self.base_s * self.factor ** (retry_number - 1) * jitter, self.cap_s)
