"""Build hook (replaces pyinstaller-hooks-contrib's): pycparser's parser tables only where they exist.

pycparser 2.x generates lextab.py and yacctab.py at run time unless they are bundled; 3.x has neither module,
and asking for them only printed "Hidden import not found" warnings.
"""

from importlib.util import find_spec


def _exists(name: str) -> bool:
    try:
        return find_spec(name) is not None
    except ModuleNotFoundError:
        return False


hiddenimports = [name for name in ("pycparser.lextab", "pycparser.yacctab") if _exists(name)]
