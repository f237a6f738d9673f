"""Deterministic seed data: the demo agency, its users, customers, vehicles, proposals, policies, cases."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from .catalog import INSURERS
from .coverage import default_groups
from .names import (
    CITIES,
    COMPANY_FORMS,
    COMPANY_STEMS,
    COMPANY_TRADES,
    FEMALE_NAMES,
    MALE_NAMES,
    PLATE_LETTERS,
    SURNAMES,
    email_slug,
)
from .nodes import case_node, party_fields, user_ref, vehicle_fields
from .parameters import ALL_MODELS
from .policy_rows import CONSTANT_COLUMNS, PolicyRow
from .pricing import build_products
from .proposal_views import make_snapshot
from .records import Agent, CustomerRec, PolicyRec, ProposalRec, User, VehicleRec
from .renewals import seed_renewals
from .rules import tckn_tail, vkn_tail
from .seasons import seasonal_age
from .seed_assets import seed_assets
from .seed_branches import branch_share, seed_branches
from .state import Sandbox

DEMO_PASSWORD = "Demo1234!"
DEMO_USERS = (("gise@demo.acente", "Elif Demir", False), ("mudur@demo.acente", "Murat Kaya", True))
OTHER_USER = "diger@ornek.acente"


def _below(rng: random.Random) -> Callable[[int], int]:
    """``rng.randrange(n)`` for ``n > 0``: the same draws (the standard library's rejection loop over
    ``getrandbits``, unchanged in Python 3.11 to 3.13) without its argument checks, for the million-row seed."""
    getrandbits = rng.getrandbits

    def below(n: int) -> int:
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    return below


def _iso(ts: dt.datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


class _Seeder:
    def __init__(self, sb: Sandbox) -> None:
        self.sb = sb
        self.cfg = sb.config
        self.rng = random.Random(f"seed:{sb.config.seed}")
        self.today = sb.config.reference_day()
        self.now = dt.datetime.combine(self.today, dt.time(9, 0), tzinfo=dt.UTC)
        self.numbers: set[str] = set()
        self.plates: set[str] = set()

    # --- agencies and users ---------------------------------------------------------------------

    def agencies(self) -> tuple[Agent, Agent]:
        sb = self.sb
        demo = Agent(sb.ids.guid(), "Demo Sigorta Aracılık Hizmetleri",
                     [{"id": sb.ids.object_id(), "name": "Kadıköy Şubesi"},
                      {"id": sb.ids.object_id(), "name": "Çankaya Şubesi"}])
        other = Agent(sb.ids.guid(), "Örnek Sigorta Acenteliği", [{"id": sb.ids.object_id(), "name": "Merkez"}])
        demo.mask_pii = self.cfg.realistic
        for agent in (demo, other):
            sb.agents[agent.id] = agent
        for email, name, mfa in DEMO_USERS:
            # The branch manager's account leads with the production dashboard.
            user = User(sb.ids.guid(), email, DEMO_PASSWORD, name, demo.id, mfa,
                        role="MANAGER" if email.startswith("mudur@") else "AGENT")
            sb.users[user.id] = user
        other_user = User(sb.ids.guid(), OTHER_USER, DEMO_PASSWORD, "Deniz Aksoy", other.id, False)
        sb.users[other_user.id] = other_user
        created = _iso(self.now - dt.timedelta(days=800))
        for agent in (demo, other):
            owner = next(u for u in sb.users.values() if u.agent_id == agent.id)
            for group in default_groups(agent.id, owner.ref(), [sb.ids.object_id() for _ in range(4)], created):
                sb.coverage_groups[group["id"]] = group
        return demo, other

    # --- people ---------------------------------------------------------------------------------

    def tckn(self) -> str:
        while True:
            first = str(self.rng.randint(1, 9)) + f"{self.rng.randrange(10**8):08d}"
            number = first + tckn_tail(first)
            if number not in self.numbers:
                self.numbers.add(number)
                return number

    def vkn(self) -> str:
        while True:
            first = f"{self.rng.randrange(10**9):09d}"
            number = first + vkn_tail(first)
            if number not in self.numbers:
                self.numbers.add(number)
                return number

    def customer(self, agent: Agent, user: User, kind: str, **fixed: Any) -> CustomerRec:
        rng = self.rng
        code, city, districts = rng.choice(CITIES)
        dref, dname = rng.choice(districts)
        data: dict[str, Any] = {"id": self.sb.ids.guid(), "type": kind}
        if kind == "COMPANY":
            title = fixed.get("title") or (f"{rng.choice(COMPANY_STEMS)} {rng.choice(COMPANY_TRADES)} "
                                           f"{rng.choice(COMPANY_FORMS)}")
            data.update(taxNumber=fixed.get("number") or self.vkn(), title=title)
            slug = email_slug(title.split()[0])
            email = f"info@{slug}.example"
        else:
            gender = fixed.get("gender") or rng.choice(("MALE", "FEMALE"))
            name = fixed.get("name") or (f"{rng.choice(MALE_NAMES if gender == 'MALE' else FEMALE_NAMES)} "
                                         f"{rng.choice(SURNAMES)}")
            number = fixed.get("number") or (self.tckn() if kind == "INDIVIDUAL"
                                             else f"99{rng.randrange(10**9):09d}")
            birth = fixed.get("birth") or (dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 52)))
            data.update(
                identityNumber=number, fullName=name, birthDate=str(birth), gender=gender,
                maritalStatus=rng.choice(("SINGLE", "MARRIED")), nationality="TURK" if kind == "INDIVIDUAL"
                else "OTHER", educationStatus=rng.choice(("HIGH_SCHOOL", "UNIVERSITY", "PRIMARY_SCHOOL")),
                job=rng.choice(("CORPORATE_EMPLOYEE", "TEACHER", "FREELANCER", "RETIRED", "OFFICER", "DOCTOR")),
                passportNumber=number if kind == "FOREIGN" else None,
            )
            email = f"{email_slug(name.replace(' ', '.'))}{rng.randint(1, 99)}@example.com"
        created = self.now - dt.timedelta(days=rng.randint(30, 900), minutes=rng.randint(0, 1440))
        data.update(
            primaryEmail=fixed.get("email", email),
            primaryPhoneNumber={"countryCode": 90, "number": fixed.get("phone") or
                                f"5{rng.choice('0345')}{rng.randint(0, 9)}{rng.randrange(10**7):07d}"},
            city={"value": str(fixed.get("city", code)), "text": fixed.get("city_text", city)},
            district={"value": fixed.get("district", dref), "text": fixed.get("district_text", dname)},
            createdAt=_iso(created), createdBy=user.ref(), representedBy=None, creationChannel="MANUAL",
            agentBranchId=rng.choice(agent.branches)["id"], consents=[
                {"consentType": "KVKK", "isActive": True, "channel": "MANUAL", "createdAt": _iso(created)}],
        )
        rec = CustomerRec(agent.id, data)
        self.sb.customers[rec.id] = rec
        self.sb.identity_index[(agent.id, rec.number)] = rec.id
        return rec

    def vehicle(self, cust: CustomerRec, plate: tuple[int, str] | None = None,
                model_ref: tuple[str, str, Any] | None = None, year: int | None = None) -> VehicleRec:
        rng = self.rng
        if plate is None:
            while True:
                city = int(cust.data["city"]["value"]) if rng.random() < 0.8 else rng.choice(CITIES)[0]
                k = rng.choice((1, 2, 3))
                letters = "".join(rng.choices(PLATE_LETTERS, k=k))
                digits = str(rng.randint(*{1: (1000, 9999), 2: (100, 9999), 3: (10, 999)}[k]))
                if f"{city}{letters}{digits}" not in self.plates:
                    plate = (city, letters + digits)
                    break
        self.plates.add(f"{plate[0]}{plate[1]}")
        brand_code, brand_name, model = model_ref or rng.choice(ALL_MODELS)
        lo, hi = model.first_year, min(model.last_year, self.today.year)
        year = year or rng.randint(max(lo, hi - 12), hi)
        fuel = "ELECTRIC" if brand_name == "Togg" else rng.choice(("GASOLINE", "DIESEL", "LPG_GASOLINE", "HYBRID"))
        vid = self.sb.ids.guid()
        data = {
            "id": vid, "customerId": cust.id, "hasPlate": True, "plate": {"city": plate[0], "code": plate[1]},
            "model": {"brand": {"value": brand_code, "text": brand_name}, "year": year,
                      "type": {"value": f"{brand_code}-{model.code}", "text": model.name}},
            "utilizationStyle": "PRIVATE_CAR",
            "fuel": {"type": fuel, "customLpg": False, "customLpgPrice": None},
            "engineNumber": "".join(rng.choices("0123456789ABCDEF", k=10)),
            "chassisNumber": "NM" + "".join(rng.choices("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", k=15)),
            "registrationDate": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "seatNumber": 5,
            "documentSerial": {"code": "".join(rng.choices("ABCDEFGHKLMNPRS", k=2)),
                               "number": f"{rng.randrange(10**6):06d}"},
            "accessories": [], "kaskoOldPolicy": None, "trafikOldPolicy": None, "lossPayeeClause": None,
        }
        rec = VehicleRec(cust.agent_id, cust.id, data)
        self.sb.vehicles[vid] = rec
        self.sb.counts["vehicles"][cust.id] += 1
        return rec

    def people(self, agent: Agent, user: User, count: int, with_docs: bool) -> list[tuple[CustomerRec, VehicleRec]]:
        pairs: list[tuple[CustomerRec, VehicleRec]] = []
        if with_docs:
            ayse = self.customer(agent, user, "INDIVIDUAL", number="11111111110", name="Ayşe Yılmaz",
                                 birth="1990-01-01", gender="FEMALE", email="ayse@example.com",
                                 phone="5321234567", city=34, city_text="İstanbul", district="1823",
                                 district_text="Kadıköy")
            self.numbers.add("11111111110")
            renault = next(m for m in ALL_MODELS if m[2].code == "512")
            pairs.append((ayse, self.vehicle(ayse, (34, "ABC123"), renault, 2021)))
            company = self.customer(agent, user, "COMPANY", number="6130782524", title="Örnek Lojistik A.Ş.")
            self.numbers.add("6130782524")
            pairs.append((company, self.vehicle(company)))
            count -= 2
        for _ in range(max(count, 0)):
            roll = self.rng.random()
            kind = "COMPANY" if roll < 0.12 else "FOREIGN" if roll < 0.15 else "INDIVIDUAL"
            cust = self.customer(agent, user, kind)
            for _ in range(self.rng.choice((1, 1, 1, 2)) if self.rng.random() < 0.9 else 0):
                pairs.append((cust, self.vehicle(cust)))
        return pairs

    # --- proposals, policies, cases -------------------------------------------------------------

    def proposals(self, agent: Agent, user: User, pairs: list[tuple[CustomerRec, VehicleRec]], count: int) -> None:
        sb = self.sb
        groups = {b: [g for g in sb.coverage_groups.values() if g["agentId"] == agent.id and g["productBranch"] == b]
                  for b in ("KASKO", "TRAFIK")}
        season = seasonal_age(self.today, 721)
        for _ in range(count):
            cust, veh = self.rng.choice(pairs)
            branch = self.rng.choice(("KASKO", "TRAFIK"))
            pid = sb.ids.object_id()
            created = self.now - dt.timedelta(days=season(self.rng.randint(0, 720)), minutes=self.rng.randint(0, 1440))
            products = build_products(config=self.cfg, ids=sb.ids, proposal_id=pid, branch=branch,
                                      vehicle=veh.data, groups=groups[branch][:1], now=-1e9,
                                      year_now=created.year)
            start = created.date()
            sb.add_proposal(ProposalRec(
                id=pid, agent_id=agent.id, branch=branch, channel=self.rng.choice(("MANUAL", "CALL_CENTER")),
                created_at=_iso(created), insurer_customer_id=cust.id, insured_customer_id=cust.id,
                vehicle_id=veh.id, agent_branch_id=cust.data["agentBranchId"], created_by=user.ref(),
                policy_start=start.isoformat(), policy_end=(start + dt.timedelta(days=365)).isoformat(),
                coverage_group_ids=[g["id"] for g in groups[branch][:1]], initial_coverage=None,
                snapshot=make_snapshot(branch, cust.data, cust.data, veh.data), products=products,
            ))

    def policies(self, agent: Agent, user: User, pairs: list[tuple[CustomerRec, VehicleRec]], count: int) -> None:
        sb, rng = self.sb, self.rng
        if not pairs:
            return
        created_by = user_ref(user)
        branch_refs = {b["id"]: {"id": b["id"], "name": b["name"], "parentId": None, "parentName": None}
                       for b in agent.branches}
        # One dict of shared columns per customer-vehicle pair: a seeded row keeps only its own columns.
        shared: dict[tuple[str, str], dict[str, Any]] = {}
        for cust, veh in pairs:
            branch_id = cust.data["agentBranchId"]
            shared[(cust.id, veh.id)] = {
                "insurerCustomerId": cust.id, "insuredCustomerId": cust.id, **CONSTANT_COLUMNS,
                "agentBranchId": branch_id, "agentBranch": branch_refs.get(branch_id), "createdBy": created_by,
                **party_fields("insuredCustomer", cust.data), **party_fields("insurerCustomer", cust.data),
                **vehicle_fields(veh.data),
            }
        pair_shared = [shared[(c.id, v.id)] for c, v in pairs]
        today = self.today
        realistic = self.cfg.realistic
        season = seasonal_age(today, 730)
        now_s = int(self.now.timestamp())
        epoch = dt.date(1970, 1, 1)
        days: dict[int, tuple[str, str, bool]] = {}  # day number -> start, end, ended before today
        companies = {(ins.id, b): (ins.id, ins.name, ins.logo, ins.product_id(b), ins.product_name(b))
                     for ins in INSURERS for b in ("KASKO", "TRAFIK", "FERDI", "ISYERI")}
        randrange, random_, uniform = _below(rng), rng.random, rng.uniform
        installments = (1, 1, 3, 6)
        policies, ids = sb.policies, iter(sb.ids.object_ids(count))
        rows: list[PolicyRow] = []
        by_customer = sb.counts["policies"]
        n_pairs, n_insurers, agent_id = len(pairs), len(INSURERS), agent.id
        for i in range(count):
            k = randrange(n_pairs)
            branch = "KASKO" if random_() < 0.45 else "TRAFIK"
            if realistic and i % 50 in (17, 33):
                branch = "FERDI" if i % 50 == 17 else "ISYERI"  # the docs' spellings, outside the SDK list
            insurer = INSURERS[randrange(n_insurers)]
            age_days = season(randrange(730))
            stamp = now_s - age_days * 86400 - randrange(86400)
            day_no, second = divmod(stamp, 86400)
            day = days.get(day_no)
            if day is None:
                start = epoch + dt.timedelta(days=day_no)
                end = start + dt.timedelta(days=365)
                day = days[day_no] = (start.isoformat(), end.isoformat(), end < today)
            start_s, end_s, ended = day
            created_at = f"{start_s}T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}Z"
            cancelled = random_() < 0.05
            state = "CANCELLED" if cancelled else ("END_OF_LIFE" if ended else "ACTIVE")
            gross = round(uniform(8_000, 25_000) if branch == "TRAFIK" else uniform(20_000, 90_000), 2)
            net = round(gross / 1.05, 2)
            commission = round(net * (0.08 if branch == "TRAFIK" else 0.12), 2)
            installment = installments[randrange(4)]
            payment = "SYNC_CREDIT_CARD" if random_() < 0.85 else "SYNC_OPEN_ACCOUNT"
            number = sb.next_policy_number(int(start_s[:4]))
            cols = pair_shared[k]
            row = PolicyRow((
                next(ids), state, branch, "API" if realistic and i % 10 == 3 else "MANUAL", installment, payment,
                net, gross, commission, net, gross, commission, str(100_000_000 + i), number, created_at,
                start_s, end_s, start_s, *companies[(insurer.id, branch)],
                "CANCELLATION" if cancelled else "INITIAL", "Poliçe iptal edildi" if cancelled else None, start_s,
            ), cols)
            rec = PolicyRec(agent_id, row)
            policies[rec.id] = rec
            by_customer[cols["insuredCustomerId"]] += 1
            rows.append(row)
        sb.put_nodes("policies", agent_id, rows)

    def cases(self, agent: Agent, user: User, pairs: list[tuple[CustomerRec, VehicleRec]], count: int) -> None:
        states = (("OPEN", "OPEN_INITIAL"), ("IN_PROGRESS", "IN_PROGRESS_PROPOSAL_PREPARED"),
                  ("SUCCESS", "SUCCESS_COMPLETED"), ("FAIL", "FAIL_PRICE_TOO_HIGH"))
        for i in range(count if pairs else 0):
            cust, veh = self.rng.choice(pairs)
            main, sub = states[i % len(states)]
            created = self.now - dt.timedelta(days=self.rng.randint(0, 120))
            cid = self.sb.ids.object_id()
            fields = {
                "type": "SALE_OPPORTUNITY", "status": main, "mainState": main, "subState": sub,
                "productBranch": self.rng.choice(("KASKO", "TRAFIK")), "channel": "CALL_CENTER",
                "createdAt": _iso(created), "createdById": user.id, "createdByName": user.full_name,
                "representedById": user.id, "representedByName": user.full_name,
                "policyEndDate": (self.today + dt.timedelta(days=self.rng.randint(1, 60))).isoformat(),
                "policyCount": 0, "proposalCount": 0, "lastProposalDate": None, "lastPolicyDate": None,
                "lastUpdateDate": _iso(created), "priorityScore": round(self.rng.uniform(0, 100), 1),
                "priorityRuleHits": [], "requestedProducts": [], "sourceCaseId": None,
                "advertisingSource": None, "advertisingCampaign": None,
                "agentBranchId": cust.data["agentBranchId"],
            }
            node = case_node(case_id=cid, ref=f"CASE-SO-{i + 1:05d}", agent=agent, customer=cust.data,
                             vehicle=veh.data, fields=fields)
            self.sb.counts["cases"][cust.id] += 1
            self.sb.put_node("cases", agent.id, node)


def seed(sb: Sandbox) -> None:
    s = _Seeder(sb)
    cfg = sb.config
    with sb.lock:
        demo, other = s.agencies()
        gise = next(u for u in sb.users.values() if u.email == DEMO_USERS[0][0])
        other_user = next(u for u in sb.users.values() if u.email == OTHER_USER)
        pairs = s.people(demo, gise, max(cfg.customers, 3), with_docs=True)
        other_pairs = s.people(other, other_user, 4, with_docs=False)
        # A tenth of the demo agency's policies and proposals are DASK, Konut, TSS and İMM (seed_branches.py).
        branch_policies = branch_share(cfg.policies, 3000, 8)
        branch_proposals = branch_share(cfg.proposals, 300, 4)
        s.proposals(demo, gise, pairs, cfg.proposals - branch_proposals)
        s.policies(demo, gise, pairs, cfg.policies - branch_policies)
        seed_renewals(sb, demo, gise, pairs, s.today)
        s.policies(other, other_user, other_pairs, min(10, cfg.policies))
        s.cases(demo, gise, pairs, cfg.cases)
        props = seed_assets(sb, demo.id, lambda **fixed: s.customer(demo, gise, "INDIVIDUAL", **fixed))
        seed_branches(sb, demo.id, gise, props, branch_policies, branch_proposals)
        for cid in list(sb.customers):
            sb.refresh_customer_node(cid)
