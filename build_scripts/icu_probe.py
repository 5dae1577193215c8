"""Print, as JSON, what Qt computes through ICU for this application: collation in the
interface languages (with regional variants), case mapping for the partner regions' languages
and a few others, time zones by ID, and UTF-8.

Qt links to four ICU services (``nm -D --undefined-only libQt6Core.so.6``): collation
(``ucol_*``), time zones (``ucal_*``), text codecs (``ucnv_*``) and case mapping
(``u_strToUpper/Lower``). trim_icu.py runs this probe once with the wheel's full ICU data and
once with the trimmed data; the outputs must match. Collation is compared for the locales the
window can be in (``QLocale()`` is always one of the interface languages, fr de et sl el mt
en, in the system's region when it speaks it; other languages' collation is trimmed), case
mapping in full. Time zones are compared by what does not depend on localized names (IDs,
aliases, offsets): the application never shows QTimeZone::displayName, whose per-locale names
are trimmed. Codecs: the application reads and writes UTF-8 only, which Qt converts without
ICU; the converter tables for other encodings are trimmed.
"""

from __future__ import annotations

import json
import sys
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCollator,
    QDateTime,
    QIODevice,
    QLocale,
    QStringConverter,
    Qt,
    QTextStream,
    QTimeZone,
)

LOCALES = (
    "en_GB", "fr_BE", "nl_BE", "et_EE", "de_DE", "mt_MT", "fr_FR", "sl_SI", "el_GR", "tr_TR",
    "lt_LT", "sv_SE", "ja_JP", "zh_CN",
)  # fmt: skip
COLLATED = (
    "en_GB", "en_US", "en_IE", "fr_FR", "fr_BE", "fr_CA", "fr_CH", "de_DE", "de_AT", "de_CH",
    "et_EE", "sl_SI", "el_GR", "el_CY", "mt_MT",
)  # fmt: skip
WORDS = (
    "Ärger", "apple", "Zürich", "zebra", "õun", "šola", "Sisu", "čas", "Ωμέγα", "άλφα", "ħobż",
    "għasfur", "Île", "ıslak", "istanbul", "Ångström", "東京", "ä", "z", "v", "w", "item-2",
    "item-10",
)  # fmt: skip
ZONES = (
    "Europe/Tallinn", "Europe/Brussels", "Europe/Berlin", "Europe/Malta", "Europe/Paris",
    "Europe/Ljubljana", "Europe/Athens", "America/New_York", "Asia/Tokyo", "UTC",
    "Europe/Kiev", "Asia/Calcutta", "US/Eastern",  # aliases
)  # fmt: skip
INSTANTS = ("2026-01-15T12:00:00Z", "2026-07-15T12:00:00Z")
SAMPLE = "Põhja-Eesti šokolaad — Ωμέγα, Grüße, 東京"


def collation(locale: str) -> dict[str, Any]:
    collator = QCollator(QLocale(locale))
    order = sorted(WORDS, key=cmp_to_key(collator.compare))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    loose = [collator.compare(a, b) for a, b in zip(WORDS, [*WORDS[1:], "item 10"], strict=True)]
    return {"order": order, "loose": loose}


def zones() -> dict[str, list[object]]:
    """IDs, aliases and offsets; the localized display names are left out (see above)."""
    report: dict[str, list[object]] = {}
    for name in ZONES:
        zone = QTimeZone(name.encode())
        report[name] = [zone.isValid(), bytes(zone.id().data()).decode(), zone.hasDaylightTime()]
        for instant in INSTANTS:
            moment = QDateTime.fromString(instant, Qt.DateFormat.ISODate)
            report[name] += [zone.offsetFromUtc(moment), zone.isDaylightTime(moment)]
    return report


def case_mapping(locale: QLocale) -> list[str]:
    return [locale.toUpper(SAMPLE + " iı"), locale.toLower("İI ΣΑΣ")]


def utf8() -> list[str]:
    """The only encoding the application reads and writes, through Qt's converter both ways
    (PySide6 cannot call QStringEncoder itself)."""
    buffer = QByteArray()
    writer = QTextStream(buffer, QIODevice.OpenModeFlag.WriteOnly)
    writer.setEncoding(QStringConverter.Encoding.Utf8)
    writer << SAMPLE  # QTextStream writes through its operator, as in C++
    writer.flush()
    reader = QTextStream(buffer, QIODevice.OpenModeFlag.ReadOnly)
    reader.setEncoding(QStringConverter.Encoding.Utf8)
    return [bytes(buffer.data()).hex(), reader.readAll()]


def main() -> int:
    report = {
        "collation": {locale: collation(locale) for locale in COLLATED},
        "zones": zones(),
        "case": {loc: case_mapping(QLocale(loc)) for loc in LOCALES},
        "utf8": utf8(),
    }
    json.dump(report, sys.stdout, ensure_ascii=False, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
