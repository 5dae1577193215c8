"""The sync's failures, for the window and the command line (which never import app.db).

``ServerUnreachableError`` (offline: cannot reach, connection lost) and ``PasswordError``
(asked for or refused) are ``ServerError``s a window treats apart.
"""

from app.db.postgres import PasswordError, ServerError, ServerUnreachableError, without_password
from app.db.server_schema import ServerSchemaError

__all__ = [
    "PasswordError",
    "ServerError",
    "ServerSchemaError",
    "ServerUnreachableError",
    "without_password",
]
