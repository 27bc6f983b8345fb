"""The French and Spanish catalogues follow docs/glossary.md.

Where a message's English uses a term of the glossary, its translation uses the glossary's
French or Spanish term (or one of its grammatical forms), and no translation uses a word the
glossary rules out ("pensionistas", "tasa de sustitución", "taux de contribution"…). Names
from the spec (`contribution_rate`, `orphan_age_limit`), placeholders and the product's name
are left out of the English before it is read, so they never call for a term. The few
messages where a term is rightly said another way are listed in ALLOWED, each with its reason.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from reform_studio.i18n.catalogue import messages

GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "glossary.md"

# (English term, as a regex read case-insensitively; the glossary's French; the glossary's
# Spanish). The French and Spanish are regexes too, for the plural forms; the glossary must
# contain each.
TERMS = [
    (r"general average premium|(?-i:\bGAP\b)", r"prime moyenne générale|\bPMG\b", r"prima media general|\bPMG\b"),
    (r"PAYG cost rate|pay-as-you-go cost rate", r"taux de coût par répartition", r"tasa de costo de reparto"),
    (r"contribution rate", r"taux de cotisation", r"tasas? de cotización"),
    (r"contribution density", r"densité de cotisation", r"densidad de cotización"),
    (r"contribution ceiling", r"plafond de cotisation", r"tope de cotización"),
    (r"contribution income", r"recettes de cotisations", r"ingresos por cotizaciones"),
    (r"reserve ratio", r"ratio de réserve", r"coeficiente de reserva"),
    (r"replacement rate", r"taux de remplacement", r"tasas? de reemplazo"),
    (r"system dependency ratio", r"rapport de dépendance du système", r"relación de dependencia del sistema"),
    (r"pensionable age", r"âge d'admission à la pension", r"edad de jubilación"),
    (r"qualifying period", r"stage", r"períodos? de calificación"),
    (r"accrual rate", r"taux d'annuité", r"tasa de acumulación"),
    (r"old-age grant", r"allocations? de vieillesse", r"asignaci(?:ón|ones) de vejez"),
    (r"lump sum", r"versements? en capital|\bcapital\b", r"pagos? únicos?"),
    (r"old-age pensions?\b", r"pensions? de vieillesse", r"pensi(?:ón|ones) de vejez"),
    (r"disability|invalidity", r"invalidité", r"invalidez"),
    (r"survivor", r"survivants?", r"sobrevivientes?"),
    (r"orphan", r"orphelins?", r"huérfanos?|orfandad"),
    (r"wage bill", r"masse salariale", r"masa salarial"),
    (r"insurable wages?\b(?! bill)", r"salaires? assurables?", r"salarios? asegurables?"),
    (r"administrative expenses", r"frais d'administration", r"gastos de administración"),
    (r"state subsidy", r"subvention de l'État", r"subsidio estatal"),
    (r"investment return", r"rendement (?:nominal )?des placements", r"rendimiento (?:nominal )?de las inversiones"),
    (r"net migration", r"solde migratoire", r"migración neta"),
    (r"total fertility rate|(?-i:\bTFR\b)", r"indice synthétique de fécondité|\bISF\b", r"tasa global de fecundidad|\bTGF\b"),
    (r"mortality improvement", r"amélioration de la mortalité", r"mejora de la mortalidad"),
    (r"standard beneficiary", r"bénéficiaire type", r"beneficiario tipo"),
    (r"basic pension", r"pensions? de base", r"pensi(?:ón|ones) básicas?"),
    (r"minimum pension", r"pensions? minimales?", r"pensi(?:ón|ones) mínimas?"),
    (r"coverage extension", r"extension de la couverture", r"extensión de la cobertura"),
    (r"\bpensioners\b", r"pensionnés|titulaires de pensions", r"pensionados|titulares de pensiones"),
    (r"\bcontributors?\b", r"cotisants?", r"cotizantes?"),
    (r"\bmembers?\b", r"assurés?", r"afiliados?|asegurados?"),
    (r"actuarial valuation", r"évaluation actuarielle", r"valuación actuarial"),
    (r"\bbaseline\b", r"référence", r"base"),
    (r"\breforms?\b", r"réformes?", r"reformas?"),
    (r"\blevers?\b", r"leviers?", r"palancas?"),
    (r"frontier", r"frontière", r"frontera"),
    (r"\bworkbooks?\b", r"classeurs?", r"libros?"),
    (r"fan chart", r"éventail", r"abanico"),
    (r"sensitivity", r"sensibilité", r"sensibilidad"),
    (r"assumptions?\b", r"hypothèses?", r"supuestos?"),
    (r"key figures", r"chiffres clés", r"cifras clave"),
    (r"log file", r"fichier journal", r"archivo de registro"),
    (r"presentation mode", r"mode présentation", r"modo presentación"),
    (r"percentage points?", r"points? de pourcentage|\bpoints?\b|\bpt\b", r"puntos? porcentual(?:es)?|\bpp\b"),
]

# Words the glossary rules out (its "Words not used" list), as regexes read case-sensitively.
FORBIDDEN = {
    "fr": [r"\bpensions? de retraite", r"\bâge de (?:la )?retraite", r"taux de contribution", r"ratio de dépendance",
           r"prime générale moyenne", r"scénario de base", r"\bpensionnaires?\b", r"\bcontributeurs?\b",
           r"\b(?:tu|toi|ton|ta|tes)\b"],
    "es": [r"\bpensionistas?\b", r"\bsupervivientes?\b", r"tasas? de sustitución", r"tasas? de contribución",
           r"\bcontribuyentes\b", r"\bvaloración actuarial", r"prima general media", r"\bordenador",
           r"\bfichero", r"\bcostes?\b", r"\b(?:[Tt]ú|tu|tus|contigo)\b"],
}

# (language, context, English) -> why the glossary's term is rightly absent
ALLOWED = {
    ("fr", "specs", "Cost and contribution rates"): "« taux de coût et de cotisation » shares the word taux",
    ("es", "specs", "Cost and contribution rates"): "«tasas de costo y de cotización» shares the word tasas",
    ("fr", "specs", "Members"): "a chart of headcounts: « Effectifs »",
    ("fr", "rules", "tfr_target_year is {target}, not after the base year {base}: the target is reached in a later year."):
        "the fertility target is a cible, not the solver's objectif",
    ("fr", "engine", "unknown key {key} (allowed: name, description, levers, assumptions)"): "the reform file's JSON keys",
    ("es", "engine", "unknown key {key} (allowed: name, description, levers, assumptions)"): "the reform file's JSON keys",
}

# Left out of the English before it is read: placeholders, `code`, names from the spec
# (snake_case keys, sheets: CamelCase, or capitalised in mid-sentence, the demography's short
# keys, a quoted name), target
# expressions (reserve>=0@2075, c102:old_age), a section of the English docs named with its
# file, the product's and the commands' names.
NOT_WORDS = re.compile(r"\"[^\"]*\"|\{[^{}]*\}|`[^`]*`|\b\w+_[\w*]+|(?<=[a-z,;:(] )[A-Z][a-z]+\b|\b[A-Z][a-z]+[A-Z]\w*|(?-i:\b(?:tfr|asfr|lfpr|qx)\b)|'[^'\s]+'"
                       r"|\S*[<>]=\S*|\S*@\S*|\S*:\w+|docs/[\w./-]+,? '[^']*'|Reform Studio|reform-studio(?: \w+)?|--[\w-]+")


def _english(source: str) -> str:
    return NOT_WORDS.sub(" ", source.replace("&", ""))


def _said(translation: str) -> str:
    return translation.replace("&", "").replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize(("english", "french", "spanish"), TERMS, ids=[term[0] for term in TERMS])
def test_a_glossary_term_is_translated_as_the_glossary_says(language: str, english: str, french: str,
                                                             spanish: str) -> None:
    wanted = re.compile(french if language == "fr" else spanish, re.IGNORECASE)
    missing = [f"[{context}] {source!r}: {text!r}" for (context, source, _), text in messages(language).items()
               if re.search(english, _english(source), re.IGNORECASE) and not wanted.search(_said(text))
               and (language, context, source) not in ALLOWED]
    assert not missing, f"{language}: not the glossary's term for {english!r}:\n" + "\n".join(missing)


@pytest.mark.parametrize("language", ["fr", "es"])
def test_no_translation_uses_a_word_the_glossary_rules_out(language: str) -> None:
    found = [f"[{context}] {source!r}: {text!r} ({word})" for (context, source, _), text in messages(language).items()
             for word in FORBIDDEN[language] if re.search(word, _said(text))]
    assert not found, f"{language}: words the glossary rules out:\n" + "\n".join(found)


def test_the_terms_checked_are_the_glossarys() -> None:
    glossary = _said(GLOSSARY.read_text(encoding="utf-8"))
    absent = [term for _, french, spanish in TERMS for term in (french, spanish)
              if not re.search(term, glossary, re.IGNORECASE)]
    assert not absent, f"terms checked here but not in docs/glossary.md: {absent}"


def test_the_checks_find_what_they_look_for() -> None:
    """The reading of a message itself: names from the spec and placeholders call for no term,
    the words around them do."""
    assert not re.search(r"contribution rate", _english("gap<=contribution_rate ({rate} of insurable wages)"))
    assert re.search(r"insurable wage", _english("gap<=contribution_rate ({rate} of insurable wages)"))
    assert not re.search(r"\breforms?\b", _english("&About Reform Studio"), re.IGNORECASE)
    assert not re.search(r"survivor", _english("the Disability and Survivors sheets, the keys survivor_*"), re.IGNORECASE)
    assert not re.search(r"(?-i:\bGAP\b)", _english("gap<=contribution_rate or replacement_rate>=40%@2060"))
    assert re.search(r"mode présentation", _said("Mode &présentation"), re.IGNORECASE)


# The glossary's typography. Left out before it is read: "keys": and other quoted names,
# placeholders, `code`, addresses, file filters (*.png);;, and tokens such as c102:old_age,
# 2025:2075 or :survivors, whose colon is syntax, not punctuation.
CODE = re.compile(r"\"[^\"]*\":?|\{[^{}]*\}|`[^`]*`|https?://\S+|\(\*\.\w+\)(?:;;)?|\S*\w:\w\S*|(?<=\s):\w+|'[^'\s]*'")
NO_BREAK = "\u00a0\u202f"


def _typography_faults(language: str, translation: str) -> list[str]:
    text = CODE.sub("X", translation)
    faults = [f"plain space before %: {text[max(0, m.start() - 8):m.end()]!r}"
              for m in re.finditer(r"[\dX] %", text)]
    if language == "fr":
        faults += [f"no no-break space before {m.group()}: {text[max(0, m.start() - 12):m.end()]!r}"
                   for m in re.finditer(r"[:;?!]", text) if m.start() == 0 or text[m.start() - 1] not in NO_BREAK]
        faults += [f"no no-break space inside « »: {text[max(0, m.start() - 6):m.end() + 6]!r}"
                   for m in re.finditer(r"«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»", text)]
    else:
        faults += [f"space before {m.group()[-1]}: {text[max(0, m.start() - 12):m.end()]!r}"
                   for m in re.finditer(r"[ \u00a0\u202f][:;?!]", text)]
        faults += [f"space inside «»: {text[max(0, m.start() - 6):m.end() + 6]!r}"
                   for m in re.finditer(r"«[ \u00a0\u202f]|[ \u00a0\u202f]»", text)]
        for sentence in re.split(r"(?<=[.?!])\s", text):
            faults += [f"{close} without {opening}: {sentence[-40:]!r}"
                       for opening, close in (("¿", "?"), ("¡", "!")) if close in sentence and opening not in sentence]
    return faults


@pytest.mark.parametrize("language", ["fr", "es"])
def test_translations_follow_the_glossarys_typography(language: str) -> None:
    faults = [f"[{context}] {source!r}: {fault}" for (context, source, _), text in messages(language).items()
              for fault in _typography_faults(language, text)]
    assert not faults, f"{language}: typography (docs/glossary.md, Conventions):\n" + "\n".join(faults)


def test_the_typography_reading_finds_faults_and_spares_syntax() -> None:
    assert _typography_faults("fr", "Fichier : {name}") and _typography_faults("fr", "la clé «{key}»")
    assert _typography_faults("fr", "entre 0 et 1 (0,18 pour 18 %)") and _typography_faults("es", "¿Abrir? Guardar?")
    assert _typography_faults("es", "Archivo : {name}") and _typography_faults("es", "la clave « {key} »")
    assert not _typography_faults("fr", "c102:old_age, 2025:2075 ou\u00a0:survivors\u00a0; «\u00a0{key}\u00a0»")
    assert not _typography_faults("fr", 'Image PNG (*.png);;Document PDF (*.pdf) {{"tests": [...]}}')
    assert not _typography_faults("es", "¿Guardarlas primero? «{name}»: 18\u00a0%")
