"""Publishing tools for the desk's signed update repository (tufup / The Update Framework).

    python packaging/update_repo.py init    --repo REPO --keys KEYS      create keys (if none) and root metadata
    python packaging/update_repo.py add     --repo REPO --keys KEYS --bundle dist/insurup-desk --version 0.2.0
    python packaging/update_repo.py resign  --repo REPO --keys KEYS      renew the timestamp (freeze protection)
    python packaging/update_repo.py serve   --repo REPO                  serve REPO on loopback (training, checks)

``REPO`` is a plain folder (``metadata/`` and ``targets/``) to copy as-is to any static file host. ``KEYS`` holds
the private signing keys and must be outside the source checkout: the tools refuse a folder inside it. ``init``
also writes the trust anchor ``resources/updates/root.json`` (public metadata, committed) that every
bundle built afterwards ships with. Key custody: docs/packaging.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANCHOR = ROOT / "resources" / "updates" / "root.json"
ARCHIVE_NAME = "insurup-desk"  # the desk looks for insurup-desk-<version>.tar.gz
# How long each role's signature stays valid. The timestamp is short so a repository frozen by an attacker (or a
# broken publishing job) is noticed within days; "resign" renews it without touching the bundles.
EXPIRATION_DAYS = {"root": 365, "targets": 90, "snapshot": 90, "timestamp": 7}


class PublishError(Exception):
    """A publishing step cannot go ahead; ``str()`` says why in one line."""


def _inside_checkout(path: Path) -> bool:
    resolved = path.resolve()
    if resolved == ROOT or ROOT in resolved.parents:
        return True
    try:
        top = subprocess.run(["git", "-C", str(resolved.parent if not resolved.exists() else resolved),
                              "rev-parse", "--show-toplevel"], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return top.returncode == 0 and bool(top.stdout.strip())


def check_keys_dir(keys: Path, *, allow_checkout: bool = False) -> None:
    if not allow_checkout and _inside_checkout(keys):
        raise PublishError(f"the signing keys folder {keys} is inside a git checkout; keep keys out of the repo")


def _repository(repo: Path, keys: Path) -> object:
    from tufup.repo import Repository

    class FolderRepository(Repository):  # type: ignore[misc]  # tufup ships no type information
        """tufup's repository, configured by these arguments only: it would otherwise keep a config file in the
        current folder (the checkout), naming where the keys live."""

        def save_config(self) -> None:
            pass

        @classmethod
        def load_config(cls) -> dict[str, object]:
            return {}

    return FolderRepository(app_name=ARCHIVE_NAME, repo_dir=repo, keys_dir=keys,
                            expiration_days=dict(EXPIRATION_DAYS))


def init_repo(repo: Path, keys: Path, *, anchor: Path | None = ANCHOR, allow_checkout: bool = False) -> Path:
    """Create the key pairs (only where none exist) and the signed root; copy root.json to ``anchor``."""
    check_keys_dir(keys, allow_checkout=allow_checkout)
    if (repo / "metadata" / "root.json").exists():
        raise PublishError(f"{repo} already holds a repository; use 'add' or 'resign'")
    if any(keys.glob("*.pub")):
        raise PublishError(f"{keys} already holds keys; a new repository gets new keys (move the old ones away)")
    repository = _repository(repo, keys)
    repository.initialize()  # type: ignore[attr-defined]
    root = repo / "metadata" / "root.json"
    if anchor is not None:
        anchor.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root, anchor)
    return root


def _loaded(repo: Path, keys: Path) -> object:
    if not (repo / "metadata" / "root.json").is_file():
        raise PublishError(f"{repo} holds no repository yet; run 'init' first")
    repository = _repository(repo, keys)
    # tufup's CLI loads an existing repository the same way (without creating keys, which would prompt).
    repository._load_keys_and_roles(create_keys=False)  # type: ignore[attr-defined]
    return repository


def add_bundle(repo: Path, keys: Path, bundle: Path, version: str, *, allow_checkout: bool = False) -> Path:
    """Archive ``bundle`` as ``insurup-desk-<version>.tar.gz``, register it and publish signed metadata."""
    check_keys_dir(keys, allow_checkout=allow_checkout)
    if not bundle.is_dir() or not any(bundle.iterdir()):
        raise PublishError(f"no bundle to add: {bundle} is missing or empty")
    archive = repo / "targets" / f"{ARCHIVE_NAME}-{version}.tar.gz"
    if archive.exists():
        raise PublishError(f"version {version} is already in the repository ({archive.name})")
    repository = _loaded(repo, keys)
    latest = repository.roles.get_latest_archive()  # type: ignore[attr-defined]
    from packaging.version import Version

    if latest is not None and Version(str(latest.version)) >= Version(version):
        raise PublishError(f"version {version} is not above the newest published one ({latest.version})")
    # Full archives only: the desk does not apply binary patches, so none are made.
    repository.add_bundle(new_bundle_dir=bundle, new_version=version, skip_patch=True)  # type: ignore[attr-defined]
    repository.publish_changes(private_key_dirs=[keys])  # type: ignore[attr-defined]
    return archive


def resign(repo: Path, keys: Path, *, allow_checkout: bool = False) -> None:
    check_keys_dir(keys, allow_checkout=allow_checkout)
    repository = _loaded(repo, keys)
    for role in ("snapshot", "timestamp"):
        repository.refresh_expiration_date(role)  # type: ignore[attr-defined]
    repository.publish_changes(private_key_dirs=[keys])  # type: ignore[attr-defined]


def published_versions(repo: Path) -> list[str]:
    targets = json.loads((repo / "metadata" / "targets.json").read_text(encoding="utf-8"))
    names = sorted(targets["signed"]["targets"])
    prefix, suffix = f"{ARCHIVE_NAME}-", ".tar.gz"
    return [n[len(prefix) : -len(suffix)] for n in names if n.startswith(prefix) and n.endswith(suffix)]


def serve(repo: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from insurup_desk.sandbox.update_repo import UpdateRepoServer

    with UpdateRepoServer(repo) as server:
        print(f"serving {repo} at {server.url} (Ctrl+C stops)", flush=True)
        try:
            import threading

            threading.Event().wait()
        except KeyboardInterrupt:
            pass
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("init", "add", "resign", "serve"):
        step = sub.add_parser(name)
        step.add_argument("--repo", type=Path, required=True, help="the repository folder")
        if name != "serve":
            step.add_argument("--keys", type=Path, required=True, help="the private keys folder (outside the repo)")
        if name == "add":
            step.add_argument("--bundle", type=Path, required=True, help="the built one-folder bundle")
            step.add_argument("--version", required=True, help="its version, e.g. 0.2.0 or 0.2.0b1")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    try:
        if args.command == "init":
            print(f"root metadata: {init_repo(args.repo, args.keys)}; trust anchor: {ANCHOR}")
        elif args.command == "add":
            print(f"published {add_bundle(args.repo, args.keys, args.bundle, args.version)}")
        elif args.command == "resign":
            resign(args.repo, args.keys)
            print("timestamp and snapshot renewed")
        else:
            return serve(args.repo)
    except PublishError as exc:
        print(f"update_repo: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
