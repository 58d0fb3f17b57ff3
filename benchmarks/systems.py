"""Adapters: one small class per extractor, all giving the same ``Output``.

Each adapter calls its package the way a user of that package would, with settings
that keep it offline (no image fetching, no downloads). Peers that only read HTML get
a text dump wrapped one ``<p>`` per line (see ``render.wrap_text_as_html``).
"""
from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass
from typing import Any

from benchmarks.render import lxml_text

TITLE, AUTHOR, DATE = "title", "author", "date"


@dataclass
class Output:
    """What one system made of one page; metadata left None when it gives none."""

    body: str = ""
    title: str | None = None
    authors: str | list[str] | None = None
    date: Any = None


class System:
    """Base adapter. ``reads_text``: takes a plain-text dump as is (no ``<p>`` wrapping)."""

    name = ""
    packages: tuple[str, ...] = ()  # distributions whose versions the report lists
    modules: tuple[str, ...] = ()  # imported by load(); ImportError means unavailable
    fields: frozenset[str] = frozenset()
    reads_text = False

    def load(self) -> None:
        """Import what the system needs; raises (ImportError...) when it cannot run here."""
        for module in self.modules:
            importlib.import_module(module)

    def extract(self, source: str, url: str, kind: str) -> Output:
        """``kind`` is "html", or "text" for a dump (wrapped in HTML unless ``reads_text``)."""
        raise NotImplementedError


class Newsclean(System):
    name = "newsclean"
    packages = ("newsclean",)
    modules = ("newsclean",)
    fields = frozenset({TITLE, AUTHOR, DATE})
    reads_text = True

    def load(self) -> None:
        import newsclean

        if not callable(getattr(newsclean, "extract", None)):
            raise ImportError("newsclean.extract is missing")

    def extract(self, source: str, url: str, kind: str) -> Output:
        import newsclean

        # source_type is explicit so a dump holding "<" is never sniffed as HTML.
        a = newsclean.extract(source, url=url or None, source_type="html" if kind == "html" else "text")
        return Output(body=a.body or "", title=a.title, authors=a.authors or a.byline, date=a.date)


class NewscleanEngine(Newsclean):
    """newsclean with its own HTML engine (docs/engine.md) instead of trafilatura; text
    dumps are read as by "newsclean"."""

    name = "newsclean-engine"

    def load(self) -> None:
        super().load()
        from newsclean.engine import ENGINES

        if "newsclean" not in ENGINES:
            raise ImportError("this newsclean has no engine of its own")

    def extract(self, source: str, url: str, kind: str) -> Output:
        import newsclean

        a = newsclean.extract(source, url=url or None, source_type="html" if kind == "html" else "text",
                              engine="newsclean")
        return Output(body=a.body or "", title=a.title, authors=a.authors or a.byline, date=a.date)


class Baseline(System):
    """No cleaning: every piece of visible text on the page (the dump itself in text mode)."""

    name = "baseline"
    packages = ("lxml",)
    reads_text = True

    def extract(self, source: str, url: str, kind: str) -> Output:
        return Output(body=lxml_text(source) if kind == "html" else source)


class Trafilatura(System):
    name = "trafilatura"
    packages = ("trafilatura", "htmldate")
    modules = ("trafilatura",)
    fields = frozenset({TITLE, AUTHOR, DATE})

    def extract(self, source: str, url: str, kind: str) -> Output:
        import trafilatura

        # Comments off: the article body is what is measured (trafilatura's own
        # benchmark does the same); everything else at its defaults.
        doc = trafilatura.bare_extraction(source, url=url or None, with_metadata=True, include_comments=False)
        if doc is None:
            return Output()
        return Output(body=doc.text or "", title=doc.title, authors=doc.author, date=doc.date)


