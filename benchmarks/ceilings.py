"""How often the truth is in a text dump at all: the ceiling of any text-only extractor.

    python benchmarks/ceilings.py [--renderers inscriptis,html-text,lxml] [--split tune|held|all] [--missing N]
                                  [--extract] [--bylines]

For each renderer's dumps (cached by benchmarks/tune_text.py), the share of pages where
- the true title is one whole line of the dump (after the title metric's normalisation),
- every true author name occurs in the dump (case-folded),
- the true publication day occurs in the dump written in any common way: ISO
  (2025-07-04, 2025/07/04), numeric day-first and month-first (4/7/2025, 07.04.2025,
  7/4/25), and English month names, full or short, before or after the day, with or
  without ordinal suffix and comma ("July 4, 2025", "4th Jul 2025", "Jul. 4 2025"), and the
  month names of newsclean's lexicon in every language it lists, day first ("15. Mai 2019",
  "15 de mayo de 2019", "15 mai 2019");
and, with --extract, how often newsclean's text path reads the day right on the pages whose
dump shows it (the date target of issue 16: at least 92%).
with --bylines, the share of pages labelled author-less whose dump prints a byline line
("By uclahealth", "Written by Jane Doe"), and with --extract too, newsclean's wrong authors
on those pages and on the others: a reader of printed bylines names someone on the first.
A page whose date is not in its dump cannot have it read from the text, whatever the
method; --missing N prints N such pages with the lines that mention the year.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import metrics  # noqa: E402
from benchmarks.render import RENDERER_NAMES  # noqa: E402
from benchmarks.splits import SPLITS, in_split  # noqa: E402
from benchmarks.tune_text import load_dumps  # noqa: E402
from newsclean.fields.text_field_window import FIELD_LINES  # noqa: E402
from newsclean.lexicon import alternation  # noqa: E402
from newsclean.lexicon.bylines import (ALL_BY_LABELS, ALL_NAME_CONJUNCTIONS, ALL_WRITTEN_BY_PREFIXES,  # noqa: E402
                                       NAME_PARTICLES)
from newsclean.lexicon.dates import MONTHS as LEXICON_MONTHS  # noqa: E402

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\u2018\u2019\u201c\u201d'\"]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def day_forms(day: str) -> set[str]:
    """Ways a page writes the day ``YYYY-MM-DD`` (folded to lower case)."""
    y, m, d = int(day[:4]), int(day[5:7]), int(day[8:10])
    yy = f"{y % 100:02d}"
    forms = {f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}.{m:02d}.{d:02d}"}
    for dd in {str(d), f"{d:02d}"}:
        for mm in {str(m), f"{m:02d}"}:
            for year in (str(y), yy):
                for sep in "/.-":
                    forms.add(f"{dd}{sep}{mm}{sep}{year}")
                    forms.add(f"{mm}{sep}{dd}{sep}{year}")
    name = MONTHS[m - 1]
    for month in (name, name[:3], name[:3] + ".", name[:4] if name == "september" else name):
        for dd in {str(d), f"{d:02d}"}:
            for suffix in ("", "st", "nd", "rd", "th"):
                n = dd + suffix
                forms |= {f"{month} {n}, {y}", f"{month} {n} {y}", f"{n} {month} {y}", f"{n} {month}, {y}",
                          f"{n}. {month} {y}", f"{n} of {month} {y}", f"{n} of {month}, {y}"}
    for month, number in LEXICON_MONTHS.items():
        if number != m:
            continue
        for dd in {str(d), f"{d:02d}"}:
            forms |= {f"{dd} {month} {y}", f"{dd}. {month} {y}", f"{dd} de {month} de {y}", f"{dd} {month}. {y}",
                      f"{dd}. {month}. {y}", f"{dd} {month}, {y}"}
    return forms


# A printed byline: a by-label of the lexicon (maybe after "Written", "Posted", ...) and
# one to five words, on a line of its own ("By uclahealth", "Written by Jane Doe").
PRINTED_BYLINE = re.compile(r"^\W*(?:(?:" + alternation(ALL_WRITTEN_BY_PREFIXES) + r")\s+)?(?:"
                            + alternation(ALL_BY_LABELS) + r")\s*:?\s+(?P<names>\S+(?:\s+\S+){0,4})$", re.I)
# The words that may stand lower-case between names: "Ludwig van Beethoven", "Anna und Jan".
_LOWER_IN_NAMES = NAME_PARTICLES | frozenset(ALL_NAME_CONJUNCTIONS) | {"&"}


def _names_shape(names: str) -> bool:
    """One word (a handle: "uclahealth"), or words that all start with a capital but
    particles and conjunctions: a by-label is also a headline's first word in several
    languages ("Von der Leyen visits Kyiv", "Di Maio attacca il governo", "Par for the course").
    """
    words = names.replace(",", " ").split()
    return len(words) == 1 or all(w[:1].isupper() or w.lower() in _LOWER_IN_NAMES for w in words)
BYLINE_LINES = FIELD_LINES  # the top lines looked at, as many as newsclean's byline reader reads


def prints_byline(dump: str) -> bool:
    """Whether a dump prints a byline line in its top lines: on a page labelled
    author-less, a text reader that reads printed bylines names someone there.

    >>> prints_byline("Headline\\nWritten by Jane Doe\\nText."), prints_byline("Sort by price\\nBy the way, it rained.")
    (True, False)
    """
    lines = [ln.strip() for ln in dump.splitlines() if ln.strip()][:BYLINE_LINES]
    return any(len(ln) <= 80 and not ln.endswith((".", "!", "?")) and (m := PRINTED_BYLINE.match(ln)) is not None
               and _names_shape(m["names"]) for ln in lines)


def main(argv: list[str] | None = None) -> None:
    import newsclean

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--renderers", default=",".join(RENDERER_NAMES))
    ap.add_argument("--split", choices=SPLITS, default="all")
    ap.add_argument("--missing", type=int, default=0, help="show N pages whose date is not in the dump")
    ap.add_argument("--extract", action="store_true",
                    help="also run newsclean on the dumps: its date on the pages whose dump shows the day")
    ap.add_argument("--bylines", action="store_true",
                    help="also the share of author-less pages whose dump prints a byline line (By <name>), "
                         "and with --extract newsclean's wrong-author share there and elsewhere")
    args = ap.parse_args(argv)
    pages = {pid: rec for pid, rec in load_dumps().items() if in_split(pid, args.split)}
    extra = " newsclean's day right, where shown |" if args.extract else ""
    if args.bylines:
        extra += " author-less pages printing a byline |"
        extra += " wrong author: where printed / elsewhere |" if args.extract else ""
    print("| renderer | title is a line | all authors in text | day in text |" + extra)
    print("|---|---:|---:|---:|" + "---:|" * extra.count("|"))
    for renderer in args.renderers.split(","):
        title = authors = date = right = 0
        with_title = with_authors = with_date = 0
        missing: list[str] = []
        # Author-less pages: [pages, wrong authors] where the dump prints a byline and where not.
        authorless = {True: [0, 0], False: [0, 0]}
        for pid, rec in pages.items():
            truth, dump = rec["truth"], rec["dumps"][renderer]
            folded = fold(dump)
            if truth["title"].strip():
                with_title += 1
                wanted = metrics.normalise_title(truth["title"])
                title += any(metrics.normalise_title(line) == wanted for line in dump.splitlines())
            names = metrics.author_names(truth["author"])
            if names:
                with_authors += 1
                authors += all(fold(n) in folded for n in names)
            elif args.bylines:
                printed = prints_byline(dump)
                authorless[printed][0] += 1
                if args.extract:
                    read = newsclean.extract(dump, source_type="text", url=rec.get("url"))
                    authorless[printed][1] += bool(metrics.author_names(read.authors or read.byline))
            day = metrics.day(truth["date"])
            if day:
                with_date += 1
                found = any(form in folded for form in day_forms(day))
                date += found
                if not found:
                    missing.append(pid)
                elif args.extract:
                    read = newsclean.extract(dump, source_type="text").date
                    right += metrics.date_match(read, truth["date"])
        shown = f" {right / date:.3f} ({date}) |" if args.extract and date else ""
        if args.bylines:
            (printed, wrong_printed), (other, wrong_other) = authorless[True], authorless[False]
            shown += f" {printed / max(1, printed + other):.3f} ({printed} of {printed + other}) |"
            if args.extract:
                shown += f" {wrong_printed} of {printed} / {wrong_other} of {other} |"
        print(f"| {renderer} | {title / with_title:.3f} ({with_title}) | {authors / with_authors:.3f} ({with_authors}) "
              f"| {date / with_date:.3f} ({with_date}) |" + shown)
        for pid in missing[: args.missing]:
            rec = pages[pid]
            year = metrics.day(rec["truth"]["date"])[:4]
            lines = [ln.strip()[:100] for ln in rec["dumps"][renderer].splitlines() if year in ln][:3]
            print(f"    {pid} truth {metrics.day(rec['truth']['date'])}: {lines}")


if __name__ == "__main__":
    main()
