"""ORM classes and enums of the catalogue: SQLAlchemy only, no Qt, no I/O.

Import from the submodules (``app.domain.models``, ``app.domain.enums``,
``app.domain.timestamps``): the enums and timestamps are needed on the start-up path, which
must not pay for importing SQLAlchemy.

Imports nothing else of the application. ``app.domain.errors`` holds the plain exceptions
every layer raises or catches.
"""
