"""One practice: the read-only detail view and its document, the in-place editor of its texts,
and the "selected for the final catalogue" toggle.

May import ``app.ui.common`` and the shell's public pieces; no other feature.
"""
