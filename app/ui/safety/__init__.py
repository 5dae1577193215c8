"""Keeping the file safe: automatic backups, the Backups dialog, the database check, and what
to do when a file cannot be opened.

May import ``app.ui.common`` and the shell's public pieces; no other feature.
"""
