"""Bounds on a parsed page's tree, where trafilatura's or htmldate's passes grow faster
than the page: deep nesting flattened, crowded inline tags unwrapped, wide table rows
split. None of them is reached on the development pages, so their output is unchanged
(docs/architecture.md, "Bounds on hostile pages"; docs/robustness.md measures them).
"""
from __future__ import annotations

from typing import Callable, Iterator

from lxml import etree
from lxml import html as lxml_html

# Elements nested deeper than this are taken out of their wrappers. Several passes of
# trafilatura (its XML clean-up, its link-density and jusText checks) and the date and
# byline readers walk each element's ancestors or subtree: quadratic in the depth, a
# second for a 15 KB page of 2,000 nested <div>s. The deepest development page nests 56.
_MAX_DEPTH = 100
# Below that depth, these stay elements (each is a paragraph, item, cell or break the
# extractors read as a unit); every other element (<div>, <span>, <font>, <section>,
# <ul>, <table>, ...) is replaced by its text and children. Past _MAX_DEPTH + _KEEP_LEVELS
# (say, list items nested in list items) nothing stays but text.
_KEEP = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "li", "dt", "dd", "figcaption", "td", "th",
                   "blockquote", "img", "br", "hr"})
_KEEP_LEVELS = 8
# The elements at depth _MAX_DEPTH (the root is at depth 1), found by libxml2 without a
# Python object for every element on the way.
_AT_MAX_DEPTH = etree.XPath("/" + "/".join(["*"] * _MAX_DEPTH))


def flatten_deep_nesting(tree: lxml_html.HtmlElement) -> None:
    """Flatten every element at depth _MAX_DEPTH: its descendants become a flat run of
    text and paragraph-level elements (see _KEEP), in the same order; pages nested less
    deeply are not touched."""
    roots = [element for element in _AT_MAX_DEPTH(tree) if len(element)]
    level = 0
    while roots and level <= _KEEP_LEVELS:
        keep = _is_paragraph if level < _KEEP_LEVELS else _never
        roots = [kept for root in roots for kept in _flatten(root, keep) if len(kept)]
        level += 1


# An element with more inline children than this (links, spans, emphasis, line breaks)
# keeps their text but not their tags (a <br> becomes a line break): trafilatura's
# clean-up of one such element grows faster than its size (a paragraph of 1 MB of links:
# 2.8 s, of the same text without the tags: 0.26 s; 10 MB of links: over 3 minutes), and
# 1 MB of "text<br>" cost 2.4 s (1 s now). The development pages have at most 984
# children of any kind under one element.
_MAX_INLINE_CHILDREN = 1000
_INLINE = frozenset({"a", "span", "b", "i", "em", "strong", "u", "s", "small", "big", "font", "abbr", "cite", "mark",
                     "sub", "sup", "q", "label", "code", "time", "br"})
# Counting children of any kind is a single walk of the child axis, where the union of
# 21 inline names builds and merges 21 node-sets for every element of the page (2.8 ms of
# an ordinary page, against 0.5 ms): only an element with over the limit of children of
# any kind can have over the limit of inline ones, so the cheap count picks the few
# elements the exact one is asked about.
_MANY_CHILDREN = etree.XPath(f"//*[count(*) > {_MAX_INLINE_CHILDREN}]")
_CROWDED_SELF = etree.XPath(f"self::*[count({'|'.join(sorted(_INLINE))}) > {_MAX_INLINE_CHILDREN}]")


def unwrap_crowded_inline(tree: lxml_html.HtmlElement) -> None:
    """Drop the inline tags (keeping their text) under each element that has over
    _MAX_INLINE_CHILDREN of them as children."""
    for element in crowded_elements(tree):
        # (Not etree.strip_tags: it joins the texts one tag at a time, quadratic here.)
        _flatten(element, _is_not_inline)


def crowded_elements(tree: etree._Element) -> list[etree._Element]:
    """The elements with over _MAX_INLINE_CHILDREN inline children, in document order."""
    return [element for element in _MANY_CHILDREN(tree) if _CROWDED_SELF(element)]


def _is_paragraph(element: etree._Element) -> bool:
    return element.tag in _KEEP


