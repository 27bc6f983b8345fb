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
  not grouped (1234,5), as the RAE's Ortografía (2010) asks and CLDR encodes.

A country that writes its numbers otherwise than its language's locale is followed when the
user's locale names it and speaks the window's language (`follow`, `system_locale`: POSIX's
LC_ALL, LC_NUMERIC, LANG): Peru, Guatemala, Honduras, Mexico or the Dominican Republic write
1,234.5 (es_PE...); Bolivia, Paraguay, Argentina or Colombia 1.234,5 with four digits grouped
(es_BO...); Costa Rica and Canada group with a no-break space; Switzerland with an apostrophe;
Luxembourg and Morocco with a point (`REGIONS`, Qt's data, which tests compare for every
French- and Spanish-speaking territory Qt knows). English keeps en_US's conventions whatever
the region: every English output is the product's source text.

Percentages are written with a no-break space before the sign in French and Spanish ("12,5 %",
U+202F and U+00A0 as CLDR has them) and "12.5 %" in English as the product always has. The
space stays in every Spanish-speaking country ("12.5 %" in Peru), as the Ortografía, agreed by
all the Academies, asks, though CLDR drops it for Latin America. Money
is scaled with words each language's ministries use and put before the currency:
"16.8 bn KES", "1 234,5 Md FCFA", "1.234,5 mil M Bs". French stops at the milliard and Spanish
at "mil millones": the French "billion" and Spanish "billón" are 10^12, the English billion
10^9, and a reader meeting both should never have to guess which is meant.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Context, Decimal
from functools import lru_cache
from typing import Mapping

from reform_studio.i18n import SOURCE_LANGUAGE
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


# (decimal, group, min_grouping) of the countries that write numbers otherwise than QT_LOCALES
# says for their language, as Qt's CLDR data has them; every other country of the language
# writes as its language's locale (es_GQ as es_ES, fr_SN as fr_FR)
_POINT, _COMMA_POINT = (".", ",", 1), (",", ".", 1)
REGIONS: dict[str, dict[str, tuple[str, str, int]]] = {
    "es": {**dict.fromkeys(("419", "BR", "BZ", "CU", "DO", "GT", "HN", "MX", "NI", "PA", "PE", "PR", "SV", "US"),
                           _POINT),
           **dict.fromkeys(("AR", "BO", "CL", "CO", "EC", "PY", "UY", "VE"), _COMMA_POINT),
           "CR": (",", NBSP, 1)},
    "fr": {"CA": (",", NBSP, 1), "CH": (",", "'", 1), "LU": _COMMA_POINT, "MA": _COMMA_POINT},
}
_LOCALE = re.compile(r"([a-z]{2,3})[_-]([a-z]{2}|\d{3})(?![a-z0-9])", re.IGNORECASE)  # es_PE.UTF-8, es-419
_followed: tuple[str, str] | None = None  # the user's locale, ("es", "PE"), set by `follow`


def _parts(name: str | None) -> tuple[str, str] | None:
    match = _LOCALE.match(name or "")
    return (match[1].lower(), match[2].upper()) if match else None


def system_locale(environ: Mapping[str, str] | None = None) -> str | None:
    """The locale POSIX takes numbers' conventions from: the first of LC_ALL, LC_NUMERIC and
    LANG that is set ('C' included, which names no country); None when none is (Windows: the
    window asks Qt for the regional settings instead)."""
    environ = os.environ if environ is None else environ
    return next((environ[variable] for variable in ("LC_ALL", "LC_NUMERIC", "LANG") if environ.get(variable)), None)


def follow(name: str | None) -> None:
    """Write numbers as the country of the locale `name` ('es_PE.UTF-8') does whenever its
    language is the one spoken; None (or a locale naming no country): each language's own."""
    global _followed
    _followed = _parts(name)


def locale_name(language: str | None = None) -> str:
    """Qt's name of the locale numbers are written in: `language`'s ('es', or a locale such as
    'es_PE'); without one, the language spoken now, in the country followed if it speaks it
    ('es_PE' in a Spanish window on a Peruvian computer, 'fr_FR' in a French window there).
    English is always en_US."""
    parts = _parts(language) if language else None
    code = parts[0] if parts else language or current_language()
    if parts is None and language is None and _followed and _followed[0] == code:
        parts = _followed
    if parts and parts[0] in REGIONS:
        return "_".join(parts)
    return QT_LOCALES[code]


def conventions(language: str | None = None) -> Conventions:
    """The conventions of `language` (a language or a locale name; see `locale_name`)."""
    return _conventions(locale_name(language))


@lru_cache(maxsize=None)
def _conventions(name: str) -> Conventions:
    code, _, region = name.partition("_")
    own = REGIONS.get(code, {}).get(region)
    base = CONVENTIONS[code]
    return base if own is None else replace(base, decimal=own[0], group=own[1], min_grouping=own[2])


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


def written(text: str) -> str:
    """A number Python wrote with a format of its own ('1,234.5', '+1.0', '0.85', '1.881e+13')
    in the current language's separators, where `number`'s fixed decimals do not fit (a
    precision in significant digits, a value the user typed); Spanish groups only from five
    digits."""
    if current_language() == SOURCE_LANGUAGE:
        return text
    c = conventions()
    sign, body = (text[0], text[1:]) if text[:1] in "+-" else ("", text)
    whole, _, fraction = body.partition(".")
    digits = whole.replace(",", "")
    whole = digits if len(digits) < 4 + c.min_grouping - 1 else whole.replace(",", c.group)
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
