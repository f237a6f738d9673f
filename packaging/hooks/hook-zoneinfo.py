"""Build hook (replaces pyinstaller-hooks-contrib's): the tzdata package only when it is installed.

On Windows zoneinfo reads time zones from the tzdata package. Nothing in the desk asks zoneinfo for a zone
(a library merely imports the module), so tzdata is not a dependency; without it installed the contrib
hook's request only printed "Hidden import "tzdata" not found!".
"""

from importlib.util import find_spec

hiddenimports = ["tzdata"] if find_spec("tzdata") is not None else []
