"""Fault switches: slow routes, forced error statuses, dropped connections, lost purchase answers, damaged bodies."""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass, field
from typing import Any

FORCEABLE_STATUSES = (400, 401, 403, 404, 409, 422, 429, 500, 502, 503)


@dataclass(slots=True)
class FaultRule:
    # Glob over the request path, e.g. "/api/proposals/*/purchase/sync" or "*graphql".
    route: str = "*"
    method: str = "*"
    status: int | None = None
    latency_s: float = 0.0
    drop: bool = False
    # Let the request run to the end (e.g. the purchase commits), then drop the connection.
    lose_response: bool = False
    # Answer normally but scramble the body after its first bytes (a PDF that arrives damaged; length kept).
    damage_body: bool = False
    retry_after_s: int = 2
    # None means "every matching call"; otherwise the rule is spent after this many calls.
    count: int | None = None
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.method not in ("*", method.upper()):
            return False
        return fnmatch.fnmatchcase(path, self.route)

    @property
    def spent(self) -> bool:
        return self.count is not None and self.hits >= self.count

    @property
    def is_action(self) -> bool:
        return self.status is not None or self.drop or self.lose_response or self.damage_body

    def to_json(self) -> dict[str, Any]:
        return {
            "route": self.route, "method": self.method, "status": self.status, "latencyS": self.latency_s,
            "drop": self.drop, "loseResponse": self.lose_response, "damageBody": self.damage_body,
            "retryAfterS": self.retry_after_s, "count": self.count, "hits": self.hits,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> FaultRule:
        status = raw.get("status")
        if status is not None and int(status) not in FORCEABLE_STATUSES:
            raise ValueError(f"status must be one of {FORCEABLE_STATUSES}")
        count = raw.get("count")
        latency = float(raw.get("latencyS", raw.get("latency_s", 0.0)))
        if latency < 0 or (count is not None and int(count) < 1):
            raise ValueError("latencyS must be >= 0 and count >= 1")
        rule = cls(
            route=str(raw.get("route", "*")),
            method=str(raw.get("method", "*")).upper(),
            status=int(status) if status is not None else None,
            latency_s=latency,
            drop=bool(raw.get("drop", False)),
            lose_response=bool(raw.get("loseResponse", raw.get("lose_response", False))),
            damage_body=bool(raw.get("damageBody", raw.get("damage_body", False))),
            retry_after_s=int(raw.get("retryAfterS", raw.get("retry_after_s", 2))),
            count=int(count) if count is not None else None,
        )
        if not rule.is_action and rule.latency_s == 0:
            raise ValueError("a rule needs status, drop, loseResponse, damageBody or latencyS")
        return rule


@dataclass(slots=True)
class Effect:
    latency_s: float = 0.0
    action: FaultRule | None = None


@dataclass
class FaultState:
    rules: list[FaultRule] = field(default_factory=list)
    token_lifetime_s: int | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, rule: FaultRule) -> None:
        with self._lock:
            self.rules.append(rule)

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()
            self.token_lifetime_s = None

    def to_json(self) -> dict[str, Any]:
        with self._lock:
            return {"rules": [r.to_json() for r in self.rules], "tokenLifetimeS": self.token_lifetime_s}

    def take(self, method: str, path: str) -> Effect:
        """What to do to this request; spends one use of each rule that applies."""
        effect = Effect()
        with self._lock:
            for rule in self.rules:
                if rule.spent or not rule.matches(method, path):
                    continue
                if rule.is_action:
                    if effect.action is not None:
                        continue
                    effect.action = rule
                effect.latency_s += rule.latency_s
                rule.hits += 1
            self.rules = [r for r in self.rules if not r.spent]
        return effect


def parse_cli_fault(text: str) -> FaultRule:
    """``--fault`` takes the JSON object accepted by POST /_sandbox/faults, e.g. '{"route": "*", "status": 503}'."""
    import json

    raw = json.loads(text)
    if not isinstance(raw, dict):
        raise ValueError("a fault is a JSON object")
    return FaultRule.from_json(raw)
