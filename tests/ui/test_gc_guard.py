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
