"""The TSS health step as the operator meets it: Turkish messages beside the fields, nothing typed lost."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from insurup_desk.api import InsurUpClient, ValidationFailed
from insurup_desk.api.models.health import HealthInfo, Relationship
from insurup_desk.services.health_sale import HealthService
from insurup_desk.services.sale import Sale, SaleTools
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.wizard.health_page import HealthPage

# The health and İMM fakes the service tests use, implementing the same ports as the real client.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from health_fakes import FakeHealthClient


@pytest.fixture
def memory() -> FakeHealthClient:
    return FakeHealthClient()


@pytest.fixture
def page(qtbot: Any, sale_client: InsurUpClient, memory: FakeHealthClient) -> Iterator[HealthPage]:
    sale = Sale(SaleTools(SaleService(sale_client)))
    widget = HealthPage(sale, health=HealthService(memory))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def open_for(qtbot: Any, page: HealthPage, customer_id: str = "c-1") -> None:
    page.enter(SaleData(customer_id=customer_id, customer_label="Ayşe Yılmaz (111***10)"))
    qtbot.waitUntil(lambda: page.loaded_for == customer_id)


def fill(qtbot: Any, page: HealthPage, height: str = "172", weight: str = "68") -> None:
    form = page.form
    form.height_edit.clear()
    qtbot.keyClicks(form.height_edit, height)
    form.weight_edit.clear()
    qtbot.keyClicks(form.weight_edit, weight)


def test_an_empty_form_says_in_turkish_what_is_missing(qtbot: Any, page: HealthPage,
                                                         memory: FakeHealthClient) -> None:
    open_for(qtbot, page)
    qtbot.keyClick(page.form.height_edit, Qt.Key.Key_Return)
    form = page.form
    assert form.errors.message("height") == "Bu alan zorunlu."
    assert form.errors.message("weight") == "Bu alan zorunlu."
    assert form.surgery.error.text() == "Bu soruyu Evet ya da Hayır ile yanıtlayın."
    assert form.disease.error.isVisible() and memory.health_api.saved == []
    assert form.height_edit.hasFocus()


def test_height_in_metres_and_an_unanswered_which_get_their_own_messages(qtbot: Any, page: HealthPage) -> None:
    open_for(qtbot, page)
    fill(qtbot, page, "1,75", "180")
    form = page.form
    form.surgery.yes.click()
    form.disease.no.click()
    qtbot.keyClick(form.weight_edit, Qt.Key.Key_Return)
    assert form.errors.message("height") == "Boyu santimetre olarak yazın: 1,75 değil 175."
    assert form.surgery.error.text() == ("Evet dediniz: hangisi olduğunu en az bir kutuyu işaretleyerek belirtin.")
    # The boxes open only after a "yes".
    assert all(box.isEnabled() for box in form.surgery.boxes.values())
    assert not any(box.isEnabled() for box in form.disease.boxes.values())
    fill(qtbot, page, "175", "6")
    qtbot.keyClick(form.weight_edit, Qt.Key.Key_Return)
    assert form.errors.message("weight") == "Boy ve kilo birbirini tutmuyor; ikisini de kontrol edin."
    assert form.errors.message("height") == ""


def test_a_server_refusal_keeps_everything_typed_and_shows_its_message_on_the_field(
        qtbot: Any, page: HealthPage, memory: FakeHealthClient) -> None:
    open_for(qtbot, page)
    finished: list[dict[str, Any]] = []
    page.completed.connect(finished.append)
    fill(qtbot, page)
    form = page.form
    form.surgery.yes.click()
    form.surgery.boxes["HEART_SURGERY"].click()
    form.disease.no.click()
    memory.health_api.refuse_next = ValidationFailed(
        "Girilen bilgiler geçersiz.", status=400,
        field_errors={"Height": ["Boy bilgisi sigorta şirketince kabul edilmedi."]})
    qtbot.keyClick(form.weight_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.errors.message("height") != "" and form.isEnabled())
    assert form.errors.message("height") == "Boy bilgisi sigorta şirketince kabul edilmedi."
    assert (form.height_edit.text(), form.weight_edit.text()) == ("172", "68")
    assert form.surgery.answer() is True and form.surgery.picked() == ("HEART_SURGERY",)
    assert form.disease.answer() is False and finished == []
    # The operator sends it again unchanged: this time it goes through and the step is done.
    with qtbot.waitSignal(page.completed, timeout=5_000) as done:
        qtbot.keyClick(form.weight_edit, Qt.Key.Key_Return)
    sent = memory.health_api.saved[-1]
    assert (sent.customer_id, sent.height, sent.weight, sent.surgeries) == ("c-1", 172, 68, ["HEART_SURGERY"])
    assert done.args[0]["insured_label"] == "Ayşe Yılmaz (111***10) · 172 cm, 68 kg"
    assert done.args[0]["insured_customer_id"] == "c-1" and done.args[0]["tss_family"] == ()


def test_stored_info_prefills_and_family_members_need_height_and_weight(
        qtbot: Any, page: HealthPage, memory: FakeHealthClient) -> None:
    memory.health_api.infos["c-1"] = HealthInfo(height=168, weight=61, surgeries=[], diseases=["CANCER"])
    memory.health_api.relations["c-1"] = [
        Relationship(id="r-1", related_customer_id="c-9", relation_type="SPOUSE", related_customer_name="Ali"),
        Relationship(id="r-2", related_customer_id="c-7", relation_type="CHILD", related_customer_name="Efe")]
    memory.health_api.infos["c-9"] = HealthInfo(height=181, weight=84)
    open_for(qtbot, page)
    form = page.form
    assert (form.height_edit.text(), form.weight_edit.text()) == ("168", "61")
    assert form.surgery.answer() is False and form.disease.picked() == ("CANCER",)
    spouse, child = form.relatives
    assert spouse.take.text() == "Ali · Eş" and spouse.height_edit.text() == "181"
    assert not child.height_edit.isEnabled()
    child.take.click()
    qtbot.keyClick(form.weight_edit, Qt.Key.Key_Return)
    assert form.family_errors.message("relative:c-7:height") == "Bu alan zorunlu."
    qtbot.keyClicks(child.height_edit, "120")
    qtbot.keyClicks(child.weight_edit, "24")
    spouse.take.click()
    with qtbot.waitSignal(page.completed, timeout=5_000) as done:
        qtbot.keyClick(form.weight_edit, Qt.Key.Key_Return)
    assert [b.customer_id for b in memory.health_api.saved] == ["c-1", "c-9", "c-7"]
    assert done.args[0]["tss_family"] == ("c-9", "c-7")
    assert done.args[0]["insured_label"].endswith("168 cm, 61 kg · +2 aile bireyi")


def test_the_hospital_network_and_package_chosen_here_go_with_the_sale(qtbot: Any, page: HealthPage) -> None:
    open_for(qtbot, page)
    choice = page.choice
    qtbot.waitUntil(lambda: choice.network.count() > 1)
    assert [choice.network.itemText(i) for i in range(choice.network.count())] == [
        "Şirketin önerdiği ağ", "Dar kapsamlı hastane ağı", "Standart hastane ağı", "Geniş kapsamlı hastane ağı"]
    assert choice.package.itemText(2) == "Yatarak + ayakta tedavi (yılda 4 ayakta)"
    choice.network.setCurrentIndex(3)
    choice.package.setCurrentIndex(2)
    fill(qtbot, page)
    page.form.surgery.no.click()
    page.form.disease.no.click()
    with qtbot.waitSignal(page.completed, timeout=5_000) as done:
        qtbot.keyClick(page.form.weight_edit, Qt.Key.Key_Return)
    assert done.args[0]["tss_network"] == "GENIS_KAPSAM"
    assert done.args[0]["tss_package"] == {"tedaviSekli": "YATARAK_AYAKTA", "ayaktaYillikTedaviSayisi": 4}


def test_a_family_member_is_linked_by_identity_number_and_nothing_typed_is_lost(
        qtbot: Any, page: HealthPage, memory: FakeHealthClient) -> None:
    from wizard_steps import tckn

    child = tckn("246813579")
    memory.health_api.names[child] = "Ela Yılmaz"
    open_for(qtbot, page)
    fill(qtbot, page, "165", "58")
    form = page.form
    form.relative_identity.setFocus()
    qtbot.keyClicks(form.relative_identity, "12345678901")
    qtbot.keyClick(form.relative_identity, Qt.Key.Key_Return)  # Enter here links, it does not save the form
    assert form.errors.message("relative_identity") == (
        "TC kimlik numarası geçersiz (11 hane, kontrol basamakları tutmuyor).")
    form.relative_identity.clear()
    qtbot.keyClicks(form.relative_identity, tckn("135792468"))
    qtbot.keyClick(form.relative_identity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.errors.message("relative_identity") != "" and form.isEnabled())
    assert form.errors.message("relative_identity") == (
        "Bu kimlik numarasıyla kayıtlı müşteri yok; aile bireyini önce müşteri olarak kaydedin.")
    form.relative_identity.clear()
    form.relative_relation.setCurrentIndex(form.relative_relation.findData("CHILD"))
    qtbot.keyClicks(form.relative_identity, child)
    form.add_relative_button.click()
    qtbot.waitUntil(lambda: len(form.relatives) == 1)
    row = form.relatives[0]
    assert row.take.text() == "Ela Yılmaz · Çocuk" and row.take.isChecked() and row.height_edit.isEnabled()
    assert (form.height_edit.text(), form.weight_edit.text()) == ("165", "58") and memory.health_api.saved == []
    assert form.relative_identity.text() == ""


def test_a_customer_still_in_the_outbox_waits_for_the_line(qtbot: Any, page: HealthPage,
                                                             memory: FakeHealthClient) -> None:
    from insurup_desk.services.offline_sale import DRAFT_PREFIX

    page.enter(SaleData(customer_id=DRAFT_PREFIX + "c-1", customer_label="Ayşe Yılmaz"))
    assert page.note.isVisible() and "bağlantıyı bekleyin" in page.note.text()
    fill(qtbot, page)
    page.form.surgery.no.click()
    page.form.disease.no.click()
    qtbot.keyClick(page.form.weight_edit, Qt.Key.Key_Return)
    assert page.loaded_for is None and memory.health_api.saved == []


def test_tab_goes_from_the_weight_to_the_coverage_choice_beside_it(qtbot: Any, page: HealthPage) -> None:
    open_for(qtbot, page)
    qtbot.waitUntil(page.choice.network.isEnabled)  # enabled once the insurers' options are in
    page.form.weight_edit.setFocus()
    qtbot.keyClick(page.form.weight_edit, Qt.Key.Key_Tab)
    assert page.choice.network.hasFocus()
    qtbot.keyClick(page.choice.network, Qt.Key.Key_Tab)
    assert page.choice.package.hasFocus()
