"""Document answers come as ``{url}`` JSON (SDK) or as a PDF body (docs); both are handled here."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ProtocolError
from .session import ApiSession, decode_json
from .transport import RawResponse


@dataclass(frozen=True, slots=True)
class Document:
    """Either a link to the PDF or the PDF itself."""

    url: str | None = None
    content: bytes | None = None

    @property
    def is_inline(self) -> bool:
        return self.content is not None


def document_from(response: RawResponse) -> Document:
    if response.content_type == "application/pdf" or response.content.startswith(b"%PDF"):
        return Document(content=response.content)
    body = decode_json(response)
    if isinstance(body, dict) and isinstance(body.get("url"), str) and body["url"]:
        return Document(url=body["url"])
    raise ProtocolError("Belge yanıtında bağlantı veya PDF yok.")


async def fetch_document(session: ApiSession, method: str, path: str, body: object = None) -> Document:
    response = await session.request(
        method, path, json_body=body, accept="application/json, application/pdf", idempotent=method == "GET"
    )
    return document_from(response)


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
    # Links on the API host need the session's token; pre-signed storage links must not receive it.
    own_host = url.startswith(session.config.rest_base) or not url.startswith(("http://", "https://"))
    # Storage links may redirect; httpx drops the Authorization header when the origin changes.
    response = await session.request("GET", url, auth=own_host, accept="application/pdf, */*", follow_redirects=True)
    return response.content
