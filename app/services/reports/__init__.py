"""Reports of the catalogue and its notes: CSV and XLSX tables of notes, and the data of the PDF.

Qt-free (the PDF itself is painted by ``app.ui.transfers``). Every report reads one consistent
snapshot of the database file with the stdlib ``sqlite3`` and streams its rows, so a million
notes never sit in memory. A ``ReportSelection`` says what a report covers.
"""
