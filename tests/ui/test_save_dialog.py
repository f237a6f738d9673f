"""A "save as" question opens in the folder the operator saved into last time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from insurup_desk.ui import save_dialog


def test_the_next_save_opens_where_the_last_one_went(qapp: Any, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    target = tmp_path / "musteri-dosyalari"
    target.mkdir()

    def answer(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(target / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    first = save_dialog.ask_save_path(None, "Kaydet", "police-1.pdf", "PDF (*.pdf)")
    second = save_dialog.ask_save_path(None, "Kaydet", "police-2.pdf", "PDF (*.pdf)")
    assert first == str(target / "police-1.pdf") and second == str(target / "police-2.pdf")
    assert Path(asked[0]).parent != target  # nothing remembered yet
    assert asked[1] == str(target / "police-2.pdf")


def test_a_folder_that_is_gone_is_not_offered(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gone = tmp_path / "silindi"
    gone.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a: (str(gone / "a.pdf"), "")))
    save_dialog.ask_save_path(None, "Kaydet", "a.pdf", "PDF (*.pdf)")
    gone.rmdir()
    assert save_dialog.last_folder() != gone


def test_a_cancelled_question_changes_nothing(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: ("", "")))
    before = save_dialog.last_folder()
    assert save_dialog.ask_save_path(None, "Kaydet", "a.pdf", "PDF (*.pdf)") == ""
    assert save_dialog.last_folder() == before
