"""The frame of a shown page: the style sheet, the page around a fragment, a message.

Apart from ``markdown`` (which re-exports them) so that the detail pane's first page, shown
before the first paint, does not import the Markdown code (about 4 ms)."""

from __future__ import annotations

from html import escape

STYLE = """
h1 { font-size: x-large; font-weight: 600; margin-top: 0; margin-bottom: 2px; }
h2 { font-size: medium; font-weight: 600; margin-top: 18px; margin-bottom: 6px; }
p.subtitle { font-size: large; margin-top: 0; margin-bottom: 10px; }
p.empty, td.empty { color: #6b6b6b; font-style: italic; }
th { text-align: left; font-weight: normal; color: #555555; padding-right: 14px; }
td.date { color: #555555; padding-left: 14px; }
p.hint { color: #6b6b6b; }
"""


def page(html: str) -> str:
    return f"<html><body>{html}</body></html>"


def message_html(title: str, hint: str) -> str:
    """A page's whole content when there is nothing to show: what to do, and how."""
    return (
        f'<p class="hint" style="font-size: large">{escape(title)}</p>'
        f'<p class="hint">{escape(hint)}</p>'
    )
