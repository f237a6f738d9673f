"""What every screenshot script in this folder shares: the Qt application, a sandbox, a signed-in desk or sale
wizard at 1366×768, waiting for a screen's state and saving the PNG.

    run_desk(shoot)    # the real shell over a sandbox on a socket; shoot(shell) signs in (sign_in) and drives it
    run_wizard(shoot)  # a sale wizard on an in-process sandbox, signed in; shoot(Shot) drives it

Offscreen and in a throw-away home unless the caller's environment says otherwise. Files go to the folder named
by the first argument, else docs/screenshots.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import qasync
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.api.models import Customer
from insurup_desk.sandbox import SandboxConfig, SandboxServer, create_app
from insurup_desk.sandbox.state import Sandbox
from insurup_desk.services.connectivity import ConnectivityMonitor, observe_client
from insurup_desk.services.logging_setup import configure_logging
from insurup_desk.services.paths import app_paths
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import PAYMENT, QUOTES, VEHICLE
from insurup_desk.services.secrets import MemoryVault
from insurup_desk.services.session import Session
from insurup_desk.services.settings import SettingsStore
from insurup_desk.ui.banner import SandboxMarker
from insurup_desk.ui.i18n import install_language
from insurup_desk.ui.login_dialog import sandbox_demo_accounts
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.theme import apply_theme
from insurup_desk.ui.wizard.payment_page import PaymentPage
from insurup_desk.ui.wizard.quotes_page import QuotesPage
from insurup_desk.ui.wizard.wizard import SaleWizard

WIDTH, HEIGHT = 1366, 768  # the common counter screen
COUNTER = ("gise@demo.acente", "Demo1234!")  # the sandbox's counter clerk
AYSE = "11111111110"  # Ayşe Yılmaz, seeded with vehicles, homes and family in every sandbox
DOCS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def out_dir() -> Path:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DOCS
    out.mkdir(parents=True, exist_ok=True)
    return out


async def until(predicate: Callable[[], bool], what: str = "the expected state", timeout_s: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.02)


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(path)


async def settle() -> None:
    """Let layouts settle and pending paints happen before a grab (a script may wait; a test never does)."""
    await asyncio.sleep(0.2)


async def settle_and_save(widget: QWidget, path: Path) -> None:
    await settle()
    save(widget, path)


def save_over(window: QWidget, dialog: QWidget, path: Path, *, shade: bool = False) -> None:
    """Offscreen windows are grabbed one by one: the dialog is drawn over its window where the operator sees it
    (centred across, a third of the way down); ``shade`` dims the window behind a modal prompt."""
    picture = window.grab()
    over = dialog.grab()
    painter = QPainter(picture)
    if shade:
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))
    painter.drawPixmap(QPoint((picture.width() - over.width()) // 2, (picture.height() - over.height()) // 3), over)
    painter.end()
    if not picture.save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(path)


def _application(*, turkish_qt: bool) -> QApplication:
    os.environ.setdefault("INSURUP_DESK_HOME", tempfile.mkdtemp(prefix="insurup-shots-"))
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    apply_theme(app)
    if turkish_qt:  # Qt's own dialogs (print preview, file dialogs) in Turkish, as the desk shows them
        install_language(app, "tr", Path(tempfile.mkdtemp(prefix="insurup-shots-i18n-")))
    return app


def _run(app: QApplication, work: Awaitable[None]) -> None:
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(work)


# --- the real desk ------------------------------------------------------------------------------------------------
async def sign_in(shell: Shell, email: str = COUNTER[0], password: str = COUNTER[1]) -> None:
    """Through the login dialog, as the operator does; returns once the main window is up at 1366×768."""
    await shell.start()
    dialog = shell.login_dialog
    assert dialog is not None
    dialog.email_edit.setText(email)
    dialog.password_edit.setText(password)
    dialog.submit()
    await until(lambda: shell.window is not None, "main window")
    assert shell.window is not None
    shell.window.resize(WIDTH, HEIGHT)


def run_desk(shoot: Callable[[Shell], Awaitable[None]], *, log: bool = False) -> int:
    """Run ``shoot`` against a fresh shell on a quick sandbox; the shell and the sandbox are closed afterwards."""
    app = _application(turkish_qt=False)
    server = SandboxServer(create_app(SandboxConfig(latency_min_s=0.05, latency_max_s=0.3)))
    server.start()
    app.installEventFilter(SandboxMarker(app))
    paths = app_paths().ensure()
    if log:
        configure_logging(paths.log_file)
    store = SettingsStore(paths.settings_file)
    client = InsurUpClient(ApiConfig.for_origin(server.url))
    monitor = ConnectivityMonitor()
    observe_client(client, monitor)
    shell = Shell(
        client=client,
        session=Session(client.auth, client.me, MemoryVault(), profile="sandbox"),
        settings_store=store,
        settings=store.load(),
        connectivity=monitor,
        paths=paths,
        sandbox=server,
        demo_accounts=sandbox_demo_accounts(),
    )

    async def run() -> None:
        try:
            await shoot(shell)
        finally:
            await shell.shutdown()
            await client.aclose()

    try:
        _run(app, run())
    finally:
        server.stop()
    return 0


# --- the sale wizard alone ----------------------------------------------------------------------------------------
# A sandbox whose insurers answer over a few seconds, so quotes are seen arriving; purchases are quick.
ARRIVING = SandboxConfig(seed=7, customers=40, policies=150, proposals=30, cases=6, latency_min_s=0.4,
                         latency_max_s=6.0, purchase_latency_s=0.2)
# One that answers at once, for screens past the quotes.
QUICK = SandboxConfig(seed=7, customers=40, policies=150, proposals=30, cases=6, latency_min_s=0.05,
                      latency_max_s=0.3, purchase_latency_s=0.1)


@dataclass
class Shot:
    """What a wizard script drives: the signed-in client, the wizard at 1366×768, the sandbox and the folder."""

    client: InsurUpClient
    wizard: SaleWizard
    sandbox: Sandbox
    out: Path

    async def save(self, name: str, widget: QWidget | None = None) -> None:
        """``name``.png of the wizard (or ``widget``) once it has settled."""
        await settle_and_save(widget or self.wizard, self.out / f"{name}.png")

    async def ayse(self) -> Customer:
        return await self.client.customers.get(AYSE)

    async def priced_quotes(self) -> QuotesPage:
        """A new Trafik sale for Ayşe's first vehicle, every insurer asked and every answer in."""
        customer = await self.ayse()
        wizard = self.wizard
        wizard.open_new_sale(customer.id)
        await until(lambda: wizard.flow.current == VEHICLE and wizard.vehicle_page.vehicles.count() > 0, "vehicles")
        wizard.vehicle_page.primary()
        await until(lambda: wizard.flow.current == QUOTES, "the quotes step")
        quotes = wizard.quotes_page
        quotes.ask()
        await quotes_in(quotes)
        return quotes

    async def pay_best(self, quotes: QuotesPage, plan_index: int = 0) -> PaymentPage:
        """The best offer with its plan at ``plan_index`` (0: cash) taken on to the payment step."""
        if quotes.model.board.best_row is not None:
            quotes._select_row_id(quotes.model.board.best_row.id)
        quotes.plan.setCurrentIndex(min(plan_index, quotes.plan.count() - 1))
        quotes.primary()
        wizard = self.wizard
        await until(lambda: wizard.flow.current == PAYMENT and wizard.payment_page.amount is not None, "payment")
        return wizard.payment_page


