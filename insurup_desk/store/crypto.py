"""Encryption at rest for the local store.

The data key is a random 256-bit AES-GCM key held in the OS keyring (Windows Credential Manager, Secret
Service, macOS Keychain), so a copied database file alone reveals nothing. Where no keyring is reachable the
key lives only in memory for this run: the cache is then unreadable after a restart, which is the safe failure.
"""

from __future__ import annotations

import base64
import json
import logging
import os
from typing import Any

import keyring
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger(__name__)

KEYRING_SERVICE = "InsurUp Desk"
KEYRING_KEY_NAME = "local-store-key"
_NONCE_BYTES = 12


class CipherError(Exception):
    """A stored value could not be decrypted (wrong key or tampered data)."""


def load_or_create_key(service: str = KEYRING_SERVICE) -> tuple[bytes, bool]:
    """Return (key, persistent). persistent is False when the key could not be kept in the keyring."""
    try:
        stored = keyring.get_password(service, KEYRING_KEY_NAME)
        if stored:
            return base64.b64decode(stored), True
        key = AESGCM.generate_key(bit_length=256)
        keyring.set_password(service, KEYRING_KEY_NAME, base64.b64encode(key).decode("ascii"))
        return key, True
    except Exception as exc:  # any backend failure (D-Bus, OS, corrupt file) means: no persistent key
        log.warning("OS keyring unavailable; local store key kept in memory only (%s)", type(exc).__name__)
        return AESGCM.generate_key(bit_length=256), False


class RecordCipher:
    """Encrypts JSON-able values; the associated data binds a ciphertext to its row so rows can't be swapped."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, value: Any, context: str) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        plain = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return nonce + self._aead.encrypt(nonce, plain, context.encode("utf-8"))

    def open(self, blob: bytes, context: str) -> Any:
        try:
            plain = self._aead.decrypt(blob[:_NONCE_BYTES], blob[_NONCE_BYTES:], context.encode("utf-8"))
        except (InvalidTag, ValueError) as exc:
            raise CipherError("stored value cannot be decrypted") from exc
        return json.loads(plain)
