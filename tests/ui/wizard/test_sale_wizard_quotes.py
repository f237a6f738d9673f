"""Quotes step: live rows, failures and retries, comparison and documents; the table model's contract."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from wizard_steps import FAST_POLL, choose_best, collect_quotes, enter, run, to_quotes

from insurup_desk.services.quote_collector import QuoteCollector
from insurup_desk.services.sales_flow import QUOTES
from insurup_desk.ui.wizard.quotes_model import PREMIUM, QuotesModel
from insurup_desk.ui.wizard.wizard import SaleWizard


def test_rows_show_price_state_words_and_best_price(qtbot: Any, wizard: SaleWizard) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    model = wizard.quotes_page.model
    statuses = [model.status_text(r) for r in model.board.rows]
    assert sum(s == "★ En iyi fiyat" for s in statuses) == 1
    assert any(s.startswith("Başarısız: ") for s in statuses)
    assert any("robot" in s for s in statuses)
    best = model.board.best_row
    assert best is not None and best.payable
    payable = [r for r in model.board.rows if r.payable]
    assert best.gross == min(r.gross for r in payable if r.gross is not None)
    # Sorted by price: the top row of the view is the best offer.
    proxy = wizard.quotes_page.proxy
    top = proxy.index(0, PREMIUM).data(Qt.ItemDataRole.DisplayRole)
    assert top.startswith("₺") and top == proxy.index(0, PREMIUM).data()
    assert model.row_at(proxy.mapToSource(proxy.index(0, 0))) is best
    qtbot.keyClick(wizard.quotes_page.table, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Ctrl+2 is the menu's
    names = [proxy.index(i, 0).data() for i in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)


def test_a_failed_insurer_is_retried_and_then_priced(qtbot: Any, wizard: SaleWizard) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    page = wizard.quotes_page
    failed = next(r for r in page.model.board.rows if r.status == "failed")
    page._select_row_id(failed.id)
    assert page.retry_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.model.board.row(failed.id).status == "priced",  # type: ignore[union-attr]
                    timeout=10_000)
    assert page.model.board.row(failed.id).gross is not None  # type: ignore[union-attr]


def test_model_passes_qtmodeltester_while_rows_arrive(qtbot: Any, qtmodeltester: Any, wizard: SaleWizard) -> None:
    to_quotes(qtbot, wizard)
    service = wizard.service
    data = wizard.flow.data
    proposal_id = run(qtbot, service.create_proposal(data))
    model = QuotesModel()
    qtmodeltester.check(model, force_py=True)  # stays connected: every later change is checked too
    priced: list[str] = []
    model.priced.connect(priced.append)
    collector = QuoteCollector(service.proposal, proposal_id, model.apply, schedule=FAST_POLL)
    collector.start()
    run(qtbot, collector.wait())
    assert model.rowCount() == model.board.total > 0
    assert sorted(priced) == sorted(r.id for r in model.board.rows)
    failed = next(r for r in model.board.rows if r.status == "failed")
    model.mark_retrying(failed.id)
    model.tick()
    retrying = model.board.row(failed.id)
    assert retrying is not None and model.status_text(retrying).startswith("Bekleniyor")


def test_comparison_dialog_and_pdf_for_selected_offers(qtbot: Any, wizard: SaleWizard, tmp_path: Path) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    page = wizard.quotes_page
    priced = [r for r in page.model.board.rows if r.payable][:2]
    page.table.clearSelection()
    for row in priced:
        for r in range(page.proxy.rowCount()):
            if page.model.row_at(page.proxy.mapToSource(page.proxy.index(r, 0))) is row:
                page.table.selectionModel().select(
                    page.proxy.index(r, 0), page.table.selectionModel().SelectionFlag.Select
                    | page.table.selectionModel().SelectionFlag.Rows)
    page._selection_changed()
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.documents.comparison_dialog is not None)
    dialog = page.documents.comparison_dialog
    assert dialog is not None
    assert dialog.table.columnCount() == 2
    labels = [dialog.table.verticalHeaderItem(i).text() for i in range(dialog.table.rowCount())]
    assert "Araç başına maddi" in labels
    assert "Dahil" in dialog.document_html or "₺" in dialog.document_html
    dialog.close()
    target = tmp_path / "karsilastirma.pdf"
    page.documents.save_comparison_pdf(str(target))
    qtbot.waitUntil(target.exists)
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 1000


def test_offer_document_is_downloaded_and_opened(qtbot: Any, wizard: SaleWizard, tmp_path: Path) -> None:
    opened: list[Path] = []
    wizard.quotes_page.open_file = opened.append
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    qtbot.keyClick(wizard.quotes_page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].read_bytes().startswith(b"%PDF")
    target = tmp_path / "bilgi.pdf"
    wizard.quotes_page.documents.fetch_document("information", save_to=str(target))
    qtbot.waitUntil(target.exists)
    assert target.read_bytes().startswith(b"%PDF")
    assert wizard.notice.isVisible() and "Belge kaydedildi" in wizard.notice.text()


def test_robot_offer_cannot_be_taken_to_payment(qtbot: Any, wizard: SaleWizard) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    page = wizard.quotes_page
    robot = next(r for r in page.model.board.rows if r.is_robot and r.status == "priced")
    page._select_row_id(robot.id)
    assert not page.continue_button.isEnabled()
    enter(qtbot, page.table)
    assert wizard.flow.current == QUOTES
    assert "Ödenebilir bir teklif seçin" in page.outcome_line.text()


def test_kasko_uses_a_coverage_group(qtbot: Any, wizard: SaleWizard, sandbox: Any) -> None:
    to_quotes(qtbot, wizard)
    page = wizard.quotes_page
    page.kasko.setChecked(True)
    qtbot.waitUntil(lambda: page.group.count() > 0)
    group_id = page.group.currentData()
    collect_quotes(qtbot, wizard)
    assert wizard.flow.data.branch == "KASKO" and wizard.flow.data.coverage_group_id == group_id
    choose_best(qtbot, wizard)
    assert wizard.flow.data.installment_number is not None


def test_qtmodeltester_on_a_bare_model(qtmodeltester: Any) -> None:
    qtmodeltester.check(QuotesModel(), force_py=True)
