"""`insurup-sandbox`: run the fake InsurUp API on a local port."""

from __future__ import annotations

import argparse
import logging
import sys
import time

from .app import create_app
from .config import SandboxConfig
from .faults import parse_cli_fault
from .oauth import start_auth_server
from .oauth_state import DESK_CLIENT_ID
from .seed import DEMO_PASSWORD, DEMO_USERS
from .server import SandboxServer


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="insurup-sandbox", description="Local fake InsurUp B2B API (REST + GraphQL).")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    p.add_argument("--seed", type=int, default=SandboxConfig.seed)
    p.add_argument("--customers", type=int, default=SandboxConfig.customers)
    p.add_argument("--policies", type=int, default=SandboxConfig.policies)
    p.add_argument("--proposals", type=int, default=SandboxConfig.proposals)
    p.add_argument("--latency-min", type=float, default=SandboxConfig.latency_min_s, metavar="S")
    p.add_argument("--latency-max", type=float, default=SandboxConfig.latency_max_s, metavar="S")
    p.add_argument("--token-lifetime", type=int, default=SandboxConfig.token_lifetime_s, metavar="S")
    p.add_argument("--comfortable", action="store_true",
                   help="tidy answers for training: no extra properties, unmasked lists, whole-second timestamps")
    p.add_argument("--retry-fails", action="store_true", help="retrying a failed insurer fails again")
    p.add_argument(
        "--fault", action="append", default=[], metavar="JSON",
        help='fault rule as accepted by POST /_sandbox/faults, e.g. \'{"route": "/api/proposals*", "status": 503, '
             '"count": 2}\' (repeatable)',
    )
    p.add_argument("--log-level", default="info", choices=("debug", "info", "warning"))
    return p


def config_from_args(args: argparse.Namespace) -> SandboxConfig:
    if args.latency_min < 0 or args.latency_max < args.latency_min:
        raise SystemExit("--latency-max must be >= --latency-min >= 0")
    return SandboxConfig(
        seed=args.seed, customers=args.customers, policies=args.policies, proposals=args.proposals,
        latency_min_s=args.latency_min, latency_max_s=args.latency_max, token_lifetime_s=args.token_lifetime,
        retry_succeeds=not args.retry_fails, realistic=not args.comfortable,
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    try:
        rules = [parse_cli_fault(text) for text in args.fault]
    except ValueError as exc:
        print(f"invalid --fault: {exc}", file=sys.stderr)
        return 2
    started = time.monotonic()
    app = create_app(config_from_args(args))
    for rule in rules:
        app.state.sandbox.faults.add(rule)
    server = SandboxServer(app, host=args.host, port=args.port, log_level=args.log_level)
    server.start()
    auth_server = start_auth_server(server)
    sb = app.state.sandbox
    print(f"InsurUp sandbox listening on {server.url}  (REST {server.url}/api/, GraphQL {server.url}/api/graphql)")
    print(f"seed {sb.config.seed}: {len(sb.customers)} customers, {len(sb.policies)} policies, "
          f"{len(sb.proposals)} proposals, ready in {time.monotonic() - started:.1f} s")
    for email, name, mfa in DEMO_USERS:
        extra = "  (2FA: code 123456 always works)" if mfa else ""
        print(f"  demo account: {email} / {DEMO_PASSWORD}  {name}{extra}")
    print(f"  authorization server (OAuth, client id {DESK_CLIENT_ID}): {auth_server.url}")
    print("  test card: 4242 4242 4242 4242, any future expiry, CVC 123.  Ctrl+C stops.")
    sys.stdout.flush()
    try:
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