class Readability(System):
    name = "readability"
    packages = ("readability-lxml",)
    modules = ("readability",)
    fields = frozenset({TITLE})

    def extract(self, source: str, url: str, kind: str) -> Output:
        from readability import Document

        doc = Document(source, url=url or None)
        # short_title(): the <title> without the " - Site name" that title() keeps.
        title = doc.short_title()
        return Output(body=lxml_text(doc.summary()), title=None if title == "[no-title]" else title)


class Newspaper(System):
    name = "newspaper4k"
    packages = ("newspaper4k",)
    modules = ("newspaper",)
    fields = frozenset({TITLE, AUTHOR, DATE})

    def load(self) -> None:
        import warnings

        with warnings.catch_warnings():  # "nltk is not installed": NLP is not used here
            warnings.simplefilter("ignore")
            from newspaper import Config

        config = Config()
        config.fetch_images = False  # no network: images are never downloaded
        config.follow_meta_refresh = False
        config.memorize_articles = False
        config.disable_category_cache = True
        self.config = config

    def extract(self, source: str, url: str, kind: str) -> Output:
        from newspaper import Article

        art = Article(url or "http://example.invalid/", config=self.config)
        art.download(input_html=source)  # parses the given HTML, fetches nothing
        art.parse()
        return Output(body=art.text or "", title=art.title or None, authors=list(art.authors), date=art.publish_date)


class Justext(System):
    name = "justext"
    packages = ("jusText",)
    modules = ("justext",)

    def load(self) -> None:
        import justext

        # 768 of 793 pages say lang="en", the rest are English too.
        self.stoplist = justext.get_stoplist("English")

    def extract(self, source: str, url: str, kind: str) -> Output:
        import justext

        paragraphs = justext.justext(source.encode("utf-8"), self.stoplist, encoding="utf-8")
        return Output(body="\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))


class Goose(System):
    name = "goose3"
    packages = ("goose3",)
    modules = ("goose3",)
    fields = frozenset({TITLE, AUTHOR, DATE})

    def load(self) -> None:
        from goose3 import Goose as GooseClient

        self.client = GooseClient({"enable_image_fetching": False, "http_timeout": 1})

    def extract(self, source: str, url: str, kind: str) -> Output:
        art = self.client.extract(url=url or None, raw_html=source)  # raw_html: no fetch
        return Output(
            body=art.cleaned_text or "",
            title=art.title or None,
            authors=list(art.authors or []),
            date=_goose_date(art.publish_date, art.publish_datetime_utc),
        )


def _goose_date(raw: str | None, utc: dt.datetime | None) -> Any:
    """goose3 gives the page's own date string; parse loosely, else its UTC datetime."""
    if raw:
        try:
            from dateutil import parser

            return parser.parse(raw, fuzzy=True).date()
        except (ImportError, ValueError, OverflowError):
            pass
    return utc


class Resiliparse(System):
    name = "resiliparse"
    packages = ("resiliparse",)
    modules = ("resiliparse.extract.html2text",)

    def extract(self, source: str, url: str, kind: str) -> Output:
        from resiliparse.extract.html2text import extract_plain_text

        return Output(body=extract_plain_text(source, main_content=True))


ALL_SYSTEMS: tuple[type[System], ...] = (
    Newsclean, NewscleanEngine, Trafilatura, Readability, Newspaper, Justext, Goose, Resiliparse, Baseline,
)
SYSTEM_NAMES = tuple(cls.name for cls in ALL_SYSTEMS)


def load_systems(names: tuple[str, ...]) -> tuple[dict[str, System], dict[str, str]]:
    """Instantiate and load the named systems; the ones that fail come back with a reason."""
    by_name = {cls.name: cls for cls in ALL_SYSTEMS}
    ready: dict[str, System] = {}
    unavailable: dict[str, str] = {}
    for name in names:
        system = by_name[name]()
        try:
            system.load()
        except Exception as exc:  # noqa: BLE001 - any failure to load means "unavailable"
            unavailable[name] = f"{type(exc).__name__}: {exc}"
            continue
        ready[name] = system
    return ready, unavailable
