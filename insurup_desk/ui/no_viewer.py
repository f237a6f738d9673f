"""A downloaded PDF that nothing on this computer can open: say so, and offer to save it instead."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from insurup_desk.ui.save_dialog import ask_save_path

Opener = Callable[[Path], "bool | None"]


def open_with_system(path: Path) -> bool:
    """Open with the program the system has for the file; False when there is none (or it refused)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_or_offer_save(parent: QWidget, path: Path, opener: Opener,
                       saved: Callable[[str], None] | None = None) -> QMessageBox | None:
    """Open ``path``; when that fails, a question (returned, already open) offers to save a copy."""
    if opener(path) is not False:
        return None

    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("NoViewer", "PDF açılamadı"),
                      QCoreApplication.translate("NoViewer", "Bu bilgisayarda PDF açacak bir program bulunamadı."),
                      parent=parent)
    box.setObjectName("noPdfViewer")
    box.setInformativeText(QCoreApplication.translate(
        "NoViewer", "Dosyayı bir klasöre kaydedip başka bir bilgisayarda açabilir ya da bir PDF okuyucu kurduktan "
        "sonra tekrar deneyebilirsiniz."))
    save = box.addButton(QCoreApplication.translate("NoViewer", "&Kaydet…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("NoViewer", "&Kapat"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)

    def answered() -> None:
        if box.clickedButton() is not save:
            return
        target = ask_save_path(parent, QCoreApplication.translate("NoViewer", "PDF'i kaydet"), path.name,
                               QCoreApplication.translate("NoViewer", "PDF belgesi (*.pdf)"))
        if target:
            shutil.copyfile(path, target)
            if saved is not None:
                saved(target)

    box.finished.connect(lambda _r: answered())
    box.open()
    return box
