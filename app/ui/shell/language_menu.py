"""View → Language: the languages the application speaks, each named in itself, and
"System Language". The choice is remembered and takes effect at the next start, which the
menu offers at once (texts already on screen are not swapped under the person's hands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.domain.languages import LANGUAGES
from app.ui.common.translation import fill, save_language, saved_language

translate = QCoreApplication.translate


class LanguageMenu(QMenu):
    def __init__(self, settings: QSettings, parent: QWidget) -> None:
        super().__init__(translate("LanguageMenu", "&Language"), parent)
        self.setObjectName("languageMenu")
        self._settings = settings
        self._window = parent
        group = QActionGroup(self)
        group.setExclusive(True)
        saved = saved_language(settings)
        system = self._add(group, "", translate("LanguageMenu", "System Language"), saved)
        system.setToolTip(translate("LanguageMenu", "Follow the language of the computer"))
        self.addSeparator()
        for code, name in LANGUAGES.items():
            self._add(group, code, name, saved)

    def _add(self, group: QActionGroup, code: str, text: str, saved: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"language_{code or 'system'}")
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setData(code)
        group.addAction(action)
        self.addAction(action)
        action.triggered.connect(lambda _checked=False, chosen=code: self.choose(chosen))
        return action

    def choose(self, code: str, *, ask: bool = True) -> None:
        """Remember ``code`` ("" = the system's) and offer to start again in it."""
        from PySide6.QtWidgets import QMessageBox

        if code == saved_language(self._settings):
            return
        save_language(self._settings, code)
        if not ask:
            return
        name = LANGUAGES.get(code) or translate("LanguageMenu", "the system's language")
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("LanguageMenu", "Change Language"))
        box.setText(
            fill(
                translate("LanguageMenu", "Practice Catalogue will speak %1 from its next start."),
                name,
            )
        )
        box.setInformativeText(
            translate(
                "LanguageMenu",
                "Restart now? Your notes are saved first; nothing typed is lost.",
            )
        )
        restart = box.addButton(
            translate("LanguageMenu", "Restart Now"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("LanguageMenu", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.exec()
        if box.clickedButton() is restart:
            from app.ui.shell.restart import request_restart  # subprocess: not at start-up

            request_restart()
            self._window.close()
