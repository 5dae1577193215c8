"""The sign-in dialog: the server's address and a password, and the last failure in one line.

The dialog stays open until a sync succeeds or the person cancels; the feature runs the sync
and calls ``show_error`` or ``accept``. The password field echoes dots, and what is typed
goes to the feature's memory only: never to settings, the log or the file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.translation import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# The address's form, ``?sslmode=require`` and ``~/.pgpass`` are not words: translations
# keep them as they are.
INTRO = QT_TRANSLATE_NOOP(
    "SignInDialog",
    "The consortium's catalogue server. Its address is like"
    " postgresql://NAME@HOST:5432/DATABASE (add ?sslmode=require for an encrypted"
    " connection). Leave the password empty when it is in your password file (~/.pgpass).",
)
# The capitals are the parts a person replaces: a translation may name them in its words.
ADDRESS_FORM = QT_TRANSLATE_NOOP("SignInDialog", "postgresql://NAME@HOST:5432/DATABASE")


class SignInDialog(QDialog):
    submitted = Signal(str, str)  # address, password ("" for libpq's own sources)

    def __init__(self, address: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSignIn")
        self.setWindowTitle(translate("SignInDialog", "Sign in to the catalogue server"))
        intro = QLabel(translate("SignInDialog", INTRO), self)
        intro.setObjectName("syncIntro")
        intro.setWordWrap(True)
        self.address = QLineEdit(address or "", self)
        self.address.setObjectName("syncAddress")
        self.address.setAccessibleName(translate("SignInDialog", "Server address"))
        self.address.setAccessibleDescription(
            translate("SignInDialog", "The catalogue server's address, starting postgresql://")
        )
        self.address.setPlaceholderText(translate("SignInDialog", ADDRESS_FORM))
        self.password = QLineEdit(self)
        self.password.setObjectName("syncPassword")
        self.password.setAccessibleName(translate("SignInDialog", "Password"))
        self.password.setAccessibleDescription(
            translate("SignInDialog", "Leave empty when the password is in your password file")
        )
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("syncError")
        self.error.setAccessibleName(translate("SignInDialog", "Why the last try failed"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("SignInDialog", "Sign In and Sync")
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        # Labels with buddies: the field's name for screen readers, and Alt+letter to it.
        for text, field in (
            (translate("SignInDialog", "Server &address:"), self.address),
            (translate("SignInDialog", "&Password:"), self.password),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if address else self.address).setFocus()
        # A wrapped label gets its height from its width: give it a width, then fit the
        # dialog around it (a size hint alone clips the text).
        intro.setMinimumWidth(520)
        intro.setMinimumHeight(intro.heightForWidth(520))
        self.adjustSize()

    def show_error(self, line: str) -> None:
        line = line[:1].upper() + line[1:]  # the command line's words, as a sentence here
        self.error.setText(line)
        self.error.setAccessibleDescription(line)
        self.error.setVisible(True)
        self.adjustSize()
        self.password.selectAll()

    def _submit(self) -> None:
        address = self.address.text().strip()
        if not address:
            self.show_error(
                translate(
                    "SignInDialog",
                    "Give the server's address, for example postgresql://NAME@HOST/DATABASE.",
                )
            )
            return
        self.error.setVisible(False)
        self.submitted.emit(address, self.password.text())
