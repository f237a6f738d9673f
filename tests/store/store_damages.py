"""The ways a store file is found damaged, shared by the in-process recovery tests and the real-desk start tests."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from insurup_desk.store.recovery import Damage

PAGE = 4096  # SQLite's page size here


def garbage(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(64 * 1024))


def truncated(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 2)


def zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def corrupted_page(path: Path) -> None:
    pages = path.stat().st_size // PAGE
    with path.open("r+b") as f:  # a page among the cached lists, after the outbox's
        f.seek(PAGE * (pages * 2 // 3))
        f.write(random.Random(3).randbytes(PAGE))


@dataclass(frozen=True)
class StoreDamage:
    name: str
    apply: Callable[[Path], None]
    kind: Damage  # what the recovery calls it
    words: str  # what the operator's notice says
    readable: bool  # whether the outbox (and the autosaved sale) can still be carried over


DAMAGES = (
    StoreDamage("garbage", garbage, Damage.GARBAGE, "okunabilir bir veritabanı değil", False),
    StoreDamage("truncated", truncated, Damage.DAMAGED, "hasarlı", True),
    StoreDamage("zero-bytes", zero_bytes, Damage.EMPTY, "boş bulundu", False),
    StoreDamage("corrupted-page", corrupted_page, Damage.DAMAGED, "hasarlı", True),
)
