"""The update repository fixture: a signed repository on loopback (update_repos.py builds it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from update_repos import Repo, load_update_repo

from insurup_desk.sandbox.update_repo import UpdateRepoServer


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repo]:
    tools = load_update_repo()
    folder, keys = tmp_path / "repository", tmp_path / "keys"
    root = tools.init_repo(folder, keys, anchor=tmp_path / "anchor" / "root.json")
    with UpdateRepoServer(folder) as server:
        yield Repo(tools, folder, keys, tmp_path / "anchor" / "root.json", server, tmp_path)
    assert root.is_file()
