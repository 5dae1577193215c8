"""What the shell hands every feature: the action registry (names, texts, shortcuts), the
``Feature`` and ``Shell`` protocols, and the one open catalogue of a window (reader, write
side, change watcher).

Below the features and above ``app.ui.common``; imports neither the shell nor a feature.
"""
