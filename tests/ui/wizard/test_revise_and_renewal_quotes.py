"""The quotes step's revise actions (F6 groups, F7 one offer's Kasko options) and a renewal sale's quotes step:
last year's premium in the header, each offer's change, and the renewal-period question."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from wizard_steps import collect_quotes, enter, run, to_quotes

from insurup_desk.sandbox import Sandbox
from insurup_desk.sandbox.renewals import RENEWAL_PERIOD_DAYS
from insurup_desk.services.renewals import renewal_target
from insurup_desk.services.sales_flow import QUOTES
from insurup_desk.ui.wizard.quotes_model import CHANGE, STATUS, change_text
from insurup_desk.ui.wizard.revise_dialogs import ChoicesDialog, GroupsDialog
from insurup_desk.ui.wizard.wizard import SaleWizard


def _kasko_quotes(qtbot: Any, wizard: SaleWizard) -> None:
    to_quotes(qtbot, wizard)
    page = wizard.quotes_page
    page.kasko.setChecked(True)
    qtbot.waitUntil(lambda: page.group.count() > 0)
    page.group.setCurrentIndex(page.group.findText("Dar Kasko"))
    collect_quotes(qtbot, wizard)


def _settled(page: Any) -> bool:
    return page.collector is not None and not page.collector.running and page.progress.isHidden()


def test_f6_revises_the_whole_proposal_with_other_groups_on_a_fresh_board(qtbot: Any, wizard: SaleWizard) -> None:
    _kasko_quotes(qtbot, wizard)
    page = wizard.quotes_page
    old_id = wizard.flow.data.proposal_id
    old_rows = {r.id for r in page.model.board.rows}
    assert page.revise_groups_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: isinstance(page.revise_dialog, GroupsDialog))
    dialog = page.revise_dialog
    assert isinstance(dialog, GroupsDialog)
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(n.startswith("Dar Kasko") for n in names) and len(dialog.selected()) == 1, "the current group ticked"
    wide = next(g for g in run(qtbot, page.reviser.groups()) if g.name == "Geniş Kasko")
    dialog.set_selected([wide.id])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: wizard.flow.data.proposal_id not in (None, old_id), timeout=10_000)
    new_id = wizard.flow.data.proposal_id
    assert page.collector is not None and page.collector.proposal_id == new_id
    assert wizard.flow.data.coverage_group_id == wide.id and page.group.currentData() == wide.id
    qtbot.waitUntil(lambda: _settled(page) and page.model.board.total > 0, timeout=10_000)
    rows = page.model.board.rows
    assert not {r.id for r in rows} & old_rows, "no row of the old proposal is left on the board"
    priced = [r for r in rows if r.status == "priced"]
    assert priced and all(page.model.status_text(r).endswith("yeniden çalışıldı") for r in priced)
    best = page.model.board.best_row
    assert best is not None and page.current_row() is best, "Enter buys the best offer shown"
    assert "yeniden çalışıldı" in page.outcome_line.text() and page.outcome_line.isVisible()


def test_f7_reprices_one_offer_with_other_kasko_options(qtbot: Any, wizard: SaleWizard, sandbox: Sandbox) -> None:
    _kasko_quotes(qtbot, wizard)
    page = wizard.quotes_page
    best = page.model.board.best_row
    assert best is not None and page.current_row() is best
    price_before = best.gross
    qtbot.keyClick(page.table, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: isinstance(page.revise_dialog, ChoicesDialog), timeout=10_000)
    dialog = page.revise_dialog
    assert isinstance(dialog, ChoicesDialog)
    assert {"immLimitiAyrimsiz", "onarimServisTuru", "kiralikArac"} <= set(dialog.boxes)
    assert not dialog.ok_button.isEnabled(), "nothing changed yet"
    dialog.choose("onarimServisTuru", "YETKILI_SERVIS")
    dialog.choose("immLimitiAyrimsiz", {"$type": "DECIMAL", "value": 5_000_000})
    assert dialog.picked()["onarimServisTuru"] == "YETKILI_SERVIS"
    sandbox.clock.freeze()  # the insurer answers the revision only when the test says so
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    def row() -> Any:
        return page.model.board.row(best.id)

    qtbot.waitUntil(lambda: row().revising, timeout=10_000)
    assert page.model.status_text(row()).startswith("Yeniden fiyatlanıyor")
    assert page.current_row() is not row(), "the offer being re-priced is not the one Enter buys"
    sandbox.clock.unfreeze()
    qtbot.waitUntil(lambda: row().status == "priced" and not row().revising, timeout=10_000)
    assert row().revised and page.model.status_text(row()).endswith("yeniden çalışıldı")
    assert row().gross is not None and price_before is not None and row().gross > price_before
    index = page.model.index(page.model.board.rows.index(row()), STATUS)
    assert "yeniden çalışıldı" in index.data()
    assert sum(r.revised for r in page.model.board.rows) == 1


def _due(sandbox: Sandbox, low: int, high: int) -> list[Mapping[str, Any]]:
    today = sandbox.config.reference_day()
    agent = next(u.agent_id for u in sandbox.users.values() if u.email == "gise@demo.acente")
    return [p.node for p in sandbox.policies.values() if p.agent_id == agent and p.node["state"] == "ACTIVE"
            and p.node["productBranch"] in ("KASKO", "TRAFIK") and p.node.get("vehicleId")
            and low <= (dt.date.fromisoformat(p.node["endDate"]) - today).days <= high]


def test_renewal_quotes_show_last_years_premium_and_each_offers_change(qtbot: Any, wizard: SaleWizard,
                                                                       sandbox: Sandbox) -> None:
    node = _due(sandbox, 1, RENEWAL_PERIOD_DAYS)[0]
    target = renewal_target(dict(node))
    assert target is not None and target.gross_premium is not None
    wizard.open_renewal(target)
    qtbot.waitUntil(lambda: wizard.flow.current == QUOTES and wizard.quotes_page.collector is not None,
                    timeout=10_000)
    page = wizard.quotes_page  # a new sale draws on new pages
    qtbot.waitUntil(lambda: _settled(page), timeout=10_000)
    assert page.renewal_line.isVisible() and node["insuranceCompanyName"] in page.renewal_line.text()
    assert not page.table.isColumnHidden(CHANGE)
    assert page.start_date.date().toPython() == dt.date.fromisoformat(node["endDate"])
    priced = [r for r in page.model.board.rows if r.status == "priced"]
    assert priced
    for r in priced:
        assert r.gross is not None
        expected = (r.gross - target.gross_premium) / target.gross_premium * 100
        cell = page.model.index(page.model.board.rows.index(r), CHANGE).data()
        assert cell == change_text(expected) and cell[0] in "+−±"
    failed = next((r for r in page.model.board.rows if r.status == "failed"), None)
    if failed is not None:
        assert page.model.index(page.model.board.rows.index(failed), CHANGE).data() == ""


def test_outside_the_renewal_period_the_operator_decides(qtbot: Any, wizard: SaleWizard, sandbox: Sandbox) -> None:
    soon = {(n["vehicleId"], n["productBranch"]) for n in _due(sandbox, 0, RENEWAL_PERIOD_DAYS)}
    node = next(n for n in _due(sandbox, RENEWAL_PERIOD_DAYS + 1, 50)
                if (n["vehicleId"], n["productBranch"]) not in soon)
    target = renewal_target(dict(node))
    assert target is not None
    wizard.open_renewal(target)
    qtbot.waitUntil(lambda: wizard.quotes_page.renewal_question is not None, timeout=10_000)
    page = wizard.quotes_page  # a new sale draws on new pages
    box = page.renewal_question
    assert box is not None and box.windowTitle() == "Yenileme dönemi dışında"
    assert "Yenileme Dönemi Dışında" in box.text() and wizard.flow.data.proposal_id is None
    cancel = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    cancel.click()
    qtbot.waitUntil(lambda: page.renewal_question is None)
    assert "teklif istenmedi" in page.outcome_line.text() and wizard.flow.data.proposal_id is None

    enter(qtbot, page.table)  # the operator asks again and this time accepts the warning
    qtbot.waitUntil(lambda: page.renewal_question is not None, timeout=10_000)
    box = page.renewal_question
    assert box is not None
    go = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    go.click()
    qtbot.waitUntil(lambda: wizard.flow.data.proposal_id is not None, timeout=10_000)
    assert wizard.flow.data.bypass_renewal_period
    qtbot.waitUntil(lambda: _settled(page) and page.model.board.total > 0, timeout=10_000)
