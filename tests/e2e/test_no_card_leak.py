"""After a card purchase through the real desk, nothing the app wrote holds the card, and the database holds no
readable identity number.

The desk runs as its own process (``desk_driver`` ``purchase``) at DEBUG log level with its profile, keyring and
the user's config/data folders all pointed into a temporary folder, so every file it wrote can be read back:
while it runs (the SQLite write-ahead log is still there) and again after it closed.
"""

from __future__ import annotations

import os
import re
import signal
import sys
from pathlib import Path

import pytest
from desk_driver import CARD
from desk_process import desk_env, files_under, is_text, start_desk, wait_for_line

NUMBER = CARD["number"]
GROUPED = " ".join(NUMBER[i:i + 4] for i in range(0, 16, 4))
MONTH, YEAR = CARD["expiry"].split("/")
# Long enough to mean something anywhere, binary files included.
CARD_NEEDLES = [NUMBER, GROUPED, GROUPED.replace(" ", "-"), CARD["holder"], f"{MONTH}/{YEAR}", f"{MONTH}/20{YEAR}",
                f"20{YEAR}-{MONTH}"]
# A three-digit code could turn up by chance in random bytes; it is looked for as a value in text, or by name.
CVC_IN_TEXT = re.compile(rf"(?<![\w,.:]){CARD['cvc']}(?!\w)")
# Field names: long ones anywhere; the three-letter ones as words in text, quoted (as in JSON) in binary files,
# because three given letters turn up by chance in encrypted bytes.
LONG_KEYS = re.compile(rb"securitycode|cardnumber|card_number|expirymonth|expiryyear|holdername", re.IGNORECASE)
SHORT_KEYS_TEXT = re.compile(rb"(?<![a-z0-9])(?:cvc|cvv)(?![a-z0-9])", re.IGNORECASE)
SHORT_KEYS_BINARY = re.compile(rb"[\"'](?:cvc|cvv)[\"']", re.IGNORECASE)


def _leaks(files: list[Path], extra_text: dict[str, str]) -> list[str]:
    found: list[str] = []
    blobs = {str(p): p.read_bytes() for p in files}
    blobs.update({name: text.encode() for name, text in extra_text.items()})
    for name, data in blobs.items():
        for needle in CARD_NEEDLES:
            for encoded in (needle.encode(), needle.encode("utf-16-le")):
                if encoded in data:
                    found.append(f"{needle!r} in {name}")
        text = is_text(data)
        for pattern in (LONG_KEYS, SHORT_KEYS_TEXT if text else SHORT_KEYS_BINARY):
            for match in pattern.finditer(data):
                found.append(f"card field name {match.group().decode()!r} in {name}")
        if text and CVC_IN_TEXT.search(data.decode("utf-8")):
            found.append(f"CVC in {name}")
    return found


def _identity_in_database(data_dir: Path, identity: str) -> list[str]:
    return [p.name for p in data_dir.glob("desk.sqlite*")
            if identity.encode() in p.read_bytes() or identity.encode("utf-16-le") in p.read_bytes()]


@pytest.mark.timeout(60)
@pytest.mark.skipif(sys.platform == "win32", reason="select() on pipes and signals are POSIX")
def test_a_card_purchase_leaves_no_card_data_and_no_readable_identity(tmp_path: Path) -> None:
    home, user_home, keyring_file = tmp_path / "home", tmp_path / "user", tmp_path / "keyring.json"
    home.mkdir()
    user_home.mkdir()
    env = desk_env(home, keyring_file, "purchase")
    env.update({"HOME": str(user_home), "XDG_CONFIG_HOME": str(user_home / ".config"),
                "XDG_DATA_HOME": str(user_home / ".local" / "share"), "XDG_CACHE_HOME": str(user_home / ".cache"),
                "DESK_DRIVER_ARGS": "--debug"})
    proc = start_desk(env)
    try:
        bought = wait_for_line(proc, "PURCHASED", timeout_s=40)
        assert bought["policy_number"]
        assert bought["card_fields_after"] == ["", "", ""]  # the form forgets the card once paid
        data_dir = home / "data"
        assert any(p.name.endswith("-wal") for p in data_dir.glob("desk.sqlite*"))
        running_files = files_under(home, user_home)
        assert any(p.suffix == ".log" for p in running_files) and (data_dir / "desk.sqlite").exists()
        assert _leaks(running_files, {}) == []
        assert _identity_in_database(data_dir, bought["identity"]) == []
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode in (0, 130), err[-2000:]
    log_text = "".join(p.read_text(encoding="utf-8") for p in (home / "logs").glob("*.log*"))
    assert "purchase" in log_text.lower()  # the log did record the sale, just not the card
    assert _leaks(files_under(home, user_home, keyring_file.parent), {"stdout": out, "stderr": err}) == []
    assert _identity_in_database(home / "data", bought["identity"]) == []
    assert os.path.getsize(home / "data" / "desk.sqlite") > 0


def test_the_scan_finds_card_data_wherever_it_is_written(tmp_path: Path) -> None:
    """The scan itself must be able to fail: plant each kind of leak and see it reported."""
    (tmp_path / "app.log").write_text(f"paid with {GROUPED} exp {MONTH}/{YEAR} code {CARD['cvc']}\n")
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01" + NUMBER.encode("utf-16-le") + b'{"cvv": 1}\xffcVv')
    (tmp_path / "clean.log").write_text("12:00:00,958 INFO request took 958ms\n")
    found = _leaks(files_under(tmp_path), {"stderr": f"card {NUMBER}"})
    assert any("app.log" in f and GROUPED in f for f in found)
    assert any("app.log" in f and "CVC" in f for f in found)
    assert any("app.log" in f and f"{MONTH}/{YEAR}" in f for f in found)
    assert any("blob.bin" in f and NUMBER in f for f in found)
    # The quoted name is found; the same letters loose among binary bytes are not taken for one.
    binary_names = [f for f in found if "blob.bin" in f and "field" in f]
    assert binary_names == [f"card field name '\"cvv\"' in {tmp_path / 'blob.bin'}"]
    assert any(f.endswith("in stderr") for f in found)
    assert not any("clean.log" in f for f in found)
