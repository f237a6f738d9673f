"""The TSS health entry and the TSS/İMM options without Qt, over in-memory resources."""

from __future__ import annotations

import pytest
from health_fakes import FakeHealth, FakeHealthClient, relation

from insurup_desk.api.models.health import HealthInfo
from insurup_desk.services.health_coverage import package_from_wire, tss_coverage
from insurup_desk.services.health_form import (
    HealthDraft,
    HealthEntry,
    RelativeDraft,
    draft_from,
    problems,
    server_field,
)
from insurup_desk.services.health_sale import HealthEntryInvalid, HealthService
from insurup_desk.services.imm_coverage import imm_coverage
from insurup_desk.services.sale_proposals import proposal_body
from insurup_desk.services.sales_flow import SaleData

ANSWERED = HealthDraft(height="172", weight="68", had_surgery=False, has_disease=False)


def entry(draft: HealthDraft = ANSWERED, *family: RelativeDraft) -> HealthEntry:
    return HealthEntry("c-1", draft, tuple(family))


@pytest.mark.parametrize(("height", "weight", "expected"), [
    ("", "68", {"height": "required"}),
    ("1,72", "68", {"height": "height_in_metres"}),
    ("172.5", "68", {"height": "height_not_whole"}),
    ("290", "68", {"height": "height_range"}),
    ("172", "1", {"weight": "weight_range"}),
    ("172", "68 kg", {}),
    ("172 cm", "", {"weight": "required"}),
    ("180", "6", {"weight": "height_weight_mismatch"}),
    ("52", "4", {}),  # a newborn
])
def test_height_and_weight_must_be_plausible(height: str, weight: str, expected: dict[str, str]) -> None:
    draft = HealthDraft(height=height, weight=weight, had_surgery=False, has_disease=False)
    assert problems(entry(draft)) == expected


def test_every_health_question_needs_an_answer_and_a_yes_needs_which() -> None:
    unanswered = HealthDraft(height="172", weight="68")
    assert problems(entry(unanswered)) == {"surgeries": "answer_required", "diseases": "answer_required"}
    yes_but_none = HealthDraft(height="172", weight="68", had_surgery=True, has_disease=True, diseases=("CANCER",))
    assert problems(entry(yes_but_none)) == {"surgeries": "pick_one"}


def test_family_members_need_their_own_height_and_weight_and_at_most_four_come_along() -> None:
    spouse = RelativeDraft("c-9", "Ali", "SPOUSE", height="", weight="80")
    assert problems(entry(ANSWERED, spouse)) == {"relative:c-9:height": "required"}
    many = [RelativeDraft(f"c-{n}", "Çocuk", "CHILD", "120", "25") for n in range(10, 15)]
    assert problems(entry(ANSWERED, *many))["family"] == "family_too_many"
    assert problems(entry(ANSWERED, RelativeDraft("c-1", "Kendisi", "SPOUSE", "170", "60")))["family"] == (
        "family_duplicate")


def test_stored_health_info_prefills_the_form_and_a_first_visit_leaves_questions_open() -> None:
    assert draft_from(None) == HealthDraft()
    stored = draft_from(HealthInfo(height=165, weight=59, surgeries=["HEART_SURGERY"], diseases=[]))
    assert stored == HealthDraft("165", "59", True, ("HEART_SURGERY",), False, ())
    assert server_field("HealthInfo.Height") == "height"


@pytest.mark.asyncio
async def test_saving_sends_the_insured_person_first_then_each_family_member() -> None:
    client = FakeHealthClient()
    client.health_api.infos["c-9"] = HealthInfo(height=181, weight=85, diseases=["CANCER"])
    service = HealthService(client)
    draft = HealthDraft("172", "68", True, ("BRAIN_SURGERY",), False, ("CANCER",))
    spouse = RelativeDraft("c-9", "Ali", "SPOUSE", "181", "84", diseases=("CANCER",))
    saved = await service.save(entry(draft, spouse))
    assert saved.family == ("c-9",) and (saved.info.height, saved.info.weight) == (172, 68)
    first, second = client.health_api.saved
    # A "no" answer sends no diseases even if boxes were ticked before it was changed.
    assert (first.customer_id, first.surgeries, first.diseases) == ("c-1", ["BRAIN_SURGERY"], [])
    assert (second.customer_id, second.weight, second.diseases) == ("c-9", 84, ["CANCER"])


@pytest.mark.asyncio
async def test_an_invalid_entry_never_reaches_the_server() -> None:
    client = FakeHealthClient()
    with pytest.raises(HealthEntryInvalid) as caught:
        await HealthService(client).save(entry(HealthDraft(height="172")))
    assert caught.value.problems["weight"] == "required" and client.health_api.saved == []


