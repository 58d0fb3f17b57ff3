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
import sys
from dataclasses import dataclass, field

from lxml import etree

from ..model import Block
from ..read.html import class_kinds, class_kinds_many
from .vocabulary import CLASS_KIND_NAMES, TOKEN_CACHE_SIZE, class_kind_bits_many

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
    parents: list[etree._Element | None] = field(default_factory=list)  # each owner's parent element
    grandparents: list[etree._Element | None] = field(default_factory=list)  # and its parent's
    elements: int = 0  # elements walked
    # Each block's owner state, until the class kinds are filled in (then emptied).
    owner_states: list[_State] = field(default_factory=list, repr=False)

    def release_feature_evidence(self) -> None:
        """Empty the lists only the features read (engine.features.block_columns), once
        they are made: the blocks, their owners, owner tags and linked characters stay."""
        for name in _FEATURE_EVIDENCE:
            getattr(self, name).clear()


# The Segments lists read by the features alone.
_FEATURE_EVIDENCE = ("depths", "ancestors", "classes", "near_classes", "chars", "repeats", "parents", "grandparents")


def _names_many(strings: set[str]) -> dict[str, tuple[int, frozenset[str]]]:
    """The vocabulary kinds (bits) and the Block.context kinds ("class:share", ...) each
    class and id string names, cached (wrappers and their long utility-class strings
    repeat on every page of a site); a page's new strings are matched together."""
    # Read into a local dict: another thread may clear the shared cache meanwhile.
    found: dict[str, tuple[int, frozenset[str]]] = {}
    new = []
    for text in strings:
        kinds = _NAMES.get(text)
        if kinds is None:
            new.append(text)
        else:
            found[text] = kinds
    if new:
        if len(_NAMES) + len(new) > _NAMES_CACHE_SIZE:
            _NAMES.clear()
        bits = class_kind_bits_many(new)
        _learn_context_tokens(new)
        for text in new:
            found[text] = _NAMES[text] = (bits[text], _context_kinds(text))
    return found


_NAMES: dict[str, tuple[int, frozenset[str]]] = {}
_NAMES_CACHE_SIZE = 20_000
_CONTEXT_TOKENS: dict[str, frozenset[str]] = {}


def _learn_context_tokens(strings: list[str]) -> None:
    """The context kinds of the tokens of ``strings`` not cached yet, all found at once
    (read.html.class_kinds_many) and cached."""
    tokens = list(dict.fromkeys(t for text in strings for t in text.split() if t not in _CONTEXT_TOKENS))
    if not tokens:
        return
    if len(_CONTEXT_TOKENS) + len(tokens) > TOKEN_CACHE_SIZE:
        _CONTEXT_TOKENS.clear()
    for token, kinds in zip(tokens, class_kinds_many(tokens)):
        _CONTEXT_TOKENS[token] = kinds


def _context_kinds(names: str) -> frozenset[str]:
    """read.html.class_kinds(names), a token at a time (its pattern matches no
    whitespace), each token's kinds cached."""
    out = _NO_CONTEXT  # (one empty set for all the names that say nothing: see _NO_CONTEXT)
    for token in names.split():
        kinds = _CONTEXT_TOKENS.get(token)
        if kinds is None:
            if len(_CONTEXT_TOKENS) >= TOKEN_CACHE_SIZE:
                _CONTEXT_TOKENS.clear()
            kinds = _CONTEXT_TOKENS[token] = class_kinds(token)
        if kinds:
            out = out | kinds
    return out


