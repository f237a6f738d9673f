"""Python's cyclic garbage collection, run on the GUI thread only.

Automatic collection starts in whichever thread happens to allocate — the embedded sandbox's server thread, the
store's worker, a keyring call — and collecting a cycle that holds Qt wrappers there destroys QObjects off
their own thread (Qt warns "Timers cannot be stopped from another thread" and may crash). So automatic
collection is switched off and a timer on the GUI thread collects, generation by generation, as thresholds fill.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
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
                gc.collect(generation)
                return generation
        return None

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
