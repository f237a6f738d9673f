"""The "renew" action of a policy's detail pane: one click opens the renewal sale on the quotes step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from insurup_desk.api.models import Policy
from insurup_desk.services.renewal_sale import RENEWABLE, target_from_policy
from insurup_desk.services.renewals import RenewalTarget
from insurup_desk.ui.pages.policy_detail import PolicyDetailPane


class RenewAction(QObject):
    """Adds "Yenileme satışı" to the pane's actions; enabled for an active Trafik or Kasko policy."""

    def __init__(self, pane: PolicyDetailPane, start: Callable[[RenewalTarget], None]) -> None:
        super().__init__(pane)
        self._pane = pane
        self._start = start
        self.button = QPushButton(self.tr("Yenileme satışı"), pane)
        self.button.setObjectName("renewPolicyButton")
        self.button.setToolTip(self.tr("Aynı müşteri, araç ve branş için yenileme tekliflerini hemen iste"))
        self.button.setEnabled(False)
        self.button.clicked.connect(self.renew)
        # A row of its own under the document actions: the pane is narrow and every label stays whole.
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = pane.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.indexOf(pane.action_row) + 1, row)
        pane.loaded.connect(self._loaded)

    def _loaded(self, policy: object) -> None:
        self.button.setEnabled(isinstance(policy, Policy) and policy.state == "ACTIVE"
                               and policy.product_branch in RENEWABLE)

    def renew(self) -> None:
        policy = self._pane.policy
        target = target_from_policy(policy, self._pane.row_context) if isinstance(policy, Policy) else None
        if target is None or not self.button.isEnabled():
            return
        self._start(target)
