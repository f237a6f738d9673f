"""Turkish folding: the one way the desk compares names offline."""

from __future__ import annotations

from insurup_desk.domain.turkish import turkish_fold


def test_dotted_and_dotless_i_fold_the_turkish_way() -> None:
    assert turkish_fold("IŞIK") == turkish_fold("ışık") == "ışık"
    assert turkish_fold("İSTANBUL") == "istanbul"
    assert turkish_fold("  Ayşe   YILMAZ ") == "ayşe yılmaz"
    assert turkish_fold("IRMAK") != turkish_fold("irmak")  # I is ı, not i
