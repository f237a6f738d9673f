"""Local store figures: cache write/read, durability under SIGKILL, and warm start to first list rows.

Cache: 10,000 policy rows written the way the policy list writes them (100 pages of 100 rows, through the
list fetcher's own page-store function), then read back the way an offline search reads them.

Durability: a child process runs the app's real store, outbox and autosave code against a sandbox (in this
process): it queues offline customers (one draft + outbox entry each, printing ``ACK`` once the write has
returned), autosaves after each and replays the outbox every other entry. It is SIGKILLed at a random moment
(now and then while still opening the store) and started again, ``--kills`` times; a last run replays what is
left. Every start must open the store without recovery, every acknowledged entry must reach the server
(``outbox_lost``), none may be sent twice (``outbox_duplicated``: more than one create request for one TCKN),
none may be left failed, and the autosave found at each start is never older than the last one acknowledged.

Warm start: a sandbox runs in its own process (so a session survives an app restart); a first run signs in
and fills the cache; then the app is started (offscreen, ``--page policies``) with the same
INSURUP_DESK_HOME and a file keyring, resumes the session from the stored refresh token without a password,
and the time from spawning it to its ``first_list_rows`` timing marker is taken (median of 3).

Last line: one JSON object with every figure and ``targets``; the exit code is 1 when a target is missed.
Options: ``--kills N`` (default 120), ``--no-warm`` (skip the warm-start figure).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
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

TARGETS: dict[str, tuple[str, float]] = {
    "cache_write_ms_10k": ("<=", 400.0),
    "cache_read_ms_10k": ("<=", 400.0),
    "kills": (">=", 100),
    "opens_failed": ("==", 0),
    "child_errors": ("==", 0),
    "outbox_lost": ("==", 0),
    "outbox_duplicated": ("==", 0),
    "outbox_failed": ("==", 0),
    "autosave_lost": ("==", 0),
    "warm_start_rows_s": ("<=", 6.0),
}


def policy_row(i: int) -> tuple[object, ...]:
    from insurup_desk.services.list_sources import POLICIES

    values: dict[str, object] = {
        "id": f"{i:024x}", "state": "ACTIVE", "productBranch": "TRAFIK" if i % 3 else "KASKO",
        "insuranceCompanyName": "Anadolu Sigorta", "insuranceCompanyPolicyNumber": f"POL-2026-{i:06d}",
        "productName": "Zorunlu Trafik", "grossPremium": 12345.67 + i, "netPremium": 10234.5 + i,
        "currency": "TURKISH_LIRA", "startDate": "2026-03-10", "endDate": "2027-03-10",
        "insuredCustomerName": "Ayşe Yılmaz", "insuredCustomerIdentityNumber": "11111111110",
        "vehiclePlateCode": "ABC123", "vehiclePlateCity": 34, "vehicleModelBrandText": "Fiat Egea",
        "createdAt": "2026-03-10T09:30:00Z", "insuredCustomerId": f"c{i:023x}", "vehicleId": f"v{i:023x}",
        "agentBranchId": "b1",
    }
    return tuple(values.get(name) for name in POLICIES.fields)


def cache_figures(rounds: int = 5) -> tuple[float, float]:
    """Median ms to store 10,000 rows as the policy list does (100 pages of 100), and to search them offline."""
    from insurup_desk.services.cached_reads import _rows_page, _save_page, row_kind
    from insurup_desk.services.list_queries import ListQuery, Page
    from insurup_desk.services.list_sources import POLICIES

    pages = [Page(rows=[policy_row(n * 100 + j) for j in range(100)], total_count=10_000, end_cursor=f"c{n}",
                  has_next=n < 99) for n in range(100)]
    kind = row_kind(POLICIES)
    writes, reads = [], []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Database(Path(tmp) / "bench.sqlite"), RecordCipher(b"k" * 32))
            t0 = time.perf_counter()
            for page_no, page in enumerate(pages):
                _save_page(store, "policies:bench", page_no, page, kind)
            writes.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            got = _rows_page(store, kind, POLICIES.fields, ListQuery(), 10_000, 0)
            reads.append((time.perf_counter() - t0) * 1000)
            assert got is not None and len(got.rows) == 10_000
            store.database.close()
    return statistics.median(writes), statistics.median(reads)


# --- durability under SIGKILL ---------------------------------------------------------------------------


def _bench_tckn(run: int, i: int) -> str:
    from insurup_desk.domain.identity import tckn_check_digits

    base = f"{run % 9 + 1}{run * 1000 + i:08d}"
    return base + tckn_check_digits(base)


async def _writer(url: str, run: int, drain: bool) -> None:
    """The killed child: the app's own store opening, outbox and autosave, writing until it is killed."""
    from insurup_desk.api import IndividualCustomerCreate, InsurUpClient
    from insurup_desk.app import KEYRING_SERVICE, api_config_for
    from insurup_desk.services.local_store import open_or_recover
    from insurup_desk.services.outbox import Outbox
    from insurup_desk.services.paths import app_paths

    store, report = open_or_recover(app_paths().ensure().data_dir, keyring_service=KEYRING_SERVICE)
    status = "ok" if not report.notice_needed else f"recovered {report.damage} {report.detail!r}"
    saved = store.sync.load_autosave("wizard")
    print(f"OPEN {status}", flush=True)
    print(f"LOADED {saved.payload['n'] if saved is not None else -1}", flush=True)
    client = InsurUpClient(api_config_for(url))
    try:
        await client.auth.login("gise@demo.acente", "Demo1234!")
        outbox = Outbox(client, store)
        if drain:
            done = await outbox.replay()
            print(f"REPLAYED {len(done.sent)} {len(done.linked_existing)}", flush=True)
            left = await outbox.pending()
            print(f"DRAINED {sum(e.state == 'pending' for e in left)} {sum(e.state == 'failed' for e in left)}",
                  flush=True)
            return
        print("READY", flush=True)
        i = 0
        while True:
            tckn = _bench_tckn(run, i)
            await outbox.queue_customer(IndividualCustomerCreate(identity_number=tckn, full_name="Deneme Kişi"))
            print(f"ACK {tckn}", flush=True)
            await store.call(store.sync.save_autosave, "wizard", {"n": run * 1000 + i})
            print(f"AUTOSAVED {run * 1000 + i}", flush=True)
            if i % 2 == 1:
                done = await outbox.replay()
                print(f"REPLAYED {len(done.sent)} {len(done.linked_existing)}", flush=True)
            i += 1
    finally:
        await client.aclose()
        store.close()


