import gc
import threading
from typing import Any

from insurup_desk.ui.gc_guard import GuiThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_happens_on_the_gui_thread_only(qapp: Any) -> None:
    collector = GuiThreadCollector(interval_ms=10_000)
    try:
        assert not gc.isenabled()
        threads: list[str] = []

        def note(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                threads.append(threading.current_thread().name)

        gc.callbacks.append(note)
        try:
            worker = threading.Thread(target=lambda: [Cycle() for _ in range(50_000)], name="server")
            worker.start()
            worker.join()
            assert "server" not in threads  # garbage piled up in the worker, but nothing collected there
            assert collector.check() is not None
            assert threads and set(threads) == {threading.current_thread().name}
        finally:
            gc.callbacks.remove(note)
    finally:
        collector.stop()
    assert gc.isenabled()


def test_a_full_collection_after_imports_freezes_the_program_yet_later_garbage_goes(qapp: Any) -> None:
    collector = GuiThreadCollector(interval_ms=10_000)
    try:
        for _ in range(12):
            gc.collect(1)  # a full collection is due (the generation-2 count passed its threshold)
        assert collector.check() == 2
        frozen = gc.get_freeze_count()
        assert frozen > 0, "modules were imported since start: the long-lived objects are frozen, not walked"
        for _ in range(12):
            gc.collect(1)
        Cycle()  # garbage made after the freeze
        assert collector.check() == 2
        assert gc.get_freeze_count() == frozen, "no module imported since: a plain full collection"
        collected = gc.collect()
        assert collected == 0, "the full collection took the cycle made after the freeze"
    finally:
        collector.stop()
        gc.unfreeze()  # the rest of the test run collects as usual
