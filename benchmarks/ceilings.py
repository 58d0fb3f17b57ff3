"""How often the truth is in a text dump at all: the ceiling of any text-only extractor.

    python benchmarks/ceilings.py [--renderers inscriptis,html-text,lxml] [--split tune|held|all] [--missing N]

For each renderer's dumps (cached by benchmarks/tune_text.py), the share of pages where
- the true title is one whole line of the dump (after the title metric's normalisation),
- every true author name occurs in the dump (case-folded),
- the true publication day occurs in the dump written in any common way: ISO
  (2025-07-04, 2025/07/04), numeric day-first and month-first (4/7/2025, 07.04.2025,
  7/4/25), and English month names, full or short, before or after the day, with or
  without ordinal suffix and comma ("July 4, 2025", "4th Jul 2025", "Jul. 4 2025").
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
    return forms


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--renderers", default=",".join(RENDERER_NAMES))
    ap.add_argument("--split", choices=SPLITS, default="all")
    ap.add_argument("--missing", type=int, default=0, help="show N pages whose date is not in the dump")
    args = ap.parse_args(argv)
    pages = {pid: rec for pid, rec in load_dumps().items() if in_split(pid, args.split)}
    print("| renderer | title is a line | all authors in text | day in text |")
    print("|---|---:|---:|---:|")
    for renderer in args.renderers.split(","):
        title = authors = date = 0
        with_title = with_authors = with_date = 0
        missing: list[str] = []
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
            day = metrics.day(truth["date"])
            if day:
                with_date += 1
                found = any(form in folded for form in day_forms(day))
                date += found
                if not found:
                    missing.append(pid)
        print(f"| {renderer} | {title / with_title:.3f} ({with_title}) | {authors / with_authors:.3f} ({with_authors}) "
              f"| {date / with_date:.3f} ({with_date}) |")
        for pid in missing[: args.missing]:
            rec = pages[pid]
            year = metrics.day(rec["truth"]["date"])[:4]
            lines = [ln.strip()[:100] for ln in rec["dumps"][renderer].splitlines() if year in ln][:3]
            print(f"    {pid} truth {metrics.day(rec['truth']['date'])}: {lines}")


if __name__ == "__main__":
    main()
