"""Which pages go to the printer for the print dialog's choices (no Qt)."""

from __future__ import annotations

import pytest

from insurup_desk.services.printing import NothingToPrint, PrintPlan


@pytest.mark.parametrize(("plan", "pages"), [
    (PrintPlan(3), [0, 1, 2]),
    (PrintPlan(3, first=2, last=3), [1, 2]),
    (PrintPlan(3, first=2, last=9), [1, 2]),
    (PrintPlan(3, copies=2), [0, 1, 2, 0, 1, 2]),
    (PrintPlan(3, copies=2, collate=False), [0, 0, 1, 1, 2, 2]),
    (PrintPlan(3, first=1, last=2, last_page_first=True, copies=2), [1, 0, 1, 0]),
])
def test_the_range_copies_and_order_chosen_are_what_is_painted(plan: PrintPlan, pages: list[int]) -> None:
    assert plan.pages() == pages


def test_a_range_outside_the_document_prints_nothing() -> None:
    with pytest.raises(NothingToPrint):
        PrintPlan(2, first=4, last=5).pages()
