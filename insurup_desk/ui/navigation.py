"""The navigator pages use to move the operator elsewhere (e.g. from a customer to a new sale)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from insurup_desk.services.renewals import RenewalTarget

    from .main_window import MainWindow


class WindowNavigator:
    """Implements ``services.context.Navigator`` on top of the main window, once it exists."""

    def __init__(self) -> None:
        self._window: MainWindow | None = None

    def attach(self, window: MainWindow) -> None:
        self._window = window

    def _require(self) -> MainWindow:
        if self._window is None:
            raise RuntimeError("the main window is not open")
        return self._window

    def show_page(self, key: str) -> None:
        self._require().show_page(key)

    def open_new_sale(self, customer_id: str | None = None, vehicle_id: str | None = None) -> None:
        window = self._require()
        window.show_page("new_sale")
        start = getattr(window.page("new_sale"), "start_sale", None)
        if callable(start):
            start(customer_id=customer_id, vehicle_id=vehicle_id)

    def open_proposal(self, proposal_id: str) -> None:
        window = self._require()
        window.show_page("new_sale")
        opener = getattr(window.page("new_sale"), "open_proposal", None)
        if callable(opener):
            opener(proposal_id)

    def open_renewal(self, target: RenewalTarget) -> None:
        """Renew last year's policy in one action (the sale opens on the quotes step and asks at once)."""
        window = self._require()
        window.show_page("new_sale")
        opener = getattr(window.page("new_sale"), "open_renewal", None)
        if callable(opener):
            opener(target)

    def open_customer(self, customer_id: str) -> None:
        window = self._require()
        window.show_page("customers")
        shower = getattr(window.page("customers"), "show_customer", None)
        if callable(shower):
            shower(customer_id)
