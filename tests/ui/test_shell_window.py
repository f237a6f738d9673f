"""Main window, navigation API, settings dialog validation, about dialog, training-mode banner."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QVBoxLayout, QWidget
from shell_fakes import DraftPage, StandInPage

from insurup_desk import __version__
from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.api.models import AgentUser
from insurup_desk.services.connectivity import ConnectivityMonitor, LineState
from insurup_desk.services.context import AppContext
from insurup_desk.services.paths import app_paths
from insurup_desk.services.secrets import MemoryVault
from insurup_desk.services.session import Session
from insurup_desk.services.settings import AppSettings, SettingsStore
from insurup_desk.ui.about_dialog import AboutDialog
from insurup_desk.ui.banner import SandboxMarker, has_banner
from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.navigation import WindowNavigator
from insurup_desk.ui.pages_registry import PAGE_KEYS, build_pages, page_title
from insurup_desk.ui.settings_dialog import SettingsDialog

USER = AgentUser(id="u1", email="gise@demo.acente", fullName="Ayşe Gişe",
                 agentBranchIds=["67452b1a022dec6666bf06d8"])


async def _fetch_user() -> AgentUser:
    return USER


def _ctx(*, sandbox: bool = False, settings: AppSettings | None = None) -> AppContext:
    paths = app_paths().ensure()
    # A real client that is never asked anything: these tests look at windows, not at the API.
    client = InsurUpClient(ApiConfig())
    session = Session(client.auth, _fetch_user, MemoryVault(), profile="t")
    session.user = USER
    store = SettingsStore(paths.settings_file)
    return AppContext(
        client=client,
        session=session,
        settings_store=store,
        settings=settings or AppSettings(),
        connectivity=ConnectivityMonitor(),
        paths=paths,
        navigator=WindowNavigator(),
        is_sandbox=sandbox,
        sandbox=None,
    )


def _stand_ins() -> dict[str, QWidget]:
    return {key: StandInPage(key, page_title(key)) for key in PAGE_KEYS}


def test_every_main_section_has_a_real_page(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from insurup_desk.ui import pages_registry

    assert set(PAGE_KEYS) <= set(pages_registry.page_factories())
    monkeypatch.setattr(pages_registry, "page_factories", lambda: {"new_sale": DraftPage})
    with pytest.raises(KeyError):
        build_pages(_ctx())  # a build without one of its sections is a programming error, not a placeholder


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    ctx = _ctx(settings=AppSettings(agent_branch_id="67452b1a022dec6666bf06d8"))
    pages = _stand_ins()
    pages["new_sale"] = DraftPage(ctx)
    win = MainWindow(ctx, pages)
    ctx.navigator.attach(win)  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.show()
    return win


def test_every_section_is_reachable_by_menu_and_shortcut(window: MainWindow) -> None:
    assert window.page_keys() == list(PAGE_KEYS)
    texts = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert texts == ["Yeni satış", "Poliçeler", "Teklifler", "Müşteriler", "Yenilemeler"]
    for key in ("policies", "proposals", "customers", "renewals"):
        page = window.page(key)
        assert isinstance(page, StandInPage) and page.key == key
    window.page_actions["customers"].trigger()
    assert window.current_page_key() == "customers"
    assert window.stack.currentWidget() is window.page("customers")
    assert window.page_actions["customers"].shortcut().toString() == "Ctrl+4"


def test_navigator_starts_a_sale_on_the_registered_page(window: MainWindow) -> None:
    window.show_page("renewals")
    window.ctx.navigator.open_new_sale(customer_id="c-1", vehicle_id="v-9")
    page = window.page("new_sale")
    assert isinstance(page, DraftPage)
    assert window.current_page_key() == "new_sale" and page.started == [("c-1", "v-9")]
    window.ctx.navigator.open_customer("c-1")  # a stand-in page: shown, nothing else to call
    assert window.current_page_key() == "customers"


def test_menus_have_the_expected_shortcuts(window: MainWindow) -> None:
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.logout_action.shortcut().toString() == "Ctrl+Shift+L"
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.about_action.shortcut().toString() == "F1"
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Dosya", "Git", "Oturum", "Araçlar", "Yardım"]


def test_status_bar_shows_user_branch_and_line_state(window: MainWindow) -> None:
    status = window.status
    assert status.user_label.text() == "Kullanıcı: Ayşe Gişe"
    assert status.branch_label.text() == "Şube: 67452b1a022dec6666bf06d8"
    assert status.line_label.text() == "● Çevrimiçi"
    window.ctx.connectivity.record_failure()
    assert status.line_label.text() == "● Çevrimdışı" and status.line_label.property("line") == "offline"
    for _ in range(3):
        window.ctx.connectivity.record_success(5.0)
    assert window.ctx.connectivity.state is LineState.SLOW
    assert status.line_label.text() == "● Yavaş bağlantı"
    assert not status.sandbox_badge.isVisibleTo(window)


def test_settings_validation_keeps_what_was_typed(window: MainWindow, qtbot: Any) -> None:
    dialog = window.open_settings()
    assert dialog.isVisible()
    # The user's known branches are offered, not typed.
    assert dialog.branch_combo.count() == 2 and not dialog.branch_combo.isEditable()
    dialog.api_url_edit.setText("http://api.insurup.com/api/")
    dialog.page_size_edit.setText("500")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.saved is None
    assert "https://" in dialog.errors["api_url"].text()
    assert dialog.errors["page_size"].text() == "Sayfa boyutu 20 ile 100 arasında bir tam sayı olmalı."
    assert dialog.api_url_edit.text() == "http://api.insurup.com/api/" and dialog.page_size_edit.text() == "500"
    assert dialog.api_url_edit.property("invalid") is True

    dialog.page_size_edit.setText("yirmi")
    dialog.save_button.click()
    assert dialog.errors["page_size"].isVisibleTo(dialog)

    dialog.api_url_edit.setText("https://test.insurup.example/api")
    dialog.page_size_edit.setText("40")
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("CALL_CENTER"))
    with qtbot.waitSignal(window.settingsChanged):
        dialog.save_button.click()
    assert not dialog.isVisible()
    assert window.ctx.settings.page_size == 40 and window.ctx.settings.sales_channel == "CALL_CENTER"
    assert window.ctx.settings.api_url == "https://test.insurup.example/api/"
    assert window.ctx.settings_store.load() == window.ctx.settings


def test_settings_branch_is_typed_and_checked_when_the_user_has_none(qtbot: Any) -> None:
    store = SettingsStore(app_paths().ensure().settings_file)
    dialog = SettingsDialog(store, AppSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.branch_combo.isEditable()
    dialog.branch_combo.setEditText("şube-1")
    dialog.save_button.click()
    assert dialog.errors["agent_branch_id"].text().startswith("Şube kimliği 24 karakterlik")
    assert dialog.branch_combo.currentText() == "şube-1"


def test_about_shows_version_and_folders(qtbot: Any) -> None:
    paths = app_paths().ensure()
    dialog = AboutDialog(paths, api_url="https://api.insurup.com/api/")
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == __version__
    assert dialog.data_label.text() == str(paths.data_dir)
    assert dialog.log_label.text() == str(paths.log_file)


def test_training_mode_marks_every_window(qtbot: Any, qapp: Any) -> None:
    marker = SandboxMarker(qapp)
    qapp.installEventFilter(marker)
    try:
        ctx = _ctx(sandbox=True)
        win = MainWindow(ctx, _stand_ins())
        qtbot.addWidget(win)
        win.show()
        assert has_banner(win) and win.status.sandbox_badge.isVisibleTo(win)
        assert win.windowTitle().startswith("[EĞİTİM]")
        banner = win.findChild(QLabel, "sandboxBanner")
        assert banner is not None and banner.text() == "EĞİTİM / SANDBOX — gerçek satış yapılmaz"

        settings = win.open_settings()
        about = win.open_about()
        assert has_banner(settings) and has_banner(about)

        # A dialog someone else writes gets the banner too, and a message box at least the title.
        foreign = QDialog(win)
        QVBoxLayout(foreign).addWidget(QWidget(foreign))
        foreign.setWindowTitle("Ödeme onayı")
        foreign.show()
        assert has_banner(foreign) and foreign.windowTitle() == "[EĞİTİM] Ödeme onayı"
        box = QMessageBox(win)
        box.setWindowTitle("Uyarı")
        box.show()
        assert box.windowTitle() == "[EĞİTİM] Uyarı"
        for w in (settings, about, foreign, box):
            w.close()
    finally:
        qapp.removeEventFilter(marker)
