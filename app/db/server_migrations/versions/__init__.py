"""The server schema's revisions, oldest first: s0001 tables, s0002 rights, s0003 notify."""