class _State:
    """What an open element passes on to what is inside it. The class kinds (own, cls,
    near, ctx, pown) are filled in after the walk, for all the page's states at once
    (_resolve_classes)."""

    __slots__ = ("tag", "depth", "anc", "cls", "own", "near", "ctx", "repeat", "item_depth", "shapes",
                 "element", "pown", "parent", "names", "hidden")

    def __init__(self, tag: str, depth: int, anc: int, repeat: int, item_depth: int,
                 element: etree._Element | None, parent: _State | None, names: str | None, hidden: bool) -> None:
        self.tag, self.depth, self.anc, self.repeat, self.item_depth = tag, depth, anc, repeat, item_depth
        self.element, self.parent, self.names, self.hidden = element, parent, names, hidden
        self.shapes: dict | None = None
        self.own = self.cls = self.near = self.pown = 0
        self.ctx: frozenset[str] = _NO_CONTEXT


# One empty set for every state: frozenset() makes a new 216-byte object each call (no
# shared empty one since Python 3.10), 15 MB on 1 MB of table cells.
_NO_CONTEXT: frozenset[str] = frozenset()
_ROOT = _State("", 0, 0, 0, -99, None, None, None, False)


def _resolve_classes(states: list[_State]) -> None:
    """Fill in the class kinds of ``states`` (parents before children): the element's
    own (its class and id names, and hidden), all its ancestors' (cls), its own with its
    parent's and grandparent's (near), and the Block.context tokens (ctx)."""
    kinds = _names_many({state.names for state in states if state.names})
    for state in states:
        parent = state.parent or _ROOT
        own, ctx = 0, parent.ctx
        if state.names:
            own, names_ctx = kinds[state.names]
            if not names_ctx <= ctx:
                ctx = ctx | names_ctx
        if state.hidden:
            own |= _HIDDEN_BIT
        tag = state.tag
        if tag in _CONTEXT_TAGS and tag not in ctx:
            ctx = ctx | {tag}
        state.own, state.cls, state.ctx, state.pown = own, parent.cls | own, ctx, parent.own
        state.near = own | parent.own | parent.pown


def segment(root: etree._Element) -> Segments:
    """Cut the tree under ``root`` into blocks in reading order (see the module's doc).

    The walk itself keeps only the open elements, the text gathered and the characters
    inside links. What an element passes on (its _State: ancestor tags, class kinds,
    repeated shapes) is worked out only for the elements above a block, when the block
    is closed: most elements (inline ones, empty wrappers, subtrees without text) never
    need it.
    """
    out = Segments()
    parts: list[str] = []
    linked = 0
    elements = 0
    in_link = 0  # open <a> elements
    open_elements: list[etree._Element] = []
    open_tags: list[str | None] = []  # None: a skipped element
    states: list[_State] = [_ROOT]  # states[k + 1] is open_elements[k]'s, for the first len(states) - 1
    owners: list[int] = []  # indices in open_elements of the open block elements
    # Open table rows: (row, its first block not yet merged; -1: the row is not merged,
    # its header flag once it is known to be wide and merged; None before).
    rows: list[tuple[etree._Element, int, bool | None]] = []
    created: list[_State] = []  # in order: parents before children

    def flush() -> None:
        nonlocal linked
        raw = "".join(parts)
        parts.clear()
        chars_linked, linked = linked, 0
        if raw.isspace():  # (no words: the split below would be empty)
            return
        text = " ".join(raw.split())
        if owners:
            k = owners[-1]
            while len(states) <= k + 1:
                j = len(states) - 1
                state = _open(open_elements[j], open_tags[j], states[j])  # type: ignore[arg-type]
                states.append(state)
                created.append(state)
            owner = states[k + 1]
        else:
            owner = _ROOT
        _add_block(out, owner, text, raw, chars_linked)

    walker = etree.iterwalk(root, events=("start", "end"))
    skip, boundary = SKIP, BOUNDARY
    push_element, push_tag, pop_element, pop_tag = open_elements.append, open_tags.append, open_elements.pop, open_tags.pop
    add = parts.append
    skipped = False  # the last start was of a skipped element: its end comes next
    for event, element in walker:
        if event == "start":
            elements += 1
            tag = element.tag
            if tag.__class__ is not str or tag in skip:
                walker.skip_subtree()
                skipped = True
                continue
            push_element(element)
            push_tag(tag)
            if tag == "a":
                in_link += 1
            elif tag in boundary:
                if parts:
                    flush()
                owners.append(len(open_elements) - 1)
                if tag == "tr":
                    rows.append((element, len(out.blocks), None))
            text = element.text
            if text:
                add(text)
                if in_link:
                    linked += len(text)
        else:
            if skipped:  # a skipped element's end (it was never pushed)
                skipped = False
            else:
                tag = open_tags[-1]
                if tag == "a":
                    in_link -= 1
                elif tag in boundary:
                    if parts:
                        flush()
                    owners.pop()
                    if tag == "tr" and rows:
                        row, start, _ = rows.pop()
                        if start >= 0:
                            _merge_row(out, row, start, created)
                    elif rows and tag in _CELL_TAGS and len(out.blocks) - rows[-1][1] >= ROW_CHUNK_CELLS \
                            and rows[-1][1] >= 0:
                        row, start, header = rows[-1]
                        # A wide row merged as it is read, a chunk of cells at a time
                        # (see ROW_CHUNK_CELLS), once the whole row is known to merge;
                        # a row that cannot be merged never is.
                        if header is None:
                            header = _wide_row_header(row)
                        if header is None:
                            rows[-1] = (row, -1, None)
                        else:
                            _merge(out, row, start, header, created)
                            rows[-1] = (row, start + 1, header)
                pop_tag()
                pop_element()
                if len(states) > len(open_elements) + 1:
                    del states[len(open_elements) + 1:]
            tail = element.tail
            if tail:
                add(tail)
                if in_link:
                    linked += len(tail)
    if parts:
        flush()
    out.elements = elements
    _resolve_classes(created)
    for i, state in enumerate(out.owner_states):
        out.classes[i], out.near_classes[i] = state.cls, state.near
        out.blocks[i].context = state.ctx
    _fill_parents(out, root)
    out.owner_states = []
    return out


