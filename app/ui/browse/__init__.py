"""Browsing: the filter box, the category tree and its model, and the workers that answer a
query and keep the search index current off the GUI thread.

May import ``app.ui.common`` and the shell's public pieces; no other feature.
"""
