"""packaging/build.py stops with a one-line reason when a step hangs or PyInstaller writes no bundle."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from types import ModuleType

import pytest


def _never_finishes(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    raise subprocess.TimeoutExpired(cmd, float(kwargs.get("timeout") or 0))  # type: ignore[arg-type]


def _succeeds_silently(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.CompletedProcess(cmd, 0)


def _last_json(out: str) -> dict[str, object]:
    value = json.loads(out.strip().splitlines()[-1])
    assert isinstance(value, dict)
    return value


def test_a_hanging_pyinstaller_stops_the_build_with_its_deadline(
    build_script: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(build_script.subprocess, "run", _never_finishes)
    code = build_script.main(["--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work")])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"PyInstaller did not finish within {build_script.PYINSTALLER_TIMEOUT_S:.0f} s" in err
    assert "Traceback" not in err
    assert "did not finish" in str(_last_json(out)["error"])


def test_no_bundle_from_pyinstaller_is_a_clear_failure_not_a_traceback(
    build_script: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(build_script.subprocess, "run", _succeeds_silently)
    code = build_script.main(["--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work")])
    out, err = capsys.readouterr()
    assert code == 1
    assert "PyInstaller produced no bundle" in err
    assert "0.0 MB in 0 files" not in out
    assert "Traceback" not in err


def test_every_build_step_runs_with_a_deadline(build_script: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []

    def record(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        seen.append(kwargs.get("timeout"))
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(build_script.subprocess, "run", record)
    build_script.run_step(["true"], "a step", 5.0)
    assert seen == [5.0]


def test_a_hanging_lrelease_fails_the_translation_step(
    spec_support: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "ts"
    source.mkdir()
    (source / "insurup_desk_en.ts").write_text("<TS/>", encoding="utf-8")
    monkeypatch.setattr(spec_support, "find_lrelease", lambda: Path("lrelease"))
    monkeypatch.setattr(spec_support.subprocess, "run", _never_finishes)
    with pytest.raises(RuntimeError, match=r"lrelease did not finish within 3 s for insurup_desk_en\.ts"):
        spec_support.compile_translations(tmp_path / "qm", source, timeout_s=3)
