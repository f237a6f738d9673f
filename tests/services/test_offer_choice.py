"""The offer Enter buys: the ★ best as prices arrive, until the operator names another row (no Qt)."""

from __future__ import annotations

from insurup_desk.services.offer_choice import OfferChoice


def test_the_best_is_followed_until_the_operator_moves_off_it() -> None:
    offers = OfferChoice()
    assert offers.following_best and offers.target is None
    offers.showing("cheap")
    offers.moved_to("cheap")  # the screen's own move, or a re-sort keeping the row
    assert offers.following_best
    offers.moved_to("dear")  # Ctrl+Home, Tab, a click: another row
    assert offers.operator_choice == "dear" and offers.target == "dear" and not offers.following_best
    offers.moved_to("cheap")  # moving back is a choice too: the best no longer takes the row away
    assert offers.target == "cheap" and not offers.following_best


def test_a_new_proposal_forgets_the_choice() -> None:
    offers = OfferChoice()
    offers.showing("a")
    offers.moved_to("b")
    board = offers.restart()
    assert board is offers.board and offers.following_best and offers.shown is None
