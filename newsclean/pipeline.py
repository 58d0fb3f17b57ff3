"""The one flow: source -> blocks -> metadata -> chain of cleaners -> Article."""
from __future__ import annotations

import os
from typing import Iterable

from .article import Article, ArticleBlock, Removal
from .blocks import Block, Page
from .cleaners import DEFAULT_CLEANERS, Cleaner
from .cleaners.base import cleaner_name
from .metadata.text import read_text_metadata
from .sources import looks_like_binary, read_source
from .text import mark_headings, text_to_blocks


def extract(
    source: str | bytes | os.PathLike[str],
    *,
    url: str | None = None,
    cleaners: Iterable[Cleaner] | None = None,
    source_type: str = "auto",
) -> Article:
    """Extract the article from a page.

    ``source`` is HTML or plain text (``str``), raw page bytes, or a path to a file
    (``.gz`` is read too). ``source_type`` forces "html" or "text" instead of sniffing.
    ``cleaners`` replaces ``DEFAULT_CLEANERS``.

    Empty input, binary data and pages without an article give an Article whose
    ``body`` is empty. Raises ``NewscleanError`` only when the source cannot be read.
    """
    src = read_source(source, source_type)
    if not src.text.strip() or looks_like_binary(src.text):
        return Article(url=url, source_type=src.source_type)
    page = build_page(src.text, src.source_type, url)
    run_chain(page, DEFAULT_CLEANERS if cleaners is None else cleaners)
    return to_article(page)


def build_page(text: str, source_type: str, url: str | None = None) -> Page:
    if source_type == "html":
        from .html import html_to_page

        return html_to_page(text, url)
    blocks = text_to_blocks(text)
    return Page(blocks=blocks, source_type="text", metadata=read_text_metadata(blocks), url=url)


def run_chain(page: Page, cleaners: Iterable[Cleaner]) -> None:
    """Run each cleaner in turn; a block keeps the verdict of the first cleaner that removes it."""
    for item in cleaners:
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
    return Article(
        title=meta.title,
        byline=meta.byline,
        authors=list(meta.authors),
        date=meta.date,
        body=body,
        description=meta.description,
        site_name=meta.site_name,
        source_type=page.source_type,
        removed=[Removal(b.removed_by, b.reason or "", b.text) for b in page.blocks if b.removed_by],
        blocks=[article_block(b) for b in kept],
        # url (the caller's, else the page's canonical one), language, tags, categories, image
        **meta.article_fields(body, page.url),
    )


def article_block(block: Block) -> ArticleBlock:
    """A kept block's structure for the Article. A paragraph the HTML marks as a caption
    (a <figcaption>, or inside a caption-classed element) is a caption."""
    kind = block.kind
    if kind == "paragraph" and (block.tag == "figcaption" or "class:caption" in block.context
                                or "figure" in block.context):
        kind = "caption"
    return ArticleBlock(kind=kind, text=block.text, level=block.level, ordered=block.ordered, depth=block.depth,
                        cells=block.cells, header=block.header, group=block.group, code=block.code)