@pytest.mark.asyncio
async def test_loading_brings_the_relatives_with_their_health_info() -> None:
    health = FakeHealth(infos={"c-1": HealthInfo(height=170, weight=70), "c-9": HealthInfo(height=160, weight=55)},
                        relations={"c-1": [relation("c-1", "c-9", "SPOUSE", "Ali"),
                                           relation("c-1", "c-7", "CHILD", "Efe")]})
    loaded = await HealthService(FakeHealthClient(health)).load("c-1")
    assert loaded.info is not None and loaded.info.height == 170
    assert loaded.relatives is not None
    assert [(r.name, r.relation, r.health is not None) for r in loaded.relatives] == [
        ("Ali", "SPOUSE", True), ("Efe", "CHILD", False)]
    no_routes = await HealthService(FakeHealthClient(FakeHealth(relationship_routes=False))).load("c-1")
    assert no_routes.info is None and no_routes.relatives is None


@pytest.mark.asyncio
async def test_tss_options_are_the_union_of_every_product_read_once() -> None:
    client = FakeHealthClient()
    service = HealthService(client)
    options = await service.tss_options()
    assert options.networks == ("DAR_KAPSAM", "STANDART_KAPSAM", "GENIS_KAPSAM")
    assert [(p.tedavi_sekli, p.ayakta_yillik_tedavi_sayisi) for p in options.packages] == [
        ("YATARAK", None), ("YATARAK_AYAKTA", 4)]
    await service.tss_options()
    assert client.health_api.choice_reads == 1
    coverage = tss_coverage("GENIS_KAPSAM", options.packages[1])
    assert coverage == {"$type": "tss", "productBranch": "TSS", "hastaneAgi": "GENIS_KAPSAM",
                        "saglikPaketi": {"tedaviSekli": "YATARAK_AYAKTA", "ayaktaYillikTedaviSayisi": 4}}
    assert tss_coverage(None, None) is None
    assert package_from_wire(coverage["saglikPaketi"]) == options.packages[1]


@pytest.mark.asyncio
async def test_imm_options_order_limits_and_drop_the_undefined() -> None:
    options = await HealthService(FakeHealthClient()).imm_options()
    assert options.limits == ({"$type": "DECIMAL", "value": 1_000_000}, {"$type": "DECIMAL", "value": 5_000_000},
                              {"$type": "LIMITLESS"})
    assert options.loads == ("YOK", "AKARYAKIT") and len(options.rental_cars) == 2
    assert imm_coverage(limit=options.limits[1], load="YOK") == {
        "$type": "imm", "productBranch": "IMM", "immLimitiAyrimsiz": {"$type": "DECIMAL", "value": 5_000_000},
        "tasinanYuk": "YOK"}
    assert imm_coverage() is None


def test_proposal_bodies_of_both_branches_carry_their_choices() -> None:
    package = {"tedaviSekli": "YATARAK_AYAKTA", "ayaktaYillikTedaviSayisi": 4}
    tss = proposal_body(SaleData(customer_id="c-1", branch="TSS", insured_customer_id="c-1", tss_family=("c-9",),
                                 tss_network="GENIS_KAPSAM", tss_package=package,
                                 policy_start_date="2026-12-10"), "CALL_CENTER", None).to_wire()
    assert tss["$type"] == "tss" and tss["productBranch"] == "TSS" and tss["insuredCustomerId"] == "c-1"
    assert tss["additionalInsuredCustomers"] == ["c-9"] and tss["policyStartDate"] == "2026-12-10"
    assert tss["coverage"] == {"$type": "tss", "productBranch": "TSS", "hastaneAgi": "GENIS_KAPSAM",
                               "saglikPaketi": package}
    alone = proposal_body(SaleData(customer_id="c-1", branch="TSS", insured_customer_id="c-1"), "MANUAL",
                          None).to_wire()
    assert "additionalInsuredCustomers" not in alone and "coverage" not in alone and "vehicleId" not in alone
    imm = proposal_body(SaleData(customer_id="c-1", branch="IMM", vehicle_id="v-1", imm_load="YOK",
                                 imm_limit={"$type": "LIMITLESS"}), "MANUAL", None).to_wire()
    assert (imm["$type"], imm["productBranch"], imm["vehicleId"]) == ("imm", "IMM", "v-1")
    assert imm["coverage"] == {"$type": "imm", "productBranch": "IMM", "immLimitiAyrimsiz": {"$type": "LIMITLESS"},
                               "tasinanYuk": "YOK"}


def test_a_saved_sale_keeps_its_family_members_through_json() -> None:
    import json

    data = SaleData(customer_id="c-1", branch="TSS", tss_family=("c-9", "c-7"))
    back = SaleData.from_dict(json.loads(json.dumps(data.to_dict())))
    assert back == data and back.tss_family == ("c-9", "c-7")
