"""The main window's pages, by key.

To plug a page in, import its constructor inside ``page_factories`` and put it under its key; the
constructor receives the :class:`AppContext`. Keys without a constructor show a placeholder page.

Pages that can start or resume work may offer these methods, which the navigator calls when present:
``start_sale(customer_id=None, vehicle_id=None)`` and ``open_proposal(proposal_id)`` on "new_sale",
``show_customer(customer_id)`` on "customers".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from insurup_desk.services.context import AppContext

from .placeholder_page import PlaceholderPage

PAGE_KEYS: tuple[str, ...] = ("new_sale", "policies", "proposals", "customers", "renewals")
# Shown after the main sections, only when a constructor is registered (they have no placeholder).
EXTRA_KEYS: tuple[str, ...] = ("pending",)

PageFactory = Callable[[AppContext], QWidget]


def page_title(key: str) -> str:
    titles = {
        "new_sale": QCoreApplication.translate("Pages", "Yeni satış"),
        "policies": QCoreApplication.translate("Pages", "Poliçeler"),
        "proposals": QCoreApplication.translate("Pages", "Teklifler"),
        "customers": QCoreApplication.translate("Pages", "Müşteriler"),
        "renewals": QCoreApplication.translate("Pages", "Yenilemeler"),
        "pending": QCoreApplication.translate("Pages", "Bekleyen işlemler"),
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
    return factories


def build_pages(ctx: AppContext) -> dict[str, QWidget]:
    factories = page_factories()
    pages: dict[str, QWidget] = {}
    for key in PAGE_KEYS:
        factory = factories.get(key)
        pages[key] = factory(ctx) if factory is not None else PlaceholderPage(key, page_title(key))
    for key in EXTRA_KEYS:
        extra = factories.get(key)
        if extra is not None:
            pages[key] = extra(ctx)
    return pages
