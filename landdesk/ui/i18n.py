"""The interface language: Qt translators for LandDesk and Qt itself, and locale-aware numbers and dates.

Every user-visible literal goes through `tr("…")` (collected by `pyside6-lupdate` into
resources/translations/landdesk_{kk,ru}.ts; `scripts/translations.py release` compiles the .qm files the app and
the bundle load). Sentences from the Qt-free core arrive as `domain.text.Text` and are rendered by `render()`.
One context ("") for the whole application: the same English words get the same translation everywhere.
"""

from __future__ import annotations

import logging
import os
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

from landdesk.domain.legal_ref import Article, legal_ref_in
from landdesk.domain.text import Text, fill
from landdesk.resources import resource_path

if TYPE_CHECKING:
    from pathlib import Path

LANGUAGES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}
LANGUAGE_NAMES = {"kk": "Қазақ тілі", "ru": "Русский", "en": "English"}     # each in its own language
log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_current = ["en"]


def translations_dir() -> Path:
    return resource_path("translations")


def choose_language(setting: str = "") -> str:
    """`LANDDESK_LANGUAGE` (support, tests) wins, then the setting, then the system locale; English otherwise."""
    for candidate in (os.environ.get("LANDDESK_LANGUAGE", ""), setting):
        if candidate in LANGUAGES:
            return candidate
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_language(language: str) -> str:
    """Load LandDesk's and Qt's own translations for `language` and make its locale the default.

    Windows built afterwards are in that language; returns the language actually installed."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else "en"
    QLocale.setDefault(QLocale(LANGUAGES[language]))
    _current[0] = language
    if language == "en" or app is None:
        return language
    ours = QTranslator()
    if ours.load(f"landdesk_{language}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no compiled translation landdesk_%s.qm in %s (run scripts/translations.py release)",
                    language, translations_dir())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", qt_dir):           # the standard buttons and dialogs Qt draws itself
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a literal (lupdate collects the calls)."""
    return QCoreApplication.translate("", source, disambiguation, n)


def render(value: Text | str) -> str:
    """A core sentence in the officer's language, its numbers and dates in the locale's format."""
    if isinstance(value, Text):
        return fill(tr(value.source), dict(value.params), _format_value)
    return tr(value) if value else value


def value_text(value: object) -> str:
    """A value shown in a table: a Text rendered, a number or date in the locale's format, anything else as it is."""
    return _format_value(value, "")


def _format_value(value: Any, spec: str) -> str:
    if isinstance(value, Text):
        return render(value)
    if isinstance(value, Article):
        return legal_ref(str(value))
    if isinstance(value, bool) or not isinstance(value, int | float | date):
        return format(value, spec)
    if isinstance(value, date):
        return date_text(value)
    kind = spec[-1:] if spec[-1:] in ("f", "d", "g", "%") else ""
    if not kind:
        return number(value, grouped=not spec or "," in spec)
    precision = int(spec.split(".")[1][:-1]) if "." in spec else (0 if kind in ("d", "%") else 6)
    if kind == "%":
        return percent(value, precision)
    if kind == "g":
        return format(value, spec).replace(".", QLocale().decimalPoint())
    return number(value, precision, grouped="," in spec)


def legal_ref(reference: str) -> str:
    """"Art. 43 p.3" as a lawyer writes it in the officer's language: "ст. 43 п. 3", "43-бап 3-т."."""
    if "Art." not in reference and " p." not in reference:
        return legal_ref_in(reference, _current[0]) or tr(reference)
    return legal_ref_in(reference, _current[0]) or reference


def number(value: float, decimals: int | None = None, *, grouped: bool = True) -> str:
    """12 345,6 in kk/ru, 12,345.6 in English."""
    locale = QLocale()
    if not grouped:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if decimals is None:
        decimals = 0 if isinstance(value, int) else 2
    if isinstance(value, int) and decimals == 0:
        return locale.toString(value)
    return locale.toString(float(value), "f", decimals)


def percent(fraction: float, decimals: int = 0, *, signed: bool = False) -> str:
    """0.123 → "12 %" in ru/kk, "12%" in English; `signed` adds "+" to gains."""
    sign = "+" if signed and fraction >= 0 else ""
    return sign + number(fraction * 100, decimals, grouped=False) + QLocale().percent()


def date_text(value: date | None) -> str:
    """The locale's short date: 25.11.2026 in kk/ru, 25/11/2026 in English."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        stamp = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
        return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
    layout = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in layout:                 # Kazakh's short format has a two-digit year; deadlines need four
        layout = layout.replace("yy", "yyyy")
    return QLocale().toString(QDate(value.year, value.month, value.day), layout)
