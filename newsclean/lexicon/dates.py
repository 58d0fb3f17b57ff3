"""Date vocabulary: month names, weekdays, date labels and time words, by language.

Keys of ``MONTHS`` are lower-case names and abbreviations long enough to be
unambiguous across the languages listed (an abbreviation that means another month
elsewhere is left out).
"""
from __future__ import annotations

from . import merged

MONTH_NAMES: dict[str, dict[str, int]] = {
    "en": {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
           "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
           "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "sept": 9, "oct": 10, "nov": 11, "dec": 12},
    "de": {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6,
           "juli": 7, "oktober": 10, "dezember": 12},
    "fr": {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
           "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
           "décembre": 12, "decembre": 12},
    "es": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
           "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
           "diciembre": 12},
    "pt": {"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6,
           "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12},
    "it": {"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
           "settembre": 9, "ottobre": 10, "dicembre": 12},
    "nl": {"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8},
}
MONTHS: dict[str, int] = {name: number for names in MONTH_NAMES.values() for name, number in names.items()}

# Weekday prefixes a date line may start with ("Fri July 4, 2025"); matched as prefixes.
WEEKDAY_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
}

# Labels that say which date a line gives.
PUBLISHED: dict[str, tuple[str, ...]] = {
    "en": ("published", "posted"), "fr": ("publié",), "de": ("veröffentlicht",),
    "es": ("publicado",), "it": ("pubblicato",),
}
UPDATED: dict[str, tuple[str, ...]] = {
    "en": ("updated", "modified", "edited"), "de": ("aktualisiert",), "fr": ("mis à jour",),
    "es": ("actualizado",), "it": ("aggiornato",),
}

# Words between a date and its time: "July 4, 2025 at 12:41", "4. Juli 2025 um 12:41".
TIME_CONNECTORS: dict[str, tuple[str, ...]] = {
    "en": ("at",), "de": ("um",), "fr": ("à",), "es": ("a las",),
}
# The word after a time: "18:00 Uhr".
CLOCK_WORDS: dict[str, tuple[str, ...]] = {"de": ("Uhr",)}

ALL_PUBLISHED = merged(PUBLISHED)
ALL_UPDATED = merged(UPDATED)
ALL_TIME_CONNECTORS = merged(TIME_CONNECTORS)
ALL_WEEKDAY_PREFIXES = merged(WEEKDAY_PREFIXES)
ALL_CLOCK_WORDS = merged(CLOCK_WORDS)
