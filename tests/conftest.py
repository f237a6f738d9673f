"""Fixtures shared by every test package: offscreen Qt, a qasync loop, sandboxes and a memory keyring."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Generator, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import httpx
import keyring
import keyring.backend
import keyring.errors
import pytest
import pytest_asyncio
from log_state import LogState


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in the test's memory, so no test touches a real credential store."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("not found") from None


@pytest.fixture
def mem_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, data and logs of the app under test go to a temporary folder, never the real profile."""
    base = tmp_path_factory.mktemp("profile")
    monkeypatch.setenv("INSURUP_DESK_HOME", str(base))


def pytest_asyncio_loop_factories(config: Any, item: Any) -> dict[str, Any]:
    """Async tests that touch Qt run on a qasync loop; others use a plain loop."""
    if item.get_closest_marker("qt_async") is None:
        return {"asyncio": asyncio.new_event_loop}
    import qasync
    from PySide6.QtWidgets import QApplication

    return {"qasync": lambda: qasync.QEventLoop(QApplication.instance() or QApplication([]))}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, object, object]:
    """Each test starts from the logging configuration and secret registry the one before it found.

    A hook around the whole test rather than a fixture: pytest attaches its own capturing handlers to the root
    logger for each phase (setup, call, teardown), so a fixture's teardown would see other handlers than its
    setup did. Around the protocol, only what the test and its fixtures changed differs.
    """
    saved = LogState.capture()
    try:
        return (yield)
    finally:
        saved.restore()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "qt_async: run this async test on a qasync event loop")
    # Every sandbox of the session (child processes included) appends its deviations log here.
    from insurup_desk.sandbox.deviations import DEVIATIONS_ENV

    folder = Path(tempfile.mkdtemp(prefix="sandbox-deviations-"))
    os.environ[DEVIATIONS_ENV] = str(folder / "deviations.jsonl")


def pytest_unconfigure(config: pytest.Config) -> None:
    from insurup_desk.sandbox.deviations import DEVIATIONS_ENV

    log = os.environ.pop(DEVIATIONS_ENV, None)
    if log:
        shutil.rmtree(Path(log).parent, ignore_errors=True)


# Raw HTTP in a test (httpx's own User-Agent) may probe the sandbox on purpose; anything else is the desk.
_RAW_AGENT = "python-httpx/"
_CONTRACT_CHECKED = ("e2e", "services")


@pytest.fixture(autouse=True)
def _desk_keeps_to_the_contract(request: pytest.FixtureRequest) -> Iterator[None]:
    """In the end-to-end and service tests the desk's client must leave no entry in the sandbox's deviations
    log: neither a refusal nor a note about an accepted alternative shape."""
    from insurup_desk.sandbox.deviations import DEVIATIONS_ENV

    parts = Path(str(request.node.path)).parts
    log = Path(os.environ.get(DEVIATIONS_ENV, ""))
    if "tests" not in parts or parts[parts.index("tests") + 1] not in _CONTRACT_CHECKED or not log.name:
        yield
        return
    start = log.stat().st_size if log.exists() else 0
    yield
    if not log.exists():
        return
    with log.open("rb") as fh:
        fh.seek(start)
        fresh = [json.loads(line) for line in fh.read().decode("utf-8").splitlines() if line.strip()]
    by_desk = [e for e in fresh if not str(e.get("user_agent", "")).startswith(_RAW_AGENT)]
    assert not by_desk, "the desk departed from the API contract:\n" + "\n".join(
        f"  {e['kind']} {e['rule']} ({e['reference']}): {e['method']} {e['path']} — {e['detail']}" for e in by_desk)


@pytest.fixture
def qloop_running(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop marked as running, for synchronous tests that wait with qtbot.waitUntil."""
    import qasync

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    yield loop
    asyncio.events._set_running_loop(None)
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    asyncio.set_event_loop(None)


async def wait_for(predicate: Any, timeout: float = 5.0, step: float = 0.01) -> None:
    """Await a condition inside async tests (qtbot waits must not be used there)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise TimeoutError("condition not met")
        await asyncio.sleep(step)


# --- sandbox -------------------------------------------------------------------------------------


@pytest.fixture
def sandbox_config() -> Any:
    from insurup_desk.sandbox import SandboxConfig

    return SandboxConfig.for_tests()


@pytest.fixture
def sandbox_app(sandbox_config: Any) -> Any:
    from insurup_desk.sandbox import create_app

    return create_app(sandbox_config)


@pytest.fixture
def sandbox(sandbox_app: Any) -> Any:
    """The sandbox's state object (data, faults, clock) behind ``sandbox_app``."""
    return sandbox_app.state.sandbox


@pytest_asyncio.fixture
async def asgi_http(sandbox_app: Any) -> AsyncIterator[httpx.AsyncClient]:
    """Raw HTTP against the in-process sandbox (no client library involved)."""
    transport = httpx.ASGITransport(app=sandbox_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox.test") as http:
        yield http


@pytest.fixture
def live_sandbox(sandbox_app: Any) -> Iterator[Any]:
    """The sandbox on a real loopback socket (uvicorn in a thread); ``.url`` is its origin."""
    from insurup_desk.sandbox import SandboxServer

    server = SandboxServer(sandbox_app, host="127.0.0.1", port=0)
    # Automatic GC could start in the server thread and destroy Qt objects there; collect on this thread only.
    gc.disable()
    server.start()
    try:
        yield server
    finally:
        server.stop()
        gc.enable()
        gc.collect()
