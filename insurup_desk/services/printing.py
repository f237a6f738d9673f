"""Which pages of a document go to the printer, in which order, how many times (no Qt).

The print dialog's choices (a page range, copies, collation, last page first) arrive as plain numbers; the
printer driver repeats copies itself when it can, otherwise the desk sends every copy (``copies`` > 1 here).
"""

from __future__ import annotations

from dataclasses import dataclass


class NothingToPrint(ValueError):
    """The chosen range holds no page of the document (e.g. pages 5–6 of a 3-page policy)."""


@dataclass(frozen=True, slots=True)
class PrintPlan:
    page_count: int
    first: int = 0  # 1-based first page chosen; 0 means "from the first page"
    last: int = 0  # 1-based last page chosen; 0 means "to the last page"
    copies: int = 1  # copies the desk itself must send (1 when the driver makes them)
    collate: bool = True  # 1 2 3, 1 2 3 rather than 1 1, 2 2, 3 3
    last_page_first: bool = False

    def pages(self) -> list[int]:
        """0-based page indexes in the order they are painted; ``NothingToPrint`` when the range is empty."""
        first = max(self.first, 1) if self.first else 1
        last = min(self.last, self.page_count) if self.last else self.page_count
        chosen = list(range(first - 1, last))
        if not chosen:
            raise NothingToPrint(f"pages {first}-{last} of {self.page_count}")
        if self.last_page_first:
            chosen.reverse()
        copies = max(self.copies, 1)
        if self.collate:
            return chosen * copies
        return [page for page in chosen for _ in range(copies)]