def _open(element: etree._Element, tag: str, parent: _State) -> _State:
    names = element.get("class")
    ident = element.get("id")
    # Hidden elements are evidence, not skipped: some pages ship the article itself in a
    # <div hidden> that a script reveals (a tune page lost its whole body that way).
    hidden = element.get("hidden") is not None or bool((style := element.get("style")) and _HIDDEN_STYLE.search(style))
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
    # (The tag interned: lxml makes a new string for each element's tag, and each block's
    # state keeps it, 3.5 MB on 1 MB of table cells.)
    return _State(sys.intern(tag), parent.depth + 1, parent.anc | _TAG_BIT.get(tag, 0), repeat, item_depth, element,
                  parent if parent is not _ROOT else None, f"{names or ''} {ident or ''}" if names or ident else None,
                  hidden)


def _fill_parents(out: Segments, root: etree._Element) -> None:
    """Each owner's parent and grandparent element, read from the states above it (their
    elements are alive: no new element objects, as getparent() would make)."""
    root_parent = root.getparent()
    above_root = root_parent.getparent() if root_parent is not None else None
    for owner, state in zip(out.owners, out.owner_states):
        if owner is not None and state.element is not owner and state.parent is not None:
            state = state.parent  # a merged table row: the state is its first cell's
        if owner is None:
            parent = grand = None
        elif state.element is not owner:
            parent = owner.getparent()  # (not expected: every owner has its state)
            grand = parent.getparent() if parent is not None else None
        elif state.parent is None:  # the root's own text
            parent, grand = root_parent, above_root
        else:
            parent = state.parent.element
            grand = state.parent.parent.element if state.parent.parent is not None else root_parent
        out.parents.append(parent)
        out.grandparents.append(grand)


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
    block = Block(index=len(out.blocks), text=text, tag=block_tag, kind=kind, level=level)
    if kind == "code":
        block.code = raw.strip("\n")
    out.blocks.append(block)
    out.owners.append(owner.element)
    out.owner_tags.append(tag)
    out.depths.append(owner.depth)
    out.ancestors.append(anc)
    out.classes.append(0)  # filled in with near_classes and the context after the walk
    out.near_classes.append(0)
    out.owner_states.append(owner)
    out.chars.append(len(raw))
    out.linked.append(chars_linked)
    out.repeats.append(owner.repeat)


