"""Where "Pano" sits: first in the side menu for a manager, after the other pages otherwise; Ctrl+Shift+P for all."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget
from shell_fakes import StandInPage
from test_shell_window import _ctx, _stand_ins

from insurup_desk.api.models import AgentUser
from insurup_desk.services.dashboard import is_manager
from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.pages_registry import PAGE_KEYS, page_title


def _window(qtbot: Any, *, manager: bool) -> MainWindow:
    pages: dict[str, QWidget] = dict(_stand_ins())
    dashboard = StandInPage("dashboard", page_title("dashboard"))
    dashboard.navigation_first = manager  # type: ignore[attr-defined]
    pages["dashboard"] = dashboard
    window = MainWindow(_ctx(), pages)
    qtbot.addWidget(window)
    return window


def test_a_manager_opens_on_the_dashboard(qtbot: Any) -> None:
    window = _window(qtbot, manager=True)
    assert window.page_keys() == ["dashboard", *PAGE_KEYS]
    assert window.current_page_key() == "dashboard"
    assert window.navigation.item(0).text() == "Pano"
    assert [s.toString() for s in window.page_actions["dashboard"].shortcuts()] == ["Ctrl+1", "Ctrl+Shift+P"]
    assert window.page_actions["new_sale"].shortcut().toString() == "Ctrl+2"


def test_everyone_else_reaches_it_last_and_by_its_own_shortcut(qtbot: Any) -> None:
    window = _window(qtbot, manager=False)
    assert window.page_keys() == [*PAGE_KEYS, "dashboard"]
    assert window.current_page_key() == "new_sale"
    assert "Ctrl+Shift+P" in [s.toString() for s in window.page_actions["dashboard"].shortcuts()]
    window.page_actions["dashboard"].trigger()
    assert window.current_page_key() == "dashboard"
    assert window.page_actions["new_sale"].shortcut().toString() == "Ctrl+1"


def test_the_manager_role_comes_from_the_signed_in_user() -> None:
    assert is_manager(AgentUser.model_validate({"id": "u", "role": "MANAGER"}))
    assert is_manager(AgentUser.model_validate({"id": "u", "role": "owner"}))
    assert not is_manager(AgentUser.model_validate({"id": "u", "role": "AGENT"}))
    assert not is_manager(AgentUser.model_validate({"id": "u"}))
