"""İMM's coverage choice on the quotes step: offered for an İMM sale only, and what is chosen is what is asked."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from insurup_desk.api import BusinessRuleViolation, InsurUpClient
from insurup_desk.services.health_sale import HealthService
from insurup_desk.services.sale import Sale, SaleTools
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.wizard.quotes_page import QuotesPage

# The health and İMM fakes the service tests use, implementing the same ports as the real client.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from health_fakes import FakeHealthClient

Asked = tuple[str, Mapping[str, Any] | None]


class RecordingSale(Sale):
    """Records what the page asks for and refuses it (the request itself is the service tests' business)."""

    asked: list[Asked]

    async def ask_for_quotes(self, branch: str, coverage_group_id: str | None, policy_start_date: str | None,
                             options: Mapping[str, Any] | None = None) -> str:
        self.asked.append((branch, dict(options) if options is not None else None))
        raise BusinessRuleViolation("Bu ortamda teklif alınmadı.")


@pytest.fixture
def page(qtbot: Any, sale_client: InsurUpClient) -> Iterator[QuotesPage]:
    service = SaleService(sale_client, health_service=HealthService(FakeHealthClient()))
    sale = RecordingSale(SaleTools(service))
    sale.asked = []
    widget = QuotesPage(sale)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.leave()


def imm_sale() -> SaleData:
    return SaleData(customer_id="c-1", customer_label="Ayşe Yılmaz", vehicle_id="v-1", vehicle_label="34 ABC 123",
                    branch="IMM")


def test_an_imm_sale_offers_the_insurers_choices_and_asks_with_the_chosen_ones(qtbot: Any,
                                                                                page: QuotesPage) -> None:
    page.enter(imm_sale())
    choice = page.imm_choice.choice
    qtbot.waitUntil(lambda: page.imm_choice.loaded)
    assert page.imm_choice.isVisible() and not page.trafik.isVisible() and not page.kasko.isVisible()
    limits = [choice.limit.itemText(i) for i in range(choice.limit.count())]
    assert limits == ["Şirketin önerdiği", "₺1.000.000,00", "₺5.000.000,00", "Limitsiz"]
    assert [choice.load.itemText(i) for i in range(choice.load.count())] == [
        "Şirketin önerdiği", "Yük taşımıyor", "Akaryakıt"]
    assert choice.rental_car.itemText(1) == "İkame araç yok" and choice.assistance.itemText(1) == "Dahil"
    choice.limit.setCurrentIndex(2)
    choice.load.setCurrentIndex(2)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    sale = page.sale
    assert isinstance(sale, RecordingSale)
    qtbot.waitUntil(lambda: bool(sale.asked) and page.banner.isVisible())
    assert sale.asked == [("IMM", {"imm_limit": {"$type": "DECIMAL", "value": 5_000_000}, "imm_rental_car": None,
                                   "imm_load": "AKARYAKIT", "imm_assistance": None})]
    # The choice stays as it was for the next try.
    assert choice.limit.currentIndex() == 2 and choice.load.value() == "AKARYAKIT"


def test_a_saved_choice_is_shown_again_and_motor_sales_do_not_see_it(qtbot: Any, page: QuotesPage) -> None:
    saved = SaleData(**{**imm_sale().to_dict(), "imm_limit": {"$type": "LIMITLESS"}, "imm_load": "YOK"})
    page.enter(saved)
    qtbot.waitUntil(lambda: page.imm_choice.loaded)
    assert page.imm_choice.choice.limit.currentText() == "Limitsiz"
    assert page.imm_choice.choice.load.currentText() == "Yük taşımıyor"
    page.enter(SaleData(customer_id="c-1", vehicle_id="v-1", branch="TRAFIK"))
    assert not page.imm_choice.isVisible() and page.trafik.isVisible()


def test_tss_and_imm_coverages_read_in_turkish_in_the_comparison() -> None:
    from insurup_desk.ui.wizard.coverage_text import coverage_rows

    tss = {"$type": "tss", "productBranch": "TSS", "hastaneAgi": "GENIS_KAPSAM",
           "saglikPaketi": {"tedaviSekli": "YATARAK"}, "disPaketi": {"$type": "NOT_INCLUDED"}}
    assert [(label, value) for _key, label, value in coverage_rows(tss)] == [
        ("Hastane ağı", "Geniş kapsamlı hastane ağı"), ("Sağlık paketi", "Yatarak tedavi"),
        ("Diş paketi", "Dahil değil")]
    imm = {"$type": "imm", "productBranch": "IMM", "kiralikArac": {"$type": "DEFINED", "tekSeferlikGunSayisi": 7,
                                                                   "pertDahil": True},
           "tasinanYuk": "HAZIR_BETON"}
    assert [value for _key, _label, value in coverage_rows(imm)] == [
        "İkame araç: seferde 7 gün, pert dahil", "Hazır beton"]
