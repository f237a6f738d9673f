"""The paged model keeps exactly the server's rows: in order, no duplicates, nothing stale."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from table_fakes import SPEC, FakeServer, rows_for

from insurup_desk.services.list_queries import ListQuery
from insurup_desk.ui.tables.paged_model import PagedTableModel

TAGS = ("a", "b", "c")


async def settle() -> None:
    for _ in range(4):
        await asyncio.sleep(0)


def query_for(tag: str | None) -> ListQuery:
    return ListQuery() if tag is None else ListQuery(filter={"tag": tag})


def assert_prefix_of_server(model: PagedTableModel, server: FakeServer) -> None:
    expected = rows_for(model.query, server.totals)
    rows = model.rows()
    assert rows == expected[: len(rows)], "model rows must be the server's rows for the current query, in order"


operations = st.lists(
    st.one_of(
        st.tuples(st.just("scroll")),
        st.tuples(st.just("filter"), st.sampled_from(TAGS)),
        st.tuples(st.just("resolve"), st.integers(min_value=0, max_value=5)),
    ),
    max_size=40,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    totals=st.fixed_dictionaries({tag: st.integers(0, 260) for tag in ("all", *TAGS)}),
    page_size=st.integers(1, 100),
    ops=operations,
    stubborn=st.booleans(),
)
def test_rows_are_exactly_the_servers_despite_filter_changes_mid_fetch(
    qapp: Any, totals: dict[str, int], page_size: int, ops: list[tuple[Any, ...]], stubborn: bool
) -> None:
    server = FakeServer(totals=totals, stubborn=stubborn)
    loop = asyncio.new_event_loop()

    async def scenario() -> PagedTableModel:
        model = PagedTableModel(SPEC, server.fetch, page_size=page_size)
        server.model = model
        model.start()
        for op in ops:
            if op[0] == "scroll":
                model.fetchMore(QModelIndex())
            elif op[0] == "filter":
                model.set_query(query_for(op[1]))
            else:
                pending = server.pending()
                if pending:
                    server.resolve(pending[op[1] % len(pending)])
            await settle()
            assert_prefix_of_server(model, server)
            live = [r for r in server.pending() if r.generation == model.generation and not r.cancelled]
            assert len(live) <= 1, "never more than one page in flight for the current query"
        # Drain: answer everything, keep scrolling until the list is complete.
        for _ in range(10_000):
            for request in server.pending():
                server.resolve(request)
            await settle()
            if model.canFetchMore(QModelIndex()):
                model.fetchMore(QModelIndex())
            elif not server.pending() and not model.is_loading:
                break
        return model

    try:
        model = loop.run_until_complete(scenario())
    finally:
        loop.close()
    expected = rows_for(model.query, totals)
    assert model.rows() == expected
    assert len({row[0] for row in model.rows()}) == model.rowCount()
    assert model.total_count == len(expected)
    assert model.is_exhausted


@pytest.mark.asyncio
@pytest.mark.qt_async
async def test_only_one_page_in_flight_however_often_the_view_asks(qapp: Any) -> None:
    server = FakeServer(totals={"all": 250})
    model = PagedTableModel(SPEC, server.fetch, page_size=100)
    server.model = model
    model.start()
    await settle()
    for _ in range(5):
        assert not model.canFetchMore(QModelIndex())
        model.fetchMore(QModelIndex())
    await settle()
    assert len(server.requests) == 1
    server.resolve(server.requests[0])
    await settle()
    assert model.rowCount() == 100
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    await settle()
    assert [r.after for r in server.requests] == [None, "99"]


@pytest.mark.asyncio
@pytest.mark.qt_async
async def test_filter_change_cancels_the_request_in_flight_and_drops_its_answer(qapp: Any) -> None:
    server = FakeServer(totals={"all": 50, "a": 7}, stubborn=True)
    model = PagedTableModel(SPEC, server.fetch, page_size=20)
    server.model = model
    model.start()
    await settle()
    old = server.requests[0]
    model.set_query(query_for("a"))
    await settle()
    assert old.cancelled, "the old request is cancelled"
    server.resolve(server.requests[1])
    await settle()
    server.resolve(old)  # the server answers the abandoned question anyway
    await settle()
    assert [row[0] for row in model.rows()] == [f"a-{i}" for i in range(7)]
    assert model.total_count == 7
    assert not model.is_loading


@pytest.mark.asyncio
@pytest.mark.qt_async
async def test_failed_page_stops_fetching_until_refresh(qapp: Any) -> None:
    server = FakeServer(totals={"all": 30})
    model = PagedTableModel(SPEC, server.fetch, page_size=10)
    server.model = model
    failures: list[object] = []
    model.fetchFailed.connect(failures.append)
    model.start()
    await settle()
    server.resolve(server.requests[0])
    await settle()
    model.fetchMore(QModelIndex())
    await settle()
    server.fail(server.requests[1], ConnectionError("hat koptu"))
    await settle()
    assert len(failures) == 1 and isinstance(failures[0], ConnectionError)
    assert model.rowCount() == 10, "rows already shown stay"
    assert not model.canFetchMore(QModelIndex()), "a broken line is not hammered by the view"
    model.refresh()
    await settle()
    server.resolve(server.requests[2])
    await settle()
    assert model.rowCount() == 10 and model.canFetchMore(QModelIndex())


@pytest.mark.asyncio
@pytest.mark.qt_async
async def test_total_count_and_loading_signals(qapp: Any) -> None:
    server = FakeServer(totals={"all": 2431})
    model = PagedTableModel(SPEC, server.fetch, page_size=100)
    server.model = model
    totals: list[int] = []
    loading: list[bool] = []
    model.totalCountChanged.connect(totals.append)
    model.loadingChanged.connect(loading.append)
    model.start()
    await settle()
    server.resolve(server.requests[0])
    await settle()
    assert totals == [2431]
    assert loading == [True, False]


def test_cells_are_formatted_the_turkish_way(qapp: Any, qloop_running: Any, qtbot: Any) -> None:
    server = FakeServer(totals={"all": 3})
    model = PagedTableModel(SPEC, server.fetch, page_size=10)
    server.model = model
    model.start()
    qtbot.waitUntil(lambda: bool(server.pending()))
    server.resolve(server.requests[0])
    qtbot.waitUntil(lambda: model.rowCount() == 3)

    def cell(column: int) -> Any:
        return model.data(model.index(1, column))

    assert cell(2) == "₺1.235,50"
    assert cell(3) == "27.11.2026"
    assert cell(4) == "34 ABC 123"
    assert cell(5) == "Yürürlükte"
    money_align = model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole)
    assert money_align & int(Qt.AlignmentFlag.AlignRight)
    name_align = model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)
    assert not name_align & int(Qt.AlignmentFlag.AlignRight)
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ForegroundRole) is not None
    from insurup_desk.ui.tables.formatting import format_count

    assert format_count(2431) == "2.431" and format_count(100_000) == "100.000"


def answer_until_idle(qtbot: Any, server: FakeServer, model: PagedTableModel) -> None:
    """Answer every request (including ones the tester triggers) until nothing is in flight."""
    while True:
        qtbot.waitUntil(lambda: bool(server.pending()) or not model.is_loading)
        if not server.pending():
            return
        for request in server.pending():
            server.resolve(request)
        qtbot.waitUntil(lambda: not server.pending())


def test_model_passes_qtmodeltester(qapp: Any, qloop_running: Any, qtbot: Any, qtmodeltester: Any) -> None:
    server = FakeServer(totals={"all": 35})
    model = PagedTableModel(SPEC, server.fetch, page_size=10)
    server.model = model
    model.start()
    answer_until_idle(qtbot, server, model)
    assert model.rowCount() == 10
    qtmodeltester.check(model)
    # The tester may have asked for more; answer and re-check with a longer list and after a reset.
    answer_until_idle(qtbot, server, model)
    qtmodeltester.check(model)
    model.set_query(query_for("a"))
    answer_until_idle(qtbot, server, model)
    qtmodeltester.check(model)


def test_scrolling_a_real_view_loads_pages_in_order(qapp: Any, qloop_running: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QTableView

    server = FakeServer(totals={"all": 95})
    model = PagedTableModel(SPEC, server.fetch, page_size=20)
    server.model = model
    view = QTableView()
    view.setModel(model)
    view.resize(500, 300)
    qtbot.addWidget(view)
    view.show()
    for _ in range(12):
        qtbot.waitUntil(lambda: bool(server.pending()) or model.is_exhausted)
        for request in server.pending():
            server.resolve(request)
        qtbot.waitUntil(lambda: not model.is_loading)
        if model.is_exhausted:
            break
        view.scrollToBottom()
    assert [r.after for r in server.requests] == [None, "19", "39", "59", "79"]
    assert model.rows() == rows_for(ListQuery(), server.totals)
