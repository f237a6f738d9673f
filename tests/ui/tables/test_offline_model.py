"""The paged model knows how old the rows it shows are: the oldest cached page decides, a refresh resets it."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtWidgets import QWidget
from table_fakes import SPEC, make_row

from insurup_desk.services.list_queries import ListQuery, Page
from insurup_desk.ui.tables.offline_marker import OfflineMarker, data_time_text
from insurup_desk.ui.tables.paged_model import PagedTableModel


class AgedServer:
    """Two pages; each answer carries the fetch time the test sets (None = live)."""

    def __init__(self) -> None:
        self.stamps: list[float | None] = [None, None]

    async def fetch(self, query: ListQuery, first: int, after: str | None) -> Page:
        index = 0 if after is None else 1
        rows = [make_row(index, i) for i in range(first)]
        return Page(rows, 2 * first, "p1" if index == 0 else None, index == 0, fetched_at=self.stamps[index])


def test_model_reports_the_age_of_cached_rows(qapp: Any, qloop_running: Any, qtbot: Any, qtmodeltester: Any) -> None:
    server = AgedServer()
    server.stamps = [1_000_000.0, 900_000.0]
    model = PagedTableModel(SPEC, server.fetch, page_size=5)
    ages: list[float] = []
    model.dataAgeChanged.connect(ages.append)
    model.start()
    qtbot.waitUntil(lambda: model.rowCount() == 5 and not model.is_loading)
    assert model.fetched_at == 1_000_000.0
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 10 and not model.is_loading)
    assert model.fetched_at == 900_000.0  # the stalest page on show
    qtmodeltester.check(model)

    server.stamps = [None, None]  # the line is back
    model.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 5 and not model.is_loading)
    assert model.fetched_at is None
    assert ages == [1_000_000.0, 900_000.0, -1.0]


def test_marker_text_and_visibility(qapp: Any, qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    marker = OfflineMarker(host)
    host.show()
    assert marker.isHidden()  # nothing cached on show yet
    fetched = time.mktime((2026, 11, 27, 9, 5, 0, 0, 0, -1))
    marker.set_fetched_at(fetched)
    assert marker.isVisible()
    assert data_time_text(fetched, now=fetched + 3600) == "09:05"
    assert data_time_text(fetched, now=fetched + 2 * 86_400) == "27.11.2026 09:05"
    marker.set_fetched_at(None)
    assert marker.isHidden()
