"""The purchase journal: a line is on disk before the purchase leaves, survives a kill, holds no card data."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from insurup_desk.services.purchase_journal import FILE_NAME, JournalState, PurchaseJournal, open_journal


def test_an_open_line_survives_a_killed_process(tmp_path: Path) -> None:
    # The child writes the line and dies at once, the way a power cut or SIGKILL would end the desk.
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from insurup_desk.services.purchase_journal import PurchaseJournal
        journal = PurchaseJournal(Path({str(tmp_path / FILE_NAME)!r}))
        journal.begin("prop-1", "prod-1", 3, "SYNC_CREDIT_CARD")
        os._exit(9)
    """)
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ}, timeout=60)
    assert done.returncode == 9
    journal = PurchaseJournal(tmp_path / FILE_NAME)
    try:
        [entry] = journal.open_entries()
        assert (entry.proposal_id, entry.product_id, entry.installment, entry.method) == (
            "prop-1", "prod-1", 3, "SYNC_CREDIT_CARD")
        assert entry.is_open and entry.started_at > 0
    finally:
        journal.close()


def test_a_closed_line_keeps_its_policy_and_is_announced_once(tmp_path: Path) -> None:
    journal = PurchaseJournal(tmp_path / FILE_NAME)
    entry = journal.begin("prop-1", "prod-1", 1, "SYNC_OPEN_ACCOUNT")
    journal.close_entry(entry.id, JournalState.PURCHASED, policy_id="pol-1", policy_number="POL-9", seen=False)
    journal.close()

    reopened = PurchaseJournal(tmp_path / FILE_NAME)
    try:
        assert reopened.open_entries() == []
        [found] = reopened.unseen()
        assert (found.state, found.policy_id, found.policy_number) == (JournalState.PURCHASED, "pol-1", "POL-9")
        reopened.mark_seen(found.id)
        assert reopened.unseen() == []
        latest = reopened.latest_for("prop-1", "prod-1")
        assert latest is not None and latest.state is JournalState.PURCHASED
    finally:
        reopened.close()


def test_every_line_is_committed_with_full_sync_and_holds_no_card_or_personal_data(tmp_path: Path) -> None:
    journal = PurchaseJournal(tmp_path / FILE_NAME)
    try:
        journal.begin("prop-1", "prod-1", 1, "SYNC_CREDIT_CARD")
        assert journal._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        journal.close()
    columns = {row[1] for row in sqlite3.connect(tmp_path / FILE_NAME).execute("PRAGMA table_info(purchase)")}
    assert columns == {"id", "proposal_id", "product_id", "installment", "method", "started_at", "state",
                       "policy_id", "policy_number", "closed_at", "seen"}


def test_an_open_line_cannot_be_closed_as_open(tmp_path: Path) -> None:
    journal = PurchaseJournal(None)
    try:
        entry = journal.begin("p", "pp", 1, "SYNC_CREDIT_CARD")
        with pytest.raises(ValueError):
            journal.close_entry(entry.id, JournalState.OPEN)
    finally:
        journal.close()


def test_a_journal_that_cannot_be_opened_does_not_stop_the_desk(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    journal = open_journal(blocker)  # its file would have to live inside a plain file
    try:
        assert not journal.durable
        assert journal.sync.begin("p", "pp", 1, "SYNC_CREDIT_CARD").is_open
    finally:
        journal.close()
