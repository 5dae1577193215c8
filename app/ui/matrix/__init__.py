"""The field-test matrix window: practices down, regions across, evidence per practice, the
final selection, and the matrix as PNG/CSV/XLSX.

May import ``app.ui.common`` and the shell's public pieces; no other feature.
"""
