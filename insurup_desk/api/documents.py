"""Document answers come as ``{url}`` JSON (SDK) or as a PDF body (docs); both are handled here.

A link is only followed over https, or plain http to this machine (the sandbox), and so is every redirect it
bounces through: a policy PDF carries personal data and must not cross the network in clear text.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from .errors import InsecureLink, ProtocolError
from .models.common import UrlResponse
from .parsing import parse_body
from .session import ApiSession
from .transport import RawResponse


@dataclass(frozen=True, slots=True)
class Document:
    """Either a link to the PDF or the PDF itself."""

    url: str | None = None
    content: bytes | None = None


def document_from(response: RawResponse) -> Document:
    if response.content_type == "application/pdf" or response.content.startswith(b"%PDF"):
        return Document(content=response.content)
    return Document(url=parse_body(response, UrlResponse).url)


async def fetch_document(session: ApiSession, method: str, path: str, body: object = None) -> Document:
    response = await session.request(
        method, path, json_body=body, accept="application/json, application/pdf", idempotent=method == "GET"
    )
    return document_from(response)


def is_loopback_host(host: str) -> bool:
    """127.0.0.0/8, ::1 by address, or the literal name ``localhost`` (not ``*.localhost``: a name can resolve
    anywhere a resolver likes)."""
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_link(url: str) -> None:
    """Raise ``InsecureLink`` unless ``url`` may be downloaded: https anywhere, http only to this machine."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if scheme == "https" and host:
        return
    if scheme == "http" and host and is_loopback_host(host):
        return
    raise InsecureLink(route="GET " + (f"{scheme}://{host}" if host else scheme or "?"))


async def download(session: ApiSession, document: Document | str) -> bytes:
    """The PDF bytes, following the URL when the server gave a link."""
    if isinstance(document, Document):
        if document.content is not None:
            return document.content
        if document.url is None:
            raise ProtocolError()
        url = document.url
    else:
        url = document
    absolute = bool(urlsplit(url).scheme) or url.startswith("//")
    if absolute:
        check_link(url)
    # Links on the API host need the session's token; pre-signed storage links must not receive it.
    own_host = url.startswith(session.config.rest_base) or not absolute
    # Storage links may redirect; the transport drops the Authorization header when the origin changes and
    # refuses a hop that leaves https.
    response = await session.request(
        "GET", url, auth=own_host, accept="application/pdf, */*", follow_redirects=True, redirect_guard=check_link
    )
    return response.content
