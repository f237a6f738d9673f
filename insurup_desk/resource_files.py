"""Where the desk's resources (style sheet, icons, translations, GraphQL documents) are at run time.

The checkout keeps them in the top-level ``resources/`` folder; the wheel and the frozen bundle carry them
inside the package as ``insurup_desk/resources`` (pyproject.toml and packaging/spec_support.py map them there).
An editable install or a plain checkout on ``PYTHONPATH`` imports the package from the checkout, so the
folder beside the package is the one found.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# The folder name inside a built package (wheel, PyInstaller bundle).
PACKAGED_NAME = "resources"


def resources_dir() -> Path:
    """The resources folder: inside the package when built, else the checkout's top-level one."""
    packaged = PACKAGE_DIR / PACKAGED_NAME
    if packaged.is_dir():
        return packaged
    return PACKAGE_DIR.parent / "resources"


RESOURCES_DIR = resources_dir()
STYLES_DIR = RESOURCES_DIR / "styles"
ICONS_DIR = RESOURCES_DIR / "icons"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
GRAPHQL_DIR = RESOURCES_DIR / "graphql"
