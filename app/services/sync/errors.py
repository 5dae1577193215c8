"""The sync's failures, for the window and the command line (which never import app.db)."""

from app.db.postgres import ServerError, without_password
from app.db.server_schema import ServerSchemaError

__all__ = ["ServerError", "ServerSchemaError", "without_password"]
