"""What the frozen bundle contains and leaves out, checked without running a build."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_tr.qm",
        "PySide6/Qt/translations/qtdeclarative_tr.qm",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6PdfQuick.so.6",
        "PySide6/Qt/lib/libQt6PdfWidgets.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/Qt6Quick.dll",
        "PySide6/Qt6PdfQuick.dll",
        "PySide6/Qt6PdfWidgets.dll",
        "PySide6/opengl32sw.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6\\plugins\\platforminputcontexts\\qtvirtualkeyboardplugin.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/plugins/imageformats/qpdf.dll",
        "PySide6/plugins/imageformats/qtiff.dll",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/plugins/imageformats/qjpeg.dll",
        "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
        "libgtk-3.so.0",
        "python3.11/lib-dynload/_codecs_jp.cpython-311-x86_64-linux-gnu.so",
    ],
)
def test_unused_qt_parts_are_left_out(spec_support: ModuleType, dest: str) -> None:
    assert spec_support.is_dropped(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        # printing renders the insurer's PDF with Qt PDF, which links Qt Network
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt6Pdf.dll",
        "PySide6/Qt6Network.dll",
        "PySide6/Qt6PrintSupport.dll",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt6Core.dll",
        "PySide6/Qt6Widgets.dll",
        "PySide6/Qt6Svg.dll",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/platforms/qoffscreen.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqico.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/plugins/printsupport/windowsprintersupport.dll",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libxcb-cursor.so.0",
        "python3.11/lib-dynload/unicodedata.cpython-311-x86_64-linux-gnu.so",
        "insurup_desk/resources/translations/insurup_desk_en.qm",
        "PySide6/Qt/translations/qtbase_tr.qm",
        "PySide6/translations/qtbase_en.qm",
    ],
)
def test_what_the_app_needs_stays(spec_support: ModuleType, dest: str) -> None:
    assert not spec_support.is_dropped(dest)


@pytest.mark.parametrize("soname", ["libcups.so.2", "libgnutls.so.30", "libkrb5.so.3", "libavahi-client.so.3",
                                    "libsystemd.so.0", "libgcrypt.so.20", "libmount.so.1", "libpcre2-8.so.0"])
def test_printing_client_and_base_system_libraries_come_from_the_target_system(
        spec_support: ModuleType, soname: str) -> None:
    assert spec_support.is_left_to_system(soname)
    assert not spec_support.is_dropped(soname)


@pytest.mark.parametrize(
    "dest",
    ["libglib-2.0.so.0", "libfontconfig.so.1", "libssl.so.3", "libcrypto.so.3", "libsqlite3.so.0", "libdbus-1.so.3"],
)
def test_libraries_the_app_itself_uses_are_bundled(spec_support: ModuleType, dest: str) -> None:
    assert not spec_support.is_left_to_system(dest)
    assert not spec_support.is_dropped(dest)


def test_filter_toc_keeps_order_and_drops_only_matches(spec_support: ModuleType) -> None:
    toc = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/x/libQt6Quick.so.6", "BINARY"),
        ("insurup_desk/resources/styles/app.qss", "/x/app.qss", "DATA"),
        ("libcups.so.2", "/usr/lib/libcups.so.2", "BINARY"),
    ]
    assert spec_support.filter_toc(toc) == [toc[0], toc[2]]


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_app_module_imports_an_excluded_module(spec_support: ModuleType) -> None:
    """An import of an excluded module would work in development and crash the frozen program."""
    offenders = []
    for path in sorted((ROOT / "insurup_desk").rglob("*.py")):
        for name in _imported_modules(path):
            for excluded in spec_support.EXCLUDES:
                if name == excluded or name.startswith(excluded + "."):
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_every_package_module_is_bundled_including_the_sandbox(spec_support: ModuleType) -> None:
    modules = set(spec_support.package_modules())
    expected = {"insurup_desk", "insurup_desk.app", "insurup_desk.sandbox"}
    for path in (ROOT / "insurup_desk" / "sandbox").rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        expected.add(".".join(parts))
    assert expected <= modules
    assert not any(m.startswith("tests") for m in modules)


def test_resources_are_bundled_inside_the_package_without_translation_sources(spec_support: ModuleType) -> None:
    pairs = spec_support.package_data()
    dests = {Path(src).relative_to(ROOT).as_posix(): dest for src, dest in pairs}
    resources = ROOT / "resources"
    expected = {
        resource.relative_to(ROOT).as_posix(): "/".join(("insurup_desk", *resource.parent.relative_to(ROOT).parts))
        for resource in resources.rglob("*")
        if resource.is_file() and resource.suffix not in {".ts", ".qm", ".pyc"}
    }
    # the style sheet, the icon and every GraphQL document, each where the desk's resource locator looks
    assert {"resources/styles/app.qss", "resources/icons/insurup-desk.svg"} <= set(expected)
    assert any(rel.startswith("resources/graphql/") for rel in expected)
    assert {rel: dests.get(rel) for rel in expected} == expected
    assert dests["insurup_desk/sandbox/graphql/schema.graphql"] == "insurup_desk/sandbox/graphql"
    assert not any(src.endswith((".py", ".pyc", ".ts")) for src, _ in pairs)


def test_the_spec_puts_compiled_translations_where_the_desk_reads_them(spec_support: ModuleType) -> None:
    from insurup_desk import resource_files

    assert f"insurup_desk/{resource_files.PACKAGED_NAME}" == spec_support.RESOURCES_DEST
    assert spec_support.TRANSLATIONS_DIR == ROOT / "resources" / "translations"
    spec = (ROOT / "packaging" / "insurup_desk.spec").read_text(encoding="utf-8")
    assert 'f"{s.RESOURCES_DEST}/translations") for qm in s.compile_translations(' in spec


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc3", (2, 0, 1, 3)), ("3.4.5.6+local", (3, 4, 5, 6))],
)
def test_windows_version_numbers(spec_support: ModuleType, version: str, expected: tuple[int, ...]) -> None:
    assert spec_support.version_tuple(version) == expected


def test_windows_version_numbers_reject_what_windows_cannot_hold(spec_support: ModuleType) -> None:
    with pytest.raises(ValueError):
        spec_support.version_tuple("dev")
    with pytest.raises(ValueError):
        spec_support.version_tuple("1.70000.0")


def _pyinstaller_constructors() -> dict[str, list[str]]:
    """__init__ parameters of PyInstaller's version-resource classes, read from its source.

    Importing that module needs pefile, which PyInstaller installs on Windows only.
    """
    spec = importlib.util.find_spec("PyInstaller")
    if spec is None or spec.origin is None:
        pytest.skip("PyInstaller is not installed")
    source = Path(spec.origin).parent / "utils" / "win32" / "versioninfo.py"
    params: dict[str, list[str]] = {}
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    params[node.name] = [a.arg for a in item.args.args[1:]]
    return params


def test_version_resource_carries_the_package_version(spec_support: ModuleType) -> None:
    """The rendered file is evaluated the way PyInstaller does, with its constructors' parameter names."""
    import insurup_desk

    params = _pyinstaller_constructors()

    def constructor(name: str) -> Any:
        def build(*args: Any, **kwargs: Any) -> dict[str, Any]:
            assert len(args) <= len(params[name]), name
            assert set(kwargs) <= set(params[name]), (name, set(kwargs) - set(params[name]))
            return {"type": name, **dict(zip(params[name], args, strict=False)), **kwargs}

        return build

    text = spec_support.render_version_info(insurup_desk.__version__, "insurup-desk-debug", "InsurUp Desk (tanılama)")
    names = [*params]
    info = eval(text, {n: constructor(n) for n in names})

    assert spec_support.app_version() == insurup_desk.__version__
    table = info["kids"][0]["kids"][0]
    strings = {entry["name"]: entry["val"] for entry in table["kids"]}
    assert strings["ProductVersion"] == insurup_desk.__version__
    assert strings["OriginalFilename"] == "insurup-desk-debug.exe"
    assert strings["FileDescription"] == "InsurUp Desk (tanılama)"
    assert info["ffi"]["filevers"] == spec_support.version_tuple(insurup_desk.__version__)


