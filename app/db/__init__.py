"""Where the data lives: locating, opening, migrating and copying the SQLite file.

Two ways in, on purpose: the stdlib ``sqlite3`` (``connect``) for the start-up and browse path,
because importing SQLAlchemy alone costs about twice a bare Qt window's start-up (README,
"Start-up"), and SQLAlchemy engines (``app.db.engine``) for writes, migrations and exchange.
Both apply the same pragmas (``app.db.pragmas``).

May import ``app.domain`` only; never the services, the UI or Qt.
"""
