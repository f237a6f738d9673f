"""The API work behind each wizard step, as plain coroutines the pages call through ``run_op``.

Rules that are not about drawing live here: a duplicate on create opens the existing customer, look-ups
turn into form prefills, reference lists are fetched once per session, a proposal is built from the sale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from insurup_desk.api.errors import Duplicate, NetworkError, NotFound, RequestTimeout
from insurup_desk.api.models import (
    CoverageGroup,
    Customer,
    ParameterItem,
    Policy,
    Proposal,
    Vehicle,
    VehicleLookup,
)
from insurup_desk.api.models.vehicles import DocumentSerial, Plate
from insurup_desk.domain.formats import format_date
from insurup_desk.domain.identity import compact_number
from insurup_desk.domain.plate import format_plate, parse_plate

from .api_ports import SaleClient
from .customer_form import CustomerDraft, create_body, identity_of
from .customer_search import SEARCH_ROWS, CustomerMatches, search_customers
from .health_sale import HealthService
from .live_quotes import LiveFeed
from .offline_sale import OfflineSale, QueuedDraft, is_draft
from .reference_cache import ReferenceCache
from .sale_proposals import proposal_body
from .sale_steps import AssetKind, asset_kind
from .sales_flow import SaleData
from .vehicle_form import VehicleDraft, parse_serial
from .vehicle_form import create_body as vehicle_body


@dataclass(frozen=True, slots=True)
class CustomerResult:
    customer: Customer
    already_existed: bool = False


class SaleSettingsSource(Protocol):
    """Where the sales channel and agency branch come from (fixed values, or the live app settings)."""

    @property
    def channel(self) -> str: ...
    @property
    def agent_branch_id(self) -> str | None: ...


@dataclass(slots=True)
class SaleSettings:
    channel: str = "MANUAL"
    agent_branch_id: str | None = None


@dataclass(slots=True)
class SaleService:
    client: SaleClient
    settings: SaleSettingsSource = field(default_factory=SaleSettings)
    # Drafts for working without the line (None: online only).
    offline: OfflineSale | None = None
    # Reference lists kept for offline use (None: always read live).
    reference: ReferenceCache | None = None
    # Live quote events from the hub (None: quotes are polled).
    live: LiveFeed | None = None
    _brands: list[ParameterItem] | None = None
    _models: dict[tuple[str, int], list[ParameterItem]] = field(default_factory=dict)
    _groups: dict[str, list[CoverageGroup]] = field(default_factory=dict)
    # The TSS and İMM work (made on first use over the same client unless one is given).
    health_service: HealthService | None = None

    @property
    def health(self) -> HealthService:
        """The TSS health info and the TSS/İMM coverage options, read through the same client."""
        if self.health_service is None:
            self.health_service = HealthService(self.client)
        return self.health_service

    # --- customers -------------------------------------------------------------------------------
    async def search_customers(self, text: str, limit: int = SEARCH_ROWS) -> CustomerMatches:
        return await search_customers(self.client.graphql, text, limit)

    async def customer(self, customer_id: str) -> Customer:
        result: Customer = await self.client.customers.get(customer_id)
        return result

    async def create_customer(self, draft: CustomerDraft) -> CustomerResult | QueuedDraft:
        """Create, or open the existing record when the identity number is already registered.

        With the line down the customer is kept as a draft and queued (``QueuedDraft``); a timeout counts as
        down too, and the later replay looks the identity number up first, so a late-arriving create never
        turns into a duplicate.
        """
        body = create_body(draft)
        if self.offline is not None and self.offline.line_down():
            return await self.offline.queue_customer(body, _draft_customer_label(draft))
        try:
            new_id: str = await self.client.customers.create(body)
        except Duplicate as exc:
            existing = await self._existing_customer(exc, identity_of(draft))
            if existing is None:
                raise
            return CustomerResult(existing, already_existed=True)
        except (NetworkError, RequestTimeout):
            if self.offline is None:
                raise
            return await self.offline.queue_customer(body, _draft_customer_label(draft))
        return CustomerResult(await self.customer(new_id))

    async def _existing_customer(self, exc: Duplicate, identity: str) -> Customer | None:
        if exc.existing_id:
            try:
                return await self.customer(exc.existing_id)
            except NotFound:
                pass
        found: Customer | None = await self.client.customers.find_by_identity(identity)
        return found

    async def lookup_customer(self, draft: CustomerDraft) -> dict[str, str]:
        """Registry data for the typed identity, as form values (only the fields it could fill)."""
        if draft.kind == "company":
            raw = await self.client.customers.external_lookup(tax_number=compact_number(draft.tax_number))
        else:
            raw = await self.client.customers.external_lookup(
                identity_number=compact_number(draft.identity_number), foreign=draft.kind == "foreign",
                birth_date=_iso_or_none(draft.birth_date))
        return prefill_from_lookup(raw)

    # --- vehicles ---------------------------------------------------------------------------------
    async def vehicles(self, customer_id: str) -> list[Vehicle]:
        """The customer's vehicles; a customer still waiting in the outbox has none on the server yet."""
        server_id = await self.server_id(customer_id)
        if server_id is None:
            return []
        result: list[Vehicle] = await self.client.vehicles.list(server_id)
        return result

    async def server_id(self, record_id: str) -> str | None:
        """The server's id for a sale field that may hold a draft id (None while the draft is unsent)."""
        if not is_draft(record_id):
            return record_id
        return await self.offline.resolve(record_id) if self.offline is not None else None

    async def create_vehicle(self, customer_id: str, draft: VehicleDraft) -> Vehicle | QueuedDraft:
        """Register the vehicle, or queue it when the line is down or its customer is itself a draft."""
        server_customer = await self.server_id(customer_id)
        if self.offline is not None and (server_customer is None or self.offline.line_down()):
            return await self.offline.queue_vehicle(vehicle_body(customer_id, draft), _draft_vehicle_label(draft),
                                                    customer_id)
        if server_customer is None:
            raise ValueError("the vehicle's customer has not reached the server yet")
        try:
            new_id: str = await self.client.vehicles.create(server_customer, vehicle_body(server_customer, draft))
        except (NetworkError, RequestTimeout):
            if self.offline is None:
                raise
            return await self.offline.queue_vehicle(vehicle_body(server_customer, draft),
                                                    _draft_vehicle_label(draft), server_customer)
        vehicle: Vehicle = await self.client.vehicles.get(server_customer, new_id)
        return vehicle

    async def lookup_vehicle(self, customer_id: str, plate_text: str, serial_text: str) -> VehicleLookup:
        serial = parse_serial(serial_text) if serial_text.strip() else None
        document = DocumentSerial(code=serial[0], number=serial[1]) if serial else None
        result: VehicleLookup = await self.client.vehicles.external_lookup(
            customer_id, Plate.parse(plate_text.replace(" ", "")), document)
        return result

    async def brands(self) -> list[ParameterItem]:
        """Fetched once per session (kept for offline use when a reference cache is given)."""
        if self._brands is None:
            if self.reference is None:
                self._brands = list(await self.client.vehicles.brands())
            else:
                self._brands = (await self.reference.brands()).value
        return self._brands

    async def models(self, brand_reference: str, year: int) -> list[ParameterItem]:
        key = (brand_reference, year)
        if key not in self._models:
            if self.reference is None:
                self._models[key] = list(await self.client.vehicles.models(brand_reference, year))
            else:
                self._models[key] = (await self.reference.models(brand_reference, year)).value
        return self._models[key]

    # --- quotes -----------------------------------------------------------------------------------
    async def coverage_groups(self, branch: str) -> list[CoverageGroup]:
        if branch not in self._groups:
            groups: Sequence[CoverageGroup] = await self.client.coverage.groups(branch)
            self._groups[branch] = [g for g in groups if (g.product_branch or branch) == branch]
        return self._groups[branch]

    async def settle_drafts(self, sale: SaleData) -> SaleData:
        """The sale with server ids in place of draft ids, once the outbox has sent the drafts."""
        if not (is_draft(sale.customer_id) or is_draft(sale.vehicle_id)):
            return sale
        if asset_kind(sale.branch) is not AssetKind.VEHICLE:
            # Properties and health information are written online only, so their customer is on the server.
            raise ValueError("only a vehicle sale can carry offline drafts")
        if self.offline is None or not sale.customer_id or not sale.vehicle_id:
            raise ValueError("a sale with drafts needs the offline outbox")
        customer_id, vehicle_id = await self.offline.settle(sale.customer_id, sale.vehicle_id)
        return replace(sale, customer_id=customer_id, vehicle_id=vehicle_id)

    async def create_proposal(self, sale: SaleData) -> str:
        """Ask for quotes: the branch's proposal body (vehicle, property or insured person) from the sale."""
        if is_draft(sale.customer_id) or is_draft(sale.vehicle_id):
            raise ValueError("drafts must be resolved to server ids before asking for quotes")
        body = proposal_body(sale, self.settings.channel, self.settings.agent_branch_id)
        proposal_id: str = await self.client.proposals.create(body)
        return proposal_id

    async def proposal(self, proposal_id: str) -> Proposal:
        result: Proposal = await self.client.proposals.get(proposal_id)
        return result

    async def retry(self, proposal_id: str, proposal_product_id: str) -> None:
        await self.client.proposals.retry(proposal_id, proposal_product_id)

    async def coverage(self, proposal_id: str, proposal_product_id: str) -> dict[str, Any]:
        result: dict[str, Any] = await self.client.proposals.product_coverage(proposal_id, proposal_product_id)
        return result

    async def offer_document(self, proposal_id: str, proposal_product_id: str, kind: str) -> bytes:
        """``kind`` is 'document' (the offer) or 'information' (the information form)."""
        api = self.client.proposals
        if kind == "information":
            doc = await api.information_form_url(proposal_id, proposal_product_id)
        else:
            doc = await api.document_url(proposal_id, proposal_product_id)
        content: bytes = await api.download(doc)
        return content

    # --- after the sale ---------------------------------------------------------------------------
    async def policy(self, policy_id: str) -> Policy:
        result: Policy = await self.client.policies.get(policy_id)
        return result

    async def policy_document(self, policy_id: str) -> bytes:
        doc = await self.client.policies.document_url(policy_id)
        content: bytes = await self.client.proposals.download(doc)
        return content


