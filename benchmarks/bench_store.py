"""Local store figures: encrypted cache write/read of 10,000 policy rows, and warm start to first list rows.

Last line: {"cache_write_ms_10k": …, "cache_read_ms_10k": …, "warm_start_rows_s": …}
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from insurup_desk.store import Database, RecordCipher, Store


def policy_row(i: int) -> dict[str, object]:
    return {
        "id": f"{i:024x}", "state": "ACTIVE", "productBranch": "TRAFIK" if i % 3 else "KASKO",
        "insuranceCompanyName": "Anadolu Sigorta", "insuranceCompanyPolicyNumber": f"POL-2026-{i:06d}",
        "grossPremium": 12345.67 + i, "currency": "TURKISH_LIRA", "startDate": "2026-03-10",
        "endDate": "2027-03-10", "insuredCustomerName": "Ayşe Yılmaz", "insuredCustomerIdentityNumber": "11111111110",
        "vehiclePlateCode": "ABC123", "vehiclePlateCity": 34,
    }


def cache_figures(rounds: int = 5) -> tuple[float, float]:
    rows = [(f"{i:024x}", policy_row(i)) for i in range(10_000)]
    writes, reads = [], []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Database(Path(tmp) / "bench.sqlite"), RecordCipher(b"k" * 32))
            t0 = time.perf_counter()
            store.put_records("policy", rows)
            writes.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            got = store.records("policy")
            reads.append((time.perf_counter() - t0) * 1000)
            assert len(got) == 10_000
    return statistics.median(writes), statistics.median(reads)


def warm_start_seconds() -> float | None:
    """Start the app process against a warm cache and time it until the first list rows are on screen."""
    try:
        from benchmarks_support.warm_start import measure  # type: ignore[import-not-found]
    except ImportError:
        return None
    return float(measure())


def main() -> int:
    write_ms, read_ms = cache_figures()
    warm = warm_start_seconds()
    print(f"cache write 10k rows: {write_ms:.1f} ms, read: {read_ms:.1f} ms", file=sys.stderr)
    print(json.dumps({"cache_write_ms_10k": round(write_ms, 1), "cache_read_ms_10k": round(read_ms, 1),
                      "warm_start_rows_s": warm}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
