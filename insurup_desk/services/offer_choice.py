"""Which offer of the quote board the sale would buy now: the ★ best, until the operator picks another.

The quotes page draws this; it never decides it. A live re-sort only moves rows on screen, so a choice is made
by naming a different row, never by the current row's position changing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .quote_board import QuoteBoard, QuoteRow


@dataclass
class OfferChoice:
    board: QuoteBoard = field(default_factory=QuoteBoard)
    # The row the operator moved to themselves (None: follow the best payable offer as prices arrive).
    operator_choice: str | None = None
    # The row the screen last made current by itself (the best at that moment).
    shown: str | None = None

    def restart(self) -> QuoteBoard:
        """A new proposal: a new board, and nothing chosen yet."""
        self.board = QuoteBoard()
        self.operator_choice = None
        self.shown = None
        return self.board

    @property
    def target(self) -> str | None:
        """The row that should be current: the operator's choice, else the best payable offer so far."""
        if self.operator_choice is not None:
            return self.operator_choice
        best = self.board.best_row
        return best.id if best is not None else None

    @property
    def following_best(self) -> bool:
        return self.operator_choice is None

    def showing(self, row_id: str) -> None:
        """The screen made the followed row current itself."""
        self.shown = row_id

    def moved_to(self, row_id: str) -> None:
        """The current row is now ``row_id``. Moving off the row the screen showed is the operator's choice; a
        re-sort (or a better price arriving) keeps the row's identity and is not."""
        if self.operator_choice is not None or row_id != self.shown:
            self.operator_choice = row_id

    def row(self) -> QuoteRow | None:
        target = self.target
        return next((r for r in self.board.rows if r.id == target), None) if target is not None else None
