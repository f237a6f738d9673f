"""Step 2, "what we insure": the branch is chosen here and decides what is offered below it.

A vehicle branch shows the customer's vehicles (or a new one), DASK and Konut the customer's homes (or a new
one found by its UAVT code), TSS the insured person's health information. Each kind is its own panel, a page
of its own that this one shows and forwards to; a kind without a panel here is not offered.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from insurup_desk.services.sale import Sale
from insurup_desk.services.sale_steps import BRANCHES, AssetKind, asset_kind
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.wizard.branch_words import branch_names
from insurup_desk.ui.wizard.common import page_title
from insurup_desk.ui.wizard.health_page import HealthPage
from insurup_desk.ui.wizard.page_base import WizardPage
from insurup_desk.ui.wizard.property_page import PropertyPage
from insurup_desk.ui.wizard.vehicle_page import VehiclePage

PanelFactory = Callable[[Sale, QWidget], WizardPage]

# The panel of each kind of asset.
PANELS: dict[AssetKind, PanelFactory] = {
    AssetKind.VEHICLE: VehiclePage,
    AssetKind.PROPERTY: PropertyPage,
    AssetKind.HEALTH: HealthPage,
}


class AssetPage(WizardPage):
    def __init__(self, sale: Sale, parent: QWidget | None = None,
                 panels: Mapping[AssetKind, PanelFactory] | None = None) -> None:
        super().__init__(sale, parent)
        self.customer_line = QLabel(self)
        self.customer_line.setObjectName("hint")
        self.branch = QComboBox(self)
        self.branch.setObjectName("saleBranch")
        self.stack = QStackedWidget(self)
        self.panels: dict[AssetKind, WizardPage] = {}
        for kind, factory in (panels or PANELS).items():
            panel = factory(sale, self.stack)
            if isinstance(panel, VehiclePage | HealthPage):
                # This page names the step and the customer; the vehicle list's own heading would repeat them.
                panel.title.hide()
                panel.customer_line.hide()
                inner = panel.layout()
                if inner is not None:
                    inner.setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(panel)
            panel.completed.connect(self.finish_with)
            panel.changed.connect(self.changed.emit)
            panel.notice.connect(self.notice.emit)
            panel.line_down = lambda: self.line_down()
            self.panels[kind] = panel
        names = branch_names()
        for branch in BRANCHES:
            if asset_kind(branch) in self.panels:
                self.branch.addItem(names[branch], branch)
        self.branch.currentIndexChanged.connect(lambda _i: self._branch_chosen())
        branch_label = QLabel(self.tr("Sigorta &türü:"), self)
        branch_label.setBuddy(self.branch)

        top = QHBoxLayout()
        top.addWidget(branch_label)
        top.addWidget(self.branch)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Ne sigortalanacak?"), self))
        layout.addWidget(self.customer_line)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    @property
    def data(self) -> SaleData:
        return self._data

    @data.setter
    def data(self, value: SaleData) -> None:
        # The wizard hands every change of the sale to the current page: the panels draw the same sale.
        self._data = value
        for panel in getattr(self, "panels", {}).values():
            panel.data = value

    @property
    def vehicle_page(self) -> VehiclePage:
        panel = self.panels[AssetKind.VEHICLE]
        assert isinstance(panel, VehiclePage)
        return panel

    @property
    def property_page(self) -> PropertyPage:
        panel = self.panels[AssetKind.PROPERTY]
        assert isinstance(panel, PropertyPage)
        return panel

    @property
    def health_page(self) -> HealthPage:
        panel = self.panels[AssetKind.HEALTH]
        assert isinstance(panel, HealthPage)
        return panel

    @property
    def panel(self) -> WizardPage:
        """The panel of the sale's branch."""
        return self.panels.get(asset_kind(self.data.branch), self.vehicle_page)

    # --- WizardPage -----------------------------------------------------------------------------------
    def enter(self, sale: SaleData) -> None:
        super().enter(sale)
        self.customer_line.setText(self.tr("Müşteri: %1").replace("%1", sale.customer_label or "—"))
        self.branch.blockSignals(True)
        self.branch.setCurrentIndex(max(0, self.branch.findData(sale.branch)))
        self.branch.blockSignals(False)
        self._show_panel(sale)

    def leave(self) -> None:
        for panel in self.panels.values():
            panel.leave()

    def line_returned(self) -> None:
        panel = self.panel
        if isinstance(panel, VehiclePage | PropertyPage):
            panel.line_returned()

    def primary(self) -> None:
        self.panel.primary()

    def escape(self) -> bool:
        return self.panel.escape()

    def take_focus(self) -> None:
        self.panel.take_focus()

    def finish_with(self, changes: dict[str, object]) -> None:
        """A panel chose the asset: the sale moves on with it."""
        self.finish(**{str(k): v for k, v in changes.items()})

    # --- the branch -----------------------------------------------------------------------------------
    def _branch_chosen(self) -> None:
        branch = str(self.branch.currentData() or "")
        if not branch or branch == self.data.branch:
            return
        self.changed.emit({"branch": branch})  # the wizard records it and hands the new data back
        data = self.sale.data
        self.data = data
        self._show_panel(data)
        self.branch.setFocus()

    def _show_panel(self, sale: SaleData) -> None:
        panel = self.panel
        self.stack.setCurrentWidget(panel)
        panel.enter(sale)
