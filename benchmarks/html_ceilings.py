"""How high an HTML metadata reader can score on the development set, and where the truth
itself disagrees with itself.

    python benchmarks/html_ceilings.py [--split tune|held|all] [--show N]

For each page (figures per split):

- **title**: the true title is one of the page's own candidates: an ``<h1>``, or a
  declared title (JSON-LD headline, og:title, twitter:title, ``<title>``) as written or
  with the site name cut off as newsclean cuts it. Any reader that picks among what the
  page offers scores at most this share.
- **title, printed vs declared**: on pages where the printed ``<h1>`` and the declared
  title (site name cut) are different texts and the truth is one of them, how often the
  truth is the ``<h1>`` and how often the declared title. One rule cannot take both sides.
- **date**: the true day appears anywhere in the raw HTML (markup, scripts and attributes
  included), written in any common way (see ceilings.day_forms) or as 20250704.
- **date, published vs modified**: on pages that declare a published day and a different
  modified day and print only the modified one, how often the truth is the published day
  and how often the modified one.
- **author**: every true name occurs somewhere in the raw HTML (case-folded).

Nothing here reads newsclean's output: these are properties of the pages and their labels.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lxml import html as lxml_html  # noqa: E402

from benchmarks import metrics  # noqa: E402
from benchmarks.ceilings import day_forms, fold  # noqa: E402
from benchmarks.data import DEFAULT_DATA, load_page  # noqa: E402
from benchmarks.splits import SPLITS, select  # noqa: E402
from benchmarks.data import page_ids  # noqa: E402
from newsclean.read.html import parse_html  # noqa: E402
from newsclean.fields.html_ld import read_declared  # noqa: E402
from newsclean.fields.html_page import site_names  # noqa: E402
from newsclean.fields.html_title import declared_titles, strip_site  # noqa: E402

_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


def title_candidates(tree: lxml_html.HtmlElement, url: str) -> tuple[set[str], set[str], str | None]:
    """(every candidate, the <h1> texts, the first declared title with its site name cut)."""
    declared = read_declared(tree)
    sites = site_names(declared, url)
    titles = declared_titles(tree, declared)
    stripped = [strip_site(t, sites) for t in titles]
    h1s = {" ".join(h.text_content().split()) for h in tree.iter("h1")}
    candidates = {metrics.normalise_title(t) for t in [*titles, *stripped, *h1s] if t}
    return candidates, {metrics.normalise_title(h) for h in h1s}, stripped[0] if stripped else None


def declared_days(tree: lxml_html.HtmlElement) -> tuple[str | None, str | None]:
    declared = read_declared(tree)
    published = declared.first("datePublished") or declared.tags.get("article:published_time")
    modified = declared.first("dateModified") or declared.tags.get("article:modified_time")
    return (metrics.day(published) if isinstance(published, str) else None,
            metrics.day(modified) if isinstance(modified, str) else None)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=SPLITS, default="all")
    ap.add_argument("--show", type=int, default=0, help="list N page ids of each disagreement")
    args = ap.parse_args(argv)
    n_title = title_in = h1_side = declared_side = 0
    n_date = date_in = pub_side = mod_side = 0
    n_author = author_in = 0
    shown: dict[str, list[str]] = {"h1": [], "declared": [], "published": [], "modified": [], "no day": []}
    for page_id in select(page_ids(DEFAULT_DATA), args.split):
        page = load_page(DEFAULT_DATA, page_id)
        tree = parse_html(page.html)
        raw = fold(page.html)
        visible = fold(" ".join(tree.xpath("//body//text()[not(ancestor::script or ancestor::style)]")))
        truth = page.truth
        if truth.title.strip():
            n_title += 1
            wanted = metrics.normalise_title(truth.title)
            candidates, h1s, declared_title = title_candidates(tree, page.url)
            title_in += wanted in candidates
            declared_title = metrics.normalise_title(declared_title)
            printed = [h for h in h1s if h and h != declared_title]
            if declared_title and printed and wanted in (declared_title, *printed):
                side = "declared" if wanted == declared_title else "h1"
                h1_side += side == "h1"
                declared_side += side == "declared"
                shown[side].append(page_id)
        names = metrics.author_names(truth.author)
        if names:
            n_author += 1
            author_in += all(fold(n) in raw for n in names)
        day = metrics.day(truth.date)
        if day and _DAY.match(day):
            n_date += 1
            forms = day_forms(day) | {day.replace("-", "")}
            found = any(f in raw for f in forms)
            date_in += found
            if not found:
                shown["no day"].append(page_id)
            published, modified = declared_days(tree)
            if published and modified and published != modified and day in (published, modified):
                if not any(f in visible for f in day_forms(published)) and any(f in visible for f in day_forms(modified)):
                    side = "published" if day == published else "modified"
                    pub_side += side == "published"
                    mod_side += side == "modified"
                    shown[side].append(page_id)
    print(f"split: {args.split}")
    print(f"title: truth is one of the page's candidates on {title_in / n_title:.3f} of {n_title} pages")
    print(f"  printed <h1> vs declared title, both on the page: truth = <h1> on {h1_side}, = declared on {declared_side}")
    print(f"date: true day is somewhere in the HTML on {date_in / n_date:.3f} of {n_date} pages")
    print(f"  declared published != modified, only modified printed: truth = published on {pub_side}, "
          f"= modified on {mod_side}")
    print(f"author: every true name is in the HTML on {author_in / n_author:.3f} of {n_author} pages")
    if args.show:
        for key, ids in shown.items():
            print(f"  {key}: {' '.join(ids[:args.show])}")


if __name__ == "__main__":
    main()