def test_size_report_names_what_dominates(build_script: ModuleType) -> None:
    files = [
        ("_internal/PySide6/Qt/lib/libicudata.so.73", 30_000_000),
        ("_internal/PySide6/Qt/lib/libQt6Gui.so.6", 11_000_000),
        ("_internal/PySide6/Qt/plugins/platforms/libqxcb.so", 500_000),
        ("_internal/PySide6/QtWidgets.abi3.so", 6_000_000),
        ("_internal/libpython3.11.so.1.0", 5_000_000),
        ("_internal/insurup_desk/resources/styles/app.qss", 10_000),
        ("_internal/libglib-2.0.so.0", 1_000_000),
    ]
    groups = dict(build_script.group_sizes(files))
    assert build_script.group_sizes(files)[0] == ("ICU (Unicode data QtCore needs)", 30_000_000)
    assert groups["Qt libraries"] == 11_000_000
    assert groups["Qt plugins"] == 500_000
    assert groups["PySide6 bindings"] == 6_000_000
    assert groups["InsurUp Desk resources"] == 10_000
    assert sum(groups.values()) == sum(size for _, size in files)


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need extra rights on Windows; the twin is an .exe there")
def test_size_counts_the_symlinked_twin_once(build_script: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "insurup-desk").write_bytes(b"x" * 1000)
    (tmp_path / "insurup-desk-debug").symlink_to("insurup-desk")
    summary = build_script.report_size(tmp_path)
    assert summary["files"] == 1
    assert summary["bundle_mb"] == 0.0


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/plugins/platforms/qdirect2d.dll",
        "PySide6\\plugins\\platforms\\qdirect2d.dll",
        "setuptools/_vendor/jaraco/text/Lorem ipsum.txt",
        "wheel-0.44.0.dist-info/METADATA",
        "setuptools-72.2.0.dist-info/RECORD",
        "pip-24.2.dist-info/METADATA",
    ],
)
def test_windows_build_leftovers_are_left_out(spec_support: ModuleType, dest: str) -> None:
    assert spec_support.is_dropped(dest)


