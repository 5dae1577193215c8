"""Syncing with the consortium's shared server from the window: File → Sync with Server…
(signing in the first time), the status-bar indicator, and listening for other laptops'
changes while connected.

The work is ``app.services.sync`` (no Qt); this room runs it off the GUI thread. The password
typed into the sign-in dialog lives in this room's memory for the window's life only.

May import ``app.ui.core`` and ``app.ui.common``; no other feature.
"""
