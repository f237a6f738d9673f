"""Builds the list pages from the running app's context (used by ``ui.pages_registry``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from insurup_desk.services.cached_reads import CachedReads
from insurup_desk.services.context import AppContext
from insurup_desk.services.session import user_branches
from insurup_desk.ui.tables.list_page import ListOptions


def _profile(ctx: AppContext) -> str:
    """Column choices are kept per signed-in user (and per API environment)."""
    user = ctx.session.user
    who = ctx.session.email or getattr(user, "email", None) or getattr(user, "id", None) or "default"
    return f"{ctx.session.profile}|{who}"


def _branches(ctx: AppContext) -> list[tuple[str, str]]:
    return user_branches(ctx.session.user)


def _common(ctx: AppContext) -> ListOptions:
    return ListOptions(
        settings=ctx.settings_store.qsettings(),
        profile=_profile(ctx),
        page_size=ctx.page_size,
        # Lists and records go through the local cache, so they still show (marked) when the line is down.
        reads=CachedReads(ctx.client, ctx.store, ctx.connectivity),
    )


def policies_page(ctx: AppContext) -> QWidget:
    from insurup_desk.ui.pages.policies import PoliciesPage

    return PoliciesPage(ctx.client, navigator=ctx.navigator, branches=_branches(ctx), **_common(ctx))


def proposals_page(ctx: AppContext) -> QWidget:
    from insurup_desk.ui.pages.proposals import ProposalsPage

    return ProposalsPage(ctx.client, navigator=ctx.navigator, branches=_branches(ctx), **_common(ctx))


def customers_page(ctx: AppContext) -> QWidget:
    from insurup_desk.ui.pages.customers import CustomersPage

    return CustomersPage(ctx.client, navigator=ctx.navigator, **_common(ctx))


def renewals_page(ctx: AppContext) -> QWidget:
    from insurup_desk.ui.pages.renewals import RenewalsPage

    return RenewalsPage(ctx.client, navigator=ctx.navigator, branches=_branches(ctx), **_common(ctx))
