"""A keyring backend kept in one JSON file, for tests that restart the app process.

Selected with ``PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring`` (this folder on ``PYTHONPATH``); the file is
named by ``INSURUP_TEST_KEYRING_FILE``. Values must outlive the process (the local store's key does), so every
write goes straight to disk.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors

FILE_ENV = "INSURUP_TEST_KEYRING_FILE"


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's base class is not annotated

    @property
    def _path(self) -> Path:
        name = os.environ.get(FILE_ENV)
        if not name:
            raise keyring.errors.KeyringError(f"{FILE_ENV} is not set")
        return Path(name)

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return {str(k): str(v) for k, v in data.items()}

    def _save(self, data: dict[str, str]) -> None:
        tmp = self._path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, self._path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x1f{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\x1f{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\x1f{username}", None) is None:
            raise keyring.errors.PasswordDeleteError("not found")
        self._save(data)
