"""TSS's coverage choice on the quotes step: the hospital network and the health package (``coverage-choices:tss``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from insurup_desk.api.models.health import HealthPackage
from insurup_desk.services.health_coverage import TssOptions, package_from_wire
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.wizard.choice_combo import ChoiceCombo
from insurup_desk.ui.wizard.health_texts import network_label, package_label


class TssChoiceWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network: ChoiceCombo[str] = ChoiceCombo(self.tr("Şirketin önerdiği ağ"), self)
        self.package: ChoiceCombo[HealthPackage] = ChoiceCombo(self.tr("Şirketin önerdiği paket"), self)
        self.network.setMinimumWidth(230)
        self.package.setMinimumWidth(290)
        network_label_widget = QLabel(self.tr("&Hastane ağı:"), self)
        network_label_widget.setBuddy(self.network)
        package_label_widget = QLabel(self.tr("Sağlık &paketi:"), self)
        package_label_widget.setBuddy(self.package)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(network_label_widget)
        layout.addWidget(self.network)
        layout.addWidget(package_label_widget)
        layout.addWidget(self.package)
        layout.addStretch(1)

    def set_options(self, options: TssOptions) -> None:
        self.network.set_values(options.networks, network_label)
        self.package.set_values(options.packages, package_label)

    def select(self, data: SaleData) -> None:
        self.network.select(data.tss_network)
        self.package.select(package_from_wire(data.tss_package))

    def sale_fields(self) -> dict[str, Any]:
        package = self.package.value()
        return {"tss_network": self.network.value(), "tss_package": package.to_wire() if package else None}
