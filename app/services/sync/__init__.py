"""Syncing a laptop's SQLite file with the consortium's shared PostgreSQL server. No Qt.

- ``server_admin``: ``server init`` (schema, roles, row-level security, seeding), people.
- ``engine.sync``: one sync, push then pull, with a ``Progress`` callback (Cancel) and a
  ``SyncSummary`` back; safe to run on a worker thread.
- ``listen.ChangeListener``: ``LISTEN`` for other laptops' changes (ids only), to poll from a
  thread and pull when something came.

Merging follows the exchange import's rules exactly (``app.services.exchange.merge_rules``),
on the server for what is pushed and on the laptop for what is pulled.

Importing this package imports nothing (the command line builds its parser at every start);
``ServerError`` and friends come from ``errors``.
"""
