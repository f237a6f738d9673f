"""The sales wizard page ("new_sale"): customer → vehicle → quotes → payment → policy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from insurup_desk.services.sale_service import SaleService

if TYPE_CHECKING:
    from insurup_desk.services.context import AppContext
    from insurup_desk.ui.wizard.wizard import SaleWizard


class _ContextSettings:
    """Reads the channel and branch at the moment a proposal is made, so settings changes apply at once."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx

    @property
    def channel(self) -> str:
        return self._ctx.sales_channel

    @property
    def agent_branch_id(self) -> str | None:
        return self._ctx.agent_branch_id


def new_sale_page(ctx: AppContext) -> SaleWizard:
    from insurup_desk.services.autosave import WizardAutosave
    from insurup_desk.services.offline_sale import OfflineSale
    from insurup_desk.services.reference_cache import ReferenceCache
    from insurup_desk.services.sale import SaleTools
    from insurup_desk.ui.wizard.wizard import SaleWizard

    offline = OfflineSale(ctx.outbox, ctx.store, ctx.connectivity) if ctx.outbox and ctx.store else None
    reference = ReferenceCache(ctx.client, ctx.store, ctx.connectivity)
    service = SaleService(ctx.client, _ContextSettings(ctx), offline=offline, reference=reference,
                          live=ctx.live)
    tools = SaleTools(service, watch=ctx.watch) if ctx.journal is None else SaleTools(service, ctx.journal, ctx.watch)
    wizard = SaleWizard(tools)
    wizard.follow_line(ctx.connectivity)
    if ctx.store is not None:
        wizard.attach_autosave(WizardAutosave(ctx.store, owner=ctx.session.email))
    if ctx.outbox is not None:
        ctx.outbox.follow(ctx.connectivity)
    return wizard
