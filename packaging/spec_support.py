"""What goes into the frozen bundle: module list, data files, Qt parts left out, version resources.

Imported by insurup_desk.spec (at build time) and by build.py; kept free of PyInstaller imports so the
rules can be checked without a build.
"""

from __future__ import annotations

import ast
import re
import shutil
import string
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
ROOT = PACKAGING_DIR.parent
PACKAGE_DIR = ROOT / "insurup_desk"
# The checkout keeps the resources at the top level; the bundle carries them inside the package, where
# insurup_desk/resource_files.py looks first (the same place the wheel puts them).
RESOURCES_DIR = ROOT / "resources"
RESOURCES_DEST = "insurup_desk/resources"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
ICON_DIR = PACKAGING_DIR / "icons"

BUNDLE_NAME = "insurup-desk"
GUI_EXE = "insurup-desk"
DEBUG_EXE = "insurup-desk-debug"
PRODUCT_NAME = "InsurUp Desk"
SIZE_LIMIT_MB = 150.0  # decimal megabytes (10^6 bytes)

# Windows Credential Manager on Windows, Keychain on macOS, Secret Service everywhere else.
KEYRING_BACKENDS = {
    "win32": "keyring.backends.Windows.WinVaultKeyring",
    "darwin": "keyring.backends.macOS.Keyring",
}
DEFAULT_KEYRING_BACKEND = "keyring.backends.SecretService.Keyring"

# Modules nothing in the app imports at run time; some would otherwise drag in large Qt parts.
EXCLUDES = (
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "lib2to3",
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "IPython",
    "openpyxl",
    # pydantic's hook collects pydantic.mypy, which would bring the whole type checker along.
    "pydantic.mypy",
    "mypy",
    "mypyc",
    "ast_serialize",
    "librt",
    # Pretty-printing extras that pydantic and httpx's command line only use when present.
    "rich",
    "pygments",
    "pydantic.v1",
    "dotenv",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    # QtPdf stays (it renders the policy PDF for printing); its widgets module is not used.
    "PySide6.QtPdfWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtTest",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    # HTTP goes through httpx; nothing needs Qt's network stack (3 MB).
    "PySide6.QtNetwork",
    # Build tools of the environment: cffi's compiler shim imports setuptools, which would bring setuptools,
    # its vendored packages and wheel's metadata (about 1,300 modules) into a program that never builds anything.
    "setuptools",
    "distutils",
    "pkg_resources",
    "_distutils_hack",
    "wheel",
    "pip",
)

