"""Scrub secrets and personal data from log text.

Card data and tokens disappear completely; identity numbers, phones, e-mails and plates keep just enough
(first and last characters) for an operator to recognise a record in a support conversation.
"""

from __future__ import annotations

import logging
import re

from .secret_registry import SECRETS

_MASK = "***"

_SECRET_KEYS = (
    "accessToken|refreshToken|access_token|refresh_token|id_token|idToken|token|password|"
    "cvc|cvv|cvc2|expiryMonth|expiryYear|holderName|cardNumber|client_secret"
)
_JSON_SECRET = re.compile(r'("(?:' + _SECRET_KEYS + r')"\s*:\s*)("(?:[^"\\]|\\.)*"|-?\d+)', re.IGNORECASE)
_KV_SECRET = re.compile(r"\b((?:" + _SECRET_KEYS + r")=)[^&\s\"',;]+", re.IGNORECASE)
_REPR_SECRET = re.compile(r"\b((?:" + _SECRET_KEYS + r")\s*[:=]\s*)'[^']*'", re.IGNORECASE)
_MFA_CODE = re.compile(r'("code"\s*:\s*)"\d{4,8}"')
_BEARER = re.compile(r"\b(Bearer)\s+[A-Za-z0-9\-._~+/=]+", re.IGNORECASE)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")
# 12–19 digits, optionally grouped by spaces or dashes: a payment card. Masked whole, never partially.
_CARD = re.compile(r"(?<![\w-])(?:\d[ -]?){11,18}\d(?![\w-])")
_EMAIL = re.compile(r"\b([A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]*@([A-Za-z0-9.\-]+\.[A-Za-z]{2,})\b")
_PHONE = re.compile(r"(?<![\d+])(?:\+?90[ ]?|0)?(5\d{2})[ ]?(\d{3})[ ]?(\d{2})[ ]?(\d{2})(?![\w-])")
_TCKN = re.compile(r"(?<![\w-])([1-9]\d{2})\d{6}(\d{2})(?![\w-])")
_VKN = re.compile(r"(?<![\w-])(\d{3})\d{5}(\d{2})(?![\w-])")
_PLATE = re.compile(r"\b(0[1-9]|[1-7]\d|8[01])[ ]?([A-Z])([A-Z]{0,2})[ ]?(\d{2,4})\b")


def _plate(match: re.Match[str]) -> str:
    return f"{match.group(1)} {match.group(2)}{'*' * len(match.group(3))} {match.group(4)}"


def redact(text: str) -> str:
    """Return ``text`` with tokens, card data and personal identifiers masked.

    Exact values the process registered as secrets go first; the patterns then catch what nobody registered.
    """
    text = SECRETS.mask(text)
    text = _BEARER.sub(r"\1 " + _MASK, text)
    text = _JSON_SECRET.sub(r'\1"' + _MASK + '"', text)
    text = _REPR_SECRET.sub(r"\1'" + _MASK + "'", text)
    text = _KV_SECRET.sub(r"\1" + _MASK, text)
    text = _MFA_CODE.sub(r'\1"' + _MASK + '"', text)
    text = _JWT.sub(_MASK, text)
    text = _PHONE.sub(r"\1***\3\4", text)
    text = _CARD.sub("[KART]", text)
    text = _EMAIL.sub(r"\1***@\2", text)
    text = _TCKN.sub(r"\1******\2", text)
    text = _VKN.sub(r"\1*****\2", text)
    return _PLATE.sub(_plate, text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's final text through ``redact``: the message with its arguments merged (so a secret
    passed positionally, or inside a tuple's or dict's ``repr``, is seen), the traceback and the stack.

    Attach it to handlers, not loggers: a handler filter sees records from every logger, third-party ones
    propagated to the root included, while a logger filter sees only that logger's own records.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not take the log line down with it
            message = f"{record.msg} {record.args!r}" if record.args else str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class LibraryLevelFilter(logging.Filter):
    """Drops records below ``level`` from loggers outside the app, whatever level those loggers were set to.

    Libraries log internals at DEBUG/INFO (qasync the arguments of every call it hands to a thread, httpx every
    URL); the app's own ``--debug`` is about the app. Only the app's loggers pass below the cap.
    """

    def __init__(self, level: int = logging.WARNING, own_prefixes: tuple[str, ...] = ("insurup_desk",)) -> None:
        super().__init__()
        self.level = level
        self._own = own_prefixes

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= self.level:
            return True
        return any(record.name == p or record.name.startswith(p + ".") for p in self._own)
