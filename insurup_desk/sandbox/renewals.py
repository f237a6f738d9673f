"""Renewals (addendum §J): the renewal-period precheck on Kasko/Trafik proposals, renewal numbers on policies
issued for a vehicle's next year, and seeded policies that are due for renewal.

The precheck: a vehicle whose current policy of the branch ends more than ``RENEWAL_PERIOD_DAYS`` from today
is outside its renewal period; a proposal for it is refused ("Yenileme Dönemi Dışında") unless the body says
``forceBypassRenewalPeriod: true`` (the agent accepted the warning). The current policy is the vehicle's active
one of that branch that ends soonest — the one up for renewal.
"""

from __future__ import annotations

import datetime as dt
import random
import weakref
from collections.abc import Mapping, Sequence
from typing import Any, Final

from .catalog import INSURERS
from .policy_build import make_policy, policy_core
from .pricing import premiums_for
from .problems import Problem, field_error, validation_problem
from .records import Agent, CustomerRec, PolicyRec, User, VehicleRec
from .state import Sandbox

RENEWAL_PERIOD_DAYS: Final = 30
RENEWAL_BRANCHES: Final = ("KASKO", "TRAFIK")
# A new policy starting this close to the old one's end date is its renewal.
_RENEWAL_SLACK_DAYS: Final = 30


_Index = dict[tuple[str, str, str], list[Mapping[str, Any]]]
# Per sandbox: the policies version an index was built at, and the index.
_INDEXES: weakref.WeakKeyDictionary[Sandbox, tuple[int, _Index]] = weakref.WeakKeyDictionary()


def _vehicle_index(sb: Sandbox) -> _Index:
    """(agency, vehicle, branch) -> active Kasko/Trafik policy nodes, rebuilt when the policies change."""
    version = sb.entity_version("policies")
    cached = _INDEXES.get(sb)
    if cached is not None and cached[0] == version:
        return cached[1]
    index: _Index = {}
    for rec in sb.policies.values():
        node = rec.node
        vehicle = node.get("vehicleId")
        if vehicle and node["state"] == "ACTIVE" and node["productBranch"] in RENEWAL_BRANCHES:
            index.setdefault((rec.agent_id, str(vehicle), node["productBranch"]), []).append(node)
    _INDEXES[sb] = (version, index)
    return index


def current_policy(sb: Sandbox, agent_id: str, vehicle_id: str, branch: str,
                   today: dt.date) -> Mapping[str, Any] | None:
    """The vehicle's active policy of the branch that ends soonest (today or later)."""
    nodes = [n for n in _vehicle_index(sb).get((agent_id, vehicle_id, branch), ())
             if dt.date.fromisoformat(str(n["endDate"])) >= today]
    return min(nodes, key=lambda n: str(n["endDate"]), default=None)


def check_renewal_period(sb: Sandbox, agent_id: str, body: Mapping[str, Any], branch: str, today: dt.date) -> None:
    """Refuse a proposal for a vehicle outside its renewal period unless the agent chose to bypass it."""
    force = body.get("forceBypassRenewalPeriod")
    if force is not None and not isinstance(force, bool):
        raise validation_problem([field_error("forceBypassRenewalPeriod", "Değer true ya da false olmalıdır.",
                                              force)], "Teklif bilgileri geçersiz.", "PROPOSAL_INPUT_INVALID")
    if force or branch not in RENEWAL_BRANCHES or not body.get("vehicleId"):
        return
    node = current_policy(sb, agent_id, str(body["vehicleId"]), branch, today)
    if node is None:
        return
    end = dt.date.fromisoformat(str(node["endDate"]))
    if (end - today).days <= RENEWAL_PERIOD_DAYS:
        return
    raise Problem(
        422, "business-validation",
        f"Yenileme Dönemi Dışında: aracın {node['insuranceCompanyName']} poliçesi "
        f"({node['insuranceCompanyPolicyNumber']}) "
        f"{end.strftime('%d.%m.%Y')} tarihinde bitiyor; yenileme bitişten en çok {RENEWAL_PERIOD_DAYS} gün önce "
        "yapılabilir.",
        codes=["RENEWAL_PERIOD_OUTSIDE"],
        suggestions=["Acente uyarıyı kabul ederse teklif forceBypassRenewalPeriod: true ile yeniden istenir."],
        template_args={"policyId": node["id"], "endDate": end.isoformat(), "renewalPeriodDays": RENEWAL_PERIOD_DAYS},
    )