# Qt files the widgets app does not need. Paths are matched with "/" separators; the first group of
# patterns covers the Linux wheel layout (PySide6/Qt/...), the second the Windows one (PySide6/...).
_QT = r"PySide6/(?:Qt/)?"
DROP_PATTERNS = (
    # Qt's own catalogues, except the ones for the app's languages (standard buttons, context menus).
    _QT + r"translations/(?!qtbase_(?:tr|en)\.qm$)",
    _QT + r"plugins/platforminputcontexts/",
    _QT + r"plugins/platformthemes/(?:lib)?qgtk3",
    _QT + r"plugins/(?:wayland-|egldeviceintegrations)",
    # direct2d is an alternative Windows platform (1.1 MB); Qt starts qwindows unless told otherwise.
    _QT + r"plugins/platforms/(?:lib)?q(?:wayland|eglfs|linuxfb|vnc|minimalegl|vkkhrdisplay|direct2d)",
    _QT + r"plugins/imageformats/(?:lib)?qpdf",
    _QT + r"plugins/(?:networkinformation|tls|generic)/",
    _QT + r"plugins/imageformats/(?:lib)?q(?:tiff|webp|icns|tga|wbmp)",
    # JPEG (0.5 MB): the desk draws SVG/PNG/ICO only, and Qt PDF decodes a PDF's own images itself.
    _QT + r"plugins/imageformats/(?:lib)?qjpeg",
    # Nothing links Qt's OpenGL helper library on Linux; the widgets paint with the raster engine.
    r"(?:^|/)libQt6OpenGL\.so",
    # East Asian codecs; every text the desk handles is UTF-8 or Turkish.
    r"lib-dynload/_codecs_(?:cn|hk|jp|kr|tw|iso2022)\.",
    _QT + r"qml/",
    # Qt PDF's own library stays (printing renders with it), and so does Qt Network, which it links; only its
    # Quick and Widgets parts go.
    r"(?:^|/)libQt6(?:Quick|Qml|QmlMeta|QmlModels|QmlWorkerScript|VirtualKeyboard|VirtualKeyboardQml|PdfQuick"
    r"|PdfWidgets|WaylandClient|WlShellIntegration|EglFSDeviceIntegration|EglFsKmsSupport)\.so",
    r"(?:^|/)Qt6(?:Quick|Qml|QmlMeta|QmlModels|QmlWorkerScript|VirtualKeyboard|VirtualKeyboardQml|PdfQuick"
    r"|PdfWidgets)\.dll$",
    # Software OpenGL fallback (20 MB); a raster widgets UI never asks for it.
    r"(?:^|/)opengl32sw\.dll$",
    # Leftovers of the build environment, should a hook still collect them: packaging tools and their metadata.
    r"(?:^|/)(?:setuptools|pkg_resources|_distutils_hack|wheel|pip)(?:-[^/]*\.dist-info)?/",
    # The GTK3 stack comes only with the gtk3 platform theme dropped above.
    r"(?:^|/)lib(?:gtk-3|gdk-3|atk-1\.0|atk-bridge-2\.0|atspi|cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0"
    r"|pangoft2-1\.0|gdk_pixbuf-2\.0|epoxy|pixman-1|thai|datrie|fribidi|Xcomposite|Xdamage|Xinerama|Xi"
    r"|Xcursor|Xrandr|jpeg)\.so",
)
_DROP = re.compile("|".join(f"(?:{p})" for p in DROP_PATTERNS))

# Linux host libraries used from the target system rather than copied from the build machine, as libGL
# is: the CUPS client and what it alone pulls in (TLS, Kerberos, Avahi; about 9 MB). A desk that prints
# has them installed; where they are missing Qt skips its CUPS plugin and still prints to PDF.
SYSTEM_LIB_PATTERNS = (
    r"(?:^|/)lib(?:cups|gnutls|unistring|p11-kit|gmp|nettle|hogweed|idn2|tasn1|avahi-client|avahi-common"
    r"|gssapi_krb5|krb5|k5crypto|krb5support|com_err|keyutils)\.so",
    # The systemd / util-linux / SELinux base under D-Bus and GIO (about 4 MB, made room for Qt PDF): every
    # glibc 2.34+ desktop has them with these sonames, ABI-stable, and the distribution keeps them patched.
    r"(?:^|/)lib(?:systemd|gcrypt|gpg-error|lz4|cap|mount|blkid|selinux|uuid|pcre2-8)\.so",
)
_SYSTEM = re.compile("|".join(f"(?:{p})" for p in SYSTEM_LIB_PATTERNS))


def is_dropped(dest_name: str) -> bool:
    """True when a bundle entry (its destination path) is one of the parts the app does without."""
    return _DROP.search(dest_name.replace("\\", "/")) is not None


def is_left_to_system(dest_name: str) -> bool:
    """True for a host library the target system provides (never on Windows, whose names never match)."""
    return _SYSTEM.search(dest_name.replace("\\", "/")) is not None


def filter_toc(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Keep the Analysis TOC entries (dest, source, kind) that belong in the bundle."""
    return [entry for entry in entries if not (is_dropped(entry[0]) or is_left_to_system(entry[0]))]


def keyring_backend(platform: str = sys.platform) -> str:
    return KEYRING_BACKENDS.get(platform, DEFAULT_KEYRING_BACKEND)


def app_version() -> str:
    """The version string from insurup_desk/__init__.py, read without importing the package."""
    tree = ast.parse((PACKAGE_DIR / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise RuntimeError("insurup_desk/__init__.py has no __version__ string")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows wants four 16-bit numbers; a pre-release suffix ("0.2.0rc1") is cut off."""
    numbers = [int(m) for m in re.findall(r"\d+", version.split("+")[0])[:4]]
    if not numbers:
        raise ValueError(f"no numeric version in {version!r}")
    numbers += [0] * (4 - len(numbers))
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"version part above 65535 in {version!r}")
    return numbers[0], numbers[1], numbers[2], numbers[3]