def prefill_from_lookup(raw: dict[str, Any]) -> dict[str, str]:
    """Registry answers vary; keep the fields the form knows, as display text."""
    out: dict[str, str] = {}
    name = raw.get("fullName") or " ".join(p for p in (raw.get("firstName"), raw.get("lastName")) if p)
    if name:
        out["fullName"] = str(name)
    if raw.get("title"):
        out["title"] = str(raw["title"])
    born = raw.get("birthDate")
    if isinstance(born, dict):
        born = born.get("value")
    if born:
        out["birthDate"] = format_date(str(born))
    city = raw.get("city") or raw.get("cityReference")
    if isinstance(city, dict):
        city = city.get("value") or city.get("reference")
    if city:
        out["cityReference"] = str(city)
    district = raw.get("district") or raw.get("districtReference")
    if isinstance(district, dict):
        district = district.get("text") or district.get("value")
    if district:
        out["districtReference"] = str(district)
    return out


def _draft_customer_label(draft: CustomerDraft) -> str:
    name = draft.title if draft.kind == "company" else draft.full_name
    identity = identity_of(draft)
    masked = f"{identity[:3]}***{identity[-2:]}" if len(identity) > 5 else identity
    return f"{name.strip()} ({masked})" if masked else name.strip()


def _draft_vehicle_label(draft: VehicleDraft) -> str:
    plate = parse_plate(draft.plate)
    return format_plate(plate.city, plate.code) if plate is not None else draft.plate.strip()


def _iso_or_none(text: str) -> str | None:
    from insurup_desk.domain.formats import parse_tr_date

    parsed = parse_tr_date(text) if text.strip() else None
    return parsed.isoformat() if parsed else None
