"""A parsed page cut into blocks in reading order, each with its markup evidence.

One pass over the tree (lxml's C-level ``iterwalk``). Elements that start a new line in
a browser (paragraphs, headings, list items, cells, divisions, ...) close the text
gathered so far as one block; inline elements (links, emphasis, spans) add their text to
the block they stand in. What a block learns on the way, from the elements open above it:

- its kind (heading and level, paragraph, list item, quote, code, table row, caption);
- the ancestors' tags (article, main, aside, nav, header, footer, figure, form, ...);
- the kinds of furniture its ancestors' class and id attributes name (vocabulary.py),
  for all ancestors and for the three nearest;
- the characters inside links; its depth;
- how many siblings of the same shape (tag and class) its nearest repeated container
  has: comment lists and teaser lists are runs of such siblings.

Each element is seen twice (start, end) and costs a few attribute reads, so the time is
linear in the page's size.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from ..model import Block
from ..read.html import class_kinds
from .vocabulary import CLASS_KIND_NAMES, class_kind_bits

# Elements whose text is never page text. Not <button>, <object>, <video>, ...: an
# unclosed <div> in a <button> puts the rest of the page inside it (libxml2 nests what
# follows), so skipping it lost whole articles; their text is a block of its own instead.
SKIP = frozenset(
    "head title script style noscript template svg math iframe select option textarea input datalist source "
    "meta link base".split()
)
# Elements that start a new block (browsers lay them out as blocks).
BOUNDARY = frozenset(
    "p div section article main aside nav header footer h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table "
    "thead tbody tfoot tr td th figure figcaption caption form fieldset legend address details summary center hr "
    "body html hgroup menu button object video audio canvas dialog picture map".split()
)
# Ancestor tags recorded as evidence (one bit each, in this order).
ANCESTOR_TAGS = ("article", "main", "aside", "nav", "header", "footer", "figure", "form", "table", "blockquote",
                 "li", "a", "pre", "section", "figcaption", "details")
_TAG_BIT = {tag: 1 << i for i, tag in enumerate(ANCESTOR_TAGS)}
_BIT = _TAG_BIT  # short name for the kinds below
# Tags that Block.context names, as html.add_source_context does for trafilatura's blocks.
_CONTEXT_TAGS = frozenset({"nav", "aside", "footer", "header", "form", "table", "figure"})
# Containers whose same-shaped siblings make a list of items (comments, teasers, links).
_ITEM_TAGS = frozenset({"div", "li", "article", "section", "tr", "dd", "aside", "figure", "ul", "ol", "a", "span"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK_TAG = {"p": "p", "li": "li", "dd": "li", "dt": "li", "blockquote": "blockquote", "pre": "pre",
              "figcaption": "figcaption", "caption": "figcaption", "td": "td", "th": "td", "tr": "tr",
              **{h: h for h in _HEADINGS}}
_HIDDEN_BIT = 1 << CLASS_KIND_NAMES.index("hidden")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# A list item's kind reaches this many levels down (a <p> in an <li> is the item's text;
# a whole page laid out in one <li> is not a list item).
_ITEM_REACH = 3


@dataclass
class Segments:
    """A page's blocks and, in the same order, their markup evidence."""

    blocks: list[Block] = field(default_factory=list)
    owners: list[etree._Element] = field(default_factory=list)  # the element each block's text is in
    owner_tags: list[str] = field(default_factory=list)
    depths: list[int] = field(default_factory=list)
    ancestors: list[int] = field(default_factory=list)  # bits of ANCESTOR_TAGS
    classes: list[int] = field(default_factory=list)  # bits of vocabulary.CLASS_KIND_NAMES, all ancestors
    near_classes: list[int] = field(default_factory=list)  # the same, the owner and its 2 nearest ancestors
    chars: list[int] = field(default_factory=list)  # characters of the raw text
    linked: list[int] = field(default_factory=list)  # of which inside links
    repeats: list[int] = field(default_factory=list)  # same-shape siblings of the nearest repeated container
    elements: int = 0  # elements walked


@lru_cache(maxsize=8192)
def _names(names: str) -> tuple[int, frozenset[str]]:
    return class_kind_bits(names), class_kinds(names)


class _State:
    """What an open element passes on to what is inside it."""

    __slots__ = ("tag", "depth", "anc", "cls", "own", "near", "ctx", "link", "repeat", "item_depth", "shapes",
                 "element", "pown")

    def __init__(self, tag: str, depth: int, anc: int, cls: int, own: int, near: int, ctx: frozenset[str],
                 link: bool, repeat: int, item_depth: int, element: etree._Element | None, pown: int) -> None:
        self.tag, self.depth, self.anc, self.cls, self.own, self.near = tag, depth, anc, cls, own, near
        self.ctx, self.link, self.repeat, self.item_depth, self.element = ctx, link, repeat, item_depth, element
        self.shapes: dict | None = None
        self.pown = pown  # the parent's own kinds


_ROOT = _State("", 0, 0, 0, 0, 0, frozenset(), False, 0, -99, None, 0)