class CreateCounter:
    """ASGI wrapper around the sandbox: per identity number, the customer-create requests that arrived, those
    the server answered as created (2xx) and those it refused as already there (409: a repeat the server's own
    uniqueness rule caught, which a server without it would have stored twice)."""

    def __init__(self, app: object) -> None:
        self.app = app
        self.requests: dict[str, int] = {}
        self.created: dict[str, int] = {}
        self.refused: dict[str, int] = {}

    async def __call__(self, scope: dict[str, object], receive: object, send: object) -> None:
        if scope.get("type") != "http" or scope.get("method") != "POST" or scope.get("path") != "/api/customers":
            await self.app(scope, receive, send)  # type: ignore[operator]
            return
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()  # type: ignore[operator]
            chunks.append(message.get("body", b""))
            more = bool(message.get("more_body"))
        body = b"".join(chunks)
        try:
            number = str(json.loads(body).get("identityNumber") or "")
        except ValueError:
            number = ""  # the client was killed half-way through sending it
        self.requests[number] = self.requests.get(number, 0) + 1
        given = False

        async def replay_body() -> dict[str, object]:
            nonlocal given
            if given:
                return {"type": "http.disconnect"}
            given = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def watch(message: dict[str, object]) -> None:
            if message.get("type") == "http.response.start":
                status = int(message.get("status", 0))  # type: ignore[call-overload]
                book = self.created if 200 <= status < 300 else self.refused if status == 409 else None
                if book is not None:
                    book[number] = book.get(number, 0) + 1
            await send(message)  # type: ignore[operator]

        await self.app(scope, replay_body, watch)  # type: ignore[operator]

    def duplicated(self) -> list[str]:
        numbers = set(self.created) | set(self.refused)
        return sorted(n for n in numbers if self.created.get(n, 0) + self.refused.get(n, 0) > 1
                      or self.refused.get(n, 0))


def _spawn(args: list[str], env: dict[str, str], errors: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), *args], stdout=subprocess.PIPE,
                            stderr=errors.open("a"), text=True, env=env)


