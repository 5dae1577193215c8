"""The exchange format: what carries catalogue records between laptops.

A JSON object ``{"format": "practice-catalogue", "version": 1, "categories": [...],
"regions": [...], "practices": [...], "notes": [...]}``; ``data/exchange.schema.json`` is its
JSON Schema. The shipped catalogue (``data/catalogue.json``) is such a file too.
"""

FORMAT_NAME = "practice-catalogue"
FORMAT_VERSION = 1


class ExchangeError(ValueError):
    """The file cannot be imported; ``str()`` says what is wrong and where."""
