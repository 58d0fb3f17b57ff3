"""Markdown of an article's blocks: the renderer behind ``Article.to_markdown``.

Headings are ``##`` and deeper by level (``#`` is kept for the article's title), list
items ``-`` or ``1.`` indented under their parent item, table rows a GitHub pipe
table, quotes ``>``, code blocks fenced, everything else a paragraph; blocks are
separated by one blank line. Block text is printed as it is: only a line start that
markdown would read as structure ("# ", "> ", "- ", "1. ") is escaped.
"""
from __future__ import annotations

import re
from itertools import groupby
from typing import TYPE_CHECKING, Iterable, Iterator

if TYPE_CHECKING:
    from .article import ArticleBlock

# A paragraph start that markdown reads as a heading, quote, list item, fence, table or rule.
_MARKDOWN_START = re.compile(r"^(?:#{1,6}(?=\s|$)|>|[-*+](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|`{3,}|~{3,}|\||=+\s*$|(?:-\s*){3,}$|(?:\*\s*){3,}$|(?:_\s*){3,}$)")


def render_markdown(blocks: Iterable["ArticleBlock"], *, title: str | None = None, links: bool = False) -> str:
    """The blocks as one markdown document, with ``title`` as its ``#`` heading if given;
    with ``links``, each block's links as ``[text](url)`` (see ``linked``)."""
    parts = [f"# {_escape_start(_one_line(title))}"] if title else []
    for _, run in groupby(blocks, key=_run_key):
        run = list(run)
        kind = run[0].kind
        if kind == "list_item":
            parts.append("\n".join(_list_lines(run, links)))
        elif kind == "table_row":
            parts.append("\n".join(_table_lines(run)))
        else:
            parts.extend(_single(block, links) for block in run)
    return "\n\n".join(parts)


def linked(text: str, links: Iterable[tuple[str, str]]) -> str:
    """``text`` with the first place each link's text appears (not inside an earlier
    link) written ``[text](url)``; a text linked twice keeps its first URL.

    >>> linked("Read the report and the report's notes.", [("the report", "https://ex.com/r")])
    "Read [the report](https://ex.com/r) and the report's notes."
    >>> linked("No such words", [("other", "https://ex.com/")])
    'No such words'
    """
    spans: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for label, url in links:
        if label in seen:
            continue
        seen.add(label)
        at = text.find(label)
        while at >= 0 and any(at < end and start < at + len(label) for start, end, _ in spans):
            at = text.find(label, at + 1)
        if at >= 0:
            spans.append((at, at + len(label), url))
    out, last = [], 0
    for start, end, url in sorted(spans):
        label = text[start:end].replace("[", "\\[").replace("]", "\\]")
        out.append(f"{text[last:start]}[{label}]({_url(url)})")
        last = end
    return "".join(out) + text[last:]


def _url(url: str) -> str:
    """A URL markdown reads whole: brackets and spaces percent-encoded."""
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _run_key(block: "ArticleBlock") -> tuple[str, int] | int:
    """Consecutive items of one list (rows of one table) share a key; any other block
    has a key of its own (its id), so it is rendered alone."""
    if block.kind in ("list_item", "table_row"):
        return block.kind, block.group
    return id(block)


def _single(block: "ArticleBlock", links: bool = False) -> str:
    text = _one_line(block.text)
    if links and block.links and block.kind != "code":
        text = linked(text, block.links)
    if block.kind == "heading":
        return "#" * min(max(block.level, 2), 6) + " " + text
    if block.kind == "quote":
        return "> " + text
    if block.kind == "code":
        code = block.code if block.code is not None else block.text
        fence = "```"
        while fence in code:
            fence += "`"
        return f"{fence}\n{code}\n{fence}"
    return _escape_start(text)  # paragraph, caption


def _list_lines(items: list["ArticleBlock"], links: bool = False) -> Iterator[str]:
    """Each item on its line, indented under its parent item's text: a nested item
    starts where its parent's text starts ("- " is 2 wide, "10. " is 4)."""
    indents: list[int] = []  # where an item's text starts, for each open depth
    numbers: list[int] = []  # the last number used at each depth of a numbered list
    for item in items:
        depth = min(item.depth, len(indents))  # a jump of two levels nests one
        del indents[depth:], numbers[depth + 1:]
        indent = indents[depth - 1] if depth else 0
        if item.ordered:
            if len(numbers) <= depth:
                numbers.append(0)
            numbers[depth] += 1
            marker = f"{numbers[depth]}. "
        else:
            del numbers[depth:]
            marker = "- "
        indents.append(indent + len(marker))
        text = _one_line(item.text)
        yield " " * indent + marker + _escape_start(linked(text, item.links) if links and item.links else text)


def _table_lines(rows: list["ArticleBlock"]) -> Iterator[str]:
    """A GitHub pipe table. GitHub tables need a header row: a table without one takes
    its first row as the header."""
    cells = [list(row.cells) if row.cells else [row.text] for row in rows]
    width = max(len(row) for row in cells)
    # A first row with one filled cell over a wider table is the table's title ("Ticker
    # information", a caption cell spanning the columns), not its header: it goes above.
    while width > 1 and len(cells) > 2 and sum(1 for c in cells[0] if c.strip()) == 1:
        yield "**" + _one_line(next(c for c in cells[0] if c.strip())).replace("*", "\\*") + "**"
        yield ""
        cells = cells[1:]
    for i, row in enumerate(cells):
        row = [_cell(c) for c in row] + [""] * (width - len(row))
        yield "| " + " | ".join(row) + " |"
        if i == 0:
            yield "|" + "---|" * width


def _cell(text: str) -> str:
    return _one_line(text).replace("|", "\\|")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _escape_start(text: str) -> str:
    r"""Escape a line start markdown would read as structure.

    >>> _escape_start("# not a heading"), _escape_start("1. not a list"), _escape_start("Plain")
    ('\\# not a heading', '1\\. not a list', 'Plain')
    """
    match = _MARKDOWN_START.match(text)
    if not match:
        return text
    end = match.end()
    if match.group(0)[:1].isdigit():  # "1." -> "1\."
        return text[:end] + "\\" + text[end:]
    return "\\" + text
