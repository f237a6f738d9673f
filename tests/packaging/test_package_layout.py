"""The top-level resources/ folder is found from a plain checkout and an editable install, and the package list
in pyproject.toml (which maps resources/ into the package) keeps up with the tree."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Prints where the desk finds its resources and reads one of each kind through the desk's own loaders.
_PROBE = """
import json
from insurup_desk import resource_files
from insurup_desk.api.graphql.documents import load_query
print(json.dumps({
    "package": str(resource_files.PACKAGE_DIR),
    "resources": str(resource_files.RESOURCES_DIR),
    "style": (resource_files.STYLES_DIR / "app.qss").is_file(),
    "icon": (resource_files.ICONS_DIR / "insurup-desk.svg").is_file(),
    "translations": sorted(p.name for p in resource_files.TRANSLATIONS_DIR.glob("*.ts")),
    "policies_query": "query" in load_query("policies"),
}))
"""


def _probe(args: list[str], *, cwd: Path, env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run([sys.executable, *args, "-c", _PROBE], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def _copy_checkout(target: Path) -> Path:
    target.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    for folder in ("insurup_desk", "resources"):
        shutil.copytree(ROOT / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    return target


def _expected_found(checkout: Path) -> dict[str, object]:
    return {
        "package": str(checkout / "insurup_desk"),
        "resources": str(checkout / "resources"),
        "style": True,
        "icon": True,
        "translations": sorted(p.name for p in (ROOT / "resources" / "translations").glob("*.ts")),
        "policies_query": True,
    }


def test_pyproject_lists_every_package_and_maps_the_resources() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    on_disk = {
        ".".join(p.relative_to(ROOT).parts)
        for p in (ROOT / "insurup_desk", *(ROOT / "insurup_desk").rglob("*"))
        if p.is_dir() and p.name != "__pycache__" and any(p.glob("*.py"))
    }
    resources = {"insurup_desk.resources"} | {
        "insurup_desk.resources." + p.name for p in (ROOT / "resources").iterdir() if p.is_dir()
    }
    assert set(config["packages"]) == on_disk | resources
    assert config["package-dir"] == {"insurup_desk.resources": "resources"}
    assert not (ROOT / "insurup_desk" / "resources").exists()  # one copy: the top-level folder


def test_a_plain_checkout_on_pythonpath_finds_the_top_level_resources(tmp_path: Path) -> None:
    checkout = _copy_checkout(tmp_path / "checkout")
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    # run from elsewhere, so only PYTHONPATH leads to the copy (and not to this checkout)
    assert _probe([], cwd=tmp_path, env=env) == _expected_found(checkout)


@pytest.mark.timeout(180)
def test_an_editable_install_finds_the_top_level_resources(tmp_path: Path) -> None:
    checkout = _copy_checkout(tmp_path / "checkout")
    out = tmp_path / "editable"
    build = subprocess.run(
        [sys.executable, "-c", f"from setuptools import build_meta; build_meta.build_editable({str(out)!r})"],
        cwd=checkout, capture_output=True, text=True, timeout=150,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    [wheel] = list(out.glob("insurup_desk-*.whl"))
    site_dir = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site_dir)
    # -I -S: no PYTHONPATH and none of this environment's .pth files (they install this checkout's own editable
    # finder), so the package can only come through the new editable finder; the libraries come on sys.path.
    libraries = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    bootstrap = f"import site, sys; site.addsitedir({str(site_dir)!r}); sys.path.extend({libraries!r})\n"
    done = subprocess.run([sys.executable, "-I", "-S", "-c", bootstrap + _PROBE], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == _expected_found(checkout)