def _merge_row(out: Segments, row: etree._Element, start: int, created: list[_State]) -> None:
    """A data table's row, one block per cell so far, becomes one table_row block with
    its cells. A row whose cells hold paragraphs or lists (a page laid out in a table)
    keeps them as blocks."""
    if len(out.blocks) - start < 1:
        return
    cells = [c for c in row if isinstance(c.tag, str) and c.tag in _CELL_TAGS]
    owners = out.owners[start:]
    if len(owners) > len(cells) or any(o is None or o.getparent() is not row for o in owners):
        return
    _merge(out, row, start, all(c.tag == "th" for c in cells), created)


# A row of more cells than this is merged a chunk of this many cells at a time, as it is
# read, into a table_row block each (as read/html_bounds.split_wide_rows splits such rows
# for trafilatura): a cell's Block and state live only until its chunk is merged. One row
# of 72,000 unclosed <td>s held them all, 64 MB under tracemalloc at the row's end. The
# widest row of the development pages has 24 cells. Whether such a row merges, and its
# header flag, are decided once for the whole row (_wide_row_header).
ROW_CHUNK_CELLS = 100
_CELL_TAGS = ("td", "th")


def _wide_row_header(row: etree._Element) -> bool | None:
    """Whether a wide row merges, decided once for the whole row from its subtree (the
    row is parsed already: no blocks are kept to decide): None when it does not, else
    its header flag (every cell a <th>, as _merge_row reads it).

    It merges when each child is a cell (comments and skipped elements aside), no text
    stands beside the cells and no cell holds a block-level element: then each cell
    makes at most one block, owned by the cell, and every chunk merges as the first.
    A row of this many blocks that _merge_row would merge has as many cells, so rows of
    fewer cells never come here. (Stricter than _merge_row, read from elements rather
    than blocks, where an element makes no block: a cell holding an empty block-level
    element or one inside a skipped element (<noscript><p>), or an empty element beside
    the cells (<span></span>), keeps the row apart.)"""
    if row.text and not row.text.isspace():
        return None
    header = True
    for child in row:
        if child.tail and not child.tail.isspace():
            return None
        tag = child.tag
        if tag.__class__ is not str or tag in SKIP:
            continue
        if tag not in _CELL_TAGS:
            return None
        header = header and tag == "th"
        for inner in child.iterdescendants():
            if inner.tag.__class__ is str and inner.tag in BOUNDARY:
                return None
    return header


def _merge(out: Segments, row: etree._Element, start: int, header: bool, created: list[_State]) -> None:
    texts = tuple(b.text for b in out.blocks[start:])
    first = out.blocks[start]
    first.text = " ".join(texts)
    first.kind, first.tag, first.cells = "table_row", "tr", texts
    first.header = header
    first.code = None
    # The merged cells' states are the last ones made (a state is made when a block is
    # closed, for its owner and the open elements above it not yet given one); no block
    # keeps them now, so they need no class kinds: dropped, as they are read.
    kept = out.owner_states[start]  # (the merged block's: a cell may close two blocks)
    for state in reversed(out.owner_states[start + 1:]):
        if state is not kept and created and created[-1] is state:
            created.pop()
    for name in ("owners", "owner_tags", "depths", "ancestors", "classes", "near_classes", "chars", "linked",
                 "repeats", "owner_states"):
        values = getattr(out, name)
        if name == "chars" or name == "linked":
            values[start] = sum(values[start:])
        del values[start + 1:]
    out.owners[start] = row
    out.owner_tags[start] = "tr"
    del out.blocks[start + 1:]
