from __future__ import annotations

import logging

import pytest

from insurup_desk.api.redaction import RedactingFilter, redact


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Authorization: Bearer eyJhbGciOi.abc.def", ["eyJhbGciOi"], ["Bearer ***"]),
        ('{"accessToken":"a-secret","refreshToken": "r-secret","expiresIn":600}', ["a-secret", "r-secret"], ["600"]),
        ("refresh_token=r-secret&x=1", ["r-secret"], ["x=1"]),
        ("kart 4242 4242 4242 4242 ve 5555555555554444", ["4242", "5555"], ["[KART]"]),
        (
            '{"number":"4242424242424242","cvc":"123","expiryMonth":"12","holderName":"AYSE Y"}',
            ["4242", "123", "AYSE"],
            ["[KART]"],
        ),
        ("tckn 11111111110", ["11111111110"], ["111******10"]),
        ("vkn 6130782524", ["6130782524"], ["613*****24"]),
        ("tel +90 532 123 45 67 / 05321234567", ["123 45", "05321234567"], ["532***4567"]),
        ("mail ayse.yilmaz@example.com", ["ayse.yilmaz"], ["a***@example.com"]),
        ("plaka 34 ABC 123 ve 34ABC123", ["ABC"], ["34 A** 123"]),
        ('{"userId":"u","code":"482913"}', ["482913"], ['"code":"***"']),
    ],
)
def test_redact_masks_secrets_and_personal_data(text: str, gone: list[str], kept: list[str]) -> None:
    out = redact(text)
    for piece in gone:
        assert piece not in out
    for piece in kept:
        assert piece in out


def test_ids_dates_and_amounts_are_left_alone() -> None:
    text = "proposal 673afd15f11de64fe1f2b0db customer 550e8400-e29b-41d4-a716-446655440000 2026-03-10 ₺9.000,00"
    assert redact(text) == text


def test_filter_rewrites_message_args_and_traceback(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.redaction")
    caplog.handler.addFilter(RedactingFilter())
    with caplog.at_level(logging.INFO, logger="test.redaction"):
        logger.info("müşteri %s kart %s", "11111111110", "4242424242424242")
        try:
            raise RuntimeError("Bearer topsecret")
        except RuntimeError:
            logger.exception("failed for ayse@example.com")
    assert "11111111110" not in caplog.text and "4242424242424242" not in caplog.text
    assert "topsecret" not in caplog.text and "ayse@" not in caplog.text
    assert "111******10" in caplog.text
