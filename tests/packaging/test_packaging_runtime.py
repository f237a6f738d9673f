"""Pieces the frozen program relies on at run time: keyring choice, compiled translations, the icon."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QImageReader
from PySide6.QtWidgets import QApplication

PACKAGING_DIR = Path(__file__).resolve().parents[2] / "packaging"

HOOK = PACKAGING_DIR / "hooks" / "rthook_keyring.py"

_PROBE = """
import os, runpy, sys, types
sys.platform = {platform!r}
if {secret_service_up!r}:
    import keyring.backends
    fake = types.ModuleType("keyring.backends.SecretService")
    fake.Keyring = type("Keyring", (), {{"priority": 5}})
    sys.modules[fake.__name__] = fake
    keyring.backends.SecretService = fake
runpy.run_path({hook!r})
print(os.environ.get("PYTHON_KEYRING_BACKEND", "<detect>"))
"""


def _backend_after_hook(
    platform: str, *, preset: str | None = None, dbus: bool = False, secret_service_up: bool = False
) -> str:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS"}}
    if preset is not None:
        env["PYTHON_KEYRING_BACKEND"] = preset
    if dbus:
        env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bus"
    code = _PROBE.format(platform=platform, hook=str(HOOK), secret_service_up=secret_service_up)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, timeout=60)
    return out.stdout.strip()


@pytest.mark.parametrize(
    ("platform", "backend"),
    [("win32", "keyring.backends.Windows.WinVaultKeyring"), ("darwin", "keyring.backends.macOS.Keyring")],
)
def test_frozen_build_names_the_os_keyring(spec_support: ModuleType, platform: str, backend: str) -> None:
    assert _backend_after_hook(platform) == backend == spec_support.keyring_backend(platform)


def test_linux_build_names_the_secret_service_when_it_answers(spec_support: ModuleType) -> None:
    backend = _backend_after_hook("linux", dbus=True, secret_service_up=True)
    assert backend == "keyring.backends.SecretService.Keyring" == spec_support.keyring_backend("linux")


def test_linux_build_without_a_session_bus_leaves_detection_to_keyring() -> None:
    assert _backend_after_hook("linux") == "<detect>"


def test_linux_build_with_an_unreachable_secret_service_leaves_detection_to_keyring() -> None:
    assert _backend_after_hook("linux", dbus=True) == "<detect>"


def test_an_explicit_keyring_choice_wins_over_the_hook() -> None:
    chosen = "keyring.backends.null.Keyring"
    assert _backend_after_hook("win32", preset=chosen) == chosen


@pytest.mark.skipif(sys.platform in {"win32", "darwin"}, reason="Linux fallback path")
def test_without_a_secret_service_keyring_calls_fail_cleanly_and_never_store_plaintext() -> None:
    probe = (
        f"import runpy, keyring, keyring.errors; runpy.run_path({str(HOOK)!r}); k = keyring.get_keyring(); "
        "print(type(k).__module__)\n"
        "try:\n    keyring.set_password('insurup-desk', 'u', 'secret')\n"
        "except keyring.errors.KeyringError:\n    print('refused')"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS"}}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True, timeout=60)
    module, outcome = out.stdout.split()
    assert module in {"keyring.backends.fail", "keyring.backends.chainer"}
    assert outcome == "refused"


_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="tr_TR">
<context>
    <name>MainWindow</name>
    <message>
        <source>Yeni satış</source>
        <translation>New sale</translation>
    </message>
</context>
</TS>
"""


def test_translation_catalogues_are_compiled_for_the_bundle(spec_support: ModuleType, tmp_path: Path) -> None:
    source_dir = tmp_path / "ts"
    source_dir.mkdir()
    (source_dir / "insurup_desk_en.ts").write_text(_TS, encoding="utf-8")
    compiled = spec_support.compile_translations(tmp_path / "qm", source_dir)
    assert [p.name for p in compiled] == ["insurup_desk_en.qm"]
    translator = QTranslator()
    assert translator.load(str(compiled[0]))
    assert translator.translate("MainWindow", "Yeni satış") == "New sale"


def test_no_catalogues_means_nothing_to_compile(spec_support: ModuleType, tmp_path: Path) -> None:
    assert spec_support.compile_translations(tmp_path / "qm", tmp_path / "missing") == []


def test_a_broken_catalogue_stops_the_build(spec_support: ModuleType, tmp_path: Path) -> None:
    source_dir = tmp_path / "ts"
    source_dir.mkdir()
    (source_dir / "insurup_desk_en.ts").write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(RuntimeError, match=r"insurup_desk_en\.ts"):
        spec_support.compile_translations(tmp_path / "qm", source_dir)


