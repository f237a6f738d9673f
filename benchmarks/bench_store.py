"""Local store figures: encrypted cache write/read of 10,000 policy rows, and warm start to first list rows.

Warm start: a sandbox runs in its own process (so a session survives an app restart); a first run signs in
and fills the cache; then the app is started (offscreen, ``--page policies``) with the same
INSURUP_DESK_HOME and a file keyring, resumes the session from the stored refresh token without a password,
and the time from spawning it to its ``first_list_rows`` timing marker is taken (median of 3).

Last line: {"cache_write_ms_10k": …, "cache_read_ms_10k": …, "warm_start_rows_s": …}
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import keyring.backend
import keyring.errors

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


_KEYRING_LOCK = threading.Lock()


class FileKeyring(keyring.backend.KeyringBackend):
    """A keyring kept in a JSON file under $INSURUP_DESK_HOME, so two app processes share the store key and the
    refresh token (select it with PYTHON_KEYRING_BACKEND=bench_store.FileKeyring)."""

    priority = 1

    def _path(self) -> Path:
        return Path(os.environ["INSURUP_DESK_HOME"]) / "bench-keyring.json"

    def _load(self) -> dict[str, str]:
        path = self._path()
        return dict(json.loads(path.read_text())) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        with _KEYRING_LOCK:
            return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        with _KEYRING_LOCK:
            entries = self._load()
            entries[f"{service}\n{username}"] = password
            self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        with _KEYRING_LOCK:
            entries = self._load()
            if entries.pop(f"{service}\n{username}", None) is None:
                raise keyring.errors.PasswordDeleteError(username)
            self._save(entries)

    def _save(self, entries: dict[str, str]) -> None:
        # Replace, never rewrite in place: a reader on another thread must not see a half-written file.
        path = self._path()
        spare = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        spare.write_text(json.dumps(entries))
        os.replace(spare, path)


async def _previous_session(url: str) -> None:
    """The run before the measured one: sign in (the refresh token goes to the keyring) and open the policy
    list once, through the same session, store and cached-list code the app uses, so the cache is filled."""
    from insurup_desk.api import InsurUpClient
    from insurup_desk.app import KEYRING_SERVICE, api_config_for
    from insurup_desk.services.cached_reads import CachedReads
    from insurup_desk.services.list_queries import PolicyFilters
    from insurup_desk.services.list_sources import POLICIES
    from insurup_desk.services.local_store import open_local_store
    from insurup_desk.services.paths import app_paths
    from insurup_desk.services.secrets import SecretVault
    from insurup_desk.services.session import Session

    client = InsurUpClient(api_config_for(url))
    session = Session(client.auth, client.me, SecretVault(KEYRING_SERVICE), profile=client.config.rest_base)
    store = open_local_store(app_paths().ensure().data_dir, keyring_service=KEYRING_SERVICE)
    try:
        await session.login("gise@demo.acente", "Demo1234!", remember=False)
        await session.flush()
        fetch = CachedReads(client, store).list_fetcher(POLICIES, "policies")
        page = await fetch(PolicyFilters().to_query((("createdAt", "DESC"),)), 100, None)
        if not page.rows:
            raise SystemExit("the sandbox returned no policies")
    finally:
        store.close()
        await client.aclose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for_server(url: str, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/graphql/schema", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the sandbox did not start")


def _start_to_rows(env: dict[str, str], url: str, timeout_s: float = 60.0) -> float:
    """Seconds from just before the app process is spawned until its first list rows are in the table."""
    errors = Path(env["INSURUP_DESK_HOME"]) / "app-stderr.txt"
    with errors.open("w") as stderr:
        started = time.time()
        app = subprocess.Popen(
            [sys.executable, "-m", "insurup_desk", "--api-url", url, "--page", "policies"],
            stdout=subprocess.PIPE, stderr=stderr, text=True, env=env,
        )
        return _until_rows(app, started, errors, timeout_s)


def _until_rows(app: subprocess.Popen[str], started: float, errors: Path, timeout_s: float) -> float:
    assert app.stdout is not None
    seen: float | None = None
    try:
        deadline = time.monotonic() + timeout_s
        for line in app.stdout:
            if line.startswith("INSURUP_DESK_MARK login_dialog_shown"):
                raise SystemExit("the stored session was not resumed (login dialog shown)")
            if line.startswith("INSURUP_DESK_MARK first_list_rows"):
                seen = float(line.split()[2]) - started
                break
            if time.monotonic() > deadline:
                break
    finally:
        app.send_signal(signal.SIGTERM)  # a clean stop writes the rotated refresh token for the next run
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
    if seen is None:
        raise SystemExit(f"no list rows were shown; app stderr:\n{errors.read_text()[-2000:]}")
    return seen


def warm_start_seconds(runs: int = 3) -> float:
    """Median time from app start to the first policy rows, signed in from the keyring, cache already filled."""
    here = Path(__file__).resolve().parent
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="insurup-warm-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "INSURUP_DESK_HOME": home,
            "INSURUP_DESK_TIMING": "1",
            "PYTHON_KEYRING_BACKEND": "bench_store.FileKeyring",
            "PYTHONPATH": os.pathsep.join([str(here), str(here.parent), os.environ.get("PYTHONPATH", "")]),
        }
        server = subprocess.Popen(
            [sys.executable, "-c", "import sys; from insurup_desk.sandbox.cli import main; sys.exit(main())",
             "--port", str(port), "--log-level", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
        )
        try:
            _wait_for_server(url)
            subprocess.run([sys.executable, str(Path(__file__).resolve()), "--prepare", url], env=env, check=True,
                           timeout=120)
            figures = [_start_to_rows(env, url) for _ in range(runs)]
        finally:
            server.terminate()
            server.wait(timeout=30)
    for i, figure in enumerate(figures, 1):
        print(f"warm start {i}: first policy rows after {figure:.3f} s", file=sys.stderr)
    return statistics.median(figures)


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--prepare":
        asyncio.run(_previous_session(sys.argv[2]))
        return 0
    write_ms, read_ms = cache_figures()
    warm = round(warm_start_seconds(), 3)
    print(f"cache write 10k rows: {write_ms:.1f} ms, read: {read_ms:.1f} ms", file=sys.stderr)
    print(json.dumps({"cache_write_ms_10k": round(write_ms, 1), "cache_read_ms_10k": round(read_ms, 1),
                      "warm_start_rows_s": warm}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
