"""The sandbox's whole world in memory: data, tokens, faults, the clock and the GraphQL node views."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .clock import Clock
from .config import SandboxConfig
from .deviations import DeviationLog
from .faults import FaultState
from .ids import IdFactory
from .nodes import customer_node, party_fields, policy_customer_ids, proposal_node, vehicle_fields
from .records import Agent, CustomerRec, PolicyRec, PropertyRec, ProposalRec, User, VehicleRec
from .tokens import AuthState

ENTITIES = ("customers", "proposals", "policies", "cases")


class Sandbox:
    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.clock = Clock()
        self.ids = IdFactory(config.seed)
        self.lock = threading.RLock()
        self.faults = FaultState()
        self.deviations = DeviationLog(config.deviations_file)
        self.auth = AuthState()
        # Built on first GraphQL request by graphql_routes (kept here so it sees the same data).
        self.graphql_engine: object | None = None
        self.agents: dict[str, Agent] = {}
        self.users: dict[str, User] = {}
        self.customers: dict[str, CustomerRec] = {}
        self.identity_index: dict[tuple[str, str], str] = {}
        self.vehicles: dict[str, VehicleRec] = {}
        self.properties: dict[str, PropertyRec] = {}
        # customer id -> health info (addendum §B.1); relationships as documented in §B.4
        self.health_info: dict[str, dict[str, Any]] = {}
        self.relationships: list[dict[str, Any]] = []
        # DASK policy number -> what DASK's registry answers for it (the old-policy lookup, §A.6)
        self.dask_registry: dict[int, dict[str, Any]] = {}
        self.proposals: dict[str, ProposalRec] = {}
        self.policies: dict[str, PolicyRec] = {}
        self.coverage_groups: dict[str, dict[str, Any]] = {}
        self.charges: list[dict[str, Any]] = []
        self.documents: dict[str, tuple[str, list[str]]] = {}
        # What the send endpoints would have delivered to customers (read at /_sandbox/messages).
        self.messages: list[dict[str, Any]] = []
        # Consent history per customer id, oldest first (GET customers/{id}/consents).
        self.consent_history: dict[str, list[dict[str, Any]]] = {}
        self.counts: dict[str, Counter[str]] = {"vehicles": Counter(), "properties": Counter(), "proposals": Counter(),
                                                 "policies": Counter(), "cases": Counter()}
        self.policy_seq = 0
        self._version = 0
        # One counter per GraphQL entity, so a write to proposals leaves the cached policy lists valid.
        self._entity_versions: Counter[str] = Counter()
        self._nodes: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
        # Per entity, node id -> position in its agency's list.
        self._node_pos: dict[str, dict[str, int]] = {name: {} for name in ENTITIES}
        self._unsettled: set[str] = set()

    # --- versioning and GraphQL views -------------------------------------------------------------

    @property
    def data_version(self) -> int:
        with self.lock:
            self._settle()
            return self._version

    def masks_pii(self, agent_id: str) -> bool:
        agent = self.agents.get(agent_id)
        return agent is not None and agent.mask_pii

    def entity_version(self, entity: str) -> int:
        with self.lock:
            self._settle()
            return self._entity_versions[entity]

    def touch(self, entity: str | None = None) -> None:
        """Record a write: to one entity's rows, or (None) to something every list may show."""
        self._version += 1
        for name in (entity,) if entity else ENTITIES:
            self._entity_versions[name] += 1

    def graphql_nodes(self, entity: str, agent_id: str) -> Sequence[Mapping[str, Any]]:
        """The agency's nodes of one entity. The list is the sandbox's own (no copy, for 100k rows): read it,
        never mutate it, and re-read it when ``data_version`` changes."""
        if entity not in ENTITIES:
            raise ValueError(f"unknown entity {entity!r}")
        with self.lock:
            self._settle()
            return self._nodes.get((entity, agent_id), [])

    def put_node(self, entity: str, agent_id: str, node: Mapping[str, Any]) -> None:
        """Insert or replace one node; callers hold ``self.lock``."""
        key = str(node["id"])
        rows = self._nodes.setdefault((entity, agent_id), [])
        positions = self._node_pos[entity]
        pos = positions.get(key)
        if pos is None:
            positions[key] = len(rows)
            rows.append(node)
        else:
            rows[pos] = node
        self._version += 1
        self._entity_versions[entity] += 1

    def put_nodes(self, entity: str, agent_id: str, nodes: Iterable[Mapping[str, Any]]) -> None:
        """Append new nodes (ids not yet present) in one go, as the seed does; callers hold ``self.lock``."""
        rows = self._nodes.setdefault((entity, agent_id), [])
        positions = self._node_pos[entity]
        for node in nodes:
            positions[node["id"]] = len(rows)
            rows.append(node)
        self._version += 1
        self._entity_versions[entity] += 1

    def drop_node(self, entity: str, agent_id: str, node_id: str) -> None:
        rows = self._nodes.get((entity, agent_id), [])
        positions = self._node_pos[entity]
        pos = positions.pop(node_id, None)
        if pos is None:
            return
        last = rows.pop()
        if pos < len(rows):
            rows[pos] = last
            positions[str(last["id"])] = pos
        self._version += 1
        self._entity_versions[entity] += 1

    def _settle(self) -> None:
        """Proposal nodes derive their state from the clock; refresh those whose pricing just ended."""
        if not self._unsettled:
            return
        now = self.clock.now()
        done = [pid for pid in self._unsettled if self.proposals[pid].settled_at() <= now]
        for pid in done:
            self._unsettled.discard(pid)
            self.refresh_proposal_node(pid)

    # --- record helpers -----------------------------------------------------------------------------

    def agent_of(self, user: User) -> Agent:
        return self.agents[user.agent_id]

    def refresh_customer_node(self, customer_id: str) -> None:
        rec = self.customers[customer_id]
        counts = {name: counter[customer_id] for name, counter in self.counts.items()}
        self.put_node("customers", rec.agent_id, customer_node(rec, self.agents[rec.agent_id], counts))

    def refresh_proposal_node(self, proposal_id: str) -> None:
        p = self.proposals[proposal_id]
        insured = self.customers[p.insured_customer_id].data
        vehicle = self.vehicles[p.vehicle_id].data if p.vehicle_id in self.vehicles else None
        now = self.clock.now()
        self.put_node("proposals", p.agent_id, proposal_node(p, now, self.agents[p.agent_id], insured, vehicle))
        if p.settled_at() > now:
            self._unsettled.add(proposal_id)

    def add_proposal(self, p: ProposalRec) -> None:
        self.proposals[p.id] = p
        self.counts["proposals"][p.insured_customer_id] += 1
        self.refresh_proposal_node(p.id)
        self.refresh_customer_node(p.insured_customer_id)

    def add_policy(self, rec: PolicyRec, *, refresh_customers: bool = True) -> None:
        self.policies[rec.id] = rec
        insurer_id, insured_id = policy_customer_ids(rec)
        self.counts["policies"][insured_id] += 1
        self.put_node("policies", rec.agent_id, rec.node)
        if refresh_customers:
            self.refresh_customer_node(insured_id)
            if insurer_id != insured_id:
                self.refresh_customer_node(insurer_id)

    def next_policy_number(self, year: int) -> str:
        self.policy_seq += 1
        return f"POL-{year}-{self.policy_seq:06d}"

    def customer_for(self, agent_id: str, key: str) -> CustomerRec | None:
        """By GUID, TCKN, VKN or foreign id; another agency's customers do not exist for this one."""
        rec = self.customers.get(key)
        if rec is None:
            cid = self.identity_index.get((agent_id, key))
            rec = self.customers.get(cid) if cid else None
        if rec is None or rec.agent_id != agent_id:
            return None
        return rec

    def vehicle_for(self, agent_id: str, customer_id: str, vehicle_id: str) -> VehicleRec | None:
        rec = self.vehicles.get(vehicle_id)
        if rec is None or rec.agent_id != agent_id or rec.customer_id != customer_id:
            return None
        return rec

    def proposal_for(self, agent_id: str, proposal_id: str) -> ProposalRec | None:
        p = self.proposals.get(proposal_id)
        return p if p is not None and p.agent_id == agent_id else None

    def policy_for(self, agent_id: str, policy_id: str) -> PolicyRec | None:
        rec = self.policies.get(policy_id)
        return rec if rec is not None and rec.agent_id == agent_id else None

    def party(self, prefix: str, customer_id: str) -> dict[str, Any]:
        return party_fields(prefix, self.customers[customer_id].data)

    def vehicle_columns(self, vehicle_id: str | None) -> dict[str, Any]:
        rec = self.vehicles.get(vehicle_id or "")
        return vehicle_fields(rec.data if rec else None)
