"""The shell: the application, the main window that composes the features, the action
registry, window state and settings, one window per file, the error report, and the one open
catalogue each window hands to its features.

May import every feature package and ``app.ui.common``; features never import the shell back
except its small public pieces (``actions``, ``open_catalogue``, ``feature``).
"""
