"""The shipped country data's own words in the user's language, where a country's workbook
shows them: the sources' descriptions (countries/data.py SOURCES) and the illustrative scheme's
name, description and status (countries/defaults.py).

Those modules hold the words in English, as the About box and the README show them; each is
marked here for the catalogue, and `said(text)` translates it where the workbook is written
(countries/builder.py). A test fails when one of them changes or is added without being marked
here. The sources' own names and titles (World Population Prospects 2024, ILOSTAT...) stay as
published inside the translations.
"""
from __future__ import annotations

from reform_studio.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "country_data"
MARKED = frozenset((
    QT_TRANSLATE_NOOP("country_data", "Population, mortality, fertility, migration"),
    QT_TRANSLATE_NOOP("country_data", "United Nations, Department of Economic and Social Affairs, Population "
                                      "Division (2024). World Population Prospects 2024. Licence CC BY 3.0 IGO. "
                                      "Extracted from the R data package wpp2024 (github.com/PPgp/wpp2024, commit "
                                      "2da7768; 5-year population commit 33717a3)."),
    QT_TRANSLATE_NOOP("country_data", "GDP, World Bank regions and income groups"),
    QT_TRANSLATE_NOOP("country_data", "World Bank, World Development Indicators (GDP in current local currency and "
                                      "US$, GDP per capita PPP, PPP conversion factor, 2000-2023; country groups). "
                                      "Licence CC BY 4.0. Via github.com/relatoscondatos/data_global, commit "
                                      "1473f4e."),
    QT_TRANSLATE_NOOP("country_data", "Informal employment"),
    QT_TRANSLATE_NOOP("country_data", "International Labour Organization, ILOSTAT database, 'Informal employment "
                                      "rate by sex (%) - annual' (file dated 2024-07-26, accessed July 2024). "
                                      "Licence CC BY 4.0. Survey years and types differ: indicative defaults only."),
    QT_TRANSLATE_NOOP("country_data", "Growth, inflation, unemployment, government expenditure"),
    QT_TRANSLATE_NOOP("country_data", "International Monetary Fund, World Economic Outlook Database, April 2024 "
                                      "(2015-2029; 2024 on are projections). Used under the IMF's terms for its "
                                      "statistical data; source: IMF."),
    QT_TRANSLATE_NOOP("country_data", "illustrative default, not a statistic: replace it"),
    QT_TRANSLATE_NOOP("country_data", "Illustrative contributory scheme (defaults to replace)"),
    QT_TRANSLATE_NOOP("country_data", "Illustrative defined-benefit scheme built from UN, World Bank, ILO and IMF "
                                      "data: every rule, the membership and the pensioners are defaults to replace "
                                      "(Checklist sheet)."),
))


def said(text: str) -> str:
    """`text` in the current language where it is one of the marked words, else as it is (a
    bundled sample's own name and description are its authors' and stay in their language)."""
    return translate(CONTEXT, text)
