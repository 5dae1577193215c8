"""Use cases: each public function is one user action, one transaction, plain data in and out.

No Qt here (an import-linter contract keeps it so); the CLI and the GUI call the same services.

May import ``app.db`` and ``app.domain``; never PySide6, ``app.ui`` or ``app.cli``.
"""
