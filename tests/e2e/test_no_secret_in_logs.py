"""A whole card sale at DEBUG log level with "Beni hatırla" ticked leaves no secret in anything the desk wrote.

The desk runs as its own process (``desk_driver`` ``purchase`` with ``--debug``) against a sandbox in this test's
process, so afterwards the sandbox can say which access and refresh tokens it ever issued. Every file under the
desk's home and the user's config/data folders (SQLite files read as bytes), its stdout and its stderr are then
searched for the password, every issued token, and the card (number plain, spaced or dashed, CVC, expiry and
holder name), in UTF-8 and UTF-16.

The test keyring's own file is left out of the search on purpose: storing the refresh token (and, with "Beni
hatırla", the password) is what the keyring is for. It lives outside the scanned folders.
"""

from __future__ import annotations

import re
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_driver import CARD
from desk_process import desk_env, files_under, is_text, start_desk, wait_for_line

from insurup_desk.sandbox import SandboxConfig, SandboxServer, create_app

PASSWORD = "Demo1234!"
NUMBER = CARD["number"]
GROUPED = " ".join(NUMBER[i:i + 4] for i in range(0, 16, 4))
MONTH, YEAR = CARD["expiry"].split("/")
CARD_NEEDLES = {
    "card number": [NUMBER, GROUPED, GROUPED.replace(" ", "-")],
    "card holder": [CARD["holder"]],
    "card expiry": [f"{MONTH}/{YEAR}", f"{MONTH}/20{YEAR}", f"20{YEAR}-{MONTH}"],
}
# Three digits turn up by chance in binary bytes (and in timestamps): the CVC is looked for as a word in text.
CVC_IN_TEXT = re.compile(rf"(?<![\w,.:]){CARD['cvc']}(?!\w)")


@pytest.fixture
def sandbox_server() -> Iterator[SandboxServer]:
    server = SandboxServer(create_app(SandboxConfig.for_tests()), host="127.0.0.1", port=0).start()
    yield server
    server.stop()


def secret_findings(blobs: dict[str, bytes], secrets: dict[str, list[str]]) -> dict[str, int]:
    """How often each kind of secret occurs in each blob: ``{"<kind> in <name>": count}``."""
    found: dict[str, int] = {}
    for name, data in blobs.items():
        for kind, values in secrets.items():
            count = sum(data.count(value.encode(encoding)) for value in values for encoding in ("utf-8", "utf-16-le"))
            if count:
                found[f"{kind} in {name}"] = found.get(f"{kind} in {name}", 0) + count
        if is_text(data) and (cvcs := len(CVC_IN_TEXT.findall(data.decode("utf-8")))):
            found[f"card CVC in {name}"] = cvcs
    return found


def _issued_tokens(server: SandboxServer) -> tuple[list[str], list[str]]:
    auth = server.app.state.sandbox.auth
    with auth.lock:
        return list(auth.access), [*auth.refresh, *auth.spent_refresh]


@pytest.mark.timeout(90)
@pytest.mark.skipif(sys.platform == "win32", reason="select() on pipes and signals are POSIX")
# With --debug-libraries qasync does log every call it hands to a thread: then only the filter stands between
# the secrets and the log.
@pytest.mark.parametrize("switches", ["--debug", "--debug --debug-libraries"])
def test_a_debug_sale_with_remember_me_leaves_no_secret_anywhere(
    tmp_path: Path, sandbox_server: SandboxServer, switches: str
) -> None:
    home, user_home, keyring_dir = tmp_path / "home", tmp_path / "user", tmp_path / "keyring"
    for folder in (home, user_home, keyring_dir):
        folder.mkdir()
    keyring_file = keyring_dir / "keyring.json"
    env = desk_env(home, keyring_file, "purchase")
    env.update({"HOME": str(user_home), "XDG_CONFIG_HOME": str(user_home / ".config"),
                "XDG_DATA_HOME": str(user_home / ".local" / "share"), "XDG_CACHE_HOME": str(user_home / ".cache"),
                "DESK_DRIVER_ARGS": switches, "DESK_DRIVER_REMEMBER": "1", "DESK_DRIVER_ROTATE": "1",
                "DESK_DRIVER_API_URL": sandbox_server.url})
    proc = start_desk(env)
    try:
        bought = wait_for_line(proc, "PURCHASED", timeout_s=60)
        assert bought["policy_number"]
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode in (0, 130), err[-2000:]

    access, refresh = _issued_tokens(sandbox_server)
    assert len(access) == len(refresh) == 3  # signed in, then rotated before and after the sale
    stored = keyring_file.read_text(encoding="utf-8")
    # The run did what it is meant to check: the password was remembered and the refresh token rotated into
    # the keyring, and the log was written at DEBUG level.
    assert PASSWORD in stored and any(token in stored for token in refresh)
    logs = "".join(p.read_text(encoding="utf-8") for p in files_under(home) if ".log" in p.name)
    assert " DEBUG   insurup_desk." in logs

    blobs = {str(p): p.read_bytes() for p in files_under(home, user_home)}
    blobs.update({"stdout": out.encode(), "stderr": err.encode()})
    secrets = {"password": [PASSWORD], "access token": access, "refresh token": refresh, **CARD_NEEDLES}
    assert secret_findings(blobs, secrets) == {}
    assert ("DEBUG   qasync" in logs) == ("--debug-libraries" in switches)


def test_the_secret_scan_counts_what_is_planted() -> None:
    """The scan must be able to fail: plant secrets in text and binary and see each one counted."""
    token = "tok_Zk3v-9qLr2"
    blobs = {
        "desk.log": f"login {PASSWORD} Bearer {token} {token}\npaid {GROUPED} exp {MONTH}/{YEAR} cvc {CARD['cvc']}\n"
                    .encode(),
        "desk.sqlite": b"\x00\x01" + NUMBER.encode("utf-16-le") + CARD["holder"].encode() + b"\xff 958",
        "clean.log": b"12:00:00,958 INFO request took 958ms\n",
    }
    secrets = {"password": [PASSWORD], "access token": [token], **CARD_NEEDLES}
    assert secret_findings(blobs, secrets) == {
        "password in desk.log": 1,
        "access token in desk.log": 2,
        "card number in desk.log": 1,
        "card expiry in desk.log": 1,
        "card CVC in desk.log": 1,
        "card number in desk.sqlite": 1,
        "card holder in desk.sqlite": 1,
    }
