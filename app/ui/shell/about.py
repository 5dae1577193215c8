"""Help texts: About (with the catalogue's source) and the filter syntax."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app import __version__
from app.ui.browse.filter_edit import syntax_help
from app.ui.common.translation import fill

translate = QCoreApplication.translate


def about_html() -> str:
    """The About text in the window's language; the project's and partners' names stay as
    they are (titles of the source, places)."""
    return fill(
        translate(
            "About",
            "<h3>Practice Catalogue %1</h3>"
            "<p>Browse the good practices of regional business clusters and record how each was"
            " field-tested in each partner region. Works offline; makes no network access.</p>"
            "<p><b>Source of the catalogue.</b> The fifteen practices in six service categories"
            " are those of the “15 Good Practices e-booklet” of <i>Pooling4Clusters</i>"
            " (INTERREG IVC, “Best shared services for regional cluster initiative needs”,"
            " 2009–2012), selected in an evaluation from January to June 2011 and announced by"
            " Tartu Science Park in the news item “15 best cluster practices e-book now"
            " available”. Facts the source does not give are left empty.</p>"
            "<p>Partners: Belgium (Province of Namur, lead partner), Estonia (Tartu), Germany"
            " (Region Stuttgart), Malta, France, Slovenia and Greece.</p>",
        ),
        __version__,
    )


def show_about(parent: QWidget) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, translate("About", "About Practice Catalogue"), about_html())


def show_filter_help(parent: QWidget) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("filterHelp")
    box.setWindowTitle(translate("About", "Filter syntax"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(translate("About", "How to filter the catalogue"))
    box.setInformativeText(syntax_help())
    box.open()
