"""An HTML report of one extraction: the metadata found, then every block of the page
in order, kept or removed (struck through, with the cleaner and its reason), filterable
by cleaner. One self-contained file: inline style and script, no network (see docs/report.md).

>>> from newsclean import extract
>>> html = render_report(extract("Menu\\n\\nThe council voted on Tuesday to approve the budget.", source_type="text"))
>>> html.startswith("<!DOCTYPE html>")
True
"""
from __future__ import annotations

import os
from collections import Counter
from html import escape
from typing import Mapping

from .article import Article, ArticleBlock, Removal
from .report_assets import CONTENT_SECURITY_POLICY, SCRIPT, STYLE

# The metadata rows, in order: (Article field, label).
FIELDS = (
    ("title", "title"), ("byline", "byline"), ("authors", "authors"), ("date", "date"),
    ("description", "description"), ("site_name", "site"), ("url", "url"), ("language", "language"),
    ("tags", "tags"), ("categories", "categories"), ("image", "image"), ("source_type", "source type"),
)
KEPT = ":kept"  # the filter value of kept blocks (no cleaner name holds a colon)
_NONE = '<span class="none">{}</span>'


def render_report(article: Article, *, input_name: str | None = None,
                  sources: Mapping[str, str] | None = None) -> str:
    """The report as one HTML document. ``input_name`` is shown under the heading.

    ``sources`` maps an Article field name to where its value came from; by default it
    is what the field readers recorded (``Article.sources``: the source, its evidence and
    the candidates that lost). The "source" column says "not recorded yet" for a field
    it does not name.

    The order of kept and removed blocks comes from ``Removal.position``; removals
    without one (made by hand) are listed after the kept blocks.
    """
    title = article.title or "(no title)"
    parts = [
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">",
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        f"<title>newsclean report: {escape(title)}</title>",
        f"<style>{STYLE}</style></head>\n<body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="input">newsclean report{" for " + escape(input_name) if input_name else ""}</p>',
        "<h2>Metadata</h2>", _metadata_table(article, recorded_sources(article) if sources is None else sources),
        "<h2>Blocks</h2>", _filter(article), _blocks(article),
        f"<script>{SCRIPT}</script>\n</body></html>\n",
    ]
    return "\n".join(parts)


def write_report(article: Article, path: str | os.PathLike[str], *, input_name: str | None = None,
                 sources: Mapping[str, str] | None = None) -> None:
    """Write ``render_report(article, ...)`` to ``path`` as UTF-8."""
    with open(path, "w", encoding="utf-8") as out:
        out.write(render_report(article, input_name=input_name, sources=sources))


def recorded_sources(article: Article) -> dict[str, str]:
    """``Article.sources`` as the report's source column: where each value came from,
    then the candidates that lost ("lost: value (source: why)"). The byline is the
    authors joined, so it has their source."""
    out = {}
    for name, source in article.sources.items():
        text = str(source)
        if source.rejected:
            text += "; lost: " + "; ".join(f"{c.value} ({c.source}{': ' + c.why if c.why else ''})"
                                          for c in source.rejected)
        out[name] = text
    if "authors" in out and article.byline:
        out.setdefault("byline", out["authors"])
    return out


def _metadata_table(article: Article, sources: Mapping[str, str]) -> str:
    rows = ['<table class="meta"><thead><tr><th>field</th><th>value</th><th>source</th></tr></thead><tbody>']
    for name, label in FIELDS:
        value = getattr(article, name)
        if isinstance(value, list):
            value = ", ".join(value)
        elif value is not None and not isinstance(value, str):
            value = value.isoformat()  # the date, with its offset when known
        shown = escape(value) if value else _NONE.format("not found")
        source = escape(sources[name]) if name in sources else _NONE.format("not recorded yet")
        rows.append(f'<tr data-field="{name}"><th>{label}</th><td class="value">{shown}</td>'
                    f'<td class="source">{source}</td></tr>')
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _filter(article: Article) -> str:
    counts = Counter(r.cleaner for r in article.removed)
    kept = len(_kept_blocks(article))
    summary = f"{kept + len(article.removed)} blocks: {kept} kept, {len(article.removed)} removed"
    boxes = [_checkbox(KEPT, "kept", kept)]
    boxes += [_checkbox(name, name, count) for name, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return (f'<fieldset id="filter"><legend>Show ({escape(summary)})</legend>\n'
            + "\n".join(boxes) + "\n</fieldset>")


def _checkbox(value: str, label: str, count: int) -> str:
    return (f'<label><input type="checkbox" checked data-filter="{escape(value)}"> '
            f'{escape(label)} <span class="count">({count})</span></label>')


def _kept_blocks(article: Article) -> list[ArticleBlock]:
    return article.blocks or [ArticleBlock("paragraph", p) for p in article.paragraphs]


def _blocks(article: Article) -> str:
    kept = _kept_blocks(article)
    before: dict[int, list[Removal]] = {}
    for removal in article.removed:
        position = len(kept) if removal.position is None else min(removal.position, len(kept))
        before.setdefault(position, []).append(removal)
    items = ['<ol id="blocks">']
    for position in range(len(kept) + 1):
        items += [_removed_item(removal) for removal in before.get(position, ())]
        if position < len(kept):
            items.append(_kept_item(kept[position]))
    items.append("</ol>")
    return "\n".join(items)


def _removed_item(removal: Removal) -> str:
    return (f'<li class="removed" data-filter="{escape(removal.cleaner)}">'
            f'<span class="tag cleaner">{escape(removal.cleaner)}</span>'
            f'<span class="reason">{escape(removal.reason)}</span> <del>{escape(removal.text)}</del></li>')


def _kept_item(block: ArticleBlock) -> str:
    label = block.kind.replace("_", " ")
    if block.kind == "heading":
        label += f" {block.level}"
    elif block.kind == "list_item" and block.ordered:
        label = "numbered " + label
    elif block.kind == "table_row" and block.header:
        label = "table header row"
    if block.kind == "code" and block.code is not None:
        text = f"<pre>{escape(block.code)}</pre>"
    elif block.kind == "table_row" and block.cells:
        text = " ".join(f'<span class="cell">{escape(cell)}</span>' for cell in block.cells)
    else:
        text = escape(block.text)
    depth = f" d{min(block.depth, 3)}" if block.kind == "list_item" and block.depth else ""
    return (f'<li class="kept {block.kind}{depth}" data-filter="{KEPT}">'
            f'<span class="tag kind">{escape(label)}</span><span class="text">{text}</span></li>')
