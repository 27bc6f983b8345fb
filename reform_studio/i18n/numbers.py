"""Numbers written and read as an English, French or Spanish reader expects, without Qt.

The window formats its fields with QLocale; this module gives the same text for the same
language, so a figure reads alike on screen, in the exported workbook and on the command line
(tests/i18n/test_numbers_qlocale.py compares the two). One set of conventions per language,
those of Qt's (CLDR's) locale named in `QT_LOCALES`:

- English (en_US): 1,234.5 — the source text of the product.
- French (fr_FR): 1 234,5 — decimal comma, a narrow no-break space (U+202F) between groups of
  three digits, as the Imprimerie nationale's rules, CLDR and Qt write it; the same in
  Senegal, Côte d'Ivoire, Cameroon or Haiti.
- Spanish (es_ES): 12.345,5 — decimal comma, a point between groups, and a four-digit number
  not grouped (1234,5), as the RAE's Ortografía (2010) asks and CLDR encodes. Of the
  ministries this is for, Bolivia, Paraguay and Equatorial Guinea use the comma and the point
  too; Peru, Guatemala and Honduras write a decimal point (their QLocale does), which this
  first version does not follow (docs/translating.md).

Percentages are written with a no-break space before the sign in French and Spanish ("12,5 %",
U+202F and U+00A0 as CLDR has them) and "12.5 %" in English as the product always has. Money
is scaled with words each language's ministries use and put before the currency:
"16.8 bn KES", "1 234,5 Md FCFA", "1.234,5 mil M Bs". French stops at the milliard and Spanish
at "mil millones": the French "billion" and Spanish "billón" are 10^12, the English billion
10^9, and a reader meeting both should never have to guess which is meant.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal

from reform_studio.i18n import language as current_language
from reform_studio.i18n import translate

NNBSP, NBSP = "\u202f", "\u00a0"
QT_LOCALES = {"en": "en_US", "fr": "fr_FR", "es": "es_ES"}
_EXACT = Context(prec=400)  # every digit of any float


@dataclass(frozen=True)
class Conventions:
    decimal: str
    group: str
    min_grouping: int  # digits before the first group separator appears: CLDR's minimumGroupingDigits
    percent: str  # between the number and '%'
    scales: tuple[tuple[float, str], ...]  # largest first


CONVENTIONS = {
    "en": Conventions(".", ",", 1, " ", ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))),
    "fr": Conventions(",", NNBSP, 1, NNBSP, ((1e9, "Md"), (1e6, "M"), (1e3, "k"))),
    "es": Conventions(",", ".", 2, NBSP, ((1e9, f"mil{NBSP}M"), (1e6, "M"), (1e3, "mil"))),
}


def conventions(language: str | None = None) -> Conventions:
    return CONVENTIONS[language or current_language()]


def _missing(value: float | None) -> bool:
    return value is None or not math.isfinite(value)


def number(value: float, decimals: int = 0, language: str | None = None) -> str:
    """`value` with `decimals` decimals, grouped: QLocale(...).toString(value, 'f', decimals)."""
    c = conventions(language)
    # the exact binary value rounded half away from zero, and no sign on zero, as Qt does
    exact = Decimal(float(value) + 0.0).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP, _EXACT)
    text = f"{exact:f}"
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    if len(whole) >= 4 + c.min_grouping - 1:
        head = len(whole) % 3 or 3
        whole = c.group.join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
    return sign + whole + (c.decimal + fraction if fraction else "")


def percent(fraction: float | None, decimals: int = 1, language: str | None = None) -> str:
    """A fraction as a percentage: 0.125 -> '12.5 %', '12,5 %'; a dash where there is none."""
    if _missing(fraction):
        return "–"
    return number(100 * fraction, decimals, language) + conventions(language).percent + "%"


def money(value: float | None, currency: str = "", decimals: int = 1, language: str | None = None) -> str:
    """An amount scaled to the largest unit of the language it reaches, then the currency:
    16.8e9 -> '16.8 bn KES', '16,8 Md KES', '16,8 mil M KES'."""
    if _missing(value):
        return "–"
    c = conventions(language)
    unit = (currency and NBSP + currency)
    for scale, name in c.scales:
        if abs(value) >= scale:
            return number(value / scale, decimals, language) + NBSP + name + unit
    return number(value, 0, language) + unit


def parse_number(text: str, language: str | None = None) -> float:
    """A number typed in the language's conventions ('12,5' in French is 12.5; '1 234,5' and
    '1234,5' both read); a trailing '%' is kept out (see `parse_percent`). A group separator
    must separate groups of three digits, so '1.5' in Spanish is refused, not read as 15."""
    c = conventions(language)
    groups = {c.group} | ({NNBSP, NBSP, " "} if c.group in (NNBSP, NBSP, " ") else set())
    body = text.strip().replace("\u2212", "-")
    separators = "".join(re.escape(g) for g in sorted(groups))
    pattern = (rf"(?P<sign>[+-]?)(?P<whole>\d{{1,3}}(?:[{separators}]\d{{3}})+|\d+)"
               rf"(?:{re.escape(c.decimal)}(?P<fraction>\d+))?")
    match = re.fullmatch(pattern, body)
    if match is None:
        example = number(-1234.5, 1, language)
        raise ValueError(translate("numbers", "'{text}' is not a number: write it as {example}").format(
            text=text.strip(), example=example))
    whole = re.sub(f"[{separators}]", "", match["whole"])
    return float(f"{match['sign']}{whole}.{match['fraction'] or 0}")


def parse_percent(text: str, language: str | None = None) -> float:
    """A percentage typed with or without its sign, as a fraction: '12,5 %' -> 0.125."""
    body = text.strip()
    body = body[:-1].rstrip(f" {NBSP}{NNBSP}") if body.endswith("%") else body
    return parse_number(body, language) / 100
