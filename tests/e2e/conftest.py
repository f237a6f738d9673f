"""The real desk in this process against a sandbox on a loopback socket, for tests that sign in and walk it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from desk_shell import run_until_done

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.services.connectivity import ConnectivityMonitor
from insurup_desk.services.paths import app_paths
from insurup_desk.services.secrets import MemoryVault
from insurup_desk.services.session import Session
from insurup_desk.services.settings import SettingsStore
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.wizard.wizard import SaleWizard


@pytest.fixture
def desk_shell(qtbot: Any, qloop_running: Any, live_sandbox: Any) -> Iterator[Shell]:
    client = InsurUpClient(ApiConfig.for_origin(live_sandbox.url))
    paths = app_paths().ensure()
    store = SettingsStore(paths.settings_file)
    session = Session(client.auth, client.me, MemoryVault(), profile="sandbox")
    shell = Shell(client=client, session=session, settings_store=store, settings=store.load(),
                  connectivity=ConnectivityMonitor(), paths=paths, sandbox=live_sandbox)
    yield shell
    if shell.window is not None:
        wizard = shell.window.page("new_sale")
        if isinstance(wizard, SaleWizard):
            wizard.quotes_page.leave()
    run_until_done(qtbot, shell.shutdown())
    run_until_done(qtbot, client.aclose())
    gc.collect()  # on the GUI thread, not by chance in the sandbox's server thread
