"""The API work of a TSS sale and of İMM's options, without Qt: health info in and out, relatives and the
coverage choices of both branches (their proposal bodies are ``sale_proposals``')."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Protocol

from insurup_desk.api.models import Customer
from insurup_desk.api.models.health import (
    HealthInfo,
    HealthInfoUpdate,
    Relationship,
    TssCoverageChoice,
)
from insurup_desk.api.models.imm import ImmCoverageChoice
from insurup_desk.domain.identity import compact_number

from .health_coverage import TssOptions, tss_options
from .health_form import HealthEntry, problems, update_bodies
from .imm_coverage import ImmOptions, imm_options


class HealthPort(Protocol):
    async def get(self, customer_id: str) -> HealthInfo | None: ...
    async def update(self, body: HealthInfoUpdate) -> HealthInfo: ...
    async def relationships(self, customer_id: str) -> list[Relationship] | None: ...
    async def add_relationship(self, customer_id: str, related_customer_id: str, relation_type: str) -> str: ...
    async def tss_choices(self) -> list[TssCoverageChoice]: ...


class IdentityLookup(Protocol):
    async def find_by_identity(self, number: str) -> Customer | None: ...


class ImmPort(Protocol):
    async def choices(self) -> list[ImmCoverageChoice]: ...


class HealthClient(Protocol):
    """The resources a TSS or İMM sale adds to the ones every sale uses."""

    @property
    def health(self) -> HealthPort: ...
    @property
    def imm(self) -> ImmPort: ...
    @property
    def customers(self) -> IdentityLookup: ...


class RelativeNotFound(ValueError):
    """No customer of the agency has the typed identity number (a relative must be a customer first)."""


class HealthEntryInvalid(ValueError):
    """The health form breaks a rule; ``problems`` are ``{field key: code}`` as ``health_form.problems`` gives."""

    def __init__(self, found: dict[str, str]) -> None:
        super().__init__(", ".join(f"{k}: {v}" for k, v in found.items()))
        self.problems = found


@dataclass(frozen=True, slots=True)
class Relative:
    customer_id: str
    name: str
    relation: str
    health: HealthInfo | None = None


@dataclass(frozen=True, slots=True)
class HealthFile:
    """What the health step starts from: the stored info and the relatives (``None``: no relatives kept)."""

    info: HealthInfo | None
    relatives: tuple[Relative, ...] | None = None


@dataclass(frozen=True, slots=True)
class SavedHealth:
    info: HealthInfo
    family: tuple[str, ...] = ()


@dataclass(slots=True)
class HealthService:
    client: HealthClient
    _tss: TssOptions | None = None
    _imm: ImmOptions | None = None
    _saving: dict[str, asyncio.Lock] = field(default_factory=dict)

    async def load(self, customer_id: str) -> HealthFile:
        info, relations = await asyncio.gather(self.client.health.get(customer_id),
                                               self.client.health.relationships(customer_id))
        if relations is None:
            return HealthFile(info, None)
        wanted = [r for r in relations if r.related_customer_id and r.related_customer_id != customer_id]
        infos = await asyncio.gather(*(self.client.health.get(r.related_customer_id) for r in wanted))
        relatives = tuple(Relative(r.related_customer_id, r.related_customer_name or r.related_customer_id,
                                   r.relation_type, h) for r, h in zip(wanted, infos, strict=True))
        return HealthFile(info, relatives)

    async def add_relative(self, customer_id: str, identity_number: str, relation: str) -> HealthFile:
        """Link an existing customer as the insured person's spouse or child, then read the family again."""
        related = await self.client.customers.find_by_identity(compact_number(identity_number))
        if related is None:
            raise RelativeNotFound(identity_number)
        await self.client.health.add_relationship(customer_id, related.id, relation)
        return await self.load(customer_id)

    async def save(self, entry: HealthEntry) -> SavedHealth:
        """Check the entry, then store every insured person's health info (main insured person first)."""
        found = problems(entry)
        if found:
            raise HealthEntryInvalid(found)
        lock = self._saving.setdefault(entry.customer_id, asyncio.Lock())
        async with lock:  # a double Enter must not send the same person twice at once
            bodies = update_bodies(entry)
            info = await self.client.health.update(bodies[0])
            for body in bodies[1:]:
                await self.client.health.update(body)
        return SavedHealth(info, tuple(r.customer_id for r in entry.family))

    async def tss_options(self) -> TssOptions:
        """Read once per sale service (the agency's products do not change under a sale)."""
        if self._tss is None:
            self._tss = tss_options(await self.client.health.tss_choices())
        return self._tss

    async def imm_options(self) -> ImmOptions:
        if self._imm is None:
            self._imm = imm_options(await self.client.imm.choices())
        return self._imm

