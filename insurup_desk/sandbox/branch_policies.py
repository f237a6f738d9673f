"""Policy columns of the property branches (reference §8, §10.8): the property, its UAVT number, the old DASK
policy, and for DASK the DASK policy number, which DASK's registry then knows (the old-policy lookup)."""

from __future__ import annotations

from typing import Any

from .records import ProposalRec
from .seed_assets import register_dask
from .state import Sandbox

# Sandbox-issued DASK policy numbers are eight digits from here (seeded old policies lie below).
DASK_NUMBER_BASE = 60_000_000


def property_columns(prop: dict[str, Any] | None) -> dict[str, Any]:
    if prop is None:
        return {}
    old = prop.get("daskOldPolicy") or {}
    return {"propertyId": prop["id"], "propertyNumber": prop["number"], "daskOldPolicyNumber": old.get("number")}


def branch_policy_columns(sb: Sandbox, p: ProposalRec) -> dict[str, Any]:
    """Columns to set on a policy bought from proposal ``p``; callers hold ``sb.lock`` and have just taken a
    policy number (``sb.policy_seq``)."""
    if p.property_id is None:
        return {}
    rec = sb.properties.get(p.property_id)
    prop = rec.data if rec is not None else None
    cols = property_columns(prop)
    if p.branch == "DASK" and prop is not None:
        number = DASK_NUMBER_BASE + sb.policy_seq
        register_dask(sb, number, prop, p.policy_end)
        cols["daskPolicyNumber"] = str(number)
    return cols