def renewal_number(sb: Sandbox, agent_id: str, vehicle_id: str | None, branch: str, start: str,
                   insurer_id: int) -> int:
    """The new policy's renewal number: one more than the policy it renews at the same insurer, else 0."""
    if not vehicle_id or branch not in RENEWAL_BRANCHES:
        return 0
    begins = dt.date.fromisoformat(start[:10])
    for node in _vehicle_index(sb).get((agent_id, vehicle_id, branch), ()):
        end = dt.date.fromisoformat(str(node["endDate"]))
        if abs((begins - end).days) <= _RENEWAL_SLACK_DAYS and node["insuranceCompanyId"] == insurer_id:
            return int(node.get("renewalNumber") or 0) + 1
    return 0


def seed_renewals(sb: Sandbox, agent: Agent, user: User, pairs: Sequence[tuple[CustomerRec, VehicleRec]],
                  today: dt.date) -> None:
    """Kasko/Trafik policies due for renewal: most end within the renewal period, a few just after it.

    Each goes on a customer's existing vehicle that has no other active policy of the branch, so the renewal
    it starts is the vehicle's only one. A random stream of its own (ids and policy numbers included) leaves
    every other seeded record, and every id handed out later, as it was.
    """
    rng = random.Random(f"renewals:{sb.config.seed}")
    due = max(4, sb.config.policies // 150)
    late = max(2, due // 3)
    taken = {(key[1], key[2]) for key in _vehicle_index(sb) if key[0] == agent.id}
    candidates = [(c, v) for c, v in pairs if c.agent_id == agent.id]
    rng.shuffle(candidates)
    made = 0
    for cust, veh in candidates:
        if made == due + late:
            break
        branch = rng.choice(RENEWAL_BRANCHES)
        if (veh.id, branch) in taken:
            continue
        taken.add((veh.id, branch))
        left = rng.randint(1, RENEWAL_PERIOD_DAYS) if made < due else rng.randint(RENEWAL_PERIOD_DAYS + 1, 50)
        made += 1
        _add_policy(sb, agent, user, cust, veh, branch, today + dt.timedelta(days=left), rng, made)


def is_seeded_renewal(policy_number: str) -> bool:
    """Policies due for renewal are seeded on top of the configured totals; their numbers say so (POL-YYYY-9NNNNNN)."""
    serial = policy_number.rsplit("-", 1)[-1]
    return len(serial) == 7 and serial.startswith("9")


def _add_policy(sb: Sandbox, agent: Agent, user: User, cust: CustomerRec, veh: VehicleRec, branch: str,
                end: dt.date, rng: random.Random, number: int) -> PolicyRec:
    insurer = rng.choice(INSURERS)
    start = end - dt.timedelta(days=365)
    gross = rng.uniform(8_000, 25_000) if branch == "TRAFIK" else rng.uniform(20_000, 90_000)
    installment = rng.choice((1, 1, 3, 6))
    premium = next(p for p in premiums_for(branch, gross, insurer, rng) if p["installmentNumber"] == installment)
    created = f"{start.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:00Z"
    core = policy_core(
        state="ACTIVE", branch=branch, channel="MANUAL", insurer_customer_id=cust.id, insured_customer_id=cust.id,
        installment=premium["installmentNumber"], payment_type="SYNC_CREDIT_CARD", premium=premium,
        policy_number=f"POL-{start.year}-9{number:06d}", created_at=created, start=start.isoformat(),
        end=end.isoformat(), insurer_id=insurer.id, renewal_number=rng.choice((0, 0, 1, 2, 3)),
    )
    policy_id = f"{0x6600_0000 + rng.randrange(1 << 24):08x}{rng.getrandbits(64):016x}"
    rec = make_policy(policy_id=policy_id, agent=agent, branch_id=cust.data["agentBranchId"],
                      created_by=user.ref(), insurer=cust.data, insured=cust.data, vehicle=veh.data, core=core)
    sb.add_policy(rec, refresh_customers=False)
    return rec
