"""Turkish-aware, case-insensitive text matching used by ``search``.

Turkish pairs dotted and dotless i differently from other languages (İ↔i, I↔ı); plain ``str.lower`` turns
"İ" into "i̇" (with a combining dot) and "I" into "i", so both are mapped explicitly before lowering.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    # ASCII without a capital I lowers as in any language; such values (policy and proposal numbers, a
    # million distinct ones) skip the cache, which they would otherwise flush of the names.
    if text.isascii() and "I" not in text:
        return text.lower()
    return _fold_turkish(text)


@lru_cache(maxsize=1 << 18)
def _fold_turkish(text: str) -> str:
    return text.replace("İ", "i").replace("I", "ı").lower()


@lru_cache(maxsize=1 << 16)
def words(folded: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(folded))


@lru_cache(maxsize=1024)
def wildcard_pattern(folded_pattern: str) -> re.Pattern[str]:
    """``*`` is any run of characters and ``?`` one character; the pattern must match the whole value."""
    parts = []
    for char in folded_pattern:
        if char == "*":
            parts.append(".*")
        elif char == "?":
            parts.append(".")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts), re.DOTALL)


def autocomplete(value: str, query: str) -> bool:
    """Every word typed so far starts some word of the value (words in any order)."""
    value_words = words(value)
    query_words = words(query)
    if not query_words:
        return False
    return all(any(w.startswith(q) for w in value_words) for q in query_words)


def text_search(value: str, query: str) -> int:
    """How many words of the query appear as words of the value."""
    value_words = set(words(value))
    return sum(1 for q in words(query) if q in value_words)
