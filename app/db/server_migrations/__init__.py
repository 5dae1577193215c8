"""Alembic scripts of the shared PostgreSQL server's schema (``practice-catalogue server init``).

Separate from the laptops' SQLite migrations (``app/db/migrations``), with their own version
table (``practice_catalogue_server_version``) so that they can never be mistaken for each other.
"""
