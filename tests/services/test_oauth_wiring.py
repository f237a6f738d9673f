"""Which authorization server the desk talks to: the sandbox's own in training mode, else the settings'."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from insurup_desk.api.oauth import OAuthClient
from insurup_desk.app import oauth_client_for
from insurup_desk.sandbox.oauth_state import DESK_CLIENT_ID
from insurup_desk.services.settings import AppSettings


@dataclass
class _Server:
    """The training sandbox as the composition root holds it: its addresses are known before it is up."""

    url: str
    auth_url: str


def _closed(client: object) -> OAuthClient:
    assert isinstance(client, OAuthClient)
    asyncio.run(client.aclose())
    return client


def test_without_a_client_id_only_the_form_is_offered() -> None:
    assert oauth_client_for(AppSettings(), None) is None


def test_configured_client_goes_to_the_configured_origin() -> None:
    client = _closed(oauth_client_for(AppSettings(oauth_client_id="desk-1"), None))
    assert (client.origin, client.client_id) == ("https://auth.insurup.com", "desk-1")


def test_training_mode_uses_the_sandboxs_authorization_server() -> None:
    sandbox = _Server("http://127.0.0.1:1", "http://127.0.0.1:2")
    client = _closed(oauth_client_for(AppSettings(oauth_client_id="desk-1"), sandbox))
    assert (client.origin, client.client_id) == ("http://127.0.0.1:2", DESK_CLIENT_ID)
