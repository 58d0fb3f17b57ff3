"""Loading the development set (WCXB articles): pages, ground truth, samples."""
from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
# shared/ sits beside the repo in every clone (developers' and CI's alike).
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "wcxb-dev-articles"


@dataclass
class Truth:
    """What the page really holds; empty strings where the dataset has nothing."""

    title: str = ""
    author: str = ""
    date: str = ""
    body: str = ""
    with_snippets: list[str] = field(default_factory=list)
    without_snippets: list[str] = field(default_factory=list)


@dataclass
class Page:
    """One page of the set: its id, URL, raw HTML and ground truth."""

    page_id: str
    url: str
    html: str
    truth: Truth


def page_ids(data: Path) -> list[str]:
    """All page ids that have both an HTML file and a ground-truth file, sorted."""
    html = {p.name.split(".")[0] for p in (data / "html").glob("*.html.gz")}
    truth = {p.stem for p in (data / "ground-truth").glob("*.json")}
    return sorted(html & truth)


def sample_ids(data: Path, n: int | None, seed: int = 0) -> list[str]:
    """A reproducible random sample of ``n`` ids (all ids when ``n`` is None), sorted.

    Random rather than the first ``n`` so a quick run is not biased towards whatever
    the dataset happens to list first.
    """
    ids = page_ids(data)
    if n is None or n >= len(ids):
        return ids
    return sorted(random.Random(seed).sample(ids, n))


def html_size(data: Path, page_id: str) -> int:
    """Size in bytes of the page's decoded HTML (used to pick the linear-growth page)."""
    return len(read_html(data, page_id))


def read_html(data: Path, page_id: str) -> str:
    """The page's HTML; bytes that are not UTF-8 become U+FFFD, as the README says."""
    with gzip.open(data / "html" / f"{page_id}.html.gz") as fh:
        return fh.read().decode("utf-8", errors="replace")


def load_page(data: Path, page_id: str) -> Page:
    """Read one page and its ground truth; null fields become empty strings."""
    raw = json.loads((data / "ground-truth" / f"{page_id}.json").read_text(encoding="utf-8"))
    gt = raw.get("ground_truth") or {}
    truth = Truth(
        title=gt.get("title") or "",
        author=gt.get("author") or "",
        date=gt.get("publish_date") or "",
        body=gt.get("main_content") or "",
        with_snippets=[s for s in gt.get("with") or [] if s],
        without_snippets=[s for s in gt.get("without") or [] if s],
    )
    return Page(page_id=page_id, url=raw.get("url") or "", html=read_html(data, page_id), truth=truth)
