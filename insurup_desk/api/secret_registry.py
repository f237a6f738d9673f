"""The secrets this process has handled (password, tokens, 2FA code, the card paid with), so the log filter can
mask their exact values wherever they turn up, even where no pattern or field name gives them away (a token in
the ``repr`` of call arguments, a password in a library's debug line).

The registry keeps no value itself, only a keyed digest of it (key random per process) and its length: a card
registered for one payment is not kept in memory by the registry after the form has let go of it. Masking
slides a window of each registered length over the text and compares digests. The oldest entries drop out
once the registry is full (tokens rotate all day long).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass

MASK = "***"
# Shorter values (a CVC, a 2FA code) are masked only where they stand alone, not inside longer numbers or words.
WHOLE_WORD_BELOW = 8
MIN_LENGTH = 3
MAX_ENTRIES = 64


@dataclass(frozen=True, slots=True)
class RegistryState:
    """What a registry held at one moment (digests and lengths, no value), to be put back with ``restore``."""

    entries: tuple[tuple[bytes, tuple[int, int]], ...]


@dataclass(frozen=True, slots=True)
class _Length:
    size: int
    quick: frozenset[int]  # the interpreter's (per-process keyed) string hash: a cheap first test
    digests: frozenset[bytes]


class SecretRegistry:
    """A thread-safe set of secret values, held as digests, and the masking of their occurrences in text."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self._max_entries = max_entries
        self._key = os.urandom(32)
        self._entries: OrderedDict[bytes, tuple[int, int]] = OrderedDict()  # digest -> (length, quick hash)
        self._lock = threading.Lock()
        self._lengths: tuple[_Length, ...] = ()

    def add(self, *values: str | None) -> None:
        with self._lock:
            for value in values:
                folded = _fold(value)
                if folded is None:
                    continue
                digest = self._digest(folded)
                self._entries[digest] = (len(folded), hash(folded))
                self._entries.move_to_end(digest)
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)
            self._rebuild()

    def discard(self, *values: str | None) -> None:
        with self._lock:
            for value in values:
                folded = _fold(value)
                if folded is not None:
                    self._entries.pop(self._digest(folded), None)
            self._rebuild()

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._rebuild()

    def snapshot(self) -> RegistryState:
        with self._lock:
            return RegistryState(tuple(self._entries.items()))

    def restore(self, state: RegistryState) -> None:
        """Hold exactly what ``state`` (a snapshot of this registry: digests are keyed per registry) held."""
        with self._lock:
            self._entries = OrderedDict(state.entries)
            self._rebuild()

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"SecretRegistry({len(self._entries)} values)"

    def mask(self, text: str) -> str:
        lengths = self._lengths  # read once: a writer on another thread swaps the tuple whole
        if not lengths or not text:
            return text
        folded = text.lower()
        if len(folded) != len(text):  # a few letters lower to two characters; keep positions aligned
            folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        covered = bytearray(len(text))
        spans: list[tuple[int, int]] = []
        for entry in lengths:  # longest first: a card number is masked whole before anything shorter inside it
            size, last = entry.size, len(text) - entry.size
            start = 0
            while start <= last:
                window = folded[start : start + size]
                if (
                    hash(window) in entry.quick
                    and not any(covered[start : start + size])
                    and (size >= WHOLE_WORD_BELOW or _stands_alone(text, start, start + size))
                    and self._digest(window) in entry.digests
                ):
                    spans.append((start, start + size))
                    covered[start : start + size] = b"\x01" * size
                    start += size
                else:
                    start += 1
        if not spans:
            return text
        pieces: list[str] = []
        position = 0
        for begin, end in sorted(spans):
            pieces.append(text[position:begin])
            pieces.append(MASK)
            position = end
        pieces.append(text[position:])
        return "".join(pieces)

    def _digest(self, folded: str) -> bytes:
        return hashlib.blake2b(folded.encode("utf-8", "surrogatepass"), key=self._key, digest_size=16).digest()

    def _rebuild(self) -> None:
        by_size: dict[int, tuple[set[int], set[bytes]]] = {}
        for digest, (size, quick) in self._entries.items():
            quicks, digests = by_size.setdefault(size, (set(), set()))
            quicks.add(quick)
            digests.add(digest)
        self._lengths = tuple(
            _Length(size, frozenset(quicks), frozenset(digests))
            for size, (quicks, digests) in sorted(by_size.items(), reverse=True)
        )


def _fold(value: str | None) -> str | None:
    if value is None:
        return None
    folded = value.strip().lower()
    return folded if len(folded) >= MIN_LENGTH and len(folded) == len(value.strip()) else None


def _stands_alone(text: str, begin: int, end: int) -> bool:
    return (begin == 0 or not text[begin - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


#: The process-wide registry the log filter consults.
SECRETS = SecretRegistry()


def register_secret(*values: str | None) -> None:
    """Mask these exact values (case aside) in every log line from now on."""
    SECRETS.add(*values)


def forget_secret(*values: str | None) -> None:
    """Stop masking these values."""
    SECRETS.discard(*values)


def register_card(
    number: str, cvc: str, expiry_month: str, expiry_year: str, holder_name: str, *typed: str
) -> None:
    """A card about to be paid with, in every spelling a log line might carry it (``typed``: as entered)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    grouped = " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
    month = expiry_month.strip().zfill(2)
    year = expiry_year.strip()
    long_year = year if len(year) == 4 else f"20{year[-2:]}"
    short_year = long_year[-2:]
    register_secret(
        digits, grouped, grouped.replace(" ", "-"), number, cvc, holder_name,
        f"{month}/{short_year}", f"{month}/{long_year}", f"{long_year}-{month}", *typed,
    )
