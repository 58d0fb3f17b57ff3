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
           "juli": 7, "oktober": 10, "dezember": 12, "jän": 1, "mär": 3, "okt": 10, "dez": 12},
    "fr": {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
           "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
           "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "fevr": 2, "fév": 2, "avr": 4,
           "juil": 7, "déc": 12},
    "es": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
           "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
           "diciembre": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12},
    "pt": {"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6,
           "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
           "fev": 2, "set": 9, "out": 10},
    "it": {"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
           "settembre": 9, "ottobre": 10, "dicembre": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7,
           "ott": 10},
    "nl": {"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "mrt": 3},
    # Polish: the genitive written in dates ("15 maja 2019") and the nominative.
    "pl": {"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
           "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
           "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5, "czerwiec": 6, "lipiec": 7,
           "sierpień": 8, "wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12,
           "sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7, "sie": 8, "wrz": 9, "paź": 10, "lis": 11,
           "gru": 12},
}
# Month names of scripts that the Latin date patterns cannot read (a Devanagari or Thai
# word holds vowel signs that are no regex word characters; an Arabic month may be two
# words): read by their own pattern on a text line (fields/dates.py, ``parse_text_date``).
# Keys are as printed; the Thai abbreviations keep their dots.
SCRIPT_MONTH_NAMES: dict[str, dict[str, int]] = {
    "hi": {"जनवरी": 1, "फ\u093cरवरी": 2, "\u095eरवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6,
           "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11,
           "दिसंबर": 12, "दिसम्बर": 12},
    # Arabic: the names of Egypt and the Gulf, of Algeria and Tunisia, of Morocco, and the
    # Levant's Syriac ones.
    "ar": {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
           "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11,
           "ديسمبر": 12,
           "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
           # Morocco's (with ماي and the Egyptian names of the other months).
           "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
           "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
           "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
           "كانون الاول": 12},
    "th": {"มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6, "กรกฎาคม": 7,
           "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
           "ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6, "ก.ค.": 7, "ส.ค.": 8, "ก.ย.": 9,
           "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12},
}
SCRIPT_MONTHS: dict[str, int] = {name: number for names in SCRIPT_MONTH_NAMES.values() for name, number in names.items()}
# Year, month and day characters of the scripts that write a date as numbers between
# them: Chinese and Japanese "2024年3月5日", Korean "2024년 3월 5일".
YEAR_MONTH_DAY_MARKS: dict[str, tuple[str, str, str]] = {"zh": ("年", "月", "日号"), "ja": ("年", "月", "日"),
                                                          "ko": ("년", "월", "일")}
# The Thai solar calendar counts years from 543 BCE: 2567 is 2024.
BUDDHIST_ERA_OFFSET = 543
# Era marks printed before a year after a month of SCRIPT_MONTH_NAMES: Thai "พ.ศ." (the
# Buddhist era, "5 มีนาคม พ.ศ. 2567") and "ค.ศ." (the Christian era).
ERA_MARKS: tuple[str, ...] = ("พ.ศ.", "ค.ศ.")
MONTHS: dict[str, int] = {name: number for names in MONTH_NAMES.values() for name, number in names.items()}

# Weekday prefixes a date line may start with ("Fri July 4, 2025"); matched as prefixes.
WEEKDAY_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
}
# Weekdays written in full (and the short forms news pages print), matched as words.
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "pt": ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
}

# Labels that say which date a line gives.
PUBLISHED: dict[str, tuple[str, ...]] = {
    "en": ("published", "posted"),
    "de": ("veröffentlicht", "erschienen", "publiziert"),
    "fr": ("publié", "publiée", "paru", "parue"),
    "es": ("publicado", "publicada"),
    "it": ("pubblicato", "pubblicata"),
    "pt": ("publicado", "publicada", "publicação"),
    "nl": ("gepubliceerd",),
    "pl": ("opublikowano", "opublikowany", "publikacja"),
}
UPDATED: dict[str, tuple[str, ...]] = {
    "en": ("updated", "modified", "edited"),
    "de": ("aktualisiert", "geändert"),
    "fr": ("mis à jour", "mise à jour", "actualisé", "modifié"),
    "es": ("actualizado", "actualizada", "modificado"),
    "it": ("aggiornato", "aggiornata", "modificato"),
    "pt": ("atualizado", "atualizada", "actualizado", "atualização"),
    "nl": ("bijgewerkt", "gewijzigd", "geüpdatet"),
    "pl": ("zaktualizowano", "aktualizacja"),
}
# Labels of a date line that say neither: "Stand: 28.04.2020", "Fecha: 15/05/2019".
DATE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("date", "dated"), "de": ("stand", "datum"), "fr": ("date",), "es": ("fecha",),
    "it": ("data",), "pt": ("data",), "nl": ("datum",), "pl": ("data",),
}

