"""The UAVT address tree (il → ilçe → bucak → mahalle/köy → sokak → bina → daire), generated on demand.

Nothing is stored: every level's children follow from its parent's path by a seeded random draw, and every
reference is the path packed into one mixed-radix index and spread over its digit range by an invertible
multiplication, so a reference (and the ten-digit UAVT number of a flat) decodes back to its path without any
index. Seeding a million policies therefore costs the address tree nothing.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass
from typing import Any

from .address_data import (
    BUILDING_NAMES,
    DEEP_NEIGHBOURHOODS,
    KNOWN_STREETS,
    NEIGHBOURHOOD_POOL,
    PROVINCES,
    STREET_POOL,
    VILLAGE_POOL,
)
from .names import CITIES

LEVELS = ("city", "district", "town", "neighborhood", "street", "building", "apartment")
# Children each level may hold at most (the mixed radix of the packed path).
_RADIX = (82, 16, 2, 24, 16, 32, 32)
# Where each level's references live: (offset, modulus) — 4-digit towns … 10-digit UAVT numbers. UAVT numbers
# stay at or below 2,147,483,647: the GraphQL schema types propertyNumber as a 32-bit Int (reference §10.8).
INT32_MAX = 2_147_483_647
_RANGE = {2: (1_000, 9_000), 3: (100_000, 900_000), 4: (1_000_000, 9_000_000),
          5: (100_000_000, 900_000_000), 6: (1_000_000_000, INT32_MAX + 1 - 1_000_000_000)}
_SPREAD = 1_234_567_891  # coprime with 2, 3, 5 and 251, so the multiplication is a bijection on every range

_LISTED = {code: districts for code, _name, districts in CITIES}
_DISTRICT_BY_REF: dict[str, tuple[int, int]] = {}
for _code in PROVINCES:
    for _i, (_ref, _text) in enumerate(_LISTED.get(_code, ((f"9{_code:02d}01", "Merkez"),))):
        _DISTRICT_BY_REF[_ref] = (_code, _i)

Path = tuple[int, ...]


def _districts(code: int) -> tuple[tuple[str, str], ...]:
    return _LISTED.get(code, ((f"9{code:02d}01", "Merkez"),))


def _pack(path: Path) -> int:
    idx = 0
    for level, part in enumerate(path):
        idx = idx * _RADIX[level] + part
    return idx


def _unpack(idx: int, depth: int) -> Path:
    parts = []
    for level in range(depth - 1, -1, -1):
        idx, part = divmod(idx, _RADIX[level])
        parts.append(part)
    return tuple(reversed(parts)) if idx == 0 else ()


def encode(path: Path) -> str:
    """The reference of the node at ``path`` (a city's plate code, a district's code, or a packed number)."""
    level = len(path) - 1
    if level == 0:
        return str(path[0])
    if level == 1:
        return _districts(path[0])[path[1]][0]
    offset, modulus = _RANGE[level]
    return str(offset + (_pack(path) * _SPREAD) % modulus)


def decode(reference: str, level: int) -> Path | None:
    """The path of the node of ``level`` with this reference, or None when no such node exists."""
    ref = reference.strip()
    if not ref.isascii() or not ref.isdigit():
        return None
    if level == 0:
        path: Path = (int(ref),)
    elif level == 1:
        found = _DISTRICT_BY_REF.get(ref)
        if found is None:
            return None
        path = found
    else:
        offset, modulus = _RANGE[level]
        value = int(ref)
        if not offset <= value < offset + modulus:
            return None
        path = _unpack(((value - offset) * pow(_SPREAD, -1, modulus)) % modulus, level + 1)
        if not path:
            return None
    return path if _exists(path) else None


def _exists(path: Path) -> bool:
    if path[0] not in PROVINCES:
        return False
    return all(path[depth] < len(children(path[:depth])) for depth in range(1, len(path)))


def _deep(path: Path) -> bool:
    return len(path) >= 2 and _districts(path[0])[path[1]][0] in DEEP_NEIGHBOURHOODS


def _rng(path: Path) -> random.Random:
    return random.Random(f"uavt:{path}")


@functools.lru_cache(maxsize=4096)
def children(path: Path) -> tuple[str, ...]:
    """The texts of the children of the node at ``path`` (a province's path is its plate code)."""
    level = len(path)  # the level of the children
    if level == 0 or level > 6:
        return ()
    if level == 1:
        return tuple(text for _ref, text in _districts(path[0]))
    if level == 2:
        return ("Merkez",)
    rng = _rng(path)
    deep = _deep(path)
    if level == 3:
        ref = _districts(path[0])[path[1]][0]
        if deep:
            return tuple(f"{name} Mahallesi" for name in DEEP_NEIGHBOURHOODS[ref])
        names = [f"{n} Mahallesi" for n in rng.sample(NEIGHBOURHOOD_POOL, 3)]
        if path[0] not in _LISTED:  # outside the metropolitan cities villages are still villages
            names.append(f"{rng.choice(VILLAGE_POOL)} Köyü")
        return tuple(names)
    if level == 4:
        ref = _districts(path[0])[path[1]][0]
        neighbourhood = children(path[:3])[path[3]].removesuffix(" Mahallesi")
        known = list(KNOWN_STREETS.get((ref, neighbourhood), ()))
        wanted = rng.randint(6, 9) if deep else 3
        pool = [s for s in STREET_POOL if s not in known]
        return tuple(known + rng.sample(pool, max(wanted - len(known), 0)))
    if level == 5:
        count = rng.randint(6, 14) if deep else 4
        numbers = sorted(rng.sample(range(1, 90), count))
        out = []
        for n in numbers:
            roll = rng.random()
            if roll < 0.35:
                out.append(f"{rng.choice(BUILDING_NAMES)} Apartmanı, No: {n}")
            elif roll < 0.45:
                out.append(f"{rng.choice(BUILDING_NAMES)} Sitesi {rng.choice('ABC')} Blok, No: {n}")
            else:
                out.append(f"No: {n}")
        return tuple(out)
    roll = rng.random()
    if roll < 0.05:
        count = 0  # a building still under construction has no flats registered yet
    elif roll < 0.2:
        count = 1  # a detached house
    else:
        count = rng.randint(4, 24) if deep else rng.randint(2, 6)
    return tuple(f"Daire {i}" for i in range(1, count + 1))


def items(path: Path) -> list[dict[str, Any]]:
    """The address-parameter list under ``path``: ``[{value, text}]``."""
    if not path:
        return [{"value": str(code), "text": name} for code, name in PROVINCES.items()]
    return [{"value": encode((*path, i)), "text": text} for i, text in enumerate(children(path))]


def address_of(path: Path) -> dict[str, Any]:
    """``PropertyAddress`` for a flat's path: each level ``{value, text}``; apartment value = UAVT number."""
    out: dict[str, Any] = {}
    for depth, level in enumerate(LEVELS):
        sub = path[: depth + 1]
        text = PROVINCES[sub[0]] if depth == 0 else children(sub[:-1])[sub[-1]]
        out[level] = {"value": encode(sub), "text": text}
    return out


def uavt_path(number: int) -> Path | None:
    if not 1_000_000_000 <= number <= INT32_MAX:
        return None
    return decode(str(number), 6)


def flats(path: Path) -> list[Path]:
    """Every flat under a node (a street or a building), for the seed and the old-policy lookup."""
    if len(path) == 7:
        return [path]
    return [f for i in range(len(children(path))) for f in flats((*path, i))]


def pick_flat(rng: random.Random, city: int | None = None) -> Path:
    """A random flat, mostly in the cities walked in depth (or in ``city`` when it has a district list)."""
    while True:
        code = city if city in _LISTED else rng.choice((34, 34, 34, 6, 6, 35, 35, 16, 7, 41))
        path: Path = (code,)
        while len(path) < 7:
            options = len(children(path))
            if options == 0:
                break
            path = (*path, rng.randrange(options))
        if len(path) == 7:
            return path


@dataclass(frozen=True, slots=True)
class BuildingFacts:
    """What the registry knows about a building (for the DASK old-policy lookup and the seed)."""

    total_floors: int
    construction_year: int
    structure: str


def building_facts(path: Path, year_now: int) -> BuildingFacts:
    rng = random.Random(f"building:{path[:6]}")
    flats_in = max(len(children(path[:6])), 1)
    floors = max(1, min(25, (flats_in + 1) // 2 + rng.randint(0, 2)))
    year = rng.randint(1965, year_now - 1)
    structure = "STEEL_REINFORCED_CONCRETE" if year >= 1985 or rng.random() < 0.6 else "OTHER"
    return BuildingFacts(floors, year, structure)


def address_line(address: dict[str, Any]) -> str:
    """'Caferağa Mah. Moda Caddesi No: 12 Daire 5 Kadıköy/İstanbul' (the webhook's flattened address)."""
    def text(level: str) -> str:
        return str((address.get(level) or {}).get("text") or "")

    return (f"{text('neighborhood').replace(' Mahallesi', ' Mah.')} {text('street')} {text('building')} "
            f"{text('apartment')} {text('district')}/{text('city')}").replace("  ", " ").strip()