def type_card(pay: PaymentPage, number: str = "4242 4242 4242 4242") -> None:
    """The sandbox's test card (or a declining ``number``) for Ayşe Yılmaz."""
    pay.card.number.setText(number)
    pay.card.holder.setText("AYSE YILMAZ")
    pay.card.expiry.setText("12/30")
    pay.card.cvc.setText("123")


async def quotes_in(quotes: QuotesPage) -> None:
    await until(lambda: quotes.collector is not None and not quotes.collector.running
                and quotes.model.board.total > 0 and quotes.progress.isHidden(), "every insurer's answer", 60)


def run_wizard(shoot: Callable[[Shot], Awaitable[None]], *, config: SandboxConfig = QUICK,
               turkish_qt: bool = False) -> int:
    """Run ``shoot`` on a sale wizard signed in to an in-process sandbox; everything is closed afterwards."""
    app = _application(turkish_qt=turkish_qt)
    out = out_dir()

    async def run() -> None:
        server = create_app(config)
        client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=server))
        await client.auth.login(*COUNTER)
        wizard = SaleWizard(SaleService(client))
        wizard.setWindowTitle("InsurUp Desk — Yeni satış")
        wizard.resize(WIDTH, HEIGHT)
        wizard.show()
        try:
            await shoot(Shot(client, wizard, server.state.sandbox, out))
        finally:
            wizard.quotes_page.leave()
            wizard.close()
            await client.aclose()

    _run(app, run())
    return 0
