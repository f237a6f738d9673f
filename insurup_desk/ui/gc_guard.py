"""Python's cyclic garbage collection, run on the GUI thread only, and kept short.

Automatic collection starts in whichever thread happens to allocate — the embedded sandbox's server thread, the
store's worker, a keyring call — and collecting a cycle that holds Qt wrappers there destroys QObjects off
their own thread (Qt warns "Timers cannot be stopped from another thread" and may crash). So automatic
collection is switched off and a timer on the GUI thread collects, generation by generation, as thresholds fill.

A full collection walks every object the desk holds, most of them the program itself (modules, classes, Qt
wrappers of the windows): ~75,000 objects took 50–80 ms, a visible stall while a list scrolls. So when a full
collection is due and modules were imported since the last one (the program grew: start-up, the main window,
a page opened for the first time), the young generations are collected and everything older is frozen
(``gc.freeze``): what has lived that long lives as long as the desk, and is never walked again. Later full
collections walk only what came after. Frozen objects are still freed by reference counting; only a cycle
among them that dies later would stay (a window replaced at sign-out, a few times a day at most).
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._modules_frozen = -1  # len(sys.modules) at the last freeze
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int | None:
        """Collect the oldest generation whose count passed its threshold; returns that generation."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                if generation == 2 and len(sys.modules) != self._modules_frozen:
                    self.freeze_long_lived()
                else:
                    gc.collect(generation)
                return generation
        return None

    def freeze_long_lived(self) -> None:
        """Collect the young generations and freeze the rest: it is the program, not its garbage."""
        gc.collect(1)
        gc.freeze()
        self._modules_frozen = len(sys.modules)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
