"""The "çevrimdışı — HH:MM verisi" marker shown over data served from the local cache."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from insurup_desk.domain.formats import format_date


def data_time_text(fetched_at: float, now: float | None = None) -> str:
    """HH:MM of the cached data; the date too when it is not from today."""
    when = dt.datetime.fromtimestamp(fetched_at)
    today = dt.datetime.fromtimestamp(now).date() if now is not None else dt.date.today()
    clock = when.strftime("%H:%M")
    return clock if when.date() == today else f"{format_date(when.date())} {clock}"


class OfflineMarker(QLabel):
    """Hidden while the data is live; otherwise says from when the data on screen is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineMarker")
        self.fetched_at: float | None = None
        self.hide()

    def set_fetched_at(self, fetched_at: float | None) -> None:
        self.fetched_at = fetched_at
        if fetched_at is None:
            self.clear()
            self.hide()
            return
        self.setText(self.tr("çevrimdışı — %1 verisi").replace("%1", data_time_text(fetched_at)))
        self.setToolTip(self.tr("Sunucuya ulaşılamıyor; bu bilgisayarda kayıtlı veriler gösteriliyor. "
                                "Bağlantı gelince liste kendiliğinden yenilenir."))
        self.show()
