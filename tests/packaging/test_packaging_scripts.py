"""The installer script and the CI workflow agree with the spec (names, paths, per-user install, smoke run).

Neither Inno Setup nor a Windows runner exists here, so these checks are what keeps the three files in step.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "insurup_desk.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


@pytest.fixture(scope="module")
def iss() -> str:
    raw = ISS.read_bytes()
    # Inno Setup reads UTF-8 only with a byte-order mark; without it the Turkish shortcut names break.
    assert raw.startswith(b"\xef\xbb\xbf")
    return raw.decode("utf-8-sig")


def _section(script: str, name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\s*$(.*?)(?=^\[|\Z)", script, re.S | re.M)
    assert match, f"[{name}] section missing"
    return [line.strip() for line in match.group(1).splitlines() if line.strip() and not line.startswith(";")]


def _directives(script: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in _section(script, "Setup") if "=" in line)


def test_installer_is_per_user_without_admin_rights(iss: str) -> None:
    setup = _directives(iss)
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    # {userpf} names the same folder on Windows, but Wine 8 cannot expand it; this constant works everywhere.
    assert setup["DefaultDirName"] == "{localappdata}\\Programs\\{#AppName}"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"


def test_installer_takes_the_bundle_the_spec_produces(iss: str, spec_support: ModuleType) -> None:
    assert f'#define ExeName "{spec_support.GUI_EXE}.exe"' in iss
    assert f'#define DebugExeName "{spec_support.DEBUG_EXE}.exe"' in iss
    assert f'"..\\dist\\{spec_support.BUNDLE_NAME}"' in iss
    files = _section(iss, "Files")
    assert any(line.startswith('Source: "{#DistDir}\\*"') and "recursesubdirs" in line for line in files)
    icon = _directives(iss)["SetupIconFile"]
    assert (ISS.parent / icon.replace("\\", "/")).is_file()


def test_installer_adds_start_menu_entries_and_an_uninstaller(iss: str) -> None:
    icons = _section(iss, "Icons")
    assert any(line.startswith('Name: "{group}\\{#AppName}"') for line in icons)
    assert any("{uninstallexe}" in line and "{group}" in line for line in icons)
    assert any('Parameters: "--sandbox"' in line for line in icons)
    assert any("{#DebugExeName}" in line for line in icons)
    assert _directives(iss)["UninstallDisplayIcon"] == "{app}\\{#ExeName}"


def test_installer_speaks_turkish_first(iss: str) -> None:
    languages = _section(iss, "Languages")
    assert languages[0].startswith('Name: "turkish"')
    custom = _section(iss, "CustomMessages")
    for key in {line.split("=", 1)[0].split(".", 1)[1] for line in custom}:
        assert any(line.startswith(f"turkish.{key}=") for line in custom)
        assert any(line.startswith(f"english.{key}=") for line in custom)


@pytest.fixture(scope="module")
def workflow() -> str:
    return WORKFLOW.read_text(encoding="utf-8")


def _job(workflow: str, name: str) -> str:
    match = re.search(rf"^  {name}:\n(.*?)(?=^  \S|\Z)", workflow, re.S | re.M)
    assert match, f"job {name} missing"
    return match.group(1)


def _steps(job: str) -> list[str]:
    return [chunk for chunk in re.split(r"^      - ", job, flags=re.M)[1:]]


def test_windows_job_builds_smoke_tests_and_uploads(workflow: str, spec_support: ModuleType) -> None:
    job = _job(workflow, "windows")
    assert "runs-on: windows-latest" in job
    assert 'python-version: "3.11"' in job
    assert re.search(r'pip install "\.\[package[],]', job)
    assert "python packaging/build.py" in job
    assert "QT_QPA_PLATFORM: offscreen" in job
    assert f"{spec_support.DEBUG_EXE}.exe --sandbox --self-test" in job
    assert "choco install innosetup" in job
    assert "packaging\\insurup_desk.iss" in job
    uploads = [step for step in _steps(job) if "actions/upload-artifact" in step]
    assert any(f"dist/{spec_support.BUNDLE_NAME}/" in step for step in uploads)
    assert any("dist/installer/" in step for step in uploads)


def test_signing_runs_only_when_its_secrets_exist(workflow: str) -> None:
    job = _job(workflow, "windows")
    signing = [step for step in _steps(job) if "signtool" in step.lower() or "SIGNING_PFX" in step]
    assert len(signing) >= 3
    for step in signing:
        assert re.search(r"^\s+if: .*env\.SIGNING_CERT_BASE64 != ''", step, re.M), step.splitlines()[0]


def test_smoke_step_precedes_installer_and_signing(workflow: str) -> None:
    names = [step.splitlines()[0] for step in _steps(_job(workflow, "windows"))]
    smoke = next(i for i, n in enumerate(names) if "Smoke-test" in n)
    installer = next(i for i, n in enumerate(names) if "Build the installer" in n)
    sign = next(i for i, n in enumerate(names) if "Sign the executables" in n)
    assert smoke < sign < installer


def test_linux_job_runs_the_frozen_checks(workflow: str, spec_support: ModuleType) -> None:
    job = _job(workflow, "linux")
    assert f"dist/{spec_support.BUNDLE_NAME}/{spec_support.DEBUG_EXE} --sandbox --self-test" in job
    assert 'INSURUP_DESK_FROZEN_TEST: "1"' in job
    assert "tests/packaging" in job
