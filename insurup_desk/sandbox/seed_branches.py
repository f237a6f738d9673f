"""Seeded DASK, Konut, TSS and İMM policies and proposals, consistent with the seeded customers, properties,
health info and vehicles. They are a tenth of the seed's policies (at most 3,000) and proposals (at most 300),
built as full node dicts after the motor seed, so the million-policy seed stays as fast as it was."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from .branch_policies import DASK_NUMBER_BASE, property_columns
from .branch_pricing import (
    TSS_MAX_ENTRY_AGE,
    build_branch_products,
    dask_premium,
    imm_premium,
    konut_premium,
    premiums,
    tss_premium,
)
from .branch_products import offers
from .branch_proposals import age_on, branch_snapshot, property_inputs
from .catalog import BY_ID
from .nodes import user_ref
from .policy_build import make_policy, policy_core
from .records import CustomerRec, PolicyRec, ProductRec, PropertyRec, ProposalRec, User, VehicleRec
from .seasons import seasonal_age
from .seed_assets import AYSE_DASK_OLD_POLICY, register_dask
from .state import Sandbox

# (customer, property, vehicle, pricing inputs) of one seeded record
Subject = tuple[CustomerRec, dict[str, Any] | None, dict[str, Any] | None, dict[str, Any]]
BRANCH_WEIGHTS = (("DASK", 0.4), ("KONUT", 0.25), ("TSS", 0.2), ("IMM", 0.15))
_DEFAULT_ITEMS = {"furniturePrice": 60_000.0, "electronicDevicePrice": 25_000.0, "insulationPrice": 2_000.0,
                  "windowPrice": 5_000.0}


def branch_share(total: int, cap: int, floor: int) -> int:
    """How many of ``total`` seeded records belong to the four branches."""
    if total < 2 * floor:
        return 0
    return min(max(total // 10, floor), cap)


class BranchSeeder:
    def __init__(self, sb: Sandbox, agent_id: str, user: User, props: list[PropertyRec]) -> None:
        self.sb = sb
        self.agent = sb.agents[agent_id]
        self.user = user
        self.rng = random.Random(f"seed-branches:{sb.config.seed}")
        self.today = sb.config.reference_day()
        self.now = dt.datetime.combine(self.today, dt.time(9, 0), tzinfo=dt.UTC)
        # Ayşe Yılmaz's documented flat keeps its documented old DASK policy (seed_assets.py).
        self.props = [p for p in props if p.data["damageStatus"] != "SEVERELY_DAMAGED"
                      and (p.data.get("daskOldPolicy") or {}).get("number") != AYSE_DASK_OLD_POLICY]
        mine = [c for c in sb.customers.values() if c.agent_id == agent_id]
        self.people = [c for c in mine if c.data["type"] == "INDIVIDUAL" and c.id in sb.health_info
                       and 20 <= (age_on(c.data.get("birthDate"), self.today) or 0) <= TSS_MAX_ENTRY_AGE]
        self.vehicles: list[VehicleRec] = [v for v in sb.vehicles.values() if v.agent_id == agent_id]

    def branch(self) -> str:
        roll, acc = self.rng.random(), 0.0
        for name, weight in BRANCH_WEIGHTS:
            acc += weight
            if roll < acc and self._has(name):
                return name
        return next(name for name, _w in BRANCH_WEIGHTS if self._has(name))

    def _has(self, branch: str) -> bool:
        if branch in ("DASK", "KONUT"):
            return bool(self.props)
        return bool(self.people) if branch == "TSS" else bool(self.vehicles)

    def subject(self, branch: str) -> Subject:
        """(customer, property, vehicle, pricing inputs) of one seeded record."""
        rng = self.rng
        if branch in ("DASK", "KONUT"):
            prop = rng.choice(self.props)
            cust = self.sb.customers[prop.customer_id]
            inputs: dict[str, Any] = {"property": property_inputs(prop.data)}
            if branch == "KONUT":
                scale = rng.choice((0.5, 1.0, 1.0, 2.0, 3.0))
                inputs.update(items={k: v * scale for k, v in _DEFAULT_ITEMS.items()},
                              constructionCostPerSquareMeter=None, earthquake=rng.random() < 0.4, vacancy=False,
                              inflation=rng.choice((0, 20, 40, 60)),
                              scope="SADECE_ESYA" if prop.data["ownershipType"] == "TENANT" else "KONUT_VE_ESYA")
            return cust, prop.data, None, inputs
        if branch == "TSS":
            cust = rng.choice(self.people)
            info = self.sb.health_info[cust.id]
            person = {"customerId": cust.id, "name": cust.data.get("fullName"), "relation": "SELF",
                      "age": age_on(cust.data.get("birthDate"), self.today) or 30, "height": info["height"],
                      "weight": info["weight"], "surgeries": list(info["surgeries"]),
                      "diseases": list(info["diseases"])}
            package = rng.choice(({"tedaviSekli": "YATARAK"},
                                  {"tedaviSekli": "YATARAK_AYAKTA", "ayaktaYillikTedaviSayisi": 4}))
            return cust, None, None, {"people": [person], "network": "STANDART_KAPSAM", "package": package,
                                      "additionalInsuredCustomers": []}
        veh = rng.choice(self.vehicles)
        return self.sb.customers[veh.customer_id], None, veh.data, {
            "vehicle": {k: veh.data.get(k) for k in ("id", "plate", "utilizationStyle")},
            "limit": float(rng.choice((1_000_000, 2_000_000, 5_000_000))), "rental": {"$type": "NONE"},
            "cargo": "YOK", "assistance": rng.random() < 0.5}

    def gross(self, branch: str, inputs: dict[str, Any], insurer: Any) -> float:
        if branch == "DASK":
            p = inputs["property"]
            return dask_premium(float(p["squareMeter"] or 100), str(p["structure"]), int(p["city"]))
        if branch == "KONUT":
            return konut_premium(inputs, insurer, self.rng)
        if branch == "TSS":
            return tss_premium(inputs, insurer, self.rng)
        return imm_premium(inputs, insurer, self.rng)

    def policies(self, count: int, sold: list[tuple[ProposalRec, Subject]]) -> None:
        """``count`` policies: the first sold this morning, then one for every other seeded proposal (bought
        a few days after it was made, newest first), the rest at random through the last two years."""
        rng = self.rng
        season = seasonal_age(self.today, 730)
        newest: dict[str, tuple[str, int, str]] = {}  # property id -> (start, DASK number, end)
        newest_first = sorted(sold, key=lambda pair: pair[0].created_at, reverse=True)
        converted = [pair for pair in newest_first[::2] if self._buyable(pair[0]) is not None]
        for i in range(count):
            if i == 0:
                branch = self.branch()
                self.issue(branch, self.subject(branch), self.now - dt.timedelta(minutes=rng.randint(5, 120)),
                           None, newest)
            elif i <= len(converted):
                proposal, subject = converted[i - 1]
                made = dt.datetime.fromisoformat(proposal.created_at.replace("Z", "+00:00"))
                bought = min(made + dt.timedelta(hours=rng.randint(1, 72)), self.now)
                self.issue(proposal.branch, subject, bought, proposal, newest)
            else:
                branch = self.branch()
                created = self.now - dt.timedelta(days=season(rng.randrange(730)), seconds=rng.randrange(86400))
                self.issue(branch, self.subject(branch), created, None, newest)
        for prop_id, (_start, dask_number, end_s) in newest.items():
            # The property remembers its last DASK policy: next year's renewal starts from it (addendum §J).
            self.sb.properties[prop_id].data["daskOldPolicy"] = {"number": dask_number, "endDate": end_s}

    def _buyable(self, p: ProposalRec) -> ProductRec | None:
        return next((x for x in p.products if x.outcome == "ACTIVE" and x.product_type == "WEB_SERVICE"), None)

    def issue(self, branch: str, subject: Subject, created: dt.datetime, proposal: ProposalRec | None,
              newest: dict[str, tuple[str, int, str]]) -> None:
        sb, rng = self.sb, self.rng
        cust, prop, vehicle, inputs = subject
        product = self._buyable(proposal) if proposal is not None else None
        if product is not None:
            insurer = BY_ID[product.insurer_id]
            premium = product.premiums[0]
        else:
            insurer = rng.choice([i for i, kind in offers(branch) if kind == "WEB_SERVICE"])
            premium = premiums(branch, self.gross(branch, inputs, insurer), rng)[0]
        start = created.date()
        end = start + dt.timedelta(days=365)
        cancelled = proposal is None and rng.random() < 0.04
        state = "CANCELLED" if cancelled else ("END_OF_LIFE" if end < self.today else "ACTIVE")
        number = sb.next_policy_number(start.year)
        core = policy_core(
            state=state, branch=branch, channel=proposal.channel if proposal else rng.choice(("MANUAL", "CALL_CENTER")),
            insurer_customer_id=cust.id, insured_customer_id=cust.id, installment=1,
            payment_type="SYNC_CREDIT_CARD" if rng.random() < 0.85 else "SYNC_OPEN_ACCOUNT", premium=premium,
            policy_number=number, created_at=created.strftime("%Y-%m-%dT%H:%M:%SZ"), start=start.isoformat(),
            end=end.isoformat(), insurer_id=insurer.id)
        core.update(property_columns(prop))
        if branch == "DASK" and prop is not None:
            dask_number = DASK_NUMBER_BASE + sb.policy_seq
            core["daskPolicyNumber"] = str(dask_number)
            register_dask(sb, dask_number, prop, end.isoformat())
            if not cancelled and newest.get(prop["id"], ("",))[0] < start.isoformat():
                newest[prop["id"]] = (start.isoformat(), dask_number, end.isoformat())
        snapshot = proposal.snapshot if proposal is not None else branch_snapshot(
            branch, cust.data, cust.data, prop=prop, vehicle=vehicle, people=inputs.get("people"))
        policy_id = sb.ids.object_id()
        extra: dict[str, Any] = {"snapshot": snapshot, "coverage": product.coverage if product else None}
        if proposal is not None and product is not None:
            extra.update(proposalId=proposal.id, proposalProductId=product.id)
            product.override = "PURCHASED"
            product.policy_id = policy_id
            sb.refresh_proposal_node(proposal.id)
        rec = make_policy(policy_id=policy_id, agent=self.agent, branch_id=cust.data.get("agentBranchId"),
                          created_by=user_ref(self.user), insurer=cust.data, insured=cust.data, vehicle=vehicle,
                          core=core, extra=extra)
        self.add_policy(rec)

    def add_policy(self, rec: PolicyRec) -> None:
        sb = self.sb
        sb.policies[rec.id] = rec
        sb.counts["policies"][str(rec.node["insuredCustomerId"])] += 1
        sb.put_node("policies", rec.agent_id, rec.node)

    def proposals(self, count: int) -> list[tuple[ProposalRec, Subject]]:
        sb, rng = self.sb, self.rng
        season = seasonal_age(self.today, 721)
        made: list[tuple[ProposalRec, Subject]] = []
        for _ in range(count):
            branch = self.branch()
            subject = self.subject(branch)
            cust, prop, vehicle, inputs = subject
            pid = sb.ids.object_id()
            created = self.now - dt.timedelta(days=season(rng.randint(0, 720)), minutes=rng.randint(0, 1440))
            start = created.date()
            products = build_branch_products(config=sb.config, ids=sb.ids, proposal_id=pid, branch=branch,
                                             inputs=inputs, group=None, now=-1e9)
            proposal = ProposalRec(
                id=pid, agent_id=self.agent.id, branch=branch, channel=rng.choice(("MANUAL", "CALL_CENTER")),
                created_at=created.strftime("%Y-%m-%dT%H:%M:%SZ"), insurer_customer_id=cust.id,
                insured_customer_id=cust.id, vehicle_id=vehicle["id"] if vehicle else None,
                agent_branch_id=cust.data.get("agentBranchId"), created_by=self.user.ref(),
                policy_start=start.isoformat(), policy_end=(start + dt.timedelta(days=365)).isoformat(),
                coverage_group_ids=[], initial_coverage=None,
                snapshot=branch_snapshot(branch, cust.data, cust.data, prop=prop, vehicle=vehicle,
                                         people=inputs.get("people")),
                products=products, property_id=prop["id"] if prop else None, inputs=inputs,
            )
            sb.add_proposal(proposal)
            made.append((proposal, subject))
        return made


def seed_branches(sb: Sandbox, agent_id: str, user: User, props: list[PropertyRec], policies: int,
                  proposals: int) -> None:
    seeder = BranchSeeder(sb, agent_id, user, props)
    made = seeder.proposals(proposals)
    seeder.policies(policies, made)
