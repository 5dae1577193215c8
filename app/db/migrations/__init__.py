"""Alembic migration scripts, shipped inside the package so wheels and frozen builds carry them."""
