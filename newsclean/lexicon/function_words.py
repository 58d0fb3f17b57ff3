"""Function words by language: a headline has a few, a sentence many, a menu none.

Used as a measure of how a line is written (the share of its words that are function
words), so each list is short: the articles, prepositions, pronouns and auxiliaries
that fill a sentence in that language.
"""
from __future__ import annotations

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""a an the of to in on for and or but is are was were be been with by at from as
that this it its his her their our your you we they he she not no how what why when who""".split()),
    "de": frozenset("""der die das den dem des ein eine einer und oder aber ist sind war wurde wird werden mit von
zu im in auf für nicht auch sich dass es sie er wir ich noch nach bei aus wie""".split()),
    "fr": frozenset("""le la les un une des du de et ou mais est sont était a ont avec pour dans sur par pas
que qui il elle nous vous ils ce cette ces au aux plus se""".split()),
    "es": frozenset("""el la los las un una unos unas y o pero es son era fue con para por en sobre no que
se del al lo su sus como más este esta""".split()),
    "it": frozenset("""il lo la gli le un una uno e o ma è sono era con per di da in su non che si del della
dei al alla nel come più questo questa""".split()),
    "pt": frozenset("""o a os as um uma e ou mas é são era foi com para por em no na não que se do da dos das
ao como mais este esta seu sua""".split()),
    "nl": frozenset("""de het een en of maar is zijn was werd met voor van in op niet ook dat die er te bij
naar als wordt worden hij zij ze wij""".split()),
    "pl": frozenset("""i w na z do nie się że to jest są był była jak oraz ale o od po za przez dla jego jej
ich ten ta te tym który która""".split()),
}
ALL_FUNCTION_WORDS: frozenset[str] = frozenset().union(*FUNCTION_WORDS.values())
# Each function word's languages ("de": fr, es, pt; "die": de, nl).
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, table in FUNCTION_WORDS.items() if word in table) for word in ALL_FUNCTION_WORDS}


def languages_of(words: list[str]) -> set[str]:
    """The languages ``words`` (lower case) are most likely written in, by their function
    words: the language with most, and any other with nearly as many (a rough vote,
    enough to tell which labels a page's header may use). Empty without two hits.

    >>> sorted(languages_of("die recherche zeigt wie ein netz von konten über monate falschmeldungen verbreitete".split()))
    ['de']
    >>> sorted(languages_of("the council voted on tuesday to approve the new budget".split()))
    ['en']
    """
    counts = dict.fromkeys(FUNCTION_WORDS, 0)
    for word in words:
        for lang in _LANGUAGES_OF.get(word, ()):
            counts[lang] += 1
    best = max(counts.values(), default=0)
    if best < 2:
        return set()
    return {lang for lang, n in counts.items() if n >= 0.6 * best}