def kill_figures(kills: int, seed: int = 13) -> dict[str, int]:
    """SIGKILL the writing child ``kills`` times at random moments; count what the store and server show."""
    from insurup_desk.sandbox import SandboxConfig, SandboxServer, create_app

    rng = random.Random(seed)
    app = create_app(SandboxConfig.for_tests())
    counter = CreateCounter(app)
    server = SandboxServer(counter, port=0).start()
    here = Path(__file__).resolve().parent
    acked: set[str] = set()
    opens_ok = opens_failed = autosave_lost = child_errors = linked = killed_opening = 0
    last_autosave = -1
    with tempfile.TemporaryDirectory(prefix="insurup-kill-") as home:
        env = {**os.environ, "INSURUP_DESK_HOME": home, "PYTHON_KEYRING_BACKEND": "bench_store.FileKeyring",
               "PYTHONPATH": os.pathsep.join([str(here), str(here.parent), os.environ.get("PYTHONPATH", "")])}
        errors = Path(home) / "child-stderr.txt"

        def read_start(child: subprocess.Popen[str]) -> list[str]:
            assert child.stdout is not None
            return [child.stdout.readline().strip(), child.stdout.readline().strip()]

        def check_start(lines: list[str]) -> None:
            nonlocal opens_ok, opens_failed, autosave_lost
            if lines[0] == "OPEN ok":
                opens_ok += 1
            else:
                opens_failed += 1
                print(f"start: {lines[0]!r}", file=sys.stderr)
            if lines[1].startswith("LOADED") and int(lines[1].split()[1]) < last_autosave:
                autosave_lost += 1

        try:
            for run in range(kills):
                child = _spawn(["--writer", server.url, str(run)], env, errors)
                assert child.stdout is not None
                during_open = rng.random() < 0.125
                if during_open:  # now and then while the store is still being opened
                    time.sleep(rng.uniform(0.2, 1.5))
                    lines: list[str] = []
                else:
                    lines = read_start(child)
                    while (line := child.stdout.readline().strip()) not in ("READY", ""):
                        lines.append(line)
                    time.sleep(rng.uniform(0.0, 0.4))
                if child.poll() is not None:
                    child_errors += 1
                child.send_signal(signal.SIGKILL)
                child.wait()
                lines += [line.strip() for line in child.stdout.read().splitlines()]
                child.stdout.close()
                if len(lines) >= 2 and lines[0].startswith("OPEN"):
                    check_start(lines[:2])
                else:
                    killed_opening += 1
                for line in lines:
                    if line.startswith("ACK ") and len(line) == 15:  # a whole line, never a cut-off one
                        acked.add(line.split()[1])
                    elif line.startswith("REPLAYED ") and len(line.split()) == 3:
                        linked += int(line.split()[2])
                    elif line.startswith("AUTOSAVED "):
                        last_autosave = int(line.split()[1])
            child = _spawn(["--drain", server.url, "0"], env, errors)
            out, _ = child.communicate(timeout=120)
            lines = out.splitlines()
            check_start(lines[:2])
            linked += sum(int(line.split()[2]) for line in lines if line.startswith("REPLAYED "))
            drained = next((line.split() for line in lines if line.startswith("DRAINED")), None)
            if drained is None:
                raise SystemExit(f"the last run did not finish; child stderr:\n{errors.read_text()[-3000:]}")
            pending_left, failed_left = int(drained[1]), int(drained[2])
            if child_errors:
                # A writer that ended before it was killed is a failure of its own: show why.
                print(f"{child_errors} writers ended by themselves; their stderr:\n{errors.read_text()[-3000:]}",
                      file=sys.stderr)
        finally:
            server.stop()
    sandbox = app.state.sandbox
    on_server = {str(rec.data.get("identityNumber")) for rec in sandbox.customers.values()}
    duplicated = counter.duplicated()
    for number in duplicated:
        print(f"duplicated {number}: requests {counter.requests.get(number)}, created {counter.created.get(number)}"
              f", refused {counter.refused.get(number)}", file=sys.stderr)
    repeated = sum(1 for n, count in counter.requests.items() if n and count > 1)
    return {
        "kills": kills,
        "starts": kills + 1,
        "opens_ok": opens_ok,
        "killed_while_opening": killed_opening,
        "opens_failed": opens_failed,
        "child_errors": child_errors,
        "outbox_acknowledged": len(acked),
        "outbox_lost": len(acked - on_server) + pending_left,
        "outbox_duplicated": len(duplicated),
        # create requests sent again after a kill cut the first one off before the server acted on it
        "creates_resent_unanswered": repeated,
        "outbox_failed": failed_left,
        # entries the server already had when replayed (a kill between its answer and the 'sent' mark)
        "replays_linked_existing": linked,
        "autosave_lost": autosave_lost,
    }


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


def _missed(figures: dict[str, float]) -> list[str]:
    missed = []
    for name, (op, target) in TARGETS.items():
        if name not in figures:
            continue
        value = figures[name]
        ok = value <= target if op == "<=" else value >= target if op == ">=" else value == target
        if not ok:
            missed.append(f"{name} {value} (target {op} {target})")
    return missed


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--prepare":
        asyncio.run(_previous_session(sys.argv[2]))
        return 0
    if len(sys.argv) == 4 and sys.argv[1] in ("--writer", "--drain"):
        asyncio.run(_writer(sys.argv[2], int(sys.argv[3]), drain=sys.argv[1] == "--drain"))
        return 0
    kills = int(sys.argv[sys.argv.index("--kills") + 1]) if "--kills" in sys.argv else 120
    write_ms, read_ms = cache_figures()
    print(f"cache write 10k rows (100-row pages): {write_ms:.1f} ms, offline read: {read_ms:.1f} ms",
          file=sys.stderr)
    t0 = time.monotonic()
    durability = kill_figures(kills)
    print(f"kill loop: {durability} in {time.monotonic() - t0:.0f} s", file=sys.stderr)
    figures: dict[str, float] = {"cache_write_ms_10k": round(write_ms, 1), "cache_read_ms_10k": round(read_ms, 1),
                                 **durability}
    if "--no-warm" not in sys.argv:
        figures["warm_start_rows_s"] = round(warm_start_seconds(), 3)
    missed = _missed(figures)
    for line in missed:
        print(f"missed: {line}", file=sys.stderr)
    print(json.dumps({**figures, "targets": {k: f"{op} {v}" for k, (op, v) in TARGETS.items()}}))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
