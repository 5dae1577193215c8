"""The filter: a small query language over the full-text index (``app.db.search_index``)."""