@pytest.mark.parametrize(
    "dest",
    ["keyring-25.7.0.dist-info/entry_points.txt", "pydantic-2.14.4.dist-info/METADATA", "importlib_metadata/__init__"],
)
def test_metadata_the_libraries_read_at_run_time_stays(spec_support: ModuleType, dest: str) -> None:
    assert not spec_support.is_dropped(dest)


def test_build_tools_of_the_environment_are_not_bundled(spec_support: ModuleType) -> None:
    assert {"setuptools", "distutils", "pkg_resources", "_distutils_hack", "wheel", "pip"} <= set(spec_support.EXCLUDES)


def test_windows_size_groups_name_what_a_windows_bundle_holds(build_script: ModuleType) -> None:
    files = [
        ("_internal/PySide6/Qt6Core.dll", 10_000_000),
        ("_internal/PySide6/MSVCP140.dll", 500_000),
        ("_internal/VCRUNTIME140.dll", 100_000),
        ("_internal/python311.dll", 5_800_000),
        ("_internal/_ssl.pyd", 170_000),
        ("_internal/sqlite3.dll", 1_500_000),
        ("_internal/certifi/cacert.pem", 300_000),
    ]
    groups = dict(build_script.group_sizes(files, "win32"))
    assert groups["Microsoft C++ runtime"] == 600_000
    assert groups["Python runtime"] == 5_970_000
    [other] = [label for label in groups if label.startswith("other")]
    assert "X11" not in other and "glib" not in other
    assert groups[other] == 1_800_000
    linux_other = [label for label, _ in build_script.group_sizes([("_internal/libglib-2.0.so.0", 1)], "linux")]
    assert linux_other == ["other (host libraries: glib, X11, fonts, sqlite...)"]


def _load_hook(name: str) -> dict[str, Any]:
    pytest.importorskip("PyInstaller")
    namespace: dict[str, Any] = {}
    path = ROOT / "packaging" / "hooks" / f"hook-{name}.py"
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    return namespace


def test_pydantic_hook_leaves_out_the_v1_layer_the_spec_excludes(spec_support: ModuleType) -> None:
    hidden = _load_hook("pydantic")["hiddenimports"]
    assert "pydantic.fields" in hidden
    assert not [name for name in hidden if name.startswith(("pydantic.v1", "pydantic.mypy"))]
    assert {"pydantic.v1", "pydantic.mypy"} <= set(spec_support.EXCLUDES)


def test_hooks_ask_only_for_modules_that_exist() -> None:
    for name in ("pycparser", "zoneinfo"):
        for module in _load_hook(name)["hiddenimports"]:
            assert importlib.util.find_spec(module) is not None, module


def test_spec_uses_the_project_hooks() -> None:
    spec = (ROOT / "packaging" / "insurup_desk.spec").read_text(encoding="utf-8")
    assert 'hookspath=[str(Path(SPECPATH) / "hooks")]' in spec