# Words between a date and its time: "July 4, 2025 at 12:41", "4. Juli 2025 um 12:41".
TIME_CONNECTORS: dict[str, tuple[str, ...]] = {
    "en": ("at",), "de": ("um",), "fr": ("à",), "es": ("a las", "a la"), "it": ("alle", "alle ore", "ore"),
    "pt": ("às",), "nl": ("om",), "pl": ("o", "o godz.", "godz."),
}
# The word after a time: "18:00 Uhr".
CLOCK_WORDS: dict[str, tuple[str, ...]] = {"de": ("Uhr",)}
# Words that say a time is before or after noon where English writes "am" / "pm": after
# the time in Arabic ("3:20 م", "9:05 ص", "3:20 مساءً"), before it in Chinese, Japanese
# and Korean ("下午3:20", "午後3時20分", "오후 3:20").
AM_AFTER: dict[str, tuple[str, ...]] = {"ar": ("ص", "صباحا", "صباحاً")}
PM_AFTER: dict[str, tuple[str, ...]] = {"ar": ("م", "مساء", "مساءً")}
AM_BEFORE: dict[str, tuple[str, ...]] = {"zh": ("上午", "早上", "凌晨"), "ja": ("午前",), "ko": ("오전",)}
PM_BEFORE: dict[str, tuple[str, ...]] = {"zh": ("下午", "晚上"), "ja": ("午後",), "ko": ("오후",)}

# Relative dates: never a date (the day they name depends on when the page was read).
# Regex fragments; "{n}" stands for a number or a word for one.
RELATIVE: dict[str, tuple[str, ...]] = {
    "en": (r"{n}\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago", r"\byesterday\b", r"\btoday\b",
           r"\bjust now\b"),
    "de": (r"\bvor\s+{n}\s+(?:sekunden?|minuten?|min\.?|stunden?|std\.?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)\b",
           r"\bgestern\b", r"\bheute\b"),
    "fr": (r"\bil y a\s+{n}\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)\b", r"\bhier\b",
           r"\baujourd'hui\b"),
    "es": (r"\bhace\s+{n}\s+(?:segundos?|minutos?|min|horas?|h|días?|semanas?|meses|mes|años?)\b", r"\bayer\b",
           r"\bhoy\b"),
    "it": (r"{n}\s+(?:secondi|minuti|min|ore|ora|giorni|giorno|settimane|mesi|mese|anni|anno)\s+fa\b", r"\bieri\b",
           r"\boggi\b"),
    "pt": (r"\bhá\s+{n}\s+(?:segundos?|minutos?|min|horas?|h|dias?|semanas?|meses|mês|anos?)\b", r"\bontem\b",
           r"\bhoje\b"),
    "nl": (r"{n}\s+(?:seconden|minuten|min|uur|dagen|dag|weken|week|maanden|maand|jaar)\s+geleden\b",
           r"\bgisteren\b", r"\bvandaag\b"),
    "pl": (r"{n}\s+(?:sekund[ay]?|minut[ay]?|godzin[ay]?|godz\.|dni|dzień|tygodni[e]?|miesięcy|miesiące|lat[a]?)\s+temu\b",
           r"\bwczoraj\b", r"\bdzisiaj\b", r"\bdziś\b"),
}
# What "{n}" stands for in RELATIVE: a number, or "a"/"an"/"one" words ("an hour ago", "vor einer Stunde").
RELATIVE_NUMBER = r"(?:\d+|an?|one|einer?|einem|un|une|una|uno|um|uma|een|jeden|jedną)"

# "Last updated" as a phrase: a label a renderer glues to the name before it ("Jane
# DoeLast updated: ..."), and where a byline line stops naming people.
LAST_UPDATED: dict[str, tuple[str, ...]] = {
    "en": ("last updated", "last modified"),
    "de": ("zuletzt aktualisiert", "letzte aktualisierung", "zuletzt geändert"),
    "fr": ("dernière mise à jour", "derniere mise a jour"),
    "es": ("última actualización", "ultima actualizacion"),
    "it": ("ultimo aggiornamento", "ultima modifica"),
    "pt": ("última atualização", "ultima atualizacao", "última actualização"),
    "nl": ("laatst bijgewerkt", "laatste update", "laatst gewijzigd"),
    "pl": ("ostatnia aktualizacja",),
}
# The word of a reading time after its number: "5 min read", "3 Min. Lesezeit", "4 minutos
# de lectura", "6 minuti di lettura" (a byline line's metadata, never a name).
READING_TIME: dict[str, tuple[str, ...]] = {
    "en": ("min", "mins", "minute", "minutes"),
    "de": ("min", "minute", "minuten"),
    "fr": ("min", "minute", "minutes"),
    "es": ("min", "minuto", "minutos"),
    "it": ("min", "minuto", "minuti"),
    "pt": ("min", "minuto", "minutos"),
    "nl": ("min", "minuut", "minuten"),
    "pl": ("min", "minuta", "minuty", "minut"),
}

ALL_PUBLISHED = merged(PUBLISHED)
ALL_UPDATED = merged(UPDATED)
ALL_TIME_CONNECTORS = merged(TIME_CONNECTORS)
ALL_WEEKDAY_PREFIXES = merged(WEEKDAY_PREFIXES)
ALL_CLOCK_WORDS = merged(CLOCK_WORDS)
ALL_AM_MARKS = merged(AM_AFTER) + merged(AM_BEFORE)
ALL_PM_MARKS = merged(PM_AFTER) + merged(PM_BEFORE)
ALL_WEEKDAYS = merged(WEEKDAYS)
ALL_DATE_LABELS = merged(DATE_LABELS)
ALL_LAST_UPDATED = merged(LAST_UPDATED)
ALL_READING_TIME = merged(READING_TIME)

# The preposition before a date: "by Jane Doe on 19 Dec 2025", "von Jan Kowalski am 5. März".
DATE_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "en": ("on",), "de": ("am",), "fr": ("le",), "es": ("el",), "it": ("il",), "pt": ("em",), "nl": ("op",),
    "pl": ("dnia",),
}
ALL_DATE_PREPOSITIONS = merged(DATE_PREPOSITIONS)
