"""Item views take their colours from the style sheet: one change there recolours every table that shows a state."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextDocument

from insurup_desk import resource_files
from insurup_desk.api.models import Proposal
from insurup_desk.ui.item_colors import ItemColor, colors_from_style_sheet, item_color
from insurup_desk.ui.tables.labels import POLICY_STATE_COLORS, PROPOSAL_STATE_COLORS
from insurup_desk.ui.theme import style_sheet
from insurup_desk.ui.wizard.comparison import comparison_html
from insurup_desk.ui.wizard.quotes_model import INSURER, QuotesModel

UI_DIR = Path(__file__).resolve().parents[2] / "insurup_desk" / "ui"
# A colour written in code: "#1b6e35", QColor(…) with a value, or a named Qt colour.
HARD_CODED = re.compile(r"#[0-9a-fA-F]{3,8}\b|QColor\(\s*[\"'\d]|Qt\.GlobalColor\.")


def _declared(sheet: str) -> dict[str, str]:
    block = re.search(r"ItemColors\s*\{(.*?)\}", sheet, re.S)
    assert block is not None
    return {name: value.lower() for name, value in re.findall(r"qproperty-(\w+):\s*(#[0-9a-fA-F]{6})", block[1])}


def test_every_colour_role_comes_from_the_app_style_sheet(qtbot: object) -> None:
    declared = _declared(style_sheet())
    assert set(declared) == {role.value for role in ItemColor}
    for role in ItemColor:
        assert item_color(role).name() == declared[role.value], role


def test_a_changed_style_sheet_changes_the_colour_and_an_unset_role_stays_unset(qtbot: object) -> None:
    colors = colors_from_style_sheet("ItemColors { qproperty-stateBad: #123456; }")
    assert colors[ItemColor.BAD] == QColor("#123456")
    assert not colors[ItemColor.GOOD].isValid()


def test_list_columns_colour_states_with_the_style_sheet_roles(qtbot: object) -> None:
    assert POLICY_STATE_COLORS["CANCELLED"] == item_color(ItemColor.BAD).name()
    assert POLICY_STATE_COLORS["ACTIVE"] == item_color(ItemColor.GOOD).name() == PROPOSAL_STATE_COLORS["PURCHASED"]
    assert set(PROPOSAL_STATE_COLORS) == {"WAITING", "ACTIVE", "PURCHASING", "PURCHASED", "FAILED"}
    # a purchase under way reads like a wait, not like a priced offer
    assert PROPOSAL_STATE_COLORS["PURCHASING"] == PROPOSAL_STATE_COLORS["WAITING"] != PROPOSAL_STATE_COLORS["ACTIVE"]
    with pytest.raises(KeyError):
        POLICY_STATE_COLORS["UNKNOWN"]


def _product(pid: str, state: str, gross: str | None) -> dict[str, object]:
    premiums = [] if gross is None else [
        {"installmentNumber": 1, "grossPremium": gross, "netPremium": gross, "currency": "TURKISH_LIRA"}]
    return {"id": pid, "insuranceCompanyName": f"Sigorta {pid}", "productName": "Trafik", "productType": "WEB_SERVICE",
            "state": state, "premiums": premiums, "errorMessage": "Ruhsat hatalı" if state == "FAILED" else None,
            "supportedPaymentOptions": ["SYNC_CREDIT_CARD"]}


def test_quote_rows_show_best_failed_and_waiting_in_the_style_sheet_colours(qtbot: object) -> None:
    model = QuotesModel()
    model.apply(Proposal.model_validate({"proposalId": "p1", "state": "WAITING", "products": [
        _product("a", "ACTIVE", "1000.00"), _product("b", "ACTIVE", "1200.00"),
        _product("c", "FAILED", None), _product("d", "WAITING", None)]}))
    by_insurer = {model.data(model.index(r, INSURER)): r for r in range(model.rowCount())}

    def role(insurer: str, data_role: Qt.ItemDataRole) -> QColor | None:
        brush = model.data(model.index(by_insurer[insurer], INSURER), data_role)
        return brush.color() if isinstance(brush, QBrush) else None

    assert role("Sigorta a", Qt.ItemDataRole.BackgroundRole) == item_color(ItemColor.BEST_ROW)
    assert role("Sigorta b", Qt.ItemDataRole.BackgroundRole) is None
    assert role("Sigorta c", Qt.ItemDataRole.BackgroundRole) == item_color(ItemColor.FAILED_ROW)
    assert role("Sigorta d", Qt.ItemDataRole.ForegroundRole) == item_color(ItemColor.WAITING_ROW_TEXT)


def test_the_printed_comparison_takes_its_colours_from_its_style_sheet(qtbot: object) -> None:
    css = (resource_files.STYLES_DIR / "comparison.css").read_text(encoding="utf-8")
    page = comparison_html("Ayşe Yılmaz", "34 ABC 123", "TRAFIK", [], [])
    assert css in page
    document = QTextDocument()
    document.setHtml(page)
    assert document.toPlainText().startswith("Trafik sigortası teklif karşılaştırması")


def test_no_colour_is_written_in_the_widgets_code() -> None:
    offenders = [
        f"{path.relative_to(UI_DIR)}:{number}: {line.strip()}"
        for path in sorted(UI_DIR.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HARD_CODED.search(line)
    ]
    assert offenders == []
