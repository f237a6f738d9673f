"""Purchase metadata (§7.2, an object of campaign info / tags): kept on the policy, refused when not an object."""

from __future__ import annotations

import httpx
import pytest
from rest_helpers import MakeProposal, problem_of
from test_purchase import buy_path, buyable, card_body, priced_proposal

from insurup_desk.sandbox import Sandbox


@pytest.mark.asyncio
async def test_metadata_is_returned_by_the_policy_detail_and_its_campaign_by_the_list(
        asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, make_proposal: MakeProposal) -> None:
    pid = await priced_proposal(sandbox, make_proposal)
    prod = buyable(sandbox, pid)
    body = {**card_body(pid, prod.id), "metadata": {"campaign": "BAHAR-2026", "source": "gise"}}
    r = await asgi_http.post(buy_path(pid, prod.id), json=body, headers=auth)
    assert r.status_code == 200, r.text
    policy_id = r.json()["policyId"]
    policy = (await asgi_http.get(f"/api/policies/{policy_id}", headers=auth)).json()
    assert policy["metadata"] == {"campaign": "BAHAR-2026", "source": "gise"}
    query = f'query {{ policiesNew(first: 5, filter: {{id: {{eq: "{policy_id}"}}}}) {{ nodes {{ id campaign }} }} }}'
    answer = await asgi_http.post("/api/graphql", json={"query": query}, headers=auth)
    nodes = answer.json()["data"]["policiesNew"]
    assert nodes["nodes"] == [{"id": policy_id, "campaign": "BAHAR-2026"}]


@pytest.mark.asyncio
async def test_metadata_that_is_not_an_object_is_refused_before_any_charge(
        asgi_http: httpx.AsyncClient, auth: dict[str, str], sandbox: Sandbox, make_proposal: MakeProposal) -> None:
    pid = await priced_proposal(sandbox, make_proposal)
    prod = buyable(sandbox, pid)
    r = await asgi_http.post(buy_path(pid, prod.id), json={**card_body(pid, prod.id), "metadata": "BAHAR-2026"},
                             headers=auth)
    problem = problem_of(r, 422)
    assert any(e["propertyName"] == "metadata" for e in problem["validationErrors"]) and sandbox.charges == []
