"""Revising offers from the quotes step (addendum §H): the whole proposal with other coverage groups, or one
product with other coverage choices (Kasko options from ``coverage-choices:kasko``).

Choices made where §H is silent:

* A whole-proposal revise continues with the id the server answers, new or not. The sale's proposal becomes that
  id, the offer chosen so far is dropped (it belonged to the old proposal) and the quotes step watches the new id
  on a new board: rows of the old and the new proposal never share a table.
* A product revise keeps the proposal. The product's row shows "re-pricing" from the moment the server accepts
  the request (whatever state the next read or event reports) until a price or a failure arrives; from then on it
  is marked as revised, as the server's ``revised: true`` (or a ``Revised`` hub event) says.
* The coverage sent for one product is its whole current coverage with the chosen options put in, not the
  options alone: §H says a given coverage replaces the product's, so a partial one could drop the rest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from insurup_desk.api.models import CoverageGroup
from insurup_desk.api.models.coverage import KaskoCoverageChoice

from .sale import Sale

# The three amounts of a ``ferdiKazaBundle`` entry, in order (reference §5.2).
_BUNDLE_PARTS: Final = ("ferdiKazaVefat", "ferdiKazaSakatlik", "ferdiKazaTedaviMasraflari")
_BUNDLE: Final = "ferdiKazaBundle"
_FRAME: Final = ("$type", "productBranch")


class ReviseError(RuntimeError):
    """A revise the sale cannot make (no proposal yet, a branch without coverage choices)."""


@dataclass(frozen=True, slots=True)
class ChoiceField:
    """One Kasko option the insurer's product offers, with the value the product has now (None: none of them)."""

    key: str
    options: tuple[Any, ...]
    current: int | None


@dataclass(frozen=True, slots=True)
class ProductChoices:
    fields: tuple[ChoiceField, ...]
    coverage: dict[str, Any]


def choice_fields(choices: Mapping[str, Any], coverage: Mapping[str, Any] | None) -> tuple[ChoiceField, ...]:
    """The product's options in the server's order; each knows which option the current coverage holds."""
    current = coverage or {}
    out = []
    for key, options in choices.items():
        if not isinstance(options, list) or not options:
            continue
        now: Any = [current.get(part) for part in _BUNDLE_PARTS] if key == _BUNDLE else current.get(key)
        index = next((i for i, option in enumerate(options) if option == now), None)
        out.append(ChoiceField(key, tuple(options), index))
    return tuple(out)


def revised_coverage(current: Mapping[str, Any] | None, picked: Mapping[str, Any], branch: str = "KASKO") -> \
        dict[str, Any]:
    """The product's whole coverage with the picked options in place (``$type`` first, as the server needs)."""
    body: dict[str, Any] = {"$type": branch.lower(), "productBranch": branch}
    body.update({k: v for k, v in (current or {}).items() if k not in _FRAME})
    for key, value in picked.items():
        if key == _BUNDLE and isinstance(value, list | tuple) and len(value) == len(_BUNDLE_PARTS):
            body.update(zip(_BUNDLE_PARTS, value, strict=True))
        else:
            body[key] = value
    return body


def _entry_for(choices: Sequence[KaskoCoverageChoice], product_id: int | None,
               company_id: int | None) -> KaskoCoverageChoice | None:
    """One entry per product: by product id, else the company's only entry."""
    by_product = next((c for c in choices if product_id is not None and c.product_id == product_id), None)
    if by_product is not None:
        return by_product
    of_company = [c for c in choices if c.insurance_company_id == company_id]
    return of_company[0] if len(of_company) == 1 else None


class Reviser:
    """The revise work of one sale; the quotes page draws its results."""

    def __init__(self, sale: Sale) -> None:
        self.sale = sale

    def _proposal_id(self) -> str:
        pid = self.sale.data.proposal_id
        if pid is None:
            raise ReviseError("there are no offers to revise yet")
        return pid

    async def groups(self) -> list[CoverageGroup]:
        return await self.sale.service.coverage_groups(self.sale.data.branch)

    async def revise_proposal(self, group_ids: Sequence[str]) -> str:
        """Ask every insurer again with these groups; the sale now follows the answered proposal id."""
        old = self._proposal_id()
        new_id = await self.sale.service.client.proposals.revise(old, list(group_ids) or None)
        self.sale.flow.update(proposal_id=new_id, proposal_product_id=None, offer_label="", installment_number=None,
                              coverage_group_id=group_ids[0] if group_ids else self.sale.data.coverage_group_id)
        return new_id

    async def product_choices(self, proposal_product_id: str) -> ProductChoices:
        """The Kasko options this product's insurer offers, and the product's coverage now."""
        if self.sale.data.branch != "KASKO":
            raise ReviseError("only Kasko products have coverage choices here")
        pid = self._proposal_id()
        service = self.sale.service
        proposal = await service.proposal(pid)
        product = proposal.product(proposal_product_id)
        if product is None:
            raise ReviseError("the product is not in the proposal")
        vehicle = (proposal.snapshot or {}).get("vehicle") or {}
        style = vehicle.get("utilizationStyle") if isinstance(vehicle, dict) else None
        choices = await service.client.coverage.kasko_choices(str(style) if style else None)
        entry = _entry_for(choices, product.product_id, product.insurance_company_id)
        coverage = product.optimal_coverage or await service.coverage(pid, proposal_product_id)
        fields = choice_fields(entry.coverage_choices, coverage) if entry is not None else ()
        return ProductChoices(fields, dict(coverage))

    async def revise_product(self, proposal_product_id: str, coverage: dict[str, Any]) -> None:
        """Price one product again with this coverage; the price arrives later (hub or polling)."""
        pid = self._proposal_id()
        await self.sale.service.client.proposals.revise_product(pid, proposal_product_id, coverage=coverage)
        if self.sale.data.proposal_product_id == proposal_product_id:
            # The chosen offer is being priced again: nothing is chosen until it (or another) is priced.
            self.sale.flow.update(proposal_product_id=None, offer_label="", installment_number=None)
