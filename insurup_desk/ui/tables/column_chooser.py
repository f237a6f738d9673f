"""Which columns a list shows, chosen from the header's context menu and remembered per user."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from insurup_desk.ui.tables.columns import TableSpec


def _settings_key(profile: str, table: str) -> str:
    safe = "".join(ch if ch.isalnum() else "_" for ch in profile) or "default"
    return f"tables/{safe}/{table}/hidden_columns"


class ColumnChooser(QObject):
    """Hides/shows view columns; the choice is stored in QSettings under the signed-in user's profile."""

    def __init__(
        self, view: QTableView, spec: TableSpec, settings: QSettings | None, profile: str
    ) -> None:
        super().__init__(view)
        self._view = view
        self._spec = spec
        self._settings = settings
        self._profile = profile
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        self.apply(self.load())

    @property
    def header(self) -> QHeaderView:
        return self._view.horizontalHeader()

    def default_hidden(self) -> set[str]:
        return {c.ident for c in self._spec.columns if not c.visible}

    def load(self) -> set[str]:
        if self._settings is None:
            return self.default_hidden()
        stored = self._settings.value(_settings_key(self._profile, self._spec.name))
        if stored is None:
            return self.default_hidden()
        if isinstance(stored, str):
            stored = [stored] if stored else []
        known = {c.ident for c in self._spec.columns}
        return {str(k) for k in stored if str(k) in known}

    def hidden(self) -> set[str]:
        return {c.ident for i, c in enumerate(self._spec.columns) if self._view.isColumnHidden(i)}

    def apply(self, hidden: set[str]) -> None:
        for i, column in enumerate(self._spec.columns):
            self._view.setColumnHidden(i, column.ident in hidden)
        if all(self._view.isColumnHidden(i) for i in range(len(self._spec.columns))):
            self._view.setColumnHidden(0, False)  # an empty table helps nobody

    def set_visible(self, key: str, visible: bool) -> None:
        hidden = self.hidden()
        if visible:
            hidden.discard(key)
        else:
            hidden.add(key)
        self.apply(hidden)
        self.save()

    def save(self) -> None:
        if self._settings is not None:
            self._settings.setValue(_settings_key(self._profile, self._spec.name), sorted(self.hidden()))
            self._settings.sync()

    def reset(self) -> None:
        self.apply(self.default_hidden())
        if self._settings is not None:
            self._settings.remove(_settings_key(self._profile, self._spec.name))
            self._settings.sync()

    def build_menu(self) -> QMenu:
        menu = QMenu(self._view)
        menu.setTitle(self.tr("Sütunlar"))
        hidden = self.hidden()
        for column in self._spec.columns:
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(column.ident not in hidden)
            action.toggled.connect(lambda checked, key=column.ident: self.set_visible(key, checked))
        menu.addSeparator()
        menu.addAction(self.tr("Varsayılan sütunlar"), self.reset)
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.build_menu()
        menu.exec(self.header.mapToGlobal(pos))
        menu.deleteLater()