def render_version_info(version: str, exe_name: str, description: str) -> str:
    """Fill packaging/version_info.txt.in for one executable."""
    template = string.Template((PACKAGING_DIR / "version_info.txt.in").read_text(encoding="utf-8"))
    nums = version_tuple(version)
    return template.substitute(
        vers_tuple=repr(nums),
        vers_dotted=".".join(str(n) for n in nums),
        product_version=version,
        product_name=PRODUCT_NAME,
        description=description,
        internal_name=exe_name,
        original_filename=f"{exe_name}.exe",
    )


def package_modules() -> list[str]:
    """Every module of insurup_desk, found on disk so none depends on an import PyInstaller cannot see."""
    modules: list[str] = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules.append(".".join(parts))
    return modules


def package_data(extra_excluded_suffixes: Sequence[str] = (".qm", ".ts")) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for the package's non-Python files and the resources.

    The top-level resources land in ``insurup_desk/resources`` (RESOURCES_DEST). Translation sources and
    stale compiled catalogues in the tree are skipped; the build compiles fresh catalogues (see
    compile_translations).
    """
    skipped = {".py", ".pyc", ".pyo", *extra_excluded_suffixes}
    pairs: list[tuple[str, str]] = []
    for base, dest_base in ((PACKAGE_DIR, "insurup_desk"), (RESOURCES_DIR, RESOURCES_DEST)):
        for path in sorted(base.rglob("*")):
            rel_parts = path.relative_to(base).parts
            if (
                not path.is_file()
                or "__pycache__" in rel_parts
                or path.suffix in skipped
                # editor swap files, atomic-save temporaries and other hidden files are not resources
                or any(part.startswith(".") for part in rel_parts)
                or path.name.endswith(("~", ".tmp", ".swp", ".bak"))
            ):
                continue
            dest = "/".join((dest_base, *rel_parts[:-1]))
            pairs.append((str(path), dest))
    return pairs


def find_lrelease() -> Path:
    import PySide6

    here = Path(PySide6.__file__).resolve().parent
    for candidate in (here / "lrelease.exe", here / "lrelease", here / "Qt" / "libexec" / "lrelease"):
        if candidate.is_file():
            return candidate
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise FileNotFoundError("lrelease not found: install PySide6-Essentials in the build environment")
    return Path(found)


# lrelease takes well under a second per catalogue; a minute means it hangs (as it did under Wine when an
# inherited pipe never closed) and the build must stop with the reason instead of waiting for ever.
LRELEASE_TIMEOUT_S = 60.0


def compile_translations(
    out_dir: Path, source_dir: Path = TRANSLATIONS_DIR, *, timeout_s: float = LRELEASE_TIMEOUT_S
) -> list[Path]:
    """Compile every .ts catalogue in source_dir into out_dir; returns the .qm files."""
    sources = sorted(source_dir.glob("*.ts")) if source_dir.is_dir() else []
    if not sources:
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    lrelease = find_lrelease()
    compiled: list[Path] = []
    for ts in sources:
        qm = out_dir / f"{ts.stem}.qm"
        try:
            result = subprocess.run(
                [str(lrelease), "-silent", str(ts), "-qm", str(qm)],
                capture_output=True,
                text=True,
                check=False,
                timeout=timeout_s,
            )
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"lrelease did not finish within {timeout_s:.0f} s for {ts.name}") from None
        if result.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease failed for {ts.name}: {result.stderr.strip() or result.stdout.strip()}")
        compiled.append(qm)
    return compiled
