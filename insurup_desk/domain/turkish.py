"""Turkish text for matching: lower case the Turkish way (İ→i, I→ı), so 'IŞIK' and 'ışık' are the same word."""

from __future__ import annotations


def turkish_fold(text: str) -> str:
    """Lower-cases ``text`` by Turkish rules and collapses runs of white space (for searching and comparing)."""
    return " ".join(text.replace("İ", "i").replace("I", "ı").lower().split())
