"""The sale's campaign code / free tag: what the operator may type, and how it rides on the purchase.

The contract (§7.2) types the purchase ``metadata`` as a free object for "campaign info / custom tags" and sets
no limits; its example is ``{"campaign": "spring-2026"}``. The desk sends exactly that one key, and keeps the tag
short and printable so it reads well in the policies list, in an export and on the insurer's side.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from enum import StrEnum
from typing import Final

METADATA_KEY: Final = "campaign"
MIN_LENGTH: Final = 2
MAX_LENGTH: Final = 40
# Besides letters (Turkish ones too) and digits: separators a campaign code is commonly written with.
ALLOWED_PUNCTUATION: Final = frozenset(" -_./#%+&")


class TagProblem(StrEnum):
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    BAD_CHARACTER = "bad_character"


class TagInvalid(ValueError):
    """The typed tag cannot be sent; ``character`` is the first one refused (BAD_CHARACTER)."""

    def __init__(self, problem: TagProblem, character: str = "") -> None:
        super().__init__(f"campaign tag {problem.value}" + (f" ({character!r})" if character else ""))
        self.problem = problem
        self.character = character


def normalise_tag(text: str) -> str:
    """Trimmed, inner runs of spaces made one, NFC (a Turkish letter typed as base + dot stays one letter)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _allowed(char: str) -> bool:
    return char.isalnum() or char in ALLOWED_PUNCTUATION


def check_tag(text: str) -> str:
    """The tag to keep ("" when none was typed) or ``TagInvalid``."""
    tag = normalise_tag(text)
    if not tag:
        return ""
    if len(tag) < MIN_LENGTH:
        raise TagInvalid(TagProblem.TOO_SHORT)
    if len(tag) > MAX_LENGTH:
        raise TagInvalid(TagProblem.TOO_LONG)
    bad = next((c for c in tag if not _allowed(c)), None)
    if bad is not None:
        raise TagInvalid(TagProblem.BAD_CHARACTER, bad)
    return tag


def tag_problem(text: str) -> TagInvalid | None:
    try:
        check_tag(text)
    except TagInvalid as problem:
        return problem
    return None


def purchase_metadata(tag: str) -> dict[str, str] | None:
    """The purchase's ``metadata`` for a kept tag; None (the field left out) when the sale has none."""
    checked = check_tag(tag)
    return {METADATA_KEY: checked} if checked else None


def tag_of(metadata: Mapping[str, object] | None) -> str:
    """The tag a policy's ``metadata`` carries ("" when none). Other keys (another desk, the CRM) are ignored."""
    if not metadata:
        return ""
    value = metadata.get(METADATA_KEY)
    return value.strip() if isinstance(value, str) else ""
