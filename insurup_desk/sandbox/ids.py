"""Identifier shapes of the real API: GUIDs for people and assets, 24-hex ObjectIds for documents."""

from __future__ import annotations

import random
import threading
import uuid


class IdFactory:
    """Deterministic ids from a seeded generator, safe to call from the server thread and tests."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"ids:{seed}")
        self._lock = threading.Lock()
        self._counter = 0x6700_0000

    def guid(self) -> str:
        with self._lock:
            return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def object_id(self) -> str:
        with self._lock:
            self._counter += self._rng.randint(1, 4096)
            return f"{self._counter:08x}{self._rng.getrandbits(64):016x}"

    def object_ids(self, count: int) -> list[str]:
        """``count`` successive ``object_id()`` values in one go (the same ids, for large seeds)."""
        getrandbits = self._rng.getrandbits
        out: list[str] = []
        with self._lock:
            counter = self._counter
            for _ in range(count):
                step = getrandbits(13)  # randint(1, 4096) is 1 + a 13-bit draw below 4096
                while step >= 4096:
                    step = getrandbits(13)
                counter += 1 + step
                out.append(f"{counter:08x}{getrandbits(64):016x}")
            self._counter = counter
        return out
