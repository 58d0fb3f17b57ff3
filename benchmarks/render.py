"""Plain-text renderers: turn a page's HTML into the kind of dump the text path serves.

Several renderers, because each has habits (where it breaks lines, how it lays out
lists and tables); a text-path figure measured on one renderer alone would reward
learning that renderer rather than news pages.
"""
from __future__ import annotations

import html as html_lib
from typing import Callable

from lxml import etree
from lxml import html as lxml_html

Renderer = Callable[[str], str]

# Elements whose content never shows on screen.
_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
# Elements a browser lays out as blocks: a line break before and after each.
_BLOCK = {
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tr", "ul", "td", "th", "caption", "body", "title", "option",
}


def parse_html(page: str) -> etree._Element | None:
    """Parse HTML leniently; None when lxml finds no document at all.

    Bytes, not str: lxml refuses str input that carries an XML encoding declaration.
    """
    if not page.strip():
        return None
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        return lxml_html.document_fromstring(page.encode("utf-8", errors="replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def lxml_text(page: str) -> str:
    """All visible text, one line per block element (lxml ``text_content`` with line breaks).

    Plain ``text_content()`` glues "end.</p><p>Next" into "end.Next", which would
    merge words; this walk adds the line breaks a browser would. Iterative, so deeply
    nested pages cannot hit the recursion limit. Also the no-cleaning baseline.
    """
    root = parse_html(page)
    if root is None:
        return ""
    body = root.find("body")
    start = body if body is not None else root
    parts: list[str] = []
    skipping = 0
    for event, el in etree.iterwalk(start, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _SKIP or not tag:
                skipping += 1
            elif skipping == 0:
                if tag in _BLOCK:
                    parts.append("\n")
                if el.text:
                    parts.append(el.text)
        else:
            if tag in _SKIP or not tag:
                skipping -= 1
            elif skipping == 0 and tag in _BLOCK:
                parts.append("\n")
            if skipping == 0 and el.tail and el is not start:
                parts.append(el.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def _inscriptis(page: str) -> str:
    import inscriptis

    return inscriptis.get_text(page)


def _html_text(page: str) -> str:
    import html_text

    return html_text.extract_text(page)


_RENDERERS: dict[str, tuple[str, Renderer]] = {
    # name: (module to import to check availability, function)
    "inscriptis": ("inscriptis", _inscriptis),
    "html-text": ("html_text", _html_text),
    "lxml": ("lxml", lxml_text),
}
RENDERER_NAMES = tuple(_RENDERERS)


def available_renderers(names: tuple[str, ...] = RENDERER_NAMES) -> tuple[dict[str, Renderer], dict[str, str]]:
    """The renderers that import here, and a reason for each one that does not."""
    ok: dict[str, Renderer] = {}
    missing: dict[str, str] = {}
    for name in names:
        module, fn = _RENDERERS[name]
        try:
            __import__(module)
        except ImportError as exc:
            missing[name] = f"not installed ({exc})"
            continue
        ok[name] = fn
    return ok, missing


def wrap_text_as_html(text: str) -> str:
    """A dump as an HTML-only tool's user would feed it: one escaped ``<p>`` per line."""
    paragraphs = "\n".join(
        f"<p>{html_lib.escape(line.strip())}</p>" for line in text.splitlines() if line.strip()
    )
    return f"<!DOCTYPE html>\n<html><body>\n{paragraphs}\n</body></html>"
