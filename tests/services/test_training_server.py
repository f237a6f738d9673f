"""The training sandbox's addresses are known before it starts, and it answers on them once ready."""

from __future__ import annotations

import asyncio
import gc

import httpx

from insurup_desk.training_server import PendingSandbox


def test_the_sandbox_comes_up_on_the_addresses_given_out_before() -> None:
    # As in the desk (ui.gc_guard): no collection on the sandbox's thread, where Qt objects other tests left
    # behind would be destroyed off their own thread.
    gc.collect()
    gc.disable()
    pending = PendingSandbox()
    url, auth_url = pending.url, pending.auth_url
    assert url != auth_url

    async def scenario() -> int:
        ready = pending.ready()
        pending.begin()
        server = await asyncio.wait_for(ready, 60)
        assert server.url == url and server.auth_server.url == auth_url
        async with httpx.AsyncClient() as http:
            answer = await http.get(f"{auth_url}/.well-known/openid-configuration")
        return answer.status_code

    try:
        assert asyncio.run(scenario()) == 200
    finally:
        pending.stop()
        gc.enable()
