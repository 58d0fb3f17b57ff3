"""The one flow: source -> blocks -> layout and metadata -> chain of cleaners -> Article."""
from __future__ import annotations

import os
from typing import Iterable

from .article import Article, ArticleBlock, Removal
from .model import Block, Page
from .cleaners import DEFAULT_CLEANERS, Cleaner
from .cleaners.base import applies_to, cleaner_name
from .engine.choice import DEFAULT_ENGINE, check_engine
from .fields.text import read_text_metadata
from .errors import NewscleanError
from .layout import Layout
from .read.source import DEFAULT_MAX_BYTES, looks_like_binary, read_source
from .read.text import mark_headings, text_to_blocks


def extract(
    source: str | bytes | os.PathLike[str],
    *,
    url: str | None = None,
    cleaners: Iterable[Cleaner] | None = None,
    source_type: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    engine: str = DEFAULT_ENGINE,
) -> Article:
    """Extract the article from a page.

    ``source`` is the page's content as ``str`` (HTML or plain text) or raw ``bytes``,
    or the path of a file as an ``os.PathLike`` such as ``pathlib.Path``. A str is
    never opened as a file: one that looks like a file name or a URL raises
    ``NewscleanError`` saying to pass ``pathlib.Path(...)``. Gzip data (files, bytes)
    is inflated. ``source_type`` forces "html" or "text" instead of sniffing.
    ``cleaners`` replaces ``DEFAULT_CLEANERS``.

    ``max_bytes`` caps the input before decoding (bytes, file size, str length in
    characters, and what gzip data inflates to): over it, ``InputTooLargeError``.

    ``engine`` picks what finds an HTML page's main content: "trafilatura" (the
    default) or "newsclean", newsclean's own engine (docs/engine.md); text is read the
    same either way. Another name raises ``NewscleanError``.

    Empty input, binary data and pages without an article give an Article whose
    ``body`` is empty. Raises ``NewscleanError`` (or its subclass ``InputTooLargeError``)
    only when the source cannot be read, and nothing else on any str or bytes.
    """
    if url is not None and not isinstance(url, str):
        raise NewscleanError(f"url must be a str or None, not {type(url).__name__}")
    check_engine(engine)
    src = read_source(source, source_type, max_bytes)
    if not src.text.strip() or looks_like_binary(src.text):
        return Article(url=url, source_type=src.source_type)
    page = build_page(src.text, src.source_type, url, engine)
    run_chain(page, DEFAULT_CLEANERS if cleaners is None else cleaners)
    return to_article(page)


def build_page(text: str, source_type: str, url: str | None = None, engine: str = DEFAULT_ENGINE) -> Page:
    if source_type == "html":
        from .read.html import html_to_page

        return html_to_page(text, url, engine)
    blocks = text_to_blocks(text)
    layout = Layout.of(blocks)
    return Page(blocks=blocks, source_type="text", metadata=read_text_metadata(blocks, url), url=url, layout=layout)


def run_chain(page: Page, cleaners: Iterable[Cleaner]) -> None:
    """Run each cleaner that applies to the page's input (``inputs``) in turn; a block keeps
    the verdict of the first cleaner that removes it."""
    for item in cleaners:
        if not applies_to(item, page.source_type):
            continue
        name = cleaner_name(item)
        for block, reason in item(page):
            if block.removed_by is None:
                page.remove(block, name, reason)


def to_article(page: Page) -> Article:
    meta = page.metadata
    kept = page.kept()
    body = "\n\n".join(b.text for b in kept)
    if page.source_type == "text":
        mark_headings(kept)  # subheadings stand between the article's own paragraphs
    # url (the caller's, else the page's canonical one), language, tags, categories, image;
    # read before ``sources`` is copied, as it records where the language came from.
    fields = meta.article_fields(body, page.url)
    return Article(
        title=meta.title,
        byline=meta.byline,
        authors=list(meta.authors),
        date=meta.date,
        body=body,
        description=meta.description,
        site_name=meta.site_name,
        source_type=page.source_type,
        removed=removals(page),
        blocks=[article_block(b) for b in kept],
        sources=dict(meta.sources),
        **fields,
    )


def removals(page: Page) -> list[Removal]:
    """The removed blocks in page order, each with its position among the kept ones."""
    result, kept_before = [], 0
    for block in page.blocks:
        if block.removed_by is None:
            kept_before += 1
        else:
            result.append(Removal(block.removed_by, block.reason or "", block.text, kept_before))
    return result


def article_block(block: Block) -> ArticleBlock:
    """A kept block's structure for the Article. A paragraph the HTML marks as a caption
    (a <figcaption>, or inside a caption-classed element) is a caption."""
    kind = block.kind
    if kind == "paragraph" and (block.tag == "figcaption" or "class:caption" in block.context
                                or "figure" in block.context):
        kind = "caption"
    return ArticleBlock(kind=kind, text=block.text, level=block.level, ordered=block.ordered, depth=block.depth,
                        cells=block.cells, header=block.header, group=block.group, code=block.code,
                        links=block.links)
