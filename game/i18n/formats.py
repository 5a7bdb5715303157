"""Numbers, percentages and dates in the current language's conventions (Babel / CLDR).

English 1,000 and 12%; French 1 000 and 12 % (no-break spaces); Dutch 1.000 and 12%.
Front ends format every number a player reads through these, so a score of 1000 in the
Booklet ruleset reads the way a class in Lyon or Utrecht writes it.
"""

from __future__ import annotations

import datetime as dt

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, format_percent

MINUS = "\u2212"  # a real minus sign, as narrate.signed() writes it


def _lang() -> str:
    from . import language  # the package imports this module first: look it up at call time

    return language()


def fmt_number(n: int | float) -> str:
    """A whole number with the language's digit grouping: 1,000 / 1 000 / 1.000."""
    return format_decimal(round(n), locale=_lang())


def fmt_decimal(x: float, digits: int = 1) -> str:
    """A number with at most `digits` decimals: 2.5 / 2,5."""
    pattern = "#,##0" + ("." + "#" * digits if digits > 0 else "")
    return format_decimal(x, format=pattern, locale=_lang())


def fmt_signed(n: int) -> str:
    """A change with its sign: +12, −3 (real minus sign), 0; grouped like fmt_number."""
    if n > 0:
        return "+" + fmt_number(n)
    if n < 0:
        return MINUS + fmt_number(-n)
    return fmt_number(0)


def fmt_percent(fraction: float, digits: int = 0) -> str:
    """A fraction as a percentage: 0.7 -> 70% / 70 % / 70%."""
    pattern = Locale.parse(_lang()).percent_formats[None].pattern
    if digits > 0:
        pattern = pattern.replace("0", "0." + "#" * digits, 1) if "." not in pattern else pattern
    return format_percent(fraction, format=pattern, locale=_lang())


def fmt_date(day: dt.date) -> str:
    """A date a reader recognises: Mar 5, 2024 / 5 mars 2024 / 5 mrt 2024."""
    return format_date(day, format="medium", locale=_lang())


def fmt_datetime(moment: dt.datetime) -> str:
    """A date and time for lists (saves): 3/5/24, 2:07 PM / 05/03/2024 14:07 / 05-03-2024, 14:07."""
    return format_datetime(moment, format="short", locale=_lang())
