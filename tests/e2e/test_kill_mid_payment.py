"""The desk process is killed while a card purchase is in flight; started again, it shows the issued policy.

The sandbox runs in this test's process so it outlives the killed desk and finishes the purchase it received;
the desk talks to it over a loopback socket (``--api-url``), exactly as to a remote server.
"""

from __future__ import annotations

import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from desk_process import desk_env, start_desk, stop_desk, wait_for_line

from insurup_desk.sandbox import SandboxConfig, SandboxServer, create_app


@pytest.fixture
def slow_purchase_sandbox() -> Iterator[SandboxServer]:
    config = SandboxConfig.for_tests()
    config.purchase_latency_s = 4.0  # the insurer answers after the desk has been killed
    server = SandboxServer(create_app(config), host="127.0.0.1", port=0).start()
    yield server
    server.stop()


@pytest.mark.timeout(90)
@pytest.mark.skipif(sys.platform == "win32", reason="select() on pipes and SIGKILL are POSIX")
def test_a_desk_killed_mid_payment_shows_the_issued_policy_after_restart(
    tmp_path: Path, slow_purchase_sandbox: SandboxServer
) -> None:
    home, keyring_file = tmp_path / "home", tmp_path / "keyring.json"
    home.mkdir()
    sandbox = slow_purchase_sandbox.app.state.sandbox
    charges = sandbox.charges

    env = desk_env(home, keyring_file, "pay_and_wait")
    env["DESK_DRIVER_API_URL"] = slow_purchase_sandbox.url
    first = start_desk(env)
    try:
        paying = wait_for_line(first, "PAYING", timeout_s=40)
        proposal = sandbox.proposals[paying["proposal_id"]]
        # Kill only once the request has reached the insurer: the money is moving and the answer is not back.
        end = time.monotonic() + 20
        while not any(product.override == "PURCHASING" for product in proposal.products):
            assert time.monotonic() < end, "the purchase request never reached the sandbox"
            time.sleep(0.01)
        assert charges == []
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    finally:
        stop_desk(first)
    assert first.returncode == -signal.SIGKILL

    env = desk_env(home, keyring_file, "resume_payment")
    env["DESK_DRIVER_API_URL"] = slow_purchase_sandbox.url
    second = start_desk(env)
    try:
        shown = wait_for_line(second, "RESUMED_PAYMENT", timeout_s=40)
        assert second.wait(timeout=15) == 0
    finally:
        stop_desk(second)
    assert len(charges) == 1  # charged once: the restart checked, it did not pay again
    assert shown["policy_id"] == charges[0]["policyId"]  # the very policy the killed desk paid for
    assert shown["policy_number"] and shown["policy_number"] in shown["headline"]
    assert not shown["can_discard"] and "ödemesi sürerken" in shown["details"]
    # At restart the journal was checked first: the operator was told the policy, or that it is still being checked.
    assert not shown["prompt_before_outcome"]
    assert shown["policy_number"] in shown["outcome"] or "henüz belli değil" in shown["outcome"]
