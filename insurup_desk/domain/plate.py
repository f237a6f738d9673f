"""Turkish licence plates: free typing in, one canonical form out."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PLATE = re.compile(r"^([0-9]{2})([A-Z]{1,3})([0-9]{2,4})$")
_TR_UPPER = str.maketrans({"i": "I", "ı": "I", "İ": "I"})


@dataclass(frozen=True, slots=True)
class Plate:
    city: int
    code: str  # letters + digits without the city, e.g. "ABC123"

    @property
    def letters(self) -> str:
        return re.match(r"[A-Z]+", self.code).group(0)  # type: ignore[union-attr]

    @property
    def digits(self) -> str:
        return self.code[len(self.letters) :]

    def display(self) -> str:
        return f"{self.city:02d} {self.letters} {self.digits}"

    def compact(self) -> str:
        return f"{self.city:02d}{self.code}"


def parse_plate(text: str) -> Plate | None:
    """'34abc123', '34 ABC 123', '34-abc-123' -> Plate(34, 'ABC123'); None if not a plate."""
    cleaned = re.sub(r"[\s\-.]", "", text.translate(_TR_UPPER)).upper()
    m = _PLATE.match(cleaned)
    if not m:
        return None
    city = int(m.group(1))
    if not 1 <= city <= 81:
        return None
    return Plate(city, m.group(2) + m.group(3))


def format_plate(city: int | None, code: str | None) -> str:
    if city is None or not code:
        return code or ""
    plate = parse_plate(f"{city:02d}{code}")
    return plate.display() if plate else f"{city:02d} {code}"
