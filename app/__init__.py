"""Practice Catalogue: good practices for business clusters and their regional field tests.

Layers (see README): ``app.domain`` ORM classes, ``app.db`` engine and migrations,
``app.services`` use cases returning plain data, ``app.ui`` Qt widgets, ``app.cli`` headless
commands. Only ``app.ui`` imports Qt.
"""

__version__ = "0.1.0"
