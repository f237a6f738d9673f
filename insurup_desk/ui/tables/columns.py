"""Typed column descriptions: which field of a row tuple a column shows and how."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from insurup_desk.services.list_queries import CellKind


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # field name in the GraphQL node (camelCase)
    title: str  # already translated header text
    kind: CellKind = CellKind.TEXT
    sort_field: str | None = None  # server-side sort field, None when the server cannot sort on it
    # currency of a MONEY, province of a PLATE, country code of a PHONE, fallback field of a TEXT
    companion: str | None = None
    labels: Mapping[str, str] | None = None  # display words of an ENUM
    colors: Mapping[str, str] | None = None  # foreground colour per ENUM value (the word is always shown)
    visible: bool = True  # shown until the operator changes it
    name: str | None = None  # identity when two columns show the same field

    @property
    def ident(self) -> str:
        return self.name or self.key


@dataclass(frozen=True, slots=True)
class TableSpec:
    """The row layout of one list: ``fields`` is the tuple layout, ``columns`` what the view shows."""

    name: str
    fields: tuple[str, ...]
    columns: tuple[Column, ...]
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {name: i for i, name in enumerate(self.fields)})
        idents = [c.ident for c in self.columns]
        if len(set(idents)) != len(idents):
            raise ValueError(f"{self.name}: two columns share an identity; give one a name")
        for column in self.columns:
            for key in (column.key, column.companion):
                if key is not None and key not in self._index:
                    raise ValueError(f"{self.name}: column field {key!r} is missing from the row layout")

    def index_of(self, key: str) -> int:
        return self._index[key]

    def column_index(self, key: str) -> int:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)
