"""Builds the one-folder bundle for the current OS and reports its size and what dominates it.

    python packaging/build.py                 build dist/insurup-desk/
    python packaging/build.py --smoke         ... then run the frozen "--sandbox --self-test"
    python packaging/build.py --installer     ... then (Windows) compile the Inno Setup installer
    python packaging/build.py --publish-to REPO --keys KEYS
                                              ... then add the bundle to the signed update repository REPO

The last line printed is one JSON object: bundle_mb (10^6 bytes), bundle_mib, files, build_s,
largest, groups_mb, and smoke_exit / installer / published when those steps ran. Exit status is non-zero when a
step fails or the bundle exceeds --max-mb.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import spec_support as s
import update_repo

MIB = 1024 * 1024
# The budget is in decimal megabytes (10^6 bytes), the stricter reading; MiB is printed alongside.
MB = 1000 * 1000

# Display groups for the size summary, first match wins (matched against the lower-case relative path).
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ICU (Unicode data QtCore needs)", ("libicu", "icudt", "icuuc", "icuin")),
    ("Qt plugins", ("pyside6/qt/plugins/", "pyside6/plugins/")),
    ("Qt libraries", ("libqt6", "qt6", "pyside6/qt/lib/")),
    ("Microsoft C++ runtime", ("msvcp140", "vcruntime140", "concrt140")),
    ("PySide6 bindings", ("pyside6/", "shiboken6/", "libpyside6", "libshiboken6", "pyside6.", "shiboken6.")),
    ("cryptography / OpenSSL", ("cryptography", "libssl", "libcrypto", "_cffi_backend")),
    ("pydantic-core", ("pydantic_core",)),
    ("Python runtime", ("libpython", "python3", "base_library.zip", "python-dynload", "lib-dynload")),
    ("Executables (with the app's Python archive)", ("insurup-desk",)),
    ("InsurUp Desk resources", ("insurup_desk/",)),
)
# Python's own extension modules sit at the top of _internal on Windows (_ssl.pyd, _asyncio.pyd, ...).
_WINDOWS_STDLIB_EXTENSION = re.compile(r"^_internal/[^/]+\.pyd$")
# What is left differs by OS: Linux bundles copy host libraries, Windows ones only a few DLLs of Python's.
OTHER_LABELS = {
    "win32": "other (sqlite3, libffi, certificates, package metadata)",
    "linux": "other (host libraries: glib, X11, fonts, sqlite...)",
}
OTHER_LABEL = "other (host libraries, certificates, package metadata)"

# Every step of the build is a child process with a deadline: under Wine one once waited for ever.
PYINSTALLER_TIMEOUT_S = 1800.0
ICON_TIMEOUT_S = 120.0
ISCC_TIMEOUT_S = 900.0


class StepFailed(Exception):
    """A build step failed or timed out; ``str()`` is the one-line reason."""


def run_step(cmd: list[str], what: str, timeout_s: float, **kwargs: object) -> None:
    print("$", " ".join(cmd), flush=True)
    try:
        subprocess.run(cmd, check=True, timeout=timeout_s, **kwargs)  # type: ignore[call-overload]
    except subprocess.TimeoutExpired:
        raise StepFailed(f"{what} did not finish within {timeout_s:.0f} s") from None
    except subprocess.CalledProcessError as exc:
        raise StepFailed(f"{what} failed with exit code {exc.returncode}") from None


def exe_path(dist: Path, name: str) -> Path:
    return dist / s.BUNDLE_NAME / (f"{name}.exe" if sys.platform == "win32" else name)


def bundle_files(bundle: Path) -> list[tuple[str, int]]:
    files = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            files.append((path.relative_to(bundle).as_posix(), path.stat().st_size))
    return files


def group_of(rel: str, platform: str = sys.platform) -> str:
    name = rel.lower()
    for label, needles in GROUPS:
        if any(n in name for n in needles):
            return label
    if _WINDOWS_STDLIB_EXTENSION.match(name):
        return "Python runtime"
    return OTHER_LABELS.get(platform, OTHER_LABEL)


def group_sizes(files: list[tuple[str, int]], platform: str = sys.platform) -> list[tuple[str, int]]:
    totals: dict[str, int] = defaultdict(int)
    for rel, size in files:
        totals[group_of(rel, platform)] += size
    return sorted(totals.items(), key=lambda kv: kv[1], reverse=True)


def report_size(bundle: Path) -> dict[str, object]:
    files = bundle_files(bundle)
    total = sum(size for _, size in files)
    print(f"\nBundle {bundle}: {total / MB:.1f} MB ({total / MIB:.1f} MiB) in {len(files)} files")
    groups = group_sizes(files)
    for label, size in groups:
        print(f"  {size / MB:7.1f} MB  {100 * size / total:5.1f} %  {label}")
    print("  largest files:")
    for rel, size in sorted(files, key=lambda f: f[1], reverse=True)[:10]:
        print(f"  {size / MB:7.1f} MB  {rel}")
    return {
        "bundle_mb": round(total / MB, 1),
        "bundle_mib": round(total / MIB, 1),
        "files": len(files),
        "largest": groups[0][0] if groups else None,
        "groups_mb": {label: round(size / MB, 1) for label, size in groups},
    }


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> None:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
        str(s.PACKAGING_DIR / "insurup_desk.spec"),
    ]
    if clean:
        cmd.insert(3, "--clean")
    run_step(cmd, "PyInstaller", PYINSTALLER_TIMEOUT_S, cwd=s.ROOT)
    exe = exe_path(dist, s.GUI_EXE)
    if not exe.is_file():
        # PyInstaller can exit 0 without writing a bundle (a spec error it only logs); say so plainly.
        raise StepFailed(f"PyInstaller produced no bundle: {exe} is missing (see PyInstaller's output above)")


def smoke_test(dist: Path, timeout_s: float) -> int:
    """Run the console twin the way CI and support do; its stderr carries the one-line reason on failure."""
    exe = exe_path(dist, s.DEBUG_EXE)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"$ {exe} --sandbox --self-test", flush=True)
    started = time.perf_counter()
    try:
        result = subprocess.run([str(exe), "--sandbox", "--self-test"], env=env, timeout=timeout_s, check=False)
    except subprocess.TimeoutExpired:
        print(f"self-test did not finish within {timeout_s:.0f} s", file=sys.stderr)
        return 124
    print(f"self-test exit {result.returncode} after {time.perf_counter() - started:.1f} s", flush=True)
    return result.returncode


def build_installer(version: str, dist: Path) -> Path:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"
    if iscc is None and default.is_file():
        iscc = str(default)
    if iscc is None:
        raise FileNotFoundError("ISCC.exe (Inno Setup 6) not found; install it, e.g. `choco install innosetup`")
    out_dir = dist / "installer"
    cmd = [
        iscc,
        f"/DAppVersion={version}",
        f"/DDistDir={dist / s.BUNDLE_NAME}",
        f"/DOutputDir={out_dir}",
        str(s.PACKAGING_DIR / "insurup_desk.iss"),
    ]
    run_step(cmd, "the Inno Setup compiler", ISCC_TIMEOUT_S)
    installer = out_dir / f"InsurUpDesk-Setup-{version}.exe"
    if not installer.is_file():
        raise StepFailed(f"the Inno Setup compiler wrote no installer: {installer} is missing")
    return installer


def publish_bundle(dist: Path, repo: Path, keys: Path, version: str) -> Path:
    """Add the bundle just built to the update repository folder and sign the new metadata (update_repo.py)."""
    try:
        return update_repo.add_bundle(repo, keys, dist / s.BUNDLE_NAME, version)
    except update_repo.PublishError as exc:
        raise StepFailed(f"publishing the update: {exc}") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=s.ROOT / "dist")
    parser.add_argument("--work", type=Path, default=s.ROOT / "build" / "pyinstaller")
    parser.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first")
    parser.add_argument("--smoke", action="store_true", help="run the frozen --sandbox --self-test")
    parser.add_argument("--smoke-timeout", type=float, default=180.0)
    parser.add_argument("--installer", action="store_true", help="compile the Inno Setup installer (Windows)")
    parser.add_argument("--max-mb", type=float, default=s.SIZE_LIMIT_MB)
    parser.add_argument("--publish-to", type=Path, metavar="REPO",
                        help="add the built bundle to this update repository folder (see update_repo.py)")
    parser.add_argument("--keys", type=Path, help="with --publish-to: the signing keys folder (outside the repo)")
    args = parser.parse_args(argv)
    if args.publish_to is not None and args.keys is None:
        parser.error("--publish-to needs --keys")
    # A Windows console on a legacy code page must not turn a Turkish path into a crash.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")

    try:
        return build(args)
    except StepFailed as exc:
        print(f"build stopped: {exc}", file=sys.stderr)
        print(json.dumps({"error": str(exc)}, ensure_ascii=False))
        return 1


def build(args: argparse.Namespace) -> int:
    if not (s.ICON_DIR / "insurup-desk.ico").is_file():
        run_step([sys.executable, str(s.PACKAGING_DIR / "make_icon.py")], "drawing the icon", ICON_TIMEOUT_S)

    started = time.perf_counter()
    run_pyinstaller(args.dist.resolve(), args.work.resolve(), args.clean)
    summary: dict[str, object] = {"build_s": round(time.perf_counter() - started, 1)}
    summary.update(report_size(args.dist.resolve() / s.BUNDLE_NAME))
    failed = False
    bundle_mb = float(summary["bundle_mb"])  # type: ignore[arg-type]
    if bundle_mb > args.max_mb:
        print(f"bundle is {bundle_mb:.1f} MB, above the {args.max_mb:.0f} MB budget", file=sys.stderr)
        failed = True

    if args.smoke:
        code = smoke_test(args.dist.resolve(), args.smoke_timeout)
        summary["smoke_exit"] = code
        failed = failed or code != 0

    if args.installer:
        if sys.platform != "win32":
            print("the installer is built on Windows only; skipped", file=sys.stderr)
        else:
            summary["installer"] = str(build_installer(s.app_version(), args.dist.resolve()))

    if args.publish_to is not None:
        if failed:
            print("the bundle is not published: an earlier step failed", file=sys.stderr)
        else:
            summary["published"] = str(publish_bundle(args.dist.resolve(), args.publish_to, args.keys,
                                                      s.app_version()))

    print(json.dumps(summary, ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
