"""Composition root: command line, QApplication on a qasync loop, services, and the shell."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the annotations only: these modules are loaded once the login dialog is on screen
    from PySide6.QtWidgets import QApplication

    from insurup_desk.api.client import InsurUpClient
    from insurup_desk.api.config import ApiConfig
    from insurup_desk.api.oauth import OAuthClient
    from insurup_desk.services.connectivity import LineProbe
    from insurup_desk.services.paths import AppPaths
    from insurup_desk.services.purchase_journal import AsyncJournal
    from insurup_desk.services.session import Session
    from insurup_desk.services.settings import AppSettings, SettingsStore
    from insurup_desk.store import AsyncStore
    from insurup_desk.training_server import PendingSandbox
    from insurup_desk.ui.desk_care import DeskCare
    from insurup_desk.ui.login_dialog import LoginDialog
    from insurup_desk.ui.shell import Shell

from insurup_desk import APP_NAME, ORG_NAME, __version__

log = logging.getLogger("insurup_desk.app")

KEYRING_SERVICE = "InsurUp Desk"
TIMING_ENV = "INSURUP_DESK_TIMING"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="insurup-desk", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--sandbox", action="store_true", help="start the embedded training sandbox and use it")
    parser.add_argument("--api-url", metavar="URL", help="InsurUp REST base (or origin) to use instead of settings")
    parser.add_argument("--lang", choices=("tr", "en"), help="interface language (default: from settings, tr)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start, sign in (INSURUP_DESK_EMAIL/PASSWORD/2FA_CODE or the sandbox demo user), "
        "load the first page of policies and exit 0, or exit 1 with the reason on stderr",
    )
    parser.add_argument(
        "--screenshots", metavar="DIR", type=Path, help="with --self-test: save login.png and main_window.png"
    )
    parser.add_argument("--page", metavar="KEY", help="page to open after sign-in, e.g. policies (default: new_sale)")
    parser.add_argument("--debug", action="store_true", help="log at DEBUG level, also to stderr")
    parser.add_argument(
        "--debug-libraries",
        action="store_true",
        help="with --debug: let the libraries (qasync, httpx, keyring, ...) log below WARNING too; still masked",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def api_config_for(url: str) -> Any:
    from insurup_desk.api.config import ApiConfig
    from insurup_desk.services.settings import normalise_api_url

    return ApiConfig(rest_base=normalise_api_url(url))


def oauth_client_for(settings: Any, sandbox: Any | None) -> Any:
    """The authorization server's client: the sandbox's own in training mode (once it is up), else the
    configured one if any."""
    from insurup_desk.api.oauth import OAuthClient

    if sandbox is not None:
        from insurup_desk.sandbox.oauth_state import DESK_CLIENT_ID

        return OAuthClient(sandbox.auth_url, DESK_CLIENT_ID)
    if not settings.oauth_client_id:
        return None  # InsurUp has not issued this desk a client id: only the e-mail/password form is offered
    return OAuthClient(settings.auth_origin, settings.oauth_client_id)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from insurup_desk.display_check import missing_display, no_display_line

    if missing_display(os.environ):
        # Qt would abort (exit 134) and say why only in its own output; say it once, plainly, before any work.
        sys.stderr.write(no_display_line() + "\n")
        return 2
    # httpx offers a command line that pulls in click; the desk never runs it (loading it cost ~50 ms a start).
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]  # None: "cannot be imported"

    # What the login dialog needs, and nothing more: the API client, the store, the keyring and the main
    # window's modules are loaded once the dialog is on screen (``build_desk``).
    sandbox = None
    if args.sandbox:
        from insurup_desk.training_server import PendingSandbox

        sandbox = PendingSandbox()  # starts only once the desk is built, so it does not delay the dialog

    import qasync
    from PySide6.QtWidgets import QApplication

    from insurup_desk.services.logging_setup import configure_logging, install_excepthook, route_qt_messages
    from insurup_desk.services.paths import app_paths
    from insurup_desk.services.settings import SettingsStore, check_api_url
    from insurup_desk.ui.first_paint import after_first_paint
    from insurup_desk.ui.gc_guard import GuiThreadCollector
    from insurup_desk.ui.i18n import install_language
    from insurup_desk.ui.login_dialog import LoginDialog, sandbox_demo_accounts
    from insurup_desk.ui.theme import apply_theme

    paths = app_paths().ensure()
    configure_logging(
        paths.log_file,
        level=logging.DEBUG if args.debug else logging.INFO,
        console=args.debug,
        library_level=logging.DEBUG if args.debug and args.debug_libraries else logging.WARNING,
    )
    install_excepthook()
    route_qt_messages()
    log.info("starting %s %s", APP_NAME, __version__)
    _install_staged_update(paths)

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "insurup-desk"])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    # The shell decides when the app ends (the login dialog closes between sessions).
    app.setQuitOnLastWindowClosed(False)
    apply_theme(app)
    collector = GuiThreadCollector(app)

    store = SettingsStore(paths.settings_file)
    settings = store.load()
    install_language(app, args.lang or settings.language, paths.translations_cache)

    def fail(reason: str) -> int:
        sys.stderr.write(f"insurup-desk: {' '.join(reason.split())}\n")
        return 1

    # A saved address the desk may not use stops it: it never falls back to another server on its own.
    url_problem = None if args.sandbox or args.api_url else check_api_url(settings.api_url)
    if url_problem is not None:
        from insurup_desk.ui.unusable_url_prompt import ask_for_usable_url, unusable_url_message

        message = unusable_url_message(settings.api_url, url_problem, store.path)
        log.error("the saved API address is not usable (%s): %s", url_problem.value, settings.api_url)
        corrected = None if args.self_test else ask_for_usable_url(store, settings, url_problem)
        if corrected is None:
            return fail(f"cannot start: {message}")
        settings = corrected

    try:
        if sandbox is not None:
            from insurup_desk.api.config import ApiConfig

            config = ApiConfig.for_origin(sandbox.url)
        else:
            config = api_config_for(args.api_url or settings.api_url)
    except (ValueError, OSError, RuntimeError, TimeoutError) as exc:
        log.exception("could not prepare the API connection")
        return fail(f"cannot start: {exc}")

    marker = _wall_clock_marker if os.environ.get(TIMING_ENV) else None
    if sandbox is not None:
        from insurup_desk.ui.banner import SandboxMarker

        app.installEventFilter(SandboxMarker(app))
    # The login dialog is on screen first; the session it signs in with is handed to it once the desk is built.
    dialog = LoginDialog(None, is_sandbox=sandbox is not None,
                         demo_accounts=sandbox_demo_accounts() if sandbox is not None else (),
                         server_ready=sandbox.needed if sandbox is not None else None)
    painted = asyncio.Event()
    after_first_paint(dialog, painted.set)
    dialog.show()
    if marker is not None:
        marker("login_dialog_shown")
        after_first_paint(dialog, lambda: marker("login_dialog_painted"))

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    desk: _Desk | None = None
    stopped_early: list[int] = []

    def quit_with(code: int) -> None:
        if desk is not None:
            desk.shell.quit(code)
        else:  # asked to stop before the desk is built: it is not built
            stopped_early.append(code)
            painted.set()

    _install_stop_signals(app, loop, quit_with)

    async def run() -> int:
        nonlocal desk
        await painted.wait()
        if stopped_early:
            return stopped_early[0]
        desk = _build_desk(args, app, loop, settings, store, paths, config, sandbox, dialog, marker)
        return await desk.run(fail)

    try:
        with loop:
            return int(loop.run_until_complete(run()))
    except Exception as exc:  # the last line of defence: a reason, not a traceback, for the operator
        log.exception("fatal error")
        return fail(f"{type(exc).__name__}: {exc}")
    finally:
        collector.stop()
        if desk is not None:
            desk.close()
        if sandbox is not None:
            sandbox.stop()
        log.info("stopped")


class _Desk:
    """The services and the shell, built once the login dialog is on screen."""

    def __init__(self, args: argparse.Namespace, shell: Shell, client: InsurUpClient, session: Session,
                 settings: AppSettings, sandbox: PendingSandbox | None, probe: LineProbe, local_store: AsyncStore,
                 journal: AsyncJournal, care: DeskCare, oauth: OAuthClient | None) -> None:
        self.args = args
        self.shell = shell
        self.client = client
        self.session = session
        self.settings = settings
        self.sandbox = sandbox
        self.probe = probe
        self.local_store = local_store
        self.journal = journal
        self.care = care
        self.oauth = oauth

    def offer_sandbox_sign_in(self, ready: asyncio.Future[Any]) -> None:
        if not ready.cancelled() and ready.exception() is None:
            self.oauth = self.session.oauth_grant = oauth_client_for(self.settings, self.sandbox)
            if self.shell.login_dialog is not None:
                self.shell.login_dialog.sign_in_options_changed()

    async def run(self, fail: Callable[[str], int]) -> int:
        shell, args = self.shell, self.args
        if self.sandbox is not None:
            self.sandbox.ready().add_done_callback(self.offer_sandbox_sign_in)
            # The sandbox starts once the dialog is on screen and the desk built (one interpreter lock).
            self.sandbox.begin()
        try:
            if not args.self_test:
                return int(await shell.run())
            from insurup_desk.ui.self_test import SelfTestFailed, run_self_test  # not needed before the dialog

            try:
                result = await run_self_test(shell, screenshot_dir=args.screenshots)
            except SelfTestFailed as exc:
                return fail(f"self-test failed: {exc}")
            total = "?" if result.total_policies is None else str(result.total_policies)
            print(f"self-test passed: signed in as {result.user}; {result.policies_on_page} of {total} policies")
            return 0
        finally:
            self.probe.close()
            await self.care.stop()
            await shell.shutdown()
            if self.oauth is not None:
                await self.oauth.aclose()
            await self.client.aclose()

    def close(self) -> None:
        self.local_store.close()
        self.journal.close()


def _build_desk(args: argparse.Namespace, app: QApplication, loop: asyncio.AbstractEventLoop,
                settings: AppSettings, settings_store: SettingsStore, paths: AppPaths, config: ApiConfig,
                sandbox: PendingSandbox | None, dialog: LoginDialog, marker: Callable[[str], None] | None) -> _Desk:
    # pydantic is first imported here, in the GUI thread, before the sandbox's or the keyring's threads start:
    # PySide6's import hook meeting pydantic half-initialised in another thread once broke the start.
    from insurup_desk.api import InsurUpClient
    from insurup_desk.services.connectivity import ConnectivityMonitor, LineProbe, client_check, observe_client
    from insurup_desk.services.local_store import open_or_recover
    from insurup_desk.services.outbox import Outbox
    from insurup_desk.services.purchase_journal import open_journal
    from insurup_desk.services.purchase_watch import PurchaseWatch
    from insurup_desk.services.secrets import MemoryVault, SecretVault
    from insurup_desk.services.session import Session, Vault
    from insurup_desk.ui.desk_care import install_desk_care
    from insurup_desk.ui.shell import Shell
    from insurup_desk.ui.store_notice import StoreNotice

    client = InsurUpClient(config)
    # The self-test leaves nothing behind on the machine it checks: its store lives in memory.
    # Opens whatever state the file is in; what had to be recovered is told once the main window is up.
    local_store, store_report = open_or_recover(paths.data_dir, keyring_service=KEYRING_SERVICE,
                                                in_memory=args.self_test)
    # Written ahead of every purchase; the self-test never pays, so its journal lives in memory.
    journal = open_journal(None if args.self_test else paths.data_dir)
    watch = PurchaseWatch(client.purchases, journal)
    # Customers and vehicles typed while the line was down, waiting to be sent (one outbox for the whole run).
    outbox = Outbox(client, local_store)
    monitor = ConnectivityMonitor()
    observe_client(client, monitor)
    probe = LineProbe(monitor, client_check(client))  # while the line is down, notices when it is back
    # A self-test must neither read nor leave credentials on the machine it checks.
    vault: Vault = MemoryVault() if args.self_test else SecretVault(KEYRING_SERVICE)
    # In training mode the sandbox's authorization server is offered once it is up.
    oauth = None if sandbox is not None else oauth_client_for(settings, None)
    session = Session(client.auth, client.me, vault, profile="sandbox" if sandbox else config.rest_base,
                      oauth_grant=oauth)
    shell = Shell(
        client=client,
        session=session,
        settings_store=settings_store,
        settings=settings,
        connectivity=monitor,
        paths=paths,
        sandbox=sandbox,
        demo_accounts=dialog.demo_accounts,
        marker=marker,
        store=local_store,
        outbox=outbox,
        journal=journal,
        watch=watch,
        start_page=args.page,
        server_ready=sandbox.needed if sandbox is not None else None,
        login_dialog=dialog,
    )
    store_notice = StoreNotice(store_report, parent=shell)
    shell.mainWindowShown.connect(store_notice.show_on)
    care = install_desk_care(shell, loop, settings, paths, store=local_store, journal=journal, outbox=outbox,
                             is_sandbox=sandbox is not None)
    return _Desk(args, shell, client, session, settings, sandbox, probe, local_store, journal, care, oauth)


def _wall_clock_marker(what: str) -> None:
    """``INSURUP_DESK_MARK <state> <unix time>`` for start-up measurements (as the shell's own marker)."""
    sys.stdout.write(f"INSURUP_DESK_MARK {what} {time.time():.6f}\n")
    sys.stdout.flush()


def _install_staged_update(paths: Any) -> None:
    """A verified update staged by the previous run is swapped in before the desk loads anything else."""
    from insurup_desk.services.update_install import apply_pending_update, layout_for, running_bundle

    apply_pending_update(layout_for(paths.data_dir), __version__, running_bundle())


def _install_stop_signals(app: Any, loop: asyncio.AbstractEventLoop, quit_with: Callable[[int], None]) -> None:
    """SIGTERM (a service manager's stop) ends the session with 0, Ctrl+C (SIGINT) with the shell's usual 130.

    Either way the shell shuts down cleanly, so the keyring write is flushed. Python runs a signal handler
    only when the interpreter gets control, which a Qt loop at rest never gives it; the wakeup fd wakes a
    socket notifier on the Qt side so the handler runs at once.
    """
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(drain)
    _KEEP.extend([reader, writer, notifier])
    codes = {signal.SIGINT: 130, signal.SIGTERM: 0}
    for signum, code in codes.items():
        signal.signal(signum, lambda *_a, c=code: loop.call_soon_threadsafe(quit_with, c))


_KEEP: list[object] = []


if __name__ == "__main__":
    sys.exit(main())