def segment(root: etree._Element) -> Segments:
    """Cut the tree under ``root`` into blocks in reading order (see the module's doc)."""
    out = Segments()
    parts: list[str] = []
    linked = [0]
    owners: list[_State] = []
    stack: list[_State | None] = []
    rows: list[tuple[etree._Element, int]] = []  # open table rows: (row, blocks before it)

    def flush() -> None:
        if not parts:
            return
        raw = "".join(parts)
        parts.clear()
        chars_linked, linked[0] = linked[0], 0
        text = " ".join(raw.split())
        if not text:
            return
        _add_block(out, owners[-1] if owners else _ROOT, text, raw, chars_linked)

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        if event == "start":
            out.elements += 1
            tag = element.tag
            if not isinstance(tag, str) or tag in SKIP:
                walker.skip_subtree()
                stack.append(None)
                continue
            parent = stack[-1] if stack else _ROOT
            if parent is None:  # cannot happen: a skipped element's subtree is not walked
                parent = _ROOT
            state = _open(element, tag, parent)
            if tag in BOUNDARY:
                flush()
                owners.append(state)
                if tag == "tr":
                    rows.append((element, len(out.blocks)))
            stack.append(state)
            text = element.text
            if text:
                parts.append(text)
                if state.link:
                    linked[0] += len(text)
        else:
            state = stack.pop()
            if state is not None and state.tag in BOUNDARY:
                flush()
                owners.pop()
                if state.tag == "tr" and rows:
                    _merge_row(out, *rows.pop())
            tail = element.tail
            if tail:
                parts.append(tail)
                parent = stack[-1] if stack else None
                if parent is not None and parent.link:
                    linked[0] += len(tail)
    flush()
    return out


def _open(element: etree._Element, tag: str, parent: _State) -> _State:
    anc = parent.anc | _TAG_BIT.get(tag, 0)
    cls, ctx, own = parent.cls, parent.ctx, 0
    names = element.get("class")
    ident = element.get("id")
    if names or ident:
        own, kinds = _names(f"{names or ''} {ident or ''}")
        cls |= own
        if not kinds <= ctx:
            ctx = ctx | kinds
    # Hidden elements are evidence, not skipped: some pages ship the article itself in a
    # <div hidden> that a script reveals (a tune page lost its whole body that way).
    if element.get("hidden") is not None or ((style := element.get("style")) and _HIDDEN_STYLE.search(style)):
        own |= _HIDDEN_BIT
        cls |= _HIDDEN_BIT
    if tag in _CONTEXT_TAGS and tag not in ctx:
        ctx = ctx | {tag}
    repeat = parent.repeat
    if tag in _ITEM_TAGS and parent.element is not None:
        shapes = parent.shapes
        if shapes is None:
            # Counted once per parent, when its first child opens: linear overall. A
            # parent of fewer than 3 children has no repeated shape to count.
            shapes = parent.shapes = _shapes(parent.element) if len(parent.element) >= 3 else _NO_SHAPES
        count = shapes.get((tag, _first_class(names)), 0) if shapes else 0
        if count >= 3:
            repeat = count
    item_depth = parent.depth + 1 if tag in ("li", "dd", "dt") else parent.item_depth
    # The three nearest: the element's own kinds, its parent's and its grandparent's.
    return _State(tag, parent.depth + 1, anc, cls, own, own | parent.own | parent.pown, ctx,
                  parent.link or tag == "a", repeat, item_depth, element, parent.own)


_NO_SHAPES: dict = {}


def _shapes(parent: etree._Element) -> dict:
    counts: dict = {}
    for child in parent:
        key = (child.tag, _first_class(child.get("class")))
        counts[key] = counts.get(key, 0) + 1
    return counts


def _first_class(names: str | None) -> str | None:
    # The first class token only: items of one list often carry one more class of
    # their own ("post post-123").
    return names.split(None, 1)[0] if names and names.strip() else None


def _add_block(out: Segments, owner: _State, text: str, raw: str, chars_linked: int) -> None:
    tag = owner.tag
    level = _HEADINGS.get(tag, 0)
    anc = owner.anc
    if level:
        kind = "heading"
    elif tag == "pre" or anc & _BIT["pre"]:
        kind = "code"
    elif tag in ("figcaption", "caption") or anc & _BIT["figcaption"]:
        kind = "caption"
    elif owner.depth - owner.item_depth <= _ITEM_REACH:
        kind = "list_item"
    elif anc & _BIT["blockquote"]:
        kind = "quote"
    else:
        kind = "paragraph"
    block_tag = _BLOCK_TAG.get(tag, "p")
    if kind == "list_item":
        block_tag = "li"
    elif kind == "heading":
        block_tag = tag
    block = Block(index=len(out.blocks), text=text, tag=block_tag, kind=kind, level=level, context=owner.ctx)
    if kind == "code":
        block.code = raw.strip("\n")
    out.blocks.append(block)
    out.owners.append(owner.element)
    out.owner_tags.append(tag)
    out.depths.append(owner.depth)
    out.ancestors.append(anc)
    out.classes.append(owner.cls)
    out.near_classes.append(owner.near)
    out.chars.append(len(raw))
    out.linked.append(chars_linked)
    out.repeats.append(owner.repeat)


def _merge_row(out: Segments, row: etree._Element, start: int) -> None:
    """A data table's row, one block per cell so far, becomes one table_row block with
    its cells. A row whose cells hold paragraphs or lists (a page laid out in a table)
    keeps them as blocks."""
    if len(out.blocks) - start < 1:
        return
    cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
    owners = out.owners[start:]
    if len(owners) > len(cells) or any(o is None or o.getparent() is not row for o in owners):
        return
    texts = tuple(b.text for b in out.blocks[start:])
    first = out.blocks[start]
    first.text = " ".join(texts)
    first.kind, first.tag, first.cells = "table_row", "tr", texts
    first.header = all(c.tag == "th" for c in cells)
    first.code = None
    for name in ("owners", "owner_tags", "depths", "ancestors", "classes", "near_classes", "chars", "linked",
                 "repeats"):
        values = getattr(out, name)
        if name == "chars" or name == "linked":
            values[start] = sum(values[start:])
        del values[start + 1:]
    out.owners[start] = row
    out.owner_tags[start] = "tr"
    del out.blocks[start + 1:]
