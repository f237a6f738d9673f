"""Transport hardening: per-attempt request ids, certificate failures, https-only document links, body cap."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import ssl
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest
from api_fakes import ORIGIN, FakeApi, ok, signed_in
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from insurup_desk.api import (
    ApiConfig,
    CertificateError,
    Document,
    InsecureLink,
    InsurUpClient,
    MalformedResponseError,
    NetworkError,
    RetryPolicy,
)
from insurup_desk.api.transport import MAX_BODY_BYTES

PDF = b"%PDF-1.4 test"


def fail(status: int) -> Callable[[httpx.Request], httpx.Response]:
    return lambda r: httpx.Response(status)


# -- request ids ---------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_every_attempt_has_its_own_request_id_and_the_log_ties_them_to_one_call(
    fake: FakeApi, make_client: Callable[..., InsurUpClient], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="insurup_desk.api")
    fake.on("GET", "vehicle-parameters/brands", fail(503), fail(503), ok([]))
    async with make_client() as client:
        await signed_in(client)
        await client.vehicles.brands()
    ids = [r.headers["x-request-id"] for r in fake.calls("GET", "vehicle-parameters/brands")]
    assert len(ids) == 3 and len(set(ids)) == 3
    lines = [r.getMessage() for r in caplog.records if "vehicle-parameters/brands" in r.getMessage()]
    found = [re.search(r"call (\w+) attempt (\d+), id (\w+)", line) for line in lines]
    assert all(found)
    assert len({m.group(1) for m in found if m}) == 1
    assert [m.group(2) for m in found if m] == ["1", "2", "3"]
    assert [m.group(3) for m in found if m] == ids


@pytest.mark.asyncio
async def test_the_replay_after_a_401_is_a_new_attempt_with_a_new_request_id(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", "policies/p1", ok({"id": "p1"}))
    async with make_client() as client:
        await signed_in(client)
        fake.access_tokens = set()  # revoked elsewhere: the first try gets a 401, a refresh, one replay
        await client.policies.get("p1")
    ids = [r.headers["x-request-id"] for r in fake.calls("GET", "policies/p1")]
    assert len(ids) == 2 and ids[0] != ids[1]


# -- certificates --------------------------------------------------------------------------------------------


def _cert_failure(request: httpx.Request) -> httpx.Response:
    try:
        raise ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate has expired")
    except ssl.SSLCertVerificationError as exc:
        raise httpx.ConnectError("certificate verify failed", request=request) from exc


@pytest.mark.asyncio
async def test_a_certificate_failure_is_its_own_error_not_a_dead_line(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    fake.on("GET", "policies/p1", _cert_failure)
    seen: list[float | None] = []
    async with make_client() as client:
        await signed_in(client)
        client.add_request_observer(seen.append)
        with pytest.raises(CertificateError) as info:
            await client.policies.get("p1")
    assert not isinstance(info.value, NetworkError)
    assert "Sunucunun sertifikası doğrulanamadı" in str(info.value)
    assert "bağlantınızı kontrol" not in str(info.value)
    assert info.value.route == "GET policies/p1"
    assert None not in seen  # the line is not declared down: "offline" would hide the real problem
    assert len(fake.calls("GET", "policies/p1")) == 1  # a bad certificate does not get better on retry


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[Callable[[], AsyncIterator[int]]]:
    cert, key = _self_signed(tmp_path)

    async def serve() -> AsyncIterator[int]:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writer.close()

        server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=context)
        try:
            yield server.sockets[0].getsockname()[1]
        finally:
            server.close()
            await server.wait_closed()

    yield serve


@pytest.mark.asyncio
async def test_a_real_self_signed_server_gives_the_certificate_error(
    tls_server: Callable[[], AsyncIterator[int]],
) -> None:
    async for port in tls_server():
        config = ApiConfig(rest_base=f"https://127.0.0.1:{port}/api/")
        async with InsurUpClient(config, retry=RetryPolicy(max_retries=0)) as client:
            with pytest.raises(CertificateError):
                await client.auth.login("gise@demo.acente", "Demo1234!")


# -- document links ------------------------------------------------------------------------------------------


def _files(log: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        log.append(request)
        if request.url.path == "/bounce-to-http":
            return httpx.Response(302, headers={"location": "http://files.example/doc.pdf"})
        if request.url.path == "/bounce-to-storage":
            return httpx.Response(302, headers={"location": "https://storage.example/doc.pdf"})
        return httpx.Response(200, content=PDF, headers={"content-type": "application/pdf"})

    return handler


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> InsurUpClient:
    return InsurUpClient(ApiConfig(rest_base=ORIGIN + "/api/"), transport=httpx.MockTransport(handler))


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "url",
    [
        "http://files.example/doc.pdf",
        "http://evil.localhost/doc.pdf",
        "http://localhost.evil.example/doc.pdf",
        "http://10.0.0.5/doc.pdf",
        "ftp://files.example/doc.pdf",
        "file:///etc/passwd",
        "//files.example/doc.pdf",
        "https:///doc.pdf",
    ],
)
async def test_document_links_off_https_are_refused_before_any_request(url: str) -> None:
    seen: list[httpx.Request] = []
    async with _client(_files(seen)) as client:
        with pytest.raises(InsecureLink) as info:
            await client.policies.download(Document(url=url))
    assert seen == []
    assert "güvenli değil" in str(info.value)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "url",
    [
        "https://files.example/doc.pdf",
        "http://127.0.0.1:8765/doc.pdf",
        "http://127.10.20.30/doc.pdf",
        "http://[::1]:8765/doc.pdf",
        "http://localhost:8765/doc.pdf",
    ],
)
async def test_https_and_loopback_links_are_downloaded(url: str) -> None:
    seen: list[httpx.Request] = []
    async with _client(_files(seen)) as client:
        assert await client.policies.download(Document(url=url)) == PDF
    assert len(seen) == 1 and "authorization" not in seen[0].headers


@pytest.mark.asyncio
async def test_a_redirect_from_https_to_plain_http_is_not_followed() -> None:
    seen: list[httpx.Request] = []
    async with _client(_files(seen)) as client:
        with pytest.raises(InsecureLink):
            await client.policies.download("https://files.example/bounce-to-http")
    assert [str(r.url) for r in seen] == ["https://files.example/bounce-to-http"]


@pytest.mark.asyncio
async def test_a_redirect_off_the_api_host_drops_the_token(fake: FakeApi) -> None:
    fake.on("GET", "files/doc", lambda r: httpx.Response(302, headers={"location": "https://storage.example/d.pdf"}))
    storage: list[httpx.Request] = []

    def route(request: httpx.Request) -> httpx.Response:
        if request.url.host == "storage.example":
            storage.append(request)
            return httpx.Response(200, content=PDF)
        return fake(request)

    async with _client(route) as client:
        await signed_in(client)
        assert await client.policies.download(ORIGIN + "/api/files/doc") == PDF
    assert fake.calls("GET", "files/doc")[0].headers["authorization"].startswith("Bearer ")
    assert len(storage) == 1 and "authorization" not in storage[0].headers


# -- body cap ------------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_an_endless_body_is_cut_at_the_cap_and_is_a_malformed_answer(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    chunk = b"[" + b" " * (1024 * 1024 - 1)
    served = 0

    async def endless() -> AsyncIterator[bytes]:
        nonlocal served
        while True:
            served += 1
            yield chunk

    fake.on("GET", "vehicle-parameters/brands", lambda r: httpx.Response(200, content=endless()))
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(MalformedResponseError) as info:
            await client.vehicles.brands()
    assert served == MAX_BODY_BYTES // len(chunk) + 1  # stopped reading one chunk past the cap
    assert info.value.route == "GET vehicle-parameters/brands" and info.value.trace_id
    assert len(fake.calls("GET", "vehicle-parameters/brands")) == 1


@pytest.mark.asyncio
async def test_a_declared_oversize_body_is_refused_without_reading_it(
    fake: FakeApi, make_client: Callable[..., InsurUpClient]
) -> None:
    async def small() -> AsyncIterator[bytes]:
        yield b"[]"

    headers = {"content-length": str(MAX_BODY_BYTES + 1)}
    fake.on("GET", "policies/p1", lambda r: httpx.Response(200, headers=headers, content=small()))
    async with make_client() as client:
        await signed_in(client)
        with pytest.raises(MalformedResponseError):
            await client.policies.get("p1")
