"""The Windows build under Wine (packaging/windows) and how CI runs it, checked without running Wine."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINDOWS_DIR = ROOT / "packaging" / "windows"


@pytest.fixture(scope="module")
def wine_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("insurup_packaging_wine_build", WINDOWS_DIR / "wine_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_ci_runs_the_windows_build_after_the_test_suite_and_lets_it_be_skipped() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line.strip() for line in script.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert "set -euo pipefail" in lines
    tests = lines.index("./scripts/test")
    assert lines[tests + 1] == "exec ./packaging/windows/build-under-wine"
    skip = next(i for i, line in enumerate(lines) if "INSURUP_DESK_WINDOWS_BUILD" in line)
    assert skip < tests and lines[skip + 1] == "exec ./scripts/test"


def test_readme_keeps_the_test_command_and_says_how_to_run_the_windows_build() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "./scripts/test" in readme
    assert "packaging/windows/build-under-wine" in readme
    assert "INSURUP_DESK_WINDOWS_BUILD=0" in readme


def test_shims_are_built_beside_the_script_and_kept_out_of_git(wine_build: ModuleType) -> None:
    assert wine_build.shim_names() == ["bcryptprimitives", "icuuc"]
    assert wine_build.SHIMS_OUT.parent == WINDOWS_DIR
    assert (WINDOWS_DIR / ".gitignore").read_text(encoding="utf-8").split() == ["out/"]


def test_icu_shim_exports_every_function_qt6core_imports_from_the_system_icu() -> None:
    # The names Qt6Core.dll of PySide6 6.11.3 imports from icuuc.dll (the build re-checks them with objdump).
    qt_imports = {
        "ucnv_open", "ucnv_close", "ucnv_reset", "ucnv_getMaxCharSize", "ucnv_getName", "ucnv_getToUCallBack",
        "ucnv_getFromUCallBack", "ucnv_setToUCallBack", "ucnv_setFromUCallBack", "ucnv_cbToUWriteUChars",
        "ucnv_cbFromUWriteUChars", "ucnv_toUnicode", "ucnv_fromUnicode", "ucnv_toUCountPending",
        "ucnv_fromUCountPending", "ucnv_getStandardName", "ucnv_getAvailableName", "ucnv_countAvailable",
        "UCNV_FROM_U_CALLBACK_SUBSTITUTE", "UCNV_TO_U_CALLBACK_SUBSTITUTE",
    }
    source = (WINDOWS_DIR / "shims" / "icuuc.c").read_text(encoding="utf-8")
    exported = set(re.findall(r"^STUB\((\w+)\)", source, re.M)) | set(re.findall(r"dllexport\) \S+ \*?(\w+)\(", source))
    assert qt_imports <= exported


def test_windows_python_gets_the_project_requirements_without_the_linters(wine_build: ModuleType) -> None:
    wanted = wine_build.requirements()
    names = {re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower() for r in wanted}
    assert {"pyside6-essentials", "pyinstaller", "pytest", "pytest-qt", "keyring"} <= names
    assert {"pywin32-ctypes", "pefile", "colorama"} <= names
    assert not names & {"ruff", "mypy"}


def test_wine_paths_map_to_drive_z(wine_build: ModuleType, tmp_path: Path) -> None:
    assert wine_build.Wine.path(tmp_path / "a b") == "Z:" + str(tmp_path.resolve() / "a b").replace("/", "\\")


def test_figures_line_is_the_last_json_object(wine_build: ModuleType) -> None:
    out = 'noise\n{"build_s": 1.5}\n{not json}\nmore'
    assert wine_build.last_json(out) == {"build_s": 1.5}
    assert wine_build.last_json("nothing") == {}


def test_wine_work_folder_stays_outside_the_checkout(wine_build: ModuleType) -> None:
    """The prefix links Z: to /; inside the tree, `pip install -e .` followed it over the whole disk."""
    assert ROOT not in wine_build.DEFAULT_WORK.parents


def test_qt_variables_reach_windows_programs_through_the_windows_side(wine_build: ModuleType, tmp_path: Path) -> None:
    """Wine 8 hands no QT_* variable to a Windows program, so an "offscreen" run silently used the X server."""
    log = wine_build.Log(tmp_path / "log")
    try:
        wine = wine_build.Wine(tmp_path / "prefix", ":99", log, tmp_path)
        args, env = wine.qt_env_on_windows_side(["app.exe", "--self-test"], {"QT_QPA_PLATFORM": "offscreen", "A": "1"})
        assert args[:2] == [wine.python, wine.path(WINDOWS_DIR / "with_env.py")]
        assert args[2:] == ["QT_QPA_PLATFORM=offscreen", "--", "app.exe", "--self-test"]
        assert env == {"A": "1"}
        assert wine.qt_env_on_windows_side(["x.exe"], {"A": "1"}) == (["x.exe"], {"A": "1"})
    finally:
        log.close()
