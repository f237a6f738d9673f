"""packaging/update_repo.py and build.py --publish-to: keys stay out of the checkout, versions only go up."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest


def _bundle(folder: Path, version: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "insurup-desk").write_text(version, encoding="utf-8")
    return folder


def test_signing_keys_inside_the_checkout_are_refused(update_repo: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(update_repo.PublishError, match="inside a git checkout"):
        update_repo.init_repo(tmp_path / "repo", update_repo.ROOT / "keys", anchor=None)
    assert not (update_repo.ROOT / "keys").exists()


def test_build_publishes_the_bundle_it_built_and_versions_only_go_up(
    update_repo: ModuleType, build_script: ModuleType, tmp_path: Path
) -> None:
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    anchor = tmp_path / "anchor" / "root.json"
    update_repo.init_repo(repo, keys, anchor=anchor)
    assert anchor.read_bytes() == (repo / "metadata" / "root.json").read_bytes()
    assert sorted(p.name for p in keys.iterdir()) == sorted(
        f"{role}{suffix}" for role in ("root", "targets", "snapshot", "timestamp") for suffix in ("", ".pub"))
    assert not any(p.suffix != ".json" for p in (repo / "metadata").iterdir())  # no key and no config published

    dist = tmp_path / "dist"
    _bundle(dist / "insurup-desk", "0.2.0")
    archive = build_script.publish_bundle(dist, repo, keys, "0.2.0")
    assert archive.is_file() and update_repo.published_versions(repo) == ["0.2.0"]

    with pytest.raises(build_script.StepFailed, match="already in the repository"):
        build_script.publish_bundle(dist, repo, keys, "0.2.0")
    with pytest.raises(build_script.StepFailed, match="not above the newest"):
        build_script.publish_bundle(dist, repo, keys, "0.1.9")
    with pytest.raises(update_repo.PublishError, match="already holds a repository"):
        update_repo.init_repo(repo, keys, anchor=None)

    update_repo.resign(repo, keys)
    assert update_repo.published_versions(repo) == ["0.2.0"]


def test_publishing_needs_the_keys_folder(build_script: ModuleType, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_script.main(["--dist", str(tmp_path), "--publish-to", str(tmp_path / "repo")])
    assert stopped.value.code == 2 and "--publish-to needs --keys" in capsys.readouterr().err
