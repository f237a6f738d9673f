"""What the GraphQL engine needs from the sandbox state: rows per entity and a change counter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Protocol

Entity = Literal["customers", "proposals", "policies", "cases"]
ENTITIES: tuple[Entity, ...] = ("customers", "proposals", "policies", "cases")


class NodeSource(Protocol):
    """Rows for the list queries, already restricted to what ``agent_id`` may see.

    Node dicts use the camelCase field names of the GraphQL node types. ``data_version`` must change on
    every write, because the engine caches filtered and sorted row lists under it.
    """

    @property
    def data_version(self) -> int: ...

    def entity_version(self, entity: str) -> int:
        """Changes on every write to ``entity``'s rows (cached lists of the others stay valid)."""
        ...

    def graphql_nodes(self, entity: str, agent_id: str) -> Sequence[Mapping[str, Any]]: ...

    def masks_pii(self, agent_id: str) -> bool:
        """Whether the agency masks personal data in list rows (filters and search still see it)."""
        ...
