"""The sync room: File → Sync with Server…, the sign-in dialog when needed, the status-bar
indicator, and a listener that pulls other laptops' syncs while connected.

One sync at a time runs on the file (a lock shared by the manual and the quiet syncs). What a
sync brought is shown through the open catalogue's change path (``check_for_changes``), the
same as another program writing the file: lists follow, and a note editor with unsaved typing
keeps it (its save then meets the revision check and keeps both versions).
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from app.ui.common.locale_format import number_text
from app.ui.common.translation import fill
from app.ui.core.actions import ActionName
from app.ui.sync.indicator import SyncIndicator
from app.ui.sync.problems import problem_text
from app.ui.sync.workers import ListenWorker, UnsyncedCounter

if TYPE_CHECKING:
    from app.services.progress import Progress
    from app.services.sync.summary import Direction, SyncSummary
    from app.ui.core.feature import Shell
    from app.ui.sync.sign_in import SignInDialog

translate = QCoreApplication.translate


def direction_text(counts: Direction) -> str:
    """What went one way, in words: "2 new, 1 updated, 40 unchanged, 0 conflicts"."""
    conflicts, refused = counts.conflicts, counts.refused  # plain names: lupdate reads no more
    text = fill(
        translate(
            "SyncFeature", "%1 new, %2 updated, %3 unchanged, %Ln conflict(s)", None, conflicts
        ),
        *(number_text(n) for n in (counts.new, counts.updated, counts.unchanged)),
    )
    if refused:
        text = fill(translate("SyncFeature", "%1, %Ln refused", None, refused), text)
    return text


class SyncFeature(QObject):
    synced = Signal(object)  # SyncSummary: a sync (File → Sync or a quiet one) ended

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.dialog_parent)
        self._shell = shell
        self._path = shell.open_catalogue.path
        self.indicator = SyncIndicator()
        self.counter = UnsyncedCounter(self._path, self)
        self.counter.counted.connect(self.indicator.counted)
        self.listener: ListenWorker | None = None
        self.dialog: SignInDialog | None = None
        self._url: str | None = None  # signed in with, in this window
        self._password: str | None = None  # memory only, for this window's life
        self._lock = threading.Lock()
        self._stopped = False

    def install(self, shell: Shell) -> None:
        action = shell.registry[ActionName.SYNC]
        action.triggered.connect(self.sync_now)
        if shell.open_catalogue.read_only:
            action.setEnabled(False)
            action.setToolTip(translate("SyncFeature", "The database is read-only"))
            return
        shell.open_catalogue.changed.connect(self.recount)
        shell.when_idle(self.recount)  # after the first paint, when the person pauses

    def recount(self) -> None:
        if not self._stopped:
            self.counter.request()

    @property
    def listening(self) -> bool:
        return self.listener is not None and self.listener.isRunning()

    # -- File → Sync with Server… ----------------------------------------------------------

    def sync_now(self) -> None:
        """Sync with the server signed in with (or remembered); sign in first if needed."""
        from app.services.sync.engine import remembered_url
        from app.services.sync.errors import PasswordError

        if self._stopped or self._shell.open_catalogue.read_only:
            return
        self._shell.flush_edits()
        url = self._url or remembered_url(self._path)
        if url is None:
            self._sign_in(None, None)
            return
        error = self._run(url, self._password, self._shell.dialog_parent)
        if isinstance(error, PasswordError):
            self._sign_in(url, problem_text(error))

    def _sign_in(self, url: str | None, error: str | None) -> None:
        from app.ui.sync.sign_in import SignInDialog

        dialog = SignInDialog(url, self._shell.dialog_parent)
        if error:
            dialog.show_error(error)
        dialog.submitted.connect(self._signed_in)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _signed_in(self, url: str, password: str) -> None:
        from app.services.sync.summary import SyncCancelled

        dialog = self.dialog
        if dialog is None:
            return
        error = self._run(url, password or None, dialog)
        if error is None:
            dialog.accept()
            self.dialog = None
        elif isinstance(error, SyncCancelled):
            dialog.show_error(
                translate("SyncFeature", "The sync was cancelled: what was sent stays sent.")
            )
        else:
            dialog.show_error(problem_text(error))

    def _run(self, url: str, password: str | None, parent: QWidget) -> Exception | None:
        """One sync with a progress dialog and Cancel: None when it succeeded, else the
        ``ServerError`` (shown by the indicator too) or ``SyncCancelled``."""
        from app.services.sync.engine import sync
        from app.services.sync.errors import ServerError
        from app.services.sync.summary import SyncCancelled
        from app.ui.common.long_task import TaskFailedError, run_long_task

        def work(progress: Progress) -> SyncSummary:
            with self._lock:
                return sync(self._path, url, password=password, progress=progress)

        try:
            done, summary = run_long_task(
                parent, translate("SyncFeature", "Syncing with the catalogue server…"), work
            )
        except TaskFailedError as failure:
            if not isinstance(failure.error, ServerError):
                raise
            self.failed(failure.error)
            return failure.error
        if not done:
            self._shell.show_message(
                translate("SyncFeature", "Sync cancelled: what was sent stays sent."), 6000
            )
            return SyncCancelled()
        self._url, self._password = url, password
        self.succeeded(summary)
        self._listen()
        return None

    # -- what a sync did ---------------------------------------------------------------------

    def succeeded(self, summary: SyncSummary) -> None:
        if self._stopped:  # a quiet sync's report that came after the window closed
            return
        first = summary.refused[0] if summary.refused else None
        # The record's label and the server's reason come as they are (no words of ours).
        refusal = f"{first.label}: {first.reason}" if first is not None else None
        self.indicator.synced(datetime.now(), refusal)
        self._shell.show_message(
            fill(
                translate("SyncFeature", "Synced with the server: sent %1; received %2."),
                direction_text(summary.sent),
                direction_text(summary.received),
            ),
            10000,
        )
        self._shell.open_catalogue.check_for_changes()  # the lists follow what came
        self.recount()
        self.synced.emit(summary)

    def failed(self, error: Exception) -> None:
        from app.services.sync.errors import ServerUnreachableError

        if self._stopped:
            return
        if isinstance(error, ServerUnreachableError):
            self.indicator.offline(str(error))
        else:
            self.indicator.refused(str(error))
        self.recount()

    # -- listening while connected -----------------------------------------------------------

    def _listen(self) -> None:
        """(Re)start the listener on the address and password of the last good sync."""
        assert self._url is not None
        if self.listening and self.listener.serves(self._url, self._password):  # type: ignore[union-attr]
            return
        self._stop_listening()
        if self._stopped:
            return
        self.listener = ListenWorker(self._path, self._url, self._password, self._lock, self)
        self.listener.synced.connect(self.succeeded)
        self.listener.failed.connect(self.failed)
        self.listener.start()

    def _stop_listening(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None

    def reload(self) -> None:
        """The file changed as a whole (a restore, an import): count again."""
        self.recount()

    def shutdown(self) -> None:
        self._stopped = True
        self._stop_listening()
        self.counter.stop()
        self._password = None
