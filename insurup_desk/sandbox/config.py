"""Knobs of the embedded sandbox: data size, pricing latency, token lifetime and simulated insurers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .deviations import default_file


@dataclass
class SandboxConfig:
    seed: int = 2026
    customers: int = 300
    policies: int = 3000
    proposals: int = 1200
    latency_min_s: float = 0.5
    latency_max_s: float = 8.0
    token_lifetime_s: int = 600
    insurers_per_proposal: int = 14
    # Insurer ids whose product always fails pricing (see catalog.INSURERS).
    failing_insurers: tuple[int, ...] = (94,)  # Gulf
    # Insurer ids whose product is a ROBOT product: it prices but cannot be bought through the API.
    robot_products: tuple[int, ...] = (51,)  # Nippon
    # Whether retrying a failed product prices it successfully (the failing insurer "recovers").
    retry_succeeds: bool = True
    log_mfa_codes: bool = True
    # Failed logins in a row before an account is locked; 0 turns locking off.
    lockout_after: int = 5
    # Time the simulated insurer takes to issue a policy during purchase/sync.
    purchase_latency_s: float = 0.3
    cases: int = 12
    # Reference day for seeded data; None means the real today.
    today: dt.date | None = None
    # The realistic answer profile: the less comfortable shapes the reference documents for the real API
    # (extra properties, masked PII in lists, seven-digit fractions, no totalCount unless asked, ...).
    # On by default; training may switch it off for tidier answers.
    realistic: bool = True
    # PUT customers/{id}/health-info answers 204 (SDK) or, when set, 200 with the updated info (docs, §L #6).
    health_info_put_returns_body: bool = False
    # JSON lines file the deviations log is appended to (default: $INSURUP_SANDBOX_DEVIATIONS).
    deviations_file: str | None = field(default_factory=default_file)

    @classmethod
    def for_tests(cls) -> SandboxConfig:
        return cls(
            seed=7,
            customers=40,
            policies=150,
            proposals=30,
            latency_min_s=0.01,
            latency_max_s=0.05,
            purchase_latency_s=0.01,
            cases=6,
        )

    def reference_day(self) -> dt.date:
        return self.today or dt.date.today()
