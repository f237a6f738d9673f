"""The frozen one-folder bundle: builds, stays small, carries its resources and passes the self-test.

Opt-in because a build takes a while: set INSURUP_DESK_FROZEN_TEST=1 to build into a temporary folder,
or additionally INSURUP_DESK_FROZEN_DIST=<dist folder> to check a bundle built beforehand
(`python packaging/build.py` puts it in dist/).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("INSURUP_DESK_FROZEN_TEST") != "1",
        reason="frozen-build test is opt-in: set INSURUP_DESK_FROZEN_TEST=1",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory, build_script: ModuleType) -> Iterator[Path]:
    given = os.environ.get("INSURUP_DESK_FROZEN_DIST")
    if given:
        yield Path(given).resolve()
        return
    pytest.importorskip("PyInstaller")
    out = tmp_path_factory.mktemp("frozen")
    code = build_script.main(["--dist", str(out / "dist"), "--work", str(out / "work"), "--max-mb", "100000"])
    assert code == 0
    yield out / "dist"
    shutil.rmtree(out, ignore_errors=True)


@pytest.fixture(scope="module")
def bundle(dist: Path, spec_support: ModuleType) -> Path:
    path: Path = dist / spec_support.BUNDLE_NAME
    assert path.is_dir(), f"no bundle at {path}"
    return path


def _run(exe: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.mark.parametrize("name", ["insurup-desk-debug", "insurup-desk"])
def test_frozen_sandbox_self_test_passes(bundle: Path, name: str) -> None:
    if name == "insurup-desk" and sys.platform == "win32":
        pytest.skip("the windowed .exe has no console to report through; its twin runs the same code")
    result = _run(bundle / f"{name}{EXE_SUFFIX}", "--sandbox", "--self-test")
    assert result.returncode == 0, result.stderr[-2000:]


def test_bundle_stays_within_the_size_budget(bundle: Path, build_script: ModuleType, spec_support: ModuleType) -> None:
    total_mb = sum(size for _, size in build_script.bundle_files(bundle)) / build_script.MB
    assert total_mb <= spec_support.SIZE_LIMIT_MB, f"{total_mb:.1f} MB"


def test_bundle_carries_the_app_resources(bundle: Path, spec_support: ModuleType) -> None:
    internal = bundle / "_internal"
    for source, dest in spec_support.package_data():
        assert (internal / dest / Path(source).name).is_file(), f"{dest}/{Path(source).name} missing"
    for ts in sorted(spec_support.TRANSLATIONS_DIR.glob("*.ts")):
        assert (internal / spec_support.RESOURCES_DEST / "translations" / f"{ts.stem}.qm").is_file()


def test_left_out_qt_parts_are_absent(bundle: Path, spec_support: ModuleType) -> None:
    present = [p.relative_to(bundle / "_internal").as_posix() for p in (bundle / "_internal").rglob("*") if p.is_file()]
    assert [p for p in present if spec_support.is_dropped(p) or spec_support.is_left_to_system(p)] == []


@pytest.mark.skipif(sys.platform != "linux" or shutil.which("readelf") is None, reason="needs readelf on Linux")
def test_no_bundled_library_needs_a_left_out_one(bundle: Path, spec_support: ModuleType) -> None:
    missing = []
    for path in (bundle / "_internal").rglob("*.so*"):
        if not path.is_file():
            continue
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            if "(NEEDED)" in line:
                soname = line.rsplit("[", 1)[-1].rstrip("]")
                if spec_support.is_dropped(soname):
                    missing.append(f"{path.name} needs {soname}")
    assert missing == []


def test_executable_runs_the_runtime_hooks(bundle: Path) -> None:
    from PyInstaller.archive.readers import CArchiveReader  # type: ignore[import-untyped]

    exe = bundle / f"insurup-desk{EXE_SUFFIX}"
    names = set(CArchiveReader(str(exe)).toc)
    assert {"rthook_keyring", "rthook_streams", "rthook_fonts"} <= names


@pytest.mark.skipif(sys.platform != "linux" or shutil.which("ldd") is None, reason="needs ldd on Linux")
def test_libraries_left_to_the_system_resolve_there(bundle: Path, spec_support: ModuleType) -> None:
    """The CUPS client stack is not copied; on the build host (which had it) the bundle must still find it."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    unresolved = []
    for path in internal.rglob("*.so*"):
        if not path.is_file():
            continue
        out = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            soname = line.strip().split(" ", 1)[0]
            if "not found" in line and spec_support.is_left_to_system(soname):
                unresolved.append(f"{path.name}: {soname}")
    assert unresolved == []


def test_bundle_holds_no_wine_only_shim(bundle: Path) -> None:
    """packaging/windows builds stand-in DLLs for Wine's gaps; they belong in the test prefix, never here."""
    shims = {f"{c.stem}.dll" for c in (ROOT / "packaging" / "windows" / "shims").glob("*.c")}
    assert shims >= {"icuuc.dll", "bcryptprimitives.dll"}
    found = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.name.lower() in shims]
    assert found == []
