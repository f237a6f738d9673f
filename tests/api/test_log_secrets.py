"""Secrets the process knows are masked by value in every log record's final text, whatever logger wrote it and
however the value got there: a positional argument, %-formatting, a tuple's or dict's ``repr``, a traceback."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from insurup_desk.api.redaction import LibraryLevelFilter, RedactingFilter, redact
from insurup_desk.api.secret_registry import (
    SecretRegistry,
    forget_secret,
    register_card,
    register_secret,
)

PASSWORD = "Demo1234!"
REFRESH = "y63D2Tl-1TSD3C9DrIYTHDPGbFAUvJMLPOJ5iiItUGs"  # an opaque token: no pattern recognises it


@pytest.fixture
def registered() -> Iterator[None]:
    register_secret(PASSWORD, REFRESH)
    yield
    forget_secret(PASSWORD, REFRESH)


@pytest.fixture
def root_stream() -> Iterator[io.StringIO]:
    """A handler on the root logger filtered as the app's are: what reaches it is what a log file would hold."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(LibraryLevelFilter(logging.WARNING))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield stream
    root.removeHandler(handler)
    root.setLevel(level)


def _record(msg: str, *args: object, exc: BaseException | None = None, name: str = "insurup_desk.t") -> str:
    """Run one record through the filter and format it as a handler would."""
    exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    record = logging.LogRecord(name, logging.ERROR, __file__, 1, msg, args or None, exc_info)
    if len(args) == 1 and isinstance(args[0], dict):
        record.args = args[0]  # what logging does with a single mapping argument
    assert RedactingFilter().filter(record)
    return logging.Formatter("%(message)s").format(record)


@pytest.mark.usefixtures("registered")
def test_a_secret_passed_positionally_is_masked() -> None:
    out = _record("vault set %s %s", "profile/password", PASSWORD)
    assert PASSWORD not in out and out == "vault set profile/password ***"


@pytest.mark.usefixtures("registered")
def test_a_secret_inside_a_repr_of_call_arguments_is_masked() -> None:
    # What qasync's executor writes at DEBUG: the callable and its arguments, repr'd.
    out = _record("Submitting callback %r with args %r", ("SecretVault._set", "p/refresh_token", REFRESH), ())
    assert REFRESH not in out and "'p/refresh_token', '***'" in out


@pytest.mark.usefixtures("registered")
def test_secrets_in_a_mapping_argument_and_in_percent_formatting_are_masked() -> None:
    out = _record("login %(email)s with %(password)r", {"email": "gise@demo.acente", "password": PASSWORD})
    assert PASSWORD not in out and "'***'" in out
    assert _record("token=%-50s|", REFRESH).startswith("token=***")


@pytest.mark.usefixtures("registered")
def test_a_secret_in_the_traceback_is_masked() -> None:
    try:
        raise RuntimeError(f"keyring refused {REFRESH} for {PASSWORD}")
    except RuntimeError as exc:
        out = _record("could not store the token", exc=exc)
    assert "Traceback" in out and "RuntimeError: keyring refused *** for ***" in out
    assert REFRESH not in out and PASSWORD not in out


@pytest.mark.usefixtures("registered")
def test_a_bad_format_string_keeps_its_arguments_masked() -> None:
    out = _record("%d items", PASSWORD)
    assert PASSWORD not in out and "***" in out


def test_patterns_catch_unregistered_tokens_and_cards_in_arguments() -> None:
    out = _record("headers %r card %s", {"Authorization": "Bearer abc.def-ghi"}, "4242 4242 4242 4242")
    assert "abc.def" not in out and "4242" not in out and "Bearer ***" in out and "[KART]" in out
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"
    assert jwt not in _record("refresh with %s", jwt)


@pytest.mark.usefixtures("registered")
def test_third_party_records_are_capped_and_masked_at_the_root_handler(root_stream: io.StringIO) -> None:
    logging.getLogger("qasync._QThreadWorker").debug("got callback %r", ("_set", PASSWORD))
    logging.getLogger("httpx").info("POST /login %s", PASSWORD)
    logging.getLogger("qasync").error("callback failed for %s", REFRESH)
    logging.getLogger("keyring.backend").warning("could not store %r", {"value": PASSWORD})
    logging.getLogger("insurup_desk.services.session").debug("resuming with %s", REFRESH)
    text = root_stream.getvalue()
    assert PASSWORD not in text and REFRESH not in text
    assert "got callback" not in text and "POST /login" not in text  # below WARNING: libraries are quiet
    assert "ERROR qasync: callback failed for ***" in text
    assert "WARNING keyring.backend: could not store {'value': '***'}" in text
    assert "DEBUG insurup_desk.services.session: resuming with ***" in text  # the app's own debug stays


def test_a_card_is_masked_in_every_spelling_but_short_parts_only_where_they_stand_alone() -> None:
    registry = SecretRegistry()
    registry.add("958", "KART SAHIBI TEST")
    assert registry.mask("cvc=958; kart sahibi test") == "cvc=***; ***"
    assert registry.mask("took 1958 ms, id 958a") == "took 1958 ms, id 958a"
    try:
        register_card("4242 4242 4242 4242", "958", "11", "2029", "Kart Sahibi Test", "11/29")
        for text in ("4242424242424242", "4242 4242 4242 4242", "4242-4242-4242-4242", "11/29", "11/2029",
                     "2029-11", "KART SAHIBI TEST", "cvc 958"):
            assert text not in redact(f"paid {text}!"), text
    finally:
        forget_secret("4242424242424242", "4242 4242 4242 4242", "4242-4242-4242-4242", "958", "Kart Sahibi Test",
                      "11/29", "11/2029", "2029-11")


def test_the_registry_holds_no_value_and_stays_bounded() -> None:
    registry = SecretRegistry(max_entries=3)
    registry.add(PASSWORD, REFRESH)
    assert PASSWORD not in repr(vars(registry)) and REFRESH not in repr(vars(registry))
    assert registry.mask(f"{PASSWORD}/{REFRESH}") == "***/***"
    registry.add("one-more", "and-another")
    assert len(registry) == 3 and registry.mask(PASSWORD) == PASSWORD  # the oldest went first
    registry.discard(REFRESH)
    assert registry.mask(REFRESH) == REFRESH
    registry.add("ab", "", None)  # too short to mean anything: masking them would blank half the log
    assert len(registry) == 2


def test_the_process_registry_starts_masking_as_soon_as_a_value_is_registered() -> None:
    value = "only-known-at-runtime-42"
    assert redact(f"x {value}") == f"x {value}"
    register_secret(value)
    try:
        assert redact(f"x {value.upper()}") == "x ***"
    finally:
        forget_secret(value)
    assert value in redact(f"x {value}")


def test_a_restored_registry_masks_exactly_what_it_masked_when_saved() -> None:
    registry = SecretRegistry()
    registry.add(PASSWORD)
    saved = registry.snapshot()
    registry.add(REFRESH, "4242 4242 4242 4242")
    registry.discard(PASSWORD)
    registry.restore(saved)
    assert registry.mask(f"{PASSWORD} {REFRESH} 4242 4242 4242 4242") == f"*** {REFRESH} 4242 4242 4242 4242"
