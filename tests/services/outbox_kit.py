"""What the outbox tests share: identity numbers that pass the checksum, and a retry pause that never waits."""

from __future__ import annotations

import asyncio
import random

from insurup_desk.domain.identity import tckn_check_digits


async def no_sleep(_: float) -> None:
    await asyncio.sleep(0)


def new_tckn(seed: int) -> str:
    rng = random.Random(seed)
    first = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return first + tckn_check_digits(first)
