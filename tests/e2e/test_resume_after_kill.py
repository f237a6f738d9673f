"""The desk process is killed mid-sale; started again, it offers the sale back and reopens it at that step.

Two real processes of ``insurup_desk.app.main --sandbox`` (driven by ``desk_driver``), one profile folder and one
file-backed keyring shared between them, so the store's key survives the restart as it would in the OS keyring.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest
from desk_process import desk_env, start_desk, stop_desk, wait_for_line


@pytest.mark.timeout(60)
@pytest.mark.skipif(sys.platform == "win32", reason="select() on pipes and SIGKILL are POSIX")
def test_a_killed_desk_offers_the_sale_back_at_the_asset_step(tmp_path: Path) -> None:
    home, keyring_file = tmp_path / "home", tmp_path / "keyring.json"
    home.mkdir()

    first = start_desk(desk_env(home, keyring_file, "to_vehicle"))
    try:
        before = wait_for_line(first, "AT_VEHICLE")
    finally:
        stop_desk(first)
    assert first.returncode == -signal.SIGKILL
    assert before["customer_label"].startswith("Ayşe Yılmaz") and before["vehicles"] > 0
    database = home / "data" / "desk.sqlite"
    assert database.exists()
    on_disk = b"".join(p.read_bytes() for p in database.parent.glob("desk.sqlite*"))
    assert "Ayşe".encode() not in on_disk  # the saved sale is encrypted

    second = start_desk(desk_env(home, keyring_file, "resume"))
    try:
        after = wait_for_line(second, "RESUMED")
        assert second.wait(timeout=15) == 0
    finally:
        stop_desk(second)
    assert after["question"] == "Yarım kalan satışa devam edilsin mi?"
    assert "Ne sigortalanacak?" in after["details"] and "Ayşe Yılmaz" in after["details"]
    assert after["page"] == "new_sale" and after["step"] == "asset"
    assert after["customer_id"] == before["customer_id"]
    assert after["customer_label"] == before["customer_label"]
    assert before["customer_label"] in after["customer_line"]
    assert after["vehicles"] == before["vehicles"] and after["can_go_back"]
