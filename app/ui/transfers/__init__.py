"""Moving data in and out: import with a preview, export, the PDF report and the final
catalogue (painted with Qt; the data comes from ``app.services``), and ``export --format pdf``.

May import ``app.ui.common`` and the shell's public pieces; no other feature.
"""
