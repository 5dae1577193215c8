"""Reports painted with Qt: the PDF of the catalogue (File → Print to PDF…, ``export --format
pdf``). The data comes from ``app.services.reports``; this package only lays it out."""
