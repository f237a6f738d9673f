"""The insurup-sandbox command line."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from insurup_desk.sandbox.cli import build_parser, config_from_args


def test_arguments_become_the_config() -> None:
    args = build_parser().parse_args(["--port", "0", "--seed", "3", "--policies", "50", "--latency-min", "0.1",
                                      "--latency-max", "0.2", "--token-lifetime", "30", "--retry-fails"])
    config = config_from_args(args)
    assert (config.seed, config.policies, config.token_lifetime_s) == (3, 50, 30)
    assert (config.latency_min_s, config.latency_max_s, config.retry_succeeds) == (0.1, 0.2, False)
    with pytest.raises(SystemExit):
        config_from_args(build_parser().parse_args(["--latency-min", "2", "--latency-max", "1"]))


def test_command_prints_url_and_accounts_and_serves() -> None:
    cmd = [sys.executable, "-m", "insurup_desk.sandbox.cli", "--port", "0", "--policies", "20", "--customers", "10",
           "--proposals", "2", "--log-level", "warning",
           "--fault", '{"route": "/api/insurance-companies", "status": 503, "count": 1}']
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        url = first.split("listening on ")[1].split()[0]
        lines = [proc.stdout.readline() for _ in range(4)]
        assert any("gise@demo.acente / Demo1234!" in line for line in lines)
        assert any("mudur@demo.acente" in line and "123456" in line for line in lines)
        assert httpx.get(url + "/_sandbox/health", timeout=5).json()["policies"] >= 20
        auth_origin = lines[3].rsplit(" ", 1)[1].strip()
        assert "authorization server" in lines[3] and auth_origin != url
        discovery = httpx.get(auth_origin + "/.well-known/openid-configuration", timeout=5).json()
        assert discovery["issuer"] == auth_origin
        login = httpx.post(url + "/api/authentication:agent-user/login",
                           json={"email": "gise@demo.acente", "password": "Demo1234!"}, timeout=5).json()
        auth = {"Authorization": f"Bearer {login['accessToken']}"}
        assert httpx.get(url + "/api/insurance-companies", headers=auth, timeout=5).status_code == 503
        assert httpx.get(url + "/api/insurance-companies", headers=auth, timeout=5).status_code == 200
    finally:
        proc.terminate()
        proc.communicate(timeout=10)  # reaps it and closes its pipes


def test_bad_fault_exits_with_an_error() -> None:
    cmd = [sys.executable, "-m", "insurup_desk.sandbox.cli", "--port", "0", "--fault", "not json"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "invalid --fault" in result.stderr
