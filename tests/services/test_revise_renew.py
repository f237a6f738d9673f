"""Revise and renew without widgets, against the sandbox: the ids a sale follows, what the quote board shows,
the renewal sale's starting point, the renewal-period rule and which policy renewed which."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Mapping
from decimal import Decimal
from typing import Any

import httpx
import pytest
import pytest_asyncio

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.api.models import Proposal
from insurup_desk.sandbox import Sandbox
from insurup_desk.sandbox.renewals import RENEWAL_PERIOD_DAYS
from insurup_desk.services.purchase_journal import open_journal
from insurup_desk.services.renewal_sale import percent_change, renewal_sale
from insurup_desk.services.renewals import OutsideRenewalPeriod, renewal_target, renewed_by
from insurup_desk.services.revise import Reviser, revised_coverage
from insurup_desk.services.sale import Sale, SaleTools
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import QUOTES

pytestmark = pytest.mark.asyncio
AYSE = "11111111110"


@pytest_asyncio.fixture
async def tools(sandbox_app: Any) -> AsyncIterator[SaleTools]:
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=sandbox_app))
    await client.auth.login("gise@demo.acente", "Demo1234!")
    journal = open_journal(None)
    yield SaleTools(SaleService(client), journal)
    journal.close()
    await client.aclose()


async def _kasko_sale(tools: SaleTools, group_name: str) -> Sale:
    customer = await tools.service.customer(AYSE)
    sale = Sale.new(tools, customer)
    vehicles = await tools.service.vehicles(customer.id)
    sale.flow.advance(vehicle_id=vehicles[0].id, vehicle_label="34 ABC 123")
    group = next(g for g in await tools.service.coverage_groups("KASKO") if g.name == group_name)
    await sale.ask_for_quotes("KASKO", group.id, None)
    return sale


async def _settled(tools: SaleTools, sandbox: Sandbox, proposal_id: str) -> Proposal:
    sandbox.clock.advance(5)
    return await tools.service.proposal(proposal_id)


async def test_whole_revise_follows_the_returned_id_on_a_board_of_its_own(tools: SaleTools, sandbox: Sandbox) -> None:
    sale = await _kasko_sale(tools, "Dar Kasko")
    old_id = sale.data.proposal_id
    assert old_id is not None
    old_board = sale.offers.board
    old_board.apply(await _settled(tools, sandbox, old_id))
    wide = next(g for g in await tools.service.coverage_groups("KASKO") if g.name == "Geniş Kasko")

    sandbox.clock.freeze()  # the revised proposal's insurers answer only when the test says so
    new_id = await Reviser(sale).revise_proposal([wide.id])

    assert new_id != old_id and sale.data.proposal_id == new_id and sale.data.coverage_group_id == wide.id
    assert sale.flow.current == QUOTES and sale.data.proposal_product_id is None
    board = sale.offers.restart()
    board.apply(await tools.service.proposal(new_id))
    assert all(r.status == "waiting" and r.revising for r in board.rows), "re-pricing first"
    assert board.best_row is None
    sandbox.clock.unfreeze()
    board.apply(await _settled(tools, sandbox, new_id))
    new_product_ids = {p.id for p in (await tools.service.proposal(new_id)).products}
    assert {r.id for r in board.rows} == new_product_ids
    assert not {r.id for r in board.rows} & {r.id for r in old_board.rows}, "old and new proposals never mix"
    priced = [r for r in board.rows if r.status == "priced"]
    assert priced and all(r.revised and not r.revising for r in priced)
    assert board.best_row is not None and board.best_row.payable


async def test_product_revise_reprices_one_offer_and_enter_buys_the_best_shown(tools: SaleTools,
                                                                               sandbox: Sandbox) -> None:
    sale = await _kasko_sale(tools, "Standart Kasko")
    pid = sale.data.proposal_id
    assert pid is not None
    board = sale.offers.board
    before = await _settled(tools, sandbox, pid)
    board.apply(before)
    best = board.best_row
    assert best is not None and best.gross is not None
    best_gross = best.gross
    reviser = Reviser(sale)
    choices = await reviser.product_choices(best.id)
    keys = {f.key for f in choices.fields}
    assert {"immLimitiAyrimsiz", "onarimServisTuru", "kiralikArac", "muafiyetOrani"} <= keys
    service_field = next(f for f in choices.fields if f.key == "onarimServisTuru")
    assert service_field.current is not None, "the offer's coverage now is preselected"
    coverage = revised_coverage(choices.coverage, {"onarimServisTuru": "YETKILI_SERVIS",
                                                   "ferdiKazaBundle": [{"$type": "DECIMAL", "value": 100_000}] * 2
                                                   + [{"$type": "DECIMAL", "value": 10_000}]})
    assert list(coverage)[:2] == ["$type", "productBranch"] and coverage["ferdiKazaVefat"]["value"] == 100_000
    assert coverage["hirsizlik"] == choices.coverage["hirsizlik"], "the rest of the coverage is kept"

    sandbox.clock.freeze()
    await reviser.revise_product(best.id, coverage)
    board.mark_revising(best.id)
    row = board.row(best.id)
    assert row is not None and row.revising and not row.payable
    assert board.best_row is not None and board.best_row.id != best.id, "Enter buys the best offer shown"
    board.apply(before)  # an answer read before the revise reached the server changes nothing
    assert row is board.row(best.id) and row.revising
    board.apply(await tools.service.proposal(pid))
    still = board.row(best.id)
    assert still is not None and still.status == "waiting" and still.revising
    sandbox.clock.unfreeze()
    board.apply(await _settled(tools, sandbox, pid))
    after = board.row(best.id)
    assert after is not None and after.status == "priced" and after.revised and not after.revising
    assert after.gross is not None and after.gross > best_gross
    assert sum(r.revised for r in board.rows) == 1


def _due_nodes(sandbox: Sandbox, low: int, high: int) -> list[Mapping[str, Any]]:
    today = sandbox.config.reference_day()
    agent = next(u.agent_id for u in sandbox.users.values() if u.email == "gise@demo.acente")
    return [p.node for p in sandbox.policies.values() if p.agent_id == agent and p.node["state"] == "ACTIVE"
            and p.node["productBranch"] in ("KASKO", "TRAFIK") and p.node.get("vehicleId")
            and low <= (dt.date.fromisoformat(p.node["endDate"]) - today).days <= high]


async def test_renewal_sale_starts_priced_and_the_new_policy_renews_the_old(tools: SaleTools,
                                                                            sandbox: Sandbox) -> None:
    today = sandbox.config.reference_day()
    node = _due_nodes(sandbox, 1, RENEWAL_PERIOD_DAYS)[0]
    target = renewal_target(dict(node))
    assert target is not None and target.gross_premium == Decimal(str(node["grossPremium"]))

    sale = await renewal_sale(tools, target, today)

    data = sale.data
    assert sale.flow.current == QUOTES
    assert (data.customer_id, data.vehicle_id, data.branch) == (
        node["insuredCustomerId"], node["vehicleId"], node["productBranch"])
    assert data.policy_start_date == node["endDate"], "the new year starts when the old one ends"
    assert data.renewal_of == node["id"] and data.renewal_premium == str(target.gross_premium)
    assert node["insuranceCompanyName"] in data.renewal_label and data.vehicle_label
    assert (data.coverage_group_id is not None) == (data.branch == "KASKO")
    pid = await sale.ask_for_quotes(data.branch, data.coverage_group_id, data.policy_start_date)
    proposal = await _settled(tools, sandbox, pid)
    product = next(p for p in proposal.products if p.state == "ACTIVE" and "SYNC_OPEN_ACCOUNT" in
                   p.supported_payment_options and p.product_type == "WEB_SERVICE")
    gross = product.premium(1)
    assert gross is not None and gross.gross_premium is not None
    change = percent_change(gross.gross_premium, target.gross_premium)
    assert change is not None and target.gross_premium is not None
    assert change == (gross.gross_premium - target.gross_premium) / target.gross_premium * 100

    rows = [dict(node)]
    assert await renewed_by(tools.service.client.graphql, rows) == {}
    result = await tools.service.client.purchases.pay_open_account(pid, product.id, 1)
    found = await renewed_by(tools.service.client.graphql, rows)
    assert found[node["id"]].policy_id == result.policy_id
    new_policy = await tools.service.policy(result.policy_id)
    assert new_policy.start_date == dt.date.fromisoformat(node["endDate"])

    fresh = Sale.new(tools)
    assert (fresh.data.renewal_of, fresh.data.renewal_premium, fresh.data.proposal_id) == (None, None, None)


async def test_outside_the_renewal_period_is_a_typed_refusal_the_operator_may_override(
        tools: SaleTools, sandbox: Sandbox) -> None:
    today = sandbox.config.reference_day()
    soon = {(n["vehicleId"], n["productBranch"]) for n in _due_nodes(sandbox, 0, RENEWAL_PERIOD_DAYS)}
    node = next(n for n in _due_nodes(sandbox, RENEWAL_PERIOD_DAYS + 1, 50)
                if (n["vehicleId"], n["productBranch"]) not in soon)
    target = renewal_target(dict(node))
    assert target is not None
    sale = await renewal_sale(tools, target, today)
    data = sale.data
    with pytest.raises(OutsideRenewalPeriod) as refused:
        await sale.ask_for_quotes(data.branch, data.coverage_group_id, data.policy_start_date)
    assert "Yenileme Dönemi Dışında" in refused.value.detail and sale.data.proposal_id is None
    sale.flow.update(bypass_renewal_period=True)  # the operator accepted the warning
    pid = await sale.ask_for_quotes(data.branch, data.coverage_group_id, data.policy_start_date)
    assert sale.data.proposal_id == pid and sale.data.bypass_renewal_period
    # The operator's decision belongs to this vehicle: another vehicle asks afresh.
    sale.flow.update(vehicle_id="another")
    assert not sale.data.bypass_renewal_period and sale.data.renewal_of is None


async def test_a_revised_event_re_prices_the_row_until_its_new_price_arrives() -> None:
    from insurup_desk.api.models.hub_events import HubEvent, HubEventKind, ProductEventData
    from insurup_desk.services.live_quotes import apply_event
    from insurup_desk.services.quote_board import QuoteBoard

    def event(kind: HubEventKind, **fields: Any) -> HubEvent:
        data = {"proposalId": "p1", "proposalProductId": "a", "insuranceCompanyName": "Sigorta A",
                "supportedPaymentOptions": ["SYNC_CREDIT_CARD"]} | fields
        return HubEvent(kind, ProductEventData.model_validate(data))

    priced = Proposal.model_validate({"proposalId": "p1", "products": [
        {"id": "a", "state": "ACTIVE", "productType": "WEB_SERVICE", "supportedPaymentOptions": ["SYNC_CREDIT_CARD"],
         "premiums": [{"installmentNumber": 1, "grossPremium": "100", "currency": "TURKISH_LIRA"}]}]})
    board = QuoteBoard()
    board.apply(priced)
    revising = apply_event(priced, event(HubEventKind.REVISED))
    assert revising.products[0].revised and revising.products[0].state == "WAITING"
    board.apply(revising)
    row = board.row("a")
    assert row is not None and row.revising and row.status == "waiting" and board.best_row is None
    board.apply(apply_event(revising, event(HubEventKind.PRICED, premiums=[
        {"installmentNumber": 1, "insurancePremiumReference": "r", "grossPremium": "120", "netPremium": "120",
         "currency": "TURKISH_LIRA"}])))
    row = board.row("a")
    assert row is not None and row.revised and not row.revising and row.gross == Decimal("120")
    assert board.best_row is row