def _ico_sizes(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    sizes = []
    for _ in range(reader.imageCount()):
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.hasAlphaChannel()
        sizes.append(image.width())
        reader.jumpToNextImage()
    return sizes


def test_checked_in_icon_has_every_windows_size(spec_support: ModuleType) -> None:
    ico = spec_support.ICON_DIR / "insurup-desk.ico"
    assert _ico_sizes(ico) == [16, 24, 32, 48, 64, 128, 256]
    png = QImageReader(str(spec_support.ICON_DIR / "insurup-desk.png"))
    assert png.size().width() == png.size().height() == 256


def test_icon_script_draws_a_readable_icon(make_icon: ModuleType, tmp_path: Path, qapp: object) -> None:
    ico, png = make_icon.write_icons(tmp_path)
    assert _ico_sizes(ico) == list(make_icon.ICO_SIZES)
    image = QImageReader(str(png)).read()
    # Corners stay transparent (rounded tile), the centre is painted.
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(128, 128).alpha() == 255


def test_windowed_program_can_report_without_a_console() -> None:
    hook = PACKAGING_DIR / "hooks" / "rthook_streams.py"
    probe = (
        "import runpy, sys\n"
        "kept = sys.__stdout__\n"
        "sys.stdout = None; sys.stderr = None\n"
        f"runpy.run_path({str(hook)!r})\n"
        "sys.stderr.write('insurup-desk: cannot start\\n'); print('discarded')\n"
        "kept.write('ok' if sys.stdout.name == __import__('os').devnull else 'wrong')\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout == "ok"


def test_console_streams_are_left_alone() -> None:
    hook = PACKAGING_DIR / "hooks" / "rthook_streams.py"
    probe = f"import runpy, sys; before = sys.stderr; runpy.run_path({str(hook)!r}); print(sys.stderr is before)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "True"


def test_app_font_falls_back_to_an_installed_sans_serif_face_where_the_system_face_is_missing(
    qapp: QApplication,
) -> None:
    """Under Wine (no Segoe UI, no Tahoma) Qt took the first installed family, a serif one, for the whole UI."""
    from insurup_desk.ui.theme import FALLBACK_FAMILIES, ui_font

    missing = QFont("No Such UI Face")
    missing.setPointSizeF(9.0)
    font = ui_font(missing)
    installed = [f for f in FALLBACK_FAMILIES if QFontDatabase.hasFamily(f)]
    assert font.pointSizeF() == 9.0
    assert font.styleHint() == QFont.StyleHint.SansSerif
    if not QFontDatabase.families():
        # Qt's offscreen platform on Windows sees no fonts at all (it reads only Qt's own lib/fonts folder).
        assert font.families() == ["No Such UI Face"]
        return
    assert installed, "no fallback face installed on this machine"
    assert font.families() == installed
    assert QFontInfo(font).family() == installed[0]


def test_an_installed_system_face_is_kept(qapp: QApplication) -> None:
    from insurup_desk.ui.theme import ui_font

    for family in [f for f in QFontDatabase.families() if QFontDatabase.hasFamily(f)][:20]:
        assert ui_font(QFont(family)).families()[0] == family


def test_missing_windows_ui_faces_are_substituted_by_an_installed_fallback(qapp: QApplication) -> None:
    """Under Wine the menu bar and the navigation list kept the Windows theme's "MS Shell Dlg" and drew serif."""
    from insurup_desk.ui.theme import FALLBACK_FAMILIES, SYSTEM_UI_FAMILIES, apply_theme

    previous_font, previous_sheet, previous_style = qapp.font(), qapp.styleSheet(), qapp.style().name()
    try:
        apply_theme(qapp)
        installed = [f for f in FALLBACK_FAMILIES if QFontDatabase.hasFamily(f)]
        for family in SYSTEM_UI_FAMILIES:
            if installed and not QFontDatabase.hasFamily(family):
                assert QFont.substitutes(family) == [f.lower() for f in installed]
                assert QFontInfo(QFont(family)).family() == installed[0]
    finally:
        qapp.setFont(previous_font)
        qapp.setStyleSheet(previous_sheet)
        qapp.setStyle(previous_style)


def test_the_theme_sets_the_fallback_font_on_the_application(qapp: QApplication) -> None:
    from insurup_desk.ui.theme import BASE_POINT_SIZE, apply_theme

    previous_font, previous_sheet, previous_style = qapp.font(), qapp.styleSheet(), qapp.style().name()
    try:
        apply_theme(qapp)
        assert qapp.font().styleHint() == QFont.StyleHint.SansSerif
        assert qapp.font().pointSizeF() == BASE_POINT_SIZE
    finally:
        qapp.setFont(previous_font)
        qapp.setStyleSheet(previous_sheet)
        qapp.setStyle(previous_style)


FONTS_HOOK = PACKAGING_DIR / "hooks" / "rthook_fonts.py"


def _fontdir_after_hook(platform: str, windir: Path, preset: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_FONTDIR"}
    env["WINDIR"] = str(windir)
    if preset is not None:
        env["QT_QPA_FONTDIR"] = preset
    code = (
        f"import os, runpy, sys; sys.platform = {platform!r}; runpy.run_path({str(FONTS_HOOK)!r}); "
        "print(os.environ.get('QT_QPA_FONTDIR', '<unset>'))"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, timeout=60)
    return out.stdout.strip()


def test_frozen_windows_build_gives_offscreen_qt_the_system_fonts(tmp_path: Path) -> None:
    (tmp_path / "Fonts").mkdir()
    assert _fontdir_after_hook("win32", tmp_path) == os.path.join(str(tmp_path), "Fonts")
    assert _fontdir_after_hook("win32", tmp_path, preset="D:/fonts") == "D:/fonts"
    assert _fontdir_after_hook("linux", tmp_path) == "<unset>"
    assert _fontdir_after_hook("win32", tmp_path / "missing") == "<unset>"
