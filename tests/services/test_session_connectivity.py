"""The line monitor: online, slow and offline judged from request outcomes."""

from __future__ import annotations

from insurup_desk.services.connectivity import ConnectivityMonitor, LineState
from insurup_desk.services.session import refresh_retry_delay


def test_states_follow_request_outcomes() -> None:
    seen: list[LineState] = []
    monitor = ConnectivityMonitor(slow_threshold_s=1.0, window=3)
    monitor.add_listener(seen.append)
    monitor.record_success(0.1)
    assert monitor.state is LineState.ONLINE
    monitor.record_success(3.0)
    monitor.record_success(3.0)
    assert monitor.state is LineState.SLOW
    monitor.record_failure()
    assert monitor.state is LineState.OFFLINE
    monitor.record_success(0.2)
    assert monitor.state is LineState.ONLINE
    assert seen == [LineState.SLOW, LineState.OFFLINE, LineState.ONLINE]


def test_one_slow_request_among_fast_ones_is_not_a_slow_line() -> None:
    monitor = ConnectivityMonitor(slow_threshold_s=1.0, window=5)
    for duration in (0.1, 0.1, 5.0, 0.1):
        monitor.record_success(duration)
    assert monitor.state is LineState.ONLINE


def test_refresh_retry_backoff_grows_and_is_capped() -> None:
    assert [refresh_retry_delay(n) for n in (1, 2, 3, 4)] == [2.0, 4.0, 8.0, 16.0]
    assert refresh_retry_delay(20) == 60.0
