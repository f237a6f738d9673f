"""The real desk process starts on a damaged store, tells the operator what was kept and lost, and delivers the
outbox entries it could read exactly once (the read-only cases need the file-system seam and are covered in
``tests/services/test_store_damage.py``)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from insurup_desk.api import IndividualCustomerCreate
from insurup_desk.app import KEYRING_SERVICE
from insurup_desk.domain.identity import tckn_check_digits
from insurup_desk.sandbox import SandboxConfig, SandboxServer, create_app
from insurup_desk.services.local_store import STORE_FILE, open_or_recover
from insurup_desk.store.crypto import KEYRING_KEY_NAME

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
E2E = ROOT / "tests" / "e2e"
sys.path.insert(0, str(E2E))

from file_keyring import FILE_ENV, FileKeyring  # noqa: E402
from store_damages import DAMAGES  # noqa: E402


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    running = SandboxServer(create_app(SandboxConfig.for_tests()), host="127.0.0.1", port=0).start()
    yield running
    running.stop()


def _tckn(seed: int) -> str:
    rng = random.Random(seed)
    first = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return first + tckn_check_digits(first)


def _queue_offline_customer(home: Path, keyring_file: Path, tckn: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """What an earlier run left: a customer entered offline, waiting in the outbox, and cached pages."""
    monkeypatch.setenv(FILE_ENV, str(keyring_file))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        store, _ = open_or_recover(home / "data", keyring_service=KEYRING_SERVICE)
        body = IndividualCustomerCreate(identity_number=tckn, full_name="Kaan Ersoy")
        payload = {"model": body.discriminator, "fields": body.model_dump(mode="json", exclude={"discriminator"})}
        store.sync.save_draft("customer", payload)
        rows = [[f"{i:024x}", "x" * 200] for i in range(100)]
        for page_no in range(40):
            store.sync.put_list_page("policies:t", page_no, {"rows": rows}, "row:policiesNew")
        store.sync.database.close()
        store.close()
    finally:
        keyring.set_keyring(previous)


def _run_desk(home: Path, keyring_file: Path, url: str, backend: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INSURUP_DESK_HOME": str(home),
           "PYTHON_KEYRING_BACKEND": backend, FILE_ENV: str(keyring_file), "DESK_DRIVER_API_URL": url,
           "PYTHONPATH": os.pathsep.join([str(HERE), str(E2E), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", "import store_driver; store_driver.main()"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    for line in done.stdout.splitlines():
        if line.startswith("STARTED "):
            started: dict[str, Any] = json.loads(line[len("STARTED "):])
            assert done.returncode == 0, done.stderr[-2000:]
            return started
    pytest.fail(f"the desk did not start (exit {done.returncode}): {done.stdout[-1000:]!r} {done.stderr[-3000:]!r}")


def _on_server(server: SandboxServer, tckn: str) -> int:
    sandbox = server.app.state.sandbox
    return sum(1 for rec in sandbox.customers.values() if rec.data.get("identityNumber") == tckn)


def _lose_key(keyring_file: Path) -> None:
    entries = json.loads(keyring_file.read_text())
    entries = {k: v for k, v in entries.items() if KEYRING_KEY_NAME not in k}
    keyring_file.write_text(json.dumps(entries))


CASES: dict[str, tuple[Callable[[Path], None] | None, str, bool]] = {
    # case: (damage to the file, words the operator reads, whether the waiting customer is delivered)
    **{d.name: (d.apply, d.words, d.readable) for d in DAMAGES},
    "key-lost": (None, "şifre anahtarı", False),
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("case", list(CASES))
def test_the_desk_starts_on_a_damaged_store(
    case: str, tmp_path: Path, server: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, keyring_file = tmp_path / "home", tmp_path / "keyring.json"
    tckn = _tckn(sorted(CASES).index(case) + 100)
    _queue_offline_customer(home, keyring_file, tckn, monkeypatch)
    damage, words, delivered = CASES[case]
    if damage is None:
        _lose_key(keyring_file)
    else:
        damage(home / "data" / STORE_FILE)

    started = _run_desk(home, keyring_file, server.url, "file_keyring.FileKeyring")
    (notice,) = started["notices"]
    assert words in notice and "Dosya destek için saklandı" in notice
    assert not started["not_kept"] and started["pending"] == 0
    if delivered:
        assert "1 bekleyen işlem" in notice and _on_server(server, tckn) == 1
    else:
        assert ("kayboldu" in notice or "kaybolmuş olabilir" in notice) and _on_server(server, tckn) == 0
    # The next start is a plain one: nothing to tell, nothing sent again.
    again = _run_desk(home, keyring_file, server.url, "file_keyring.FileKeyring")
    assert again["notices"] == [] and _on_server(server, tckn) == (1 if delivered else 0)


@pytest.mark.timeout(120)
def test_the_desk_starts_without_a_keyring_and_says_nothing_is_kept(
    tmp_path: Path, server: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, keyring_file = tmp_path / "home", tmp_path / "keyring.json"
    tckn = _tckn(200)
    _queue_offline_customer(home, keyring_file, tckn, monkeypatch)
    started = _run_desk(home, keyring_file, server.url, "keyring.backends.fail.Keyring")
    (notice,) = started["notices"]
    assert "yalnızca bellekte" in notice and "1 bekleyen işlem dosyada duruyor" in notice
    assert started["not_kept"] and _on_server(server, tckn) == 0
    back = _run_desk(home, keyring_file, server.url, "file_keyring.FileKeyring")
    assert back["notices"] == [] and not back["not_kept"] and _on_server(server, tckn) == 1
