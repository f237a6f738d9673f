"""A NodeSource held in memory: rows per entity, each tagged with the agents allowed to see it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from insurup_desk.sandbox.graphql.source import ENTITIES

ALL_AGENTS = "*"


class MemoryNodeSource:
    """Rows kept as given; ``visible_to`` limits a row to some agents (every agent when omitted)."""

    def __init__(self) -> None:
        self._rows: dict[str, list[tuple[frozenset[str], Mapping[str, Any]]]] = {e: [] for e in ENTITIES}
        self._views: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
        self._version = 0
        self.masked_agents: set[str] = set()

    @property
    def data_version(self) -> int:
        return self._version

    def add(self, entity: str, nodes: Iterable[Mapping[str, Any]], visible_to: Iterable[str] = (ALL_AGENTS,)) -> None:
        agents = frozenset(visible_to)
        self._rows[entity].extend((agents, node) for node in nodes)
        self._changed()

    def replace(self, entity: str, node_id: str, node: Mapping[str, Any]) -> None:
        rows = self._rows[entity]
        for index, (agents, existing) in enumerate(rows):
            if existing.get("id") == node_id:
                rows[index] = (agents, node)
                self._changed()
                return
        raise KeyError(node_id)

    def entity_version(self, entity: str) -> int:
        return self._version

    def masks_pii(self, agent_id: str) -> bool:
        return agent_id in self.masked_agents

    def graphql_nodes(self, entity: str, agent_id: str) -> Sequence[Mapping[str, Any]]:
        key = (entity, agent_id)
        view = self._views.get(key)
        if view is None:
            view = [n for agents, n in self._rows[entity] if ALL_AGENTS in agents or agent_id in agents]
            self._views[key] = view
        return view

    def _changed(self) -> None:
        self._version += 1
        self._views.clear()
