"""The main window's pages, by key.

To plug a page in, import its constructor inside ``page_factories`` and put it under its key; the
constructor receives the :class:`AppContext`. Every main section has one; an extra page's constructor may return
None when the running desk has nothing for it (e.g. no local store, so no pending entries).

Pages that can start or resume work may offer these methods, which the navigator calls when present:
``start_sale(customer_id=None, vehicle_id=None)`` and ``open_proposal(proposal_id)`` on "new_sale",
``show_customer(customer_id)`` on "customers".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from insurup_desk.services.context import AppContext

PAGE_KEYS: tuple[str, ...] = ("new_sale", "policies", "proposals", "customers", "renewals")
# Shown after the main sections, when their constructor gives a page.
EXTRA_KEYS: tuple[str, ...] = ("pending", "dashboard")
# Pages that also have a fixed shortcut of their own (the Ctrl+digit ones follow the side menu's order).
PAGE_SHORTCUTS: dict[str, str] = {"dashboard": "Ctrl+Shift+P"}

PageFactory = Callable[[AppContext], QWidget | None]


def page_title(key: str) -> str:
    titles = {
        "new_sale": QCoreApplication.translate("Pages", "Yeni satış"),
        "policies": QCoreApplication.translate("Pages", "Poliçeler"),
        "proposals": QCoreApplication.translate("Pages", "Teklifler"),
        "customers": QCoreApplication.translate("Pages", "Müşteriler"),
        "renewals": QCoreApplication.translate("Pages", "Yenilemeler"),
        "pending": QCoreApplication.translate("Pages", "Bekleyen işlemler"),
        "dashboard": QCoreApplication.translate("Pages", "Pano"),
    }
    return titles.get(key, key)


def page_factories() -> dict[str, PageFactory]:
    """Constructors of the finished pages. Imports stay inside so start-up loads only what is used."""
    factories: dict[str, PageFactory] = {}
    from .pages import factories as list_pages
    from .wizard import new_sale_page

    factories["new_sale"] = new_sale_page

    factories["policies"] = list_pages.policies_page
    factories["proposals"] = list_pages.proposals_page
    factories["customers"] = list_pages.customers_page
    factories["renewals"] = list_pages.renewals_page

    from .pending_page import pending_page

    factories["pending"] = pending_page

    from .pages.dashboard import dashboard_page

    factories["dashboard"] = dashboard_page
    return factories


def build_pages(ctx: AppContext) -> dict[str, QWidget]:
    factories = page_factories()
    pages: dict[str, QWidget] = {}
    for key in PAGE_KEYS:
        page = factories[key](ctx)
        if page is None:
            raise RuntimeError(f"the main section {key!r} gave no page")
        pages[key] = page
    for key in EXTRA_KEYS:
        extra = factories.get(key)
        built = extra(ctx) if extra is not None else None
        if built is not None:
            pages[key] = built
    follow = getattr(pages.get("dashboard"), "follow_sales", None)
    if callable(follow):
        follow(pages.get("new_sale"))  # a finished sale refreshes the dashboard
    return pages
