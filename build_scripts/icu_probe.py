"""Print, as JSON, what Qt computes through ICU: collation, time-zone names, case mapping and
text codecs, for the partner regions' languages and a few others.

These are the only ICU services Qt links to (``nm -D --undefined-only libQt6Core.so.6``:
``ucol_*``, ``ucal_*``, ``ucnv_*``, ``u_strToUpper/Lower``). trim_icu.py runs this probe
once with the wheel's full ICU data and once with the trimmed data; the outputs must match.
"""

from __future__ import annotations

import json
import sys
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QStringConverter,
    QStringDecoder,
    QStringEncoder,
    Qt,
    QTimeZone,
)

LOCALES = (
    "en_GB", "fr_BE", "nl_BE", "et_EE", "de_DE", "mt_MT", "fr_FR", "sl_SI", "el_GR", "tr_TR",
    "lt_LT", "sv_SE", "ja_JP", "zh_CN",
)  # fmt: skip
WORDS = (
    "Ärger", "apple", "Zürich", "zebra", "õun", "šola", "Sisu", "čas", "Ωμέγα", "άλφα", "ħobż",
    "għasfur", "Île", "ıslak", "istanbul", "Ångström", "東京", "ä", "z", "v", "w", "item-2",
    "item-10",
)  # fmt: skip
ZONES = (
    "Europe/Tallinn", "Europe/Brussels", "Europe/Berlin", "Europe/Malta", "Europe/Paris",
    "Europe/Ljubljana", "Europe/Athens", "America/New_York", "Asia/Tokyo", "UTC",
)  # fmt: skip
SAMPLE = "Põhja-Eesti šokolaad — Ωμέγα, Grüße, 東京"


def collation(locale: str) -> dict[str, Any]:
    collator = QCollator(QLocale(locale))
    order = sorted(WORDS, key=cmp_to_key(collator.compare))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    loose = [collator.compare(a, b) for a, b in zip(WORDS, [*WORDS[1:], "item 10"], strict=True)]
    return {"order": order, "loose": loose}


def zone_names(locale: str) -> dict[str, list[str]]:
    kinds = [(t, n) for t in QTimeZone.TimeType for n in QTimeZone.NameType]
    return {
        zone: [QTimeZone(zone.encode()).displayName(t, n, QLocale(locale)) for t, n in kinds]
        for zone in ZONES
    }


def case_mapping(locale: QLocale) -> list[str]:
    return [locale.toUpper(SAMPLE + " iı"), locale.toLower("İI ΣΑΣ")]


def codecs() -> dict[str, list[object]]:
    """Every codec ICU offers, opened both ways (PySide6 cannot call the converters)."""
    report: dict[str, list[object]] = {}
    for name in sorted(QStringConverter.availableCodecs()):
        encoder, decoder = QStringEncoder(name), QStringDecoder(name)
        report[name] = [encoder.isValid(), encoder.name(), decoder.isValid(), decoder.name()]
    return report


def main() -> int:
    report = {
        "collation": {locale: collation(locale) for locale in LOCALES},
        "zones": {locale: zone_names(locale) for locale in LOCALES},
        "case": {loc: case_mapping(QLocale(loc)) for loc in LOCALES},
        "codecs": codecs(),
    }
    json.dump(report, sys.stdout, ensure_ascii=False, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