def _is_not_inline(element: etree._Element) -> bool:
    return element.tag not in _INLINE


def _never(element: etree._Element) -> bool:
    return False


def _flatten(root: etree._Element, keep: Callable[[etree._Element], bool]) -> list[etree._Element]:
    """Replace ``root``'s descendants by their text and the outermost elements ``keep``
    accepts (whole), in document order; return those elements. Linear: the texts are
    gathered and joined once."""
    kept: list[tuple[etree._Element, list[str]]] = []
    leading: list[str] = [root.text or ""]
    current = leading  # where the text being read goes: before the first kept element, or after one
    stack: list[tuple[Iterator[etree._Element], str]] = [(iter(list(root)), "")]
    while stack:
        child = next(stack[-1][0], None)
        if child is None:
            current.append(stack.pop()[1])  # the tail of the wrapper whose children are done
            continue
        if keep(child):
            after = [child.tail or ""]
            kept.append((child, after))
            current = after
        else:
            current.append("\n" if child.tag == "br" else (child.text or "") if isinstance(child.tag, str) else "")
            stack.append((iter(list(child)), child.tail or ""))
    for child in list(root):
        root.remove(child)
    root.text = "".join(leading) or None
    for element, after in kept:
        root.append(element)
        element.tail = "".join(after) or None
    return [element for element, _ in kept]


# trafilatura lays out a table row cell by cell and counts the row's cells anew for each
# (lxml's len() walks the children): quadratic in the cells of one row, minutes for a row
# of 100,000 unclosed <td>s. Wider rows are split into rows this wide (trafilatura's own
# cap on a colspan); the widest row on the development pages has 24 cells.
_MAX_ROW_CELLS = 100
_CELLS = ("td", "th")


def split_wide_rows(tree: lxml_html.HtmlElement) -> None:
    """Split table rows of over _MAX_ROW_CELLS cells, and runs of as many cells placed
    straight in a <table> or any other element (which trafilatura adds to one row), into
    rows of that many."""
    for row in _WIDE_ROWS(tree):
        cells = [cell for cell in row if cell.tag in _CELLS]
        _move_into_rows(row, cells[_MAX_ROW_CELLS:], after=row)
    for table in loose_cell_parents(tree):
        run: list[lxml_html.HtmlElement] = []
        for child in [*table, None]:
            if child is not None and child.tag in _CELLS:
                run.append(child)
                continue
            if len(run) > _MAX_ROW_CELLS:
                first = table.makeelement("tr", {})
                run[0].addprevious(first)
                first.extend(run[:_MAX_ROW_CELLS])
                _move_into_rows(first, run[_MAX_ROW_CELLS:], after=first)
            run = []


# Found by libxml2, so that ordinary pages pay no Python work per row. Loose cells are
# taken under any parent, not only <table>: trafilatura puts stray <td>s in a <body> or
# <div> into one row as well (the fuzz campaign's 3,000 of them took over 20 s).
_WIDE_ROWS = etree.XPath(f"//tr[count(td|th) > {_MAX_ROW_CELLS}]")
# As for crowded elements: the count of all children first, the exact test on the few it passes.
_MANY_ROW_CHILDREN = etree.XPath(f"//*[not(self::tr)][count(*) > {_MAX_ROW_CELLS}]")
_LOOSE_CELLS_SELF = etree.XPath(f"self::*[count(td|th) > {_MAX_ROW_CELLS}]")


def loose_cell_parents(tree: etree._Element) -> list[etree._Element]:
    """The elements other than <tr> with over _MAX_ROW_CELLS cells as children, in document order."""
    return [element for element in _MANY_ROW_CHILDREN(tree) if _LOOSE_CELLS_SELF(element)]


def _move_into_rows(model: lxml_html.HtmlElement, cells: list[lxml_html.HtmlElement],
                    after: lxml_html.HtmlElement) -> None:
    for start in range(0, len(cells), _MAX_ROW_CELLS):
        row = model.makeelement("tr", {})
        row.extend(cells[start:start + _MAX_ROW_CELLS])  # moves them, with their tails
        after.addnext(row)
        after = row
