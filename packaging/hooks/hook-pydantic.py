"""Build hook (replaces pyinstaller-hooks-contrib's): pydantic's submodules without pydantic.v1 and pydantic.mypy.

The contrib hook collects every submodule, but the spec leaves out the v1 compatibility layer and the mypy
plugin (spec_support.EXCLUDES), so each of the 26 v1 modules came back as a "Hidden import not found" warning.
"""

from PyInstaller.utils.hooks import collect_submodules

_LEFT_OUT = ("pydantic.v1", "pydantic.mypy")

hiddenimports = collect_submodules("pydantic", filter=lambda name: not name.startswith(_LEFT_OUT))
