"""HTML to a Page: parse once with lxml, read metadata hints, find the main content.

trafilatura proposes the main content; jusText is the second opinion when trafilatura
finds nothing. Either way the result is a list of Blocks that the same chain of
cleaners as for text runs over.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable, Iterator

from lxml import etree
from lxml import html as lxml_html

from .blocks import Block, Page
from .metadata import Metadata
from .metadata.html import read_html_metadata
from .metadata.html_fields import http_url

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# Characters XML refuses, which lxml then refuses in text nodes (trafilatura raised on
# pages holding one): C0 controls, U+FFFE/U+FFFF, and lone surrogates (after one of
# those, lxml silently dropped the rest of the page); and DEL, dropped as before.
# Surrogates become U+FFFD, the others are dropped.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
# Character references to those characters (C0 controls, U+FFFE, U+FFFF), which the
# parser would turn into the characters themselves.
_CONTROL_REF = re.compile(
    r"&#(?:0*(?:[1-8]|1[124-9]|2[0-9]|3[01]|6553[45])(?![0-9])"
    r"|[xX]0*(?:[1-8bcefBCEF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F]));?"
)
# trafilatura's XML output element -> our block tag.
_TAGS = {"p": "p", "item": "li", "quote": "blockquote", "code": "pre", "row": "tr", "cell": "td"}


# Comments and processing instructions are dropped at parse time, as trafilatura's own
# loader does: "<p> <!-- -->Consider ...</p>" (React's text separators) otherwise leaves
# paragraphs that trafilatura's pruning loses (one tune page kept 940 of 1,282 words).
# huge_tree: without it libxml2 stops at 255 levels of nesting or a text node of 10
# million characters and drops the rest of the page (an empty body, no title). The
# HTML parser loads no DTD and resolves no entity; no_network is its default, said anyway.
_PARSER = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, huge_tree=True,
                               no_network=True)
# Even with huge_tree libxml2 stops parsing at 2,048 levels; pages nested deeper are
# parsed again flattened to this depth, which is what Chromium keeps (512).
_FLAT_DEPTH = 512


def parse_html(text: str) -> lxml_html.HtmlElement | None:
    # lxml refuses str input that declares its own encoding.
    text = _XML_DECLARATION.sub("", text, count=1)
    text = _NOT_XML.sub(_xml_char, text)
    if "&#" in text:
        text = _CONTROL_REF.sub("", text)
    try:
        tree = lxml_html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    # Nesting deeper than libxml2 goes: parse again with the excess levels flattened,
    # first only of wrappers (div, span, ...), then of every element if still too deep.
    for keep in (_STRUCTURE, frozenset()):
        if not _depth_exceeded(_PARSER.error_log):
            break
        try:
            tree = lxml_html.document_fromstring(flatten_nesting(text, _FLAT_DEPTH, keep), parser=_PARSER)
        except (etree.ParserError, ValueError):
            return None
    return tree


def _xml_char(match: re.Match[str]) -> str:
    return "\ufffd" if "\ud800" <= match.group(0) <= "\udfff" else ""


def _depth_exceeded(log: etree._ListErrorLog) -> bool:
    return any("depth" in entry.message.lower() for entry in log.filter_from_level(etree.ErrorLevels.FATAL))


# Elements that give a page its blocks and regions: kept when wrappers are flattened.
_STRUCTURE = frozenset(
    "html head body title p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table thead tbody tfoot tr td th caption "
    "blockquote pre figure figcaption article main header footer nav aside form".split()
)


_VOID = frozenset("area base br col embed hr img input link meta param source track wbr keygen command basefont frame isindex".split())
# A start or end tag. No "<" inside, and the name ends where the attributes start, so a
# failed match costs the characters up to the next "<" only: linear on any text.
_TAG_TOKEN = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)(?:[\s/][^<>]*)?>")
# Elements whose text is not page text: their tags always stay, or the text would show
# (scripts and styles nested too deep are dropped whole instead).
_HIDDEN = frozenset({"title", "textarea", "template", "noscript", "select", "option", "head"})
_END_TAG_REACH = 8
# Elements inside a line of text: a dropped one leaves nothing between its words.
_INLINE = frozenset("a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span strike "
                    "strong sub sup time tt u var".split())
_RAW_TEXT_END = {"script": re.compile(r"</script", re.IGNORECASE), "style": re.compile(r"</style", re.IGNORECASE)}


def flatten_nesting(text: str, max_depth: int, keep: frozenset[str] = frozenset()) -> str:
    """``text`` without the start and end tags of elements nested deeper than ``max_depth``
    (their text stays, at that depth), except elements named in ``keep``: what browsers
    do past their own nesting limit.

    The depth is counted from the tags as written; an end tag also closes the unclosed
    elements above it (``<p>``, ``<li>``), and elements HTML closes otherwise may be
    over-counted: at worst more tags are dropped, never text.
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag name, dropped)
    depth = start = skip_to = 0
    for match in _TAG_TOKEN.finditer(text):
        if match.start() < skip_to:
            continue  # inside a script or style
        slash, name = match.groups()
        name = name.lower()
        if name in _VOID or match.group(0).endswith("/>"):
            continue
        if not slash:  # a start tag
            if name in _RAW_TEXT_END:  # script and style text may hold "<": skip to its end tag
                end = _RAW_TEXT_END[name].search(text, match.end())
                skip_to = end.start() if end else len(text)
                if depth >= max_depth:  # too deep to keep: no page text is lost with it
                    closing = text.find(">", skip_to)
                    skip_to = len(text) if closing < 0 else closing + 1
                    out.append(text[start:match.start()])
                    start = skip_to
                    continue
            dropped = depth >= max_depth and name not in keep and name not in _HIDDEN
            stack.append((name, dropped))
            depth += 1
        elif stack and stack[-1][0] == name:
            dropped = stack.pop()[1]
            depth -= 1
        else:
            # The nearest open element of that name (a few levels up at most: the ones
            # above it, such as unclosed <p>s, are closed with it, as a parser does).
            found = _open_element(stack, name)
            if found is None:
                continue  # a stray end tag: the parser deals with it
            dropped = stack[found][1]
            del stack[found:]
            depth = len(stack)
        if dropped:
            out.append(text[start:match.start()])
            out.append("" if name in _INLINE else " ")  # a block's words stay apart from the next
            start = match.end()
    out.append(text[start:])
    return "".join(out)


def _open_element(stack: list[tuple[str, bool]], name: str) -> int | None:
    for i in range(len(stack) - 1, max(len(stack) - _END_TAG_REACH, 0) - 1, -1):
        if stack[i][0] == name:
            return i
    return None


def html_to_page(text: str, url: str | None = None) -> Page:
    tree = parse_html(text)
    if tree is None:
        return Page(blocks=[], source_type="html", metadata=Metadata(), url=url)
    flatten_deep_nesting(tree)
    unwrap_crowded_inline(tree)
    metadata = read_html_metadata(tree, url)
    blocks = _trafilatura_blocks(tree, url)
    if blocks:
        add_source_context(tree, blocks, base=url or metadata.url)
    else:
        blocks = _justext_blocks(text)
    return Page(blocks=blocks, source_type="html", metadata=metadata, url=url)


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
_CROWDED = etree.XPath(f"//*[count({'|'.join(sorted(_INLINE))}) > {_MAX_INLINE_CHILDREN}]")


def unwrap_crowded_inline(tree: lxml_html.HtmlElement) -> None:
    """Drop the inline tags (keeping their text) under each element that has over
    _MAX_INLINE_CHILDREN of them as children."""
    for element in _CROWDED(tree):
        # (Not etree.strip_tags: it joins the texts one tag at a time, quadratic here.)
        _flatten(element, _is_not_inline)


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


def _trafilatura_blocks(tree: lxml_html.HtmlElement, url: str | None) -> list[Block]:
    """trafilatura's main content, favouring recall; its defaults as a second opinion.

    The recall setting finds more of the article on most pages (body F1 0.920 -> 0.922
    on a 250-page sample of the tune split), but on some it settles on one section of a
    long article; when the default run finds over twice as many words, the default is
    taken (0.922 -> 0.929 on the same sample; recall 0.933 -> 0.946).

    The second run costs as much as the first, so it is asked only when the recall
    result is short beside the page's own text (under a quarter of its words): on the
    tune split that is 14% of pages and holds all 13 pages where the default won.
    """
    _split_wide_rows(tree)
    recall = _trafilatura_xml(tree, url, favor_recall=True)
    recall_words = _word_count(recall) if recall is not None else 0
    if recall is not None and recall_words >= _SECOND_OPINION_SHARE * _page_words(tree):
        return _xml_blocks(recall)
    default = _trafilatura_xml(tree, url, favor_recall=False)
    if default is not None and (recall is None or _word_count(default) > 2 * recall_words):
        recall = default
    return [] if recall is None else _xml_blocks(recall)


# trafilatura lays out a table row cell by cell and counts the row's cells anew for each
# (lxml's len() walks the children): quadratic in the cells of one row, minutes for a row
# of 100,000 unclosed <td>s. Wider rows are split into rows this wide (trafilatura's own
# cap on a colspan); the widest row on the development pages has 24 cells.
_MAX_ROW_CELLS = 100
_CELLS = ("td", "th")


def _split_wide_rows(tree: lxml_html.HtmlElement) -> None:
    """Split table rows of over _MAX_ROW_CELLS cells, and runs of as many cells placed
    straight in a <table> or any other element (which trafilatura adds to one row), into
    rows of that many."""
    for row in _WIDE_ROWS(tree):
        cells = [cell for cell in row if cell.tag in _CELLS]
        _move_into_rows(row, cells[_MAX_ROW_CELLS:], after=row)
    for table in _TABLES_WITH_LOOSE_CELLS(tree):
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
_TABLES_WITH_LOOSE_CELLS = etree.XPath(f"//*[not(self::tr)][count(td|th) > {_MAX_ROW_CELLS}]")


def _move_into_rows(model: lxml_html.HtmlElement, cells: list[lxml_html.HtmlElement],
                    after: lxml_html.HtmlElement) -> None:
    for start in range(0, len(cells), _MAX_ROW_CELLS):
        row = model.makeelement("tr", {})
        row.extend(cells[start:start + _MAX_ROW_CELLS])  # moves them, with their tails
        after.addnext(row)
        after = row


# Share of the page's words under which the recall result may have missed the article.
_SECOND_OPINION_SHARE = 0.25


def _page_words(tree: lxml_html.HtmlElement) -> int:
    # Script text counts too: that only makes the second run likelier, never rarer.
    body = tree.find("body")
    return len((body if body is not None else tree).text_content().split())


def _trafilatura_xml(tree: lxml_html.HtmlElement, url: str | None, favor_recall: bool) -> etree._Element | None:
    """trafilatura's XML output, as an element tree. trafilatura copies the tree it gets
    before pruning it, so the same tree can be handed over twice.

    The tree is built in memory, as trafilatura builds it for its XML string, without the
    string: trafilatura serializes and re-parses that tree (and we would re-parse the
    string again), and XML refuses what lxml's HTML parser accepts (an attribute named
    "<", a text node over 10 million characters), so the round trip raised on such pages.
    """
    try:
        from trafilatura.core import bare_extraction
        from trafilatura.settings import Extractor
        from trafilatura.utils import sanitize_tree
        from trafilatura.xml import build_xml_output, delete_element, keeps_empty, remove_empty_elements, strip_double_tags
    except ImportError:  # another trafilatura layout: the public call, same result
        return parse_trafilatura_xml(_trafilatura_string(tree, url, favor_recall))
    options = Extractor(output_format="xml", recall=favor_recall, comments=False, tables=True, images=False,
                        links=False, dedup=False, url=url, with_metadata=False)
    document = bare_extraction(tree, options=options, as_dict=False)
    if document is None:
        return None
    # trafilatura.core.determine_returnstring and xml.control_xml_output, minus the string
    # (and minus the content fingerprint trafilatura.extract adds, about 7 ms a page).
    for element in document.body.iter("*"):
        if len(element) == 0 and not element.text and not element.tail and not keeps_empty(element):
            delete_element(element, keep_tail=False)
    strip_double_tags(document.body)
    remove_empty_elements(document.body)
    root = sanitize_tree(build_xml_output(document))
    for element in root.iter():  # the string trafilatura returns is in NFC
        if element.text and not unicodedata.is_normalized("NFC", element.text):
            element.text = unicodedata.normalize("NFC", element.text)
        if element.tail and not unicodedata.is_normalized("NFC", element.tail):
            element.tail = unicodedata.normalize("NFC", element.tail)
    return root


def _trafilatura_string(tree: lxml_html.HtmlElement, url: str | None, favor_recall: bool) -> str | None:
    import trafilatura

    return trafilatura.extract(
        tree, url=url, output_format="xml", include_comments=False, include_tables=True,
        favor_recall=favor_recall, include_images=False, include_links=False, with_metadata=False,
        deduplicate=False,
    )


# trafilatura's XML output holds no DTD or entity, and may hold long text: never resolve
# or load anything the text names (no file, no network), and take text nodes of any size.
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                              huge_tree=True, remove_comments=True, remove_pis=True)


def parse_trafilatura_xml(xml: str | None) -> etree._Element | None:
    """trafilatura's XML output string as an element tree (None for no output or bad XML)."""
    if not xml:
        return None
    try:
        return etree.fromstring(xml.encode("utf-8"), _XML_PARSER)
    except etree.XMLSyntaxError:
        return None


def _word_count(root: etree._Element) -> int:
    return sum(len(t.split()) for t in root.itertext())


def _xml_blocks(root: etree._Element) -> list[Block]:
    """trafilatura's XML as blocks, in reading order: each heading, paragraph, list item,
    quote, code block and table row once. An element printed inside another (a section of
    headings inside a paragraph, a nested list) splits the outer one where it stands, so
    no words are printed twice or out of place."""
    main = root.find("main")
    return _BlockReader(main if main is not None else root).blocks


class _BlockReader:
    """One pass over trafilatura's XML. Which elements are printed as blocks, and which
    hold such an element below them, is worked out once up front."""

    def __init__(self, root: etree._Element) -> None:
        self.printed = {element for element in root.iter() if _emits(element)}
        self.holders = {ancestor for element in self.printed for ancestor in element.iterancestors()}
        self.blocks: list[Block] = []
        self._groups: dict[etree._Element, int] = {}  # outermost list or table -> its number
        self._walk(root)

    def _walk(self, element: etree._Element) -> None:
        if element in self.printed:
            self._segments(element, element, [])
            return
        for child in element:
            if child in self.holders or child in self.printed:
                self._walk(child)

    def _segments(self, owner: etree._Element, element: etree._Element, text: list[str]) -> None:
        """Add ``owner``'s text found in ``element`` to ``text``; a descendant printed as a
        block of its own first closes the text gathered so far as one block of ``owner``."""
        text.append(element.text or "")
        for child in element:
            if not isinstance(child.tag, str):
                pass  # a comment or processing instruction
            elif child in self.printed:
                self._close(owner, text)
                self._walk(child)
            elif child in self.holders:
                self._segments(owner, child, text)  # a section inside a paragraph: go through it
            else:
                text.extend(child.itertext())
            text.append(child.tail or "")
        if element is owner:
            self._close(owner, text)

    def _close(self, owner: etree._Element, text: list[str]) -> None:
        content = _SPACES.sub(" ", " ".join(text)).strip()
        text.clear()
        if not content:
            return
        if owner.tag == "head":
            rend = owner.get("rend", "")
            tag = "h" + (rend[-1:] if rend.startswith("h") else "2")
        else:
            tag = _TAGS[owner.tag]
        block = Block(index=len(self.blocks), text=content, tag=tag)
        self._annotate(block, owner)
        self.blocks.append(block)

    def _annotate(self, block: Block, owner: etree._Element) -> None:
        """The block's structure (kind, heading level, list nesting, table cells), read
        from trafilatura's markup. Only new fields are set: ``text`` stays as it is."""
        tag = owner.tag
        if tag == "head":
            block.kind, block.level = "heading", int(block.tag[1]) if block.tag[1:].isdigit() else 2
        elif tag == "item":
            lists = [a for a in owner.iterancestors("list")]
            block.kind, block.depth = "list_item", max(len(lists) - 1, 0)
            block.ordered = bool(lists) and lists[0].get("rend") == "ol"
            if lists:
                block.group = self._group(lists[-1])
        elif tag == "quote":
            block.kind = "quote"
        elif tag == "code":
            block.kind = "code"
            if owner not in self.holders:  # the whole element is this one block
                block.code = "".join(owner.itertext()).strip("\n")
        elif tag == "row":
            block.kind = "table_row"
            table = owner.getparent()
            if table is not None:
                block.group = self._group(table)
            if owner not in self.holders:  # no cell holds a block of its own: the cells are whole
                cells = [cell for cell in owner if cell.tag == "cell"]
                block.cells = tuple(_SPACES.sub(" ", " ".join(c.itertext())).strip() for c in cells)
                block.header = bool(cells) and all(c.get("role") == "head" for c in cells)

    def _group(self, container: etree._Element) -> int:
        return self._groups.setdefault(container, len(self._groups) + 1)


_BLOCK_TAGS = frozenset({"head", "p", "item", "quote", "code", "row"})
_BLOCK_CHILDREN = frozenset({"head", "p", "list", "quote", "table", "code"})


def _emits(element: etree._Element) -> bool:
    """Whether ``element`` is printed as a block of its own."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag not in _BLOCK_TAGS:
        return False
    parent = element.getparent()
    if tag in ("p", "head", "code") and parent is not None and parent.tag in ("item", "quote", "cell") \
            and not _is_layout_cell(parent):
        return False  # its text is part of the enclosing item: "<li><h3>x</h3></li>" is one block
    if tag == "code" and parent is not None and (parent.tag == "p" or _inline(element)):
        return False  # inline code: a word of the sentence around it
    if tag == "row" and any(_is_layout_cell(cell) for cell in element):
        return False  # a layout table's row holds the article: its paragraphs are the blocks
    return True


def _inline(element: etree._Element) -> bool:
    """Whether text runs on right before or after ``element`` in its parent."""
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    return bool(before.strip() or (element.tail or "").strip())


def _is_layout_cell(element: etree._Element) -> bool:
    """A long table cell that holds headings, paragraphs or lists: the page is laid out
    in a table (old sites), and the cell is a page region, not a value."""
    return (element.tag == "cell" and any(child.tag in _BLOCK_CHILDREN for child in element)
            and _word_count(element) >= _LAYOUT_CELL_WORDS)


# A data table's cell may hold a short paragraph or two; a layout cell holds the article.
_LAYOUT_CELL_WORDS = 150


# Paragraph-level source elements whose text trafilatura's blocks are matched against.
_SOURCE_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "dd", "dt", "td", "pre")
# Ancestor elements that say what a block is part of.
_CONTEXT_TAGS = frozenset({"nav", "aside", "footer", "header", "form", "table"})
# Kinds of page furniture named in class/id attributes; the token is recorded as "class:<kind>".
_CLASS_KINDS = re.compile(
    r"related|share|social|newsletter|subscri|promo|caption|bio\b|author|comment|sidebar|recommend|"
    r"more-|read-?more|tags?\b|breadcrumb|advert|\bads?\b|sponsor|signup|cta|teaser|footer|byline|credit",
    re.IGNORECASE,
)
_WORDS = re.compile(r"\w+")


def _key(text: str) -> str:
    return " ".join(_WORDS.findall(text)).lower()


def add_source_context(tree: lxml_html.HtmlElement, blocks: list[Block], base: str | None = None) -> None:
    """Fill ``Block.context`` from the source tree, which trafilatura's output loses.

    Each block is matched to a paragraph-level source element by its words; the
    element's ancestors give the context: their tags ("figure", "aside", ...) and
    the kinds their class/id attributes name ("class:related", "class:share", ...).
    Blocks without an exact match keep an empty context.

    The element's links fill ``Block.links``: (text, absolute http(s) URL) of each
    ``<a href>``, resolved against ``base`` (the page's URL); other hrefs are dropped.
    Asking trafilatura for links instead would change its output.
    """
    wanted: dict[str, list[Block]] = {}
    for block in blocks:
        wanted.setdefault(_key(block.text), []).append(block)
    wanted.pop("", None)
    # Most source elements start with a word no block starts with: a cheap test before
    # the element's whole text is read (that reading was most of this pass's time).
    first_words = {key.split(" ", 1)[0] for key in wanted}
    found: dict[str, tuple[frozenset[str], float, tuple[tuple[str, str], ...]]] = {}
    for element in tree.iter(*_SOURCE_TAGS):
        if _first_word(element) not in first_words:
            continue
        text = element.text_content()
        key = _key(text)
        if key in wanted:
            # A text shown twice (a table of contents and the heading it points to)
            # only keeps the context its places share, and its lowest link density.
            context, density = _context(element), _link_density(element, text)
            links = _links(element, base)
            if key in found:
                # The links of the first place the text is shown (the article's own).
                context, density, links = found[key][0] & context, min(found[key][1], density), found[key][2] or links
            found[key] = (context, density, links)
    for key, (context, density, links) in found.items():
        for block in wanted[key]:
            block.context, block.link_density, block.links = context, density, links


def _links(element: lxml_html.HtmlElement, base: str | None) -> tuple[tuple[str, str], ...]:
    """(text, absolute http(s) URL) of the element's links; ``javascript:``, ``mailto:``,
    links within the page ("#notes") and relative links without a ``base`` are dropped."""
    out = []
    for link in element.iter("a"):
        href = (link.get("href") or "").strip()
        if href and not href.startswith("#") and (url := http_url(href, base)) is not None:
            text = " ".join(link.text_content().split())
            if text:
                out.append((text, url))
    return tuple(out)


def _first_word(element: lxml_html.HtmlElement) -> str:
    for chunk in element.itertext():
        match = _WORDS.search(chunk)
        if match:
            return match.group(0).lower()
    return ""


def _link_density(element: lxml_html.HtmlElement, text: str) -> float:
    """Share of the element's characters inside links."""
    length = len(text.strip())
    if not length:
        return 0.0
    linked = sum(len(a.text_content().strip()) for a in element.iter("a"))
    return min(linked / length, 1.0)


def _context(element: lxml_html.HtmlElement) -> frozenset[str]:
    tokens: set[str] = set()
    for node in (element, *element.iterancestors()):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ("body", "html"):
            break
        if tag in _CONTEXT_TAGS:
            tokens.add(tag)
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if names != " ":
            tokens.update(_class_kinds(names))
    return frozenset(tokens)


@lru_cache(maxsize=4096)
def _class_kinds(names: str) -> frozenset[str]:
    # Cached: the same wrappers (and their long utility-class strings) are the
    # ancestors of most blocks; reading them anew for each block was most of this pass.
    return frozenset("class:" + m.group(0).lower().rstrip("-") for m in _CLASS_KINDS.finditer(names))


def _justext_blocks(text: str) -> list[Block]:
    import justext

    try:
        paragraphs = justext.justext(text, justext.get_stoplist("English"))
    except Exception:  # jusText raises on pages lxml cannot make a tree of; that page has no body
        return []
    blocks: list[Block] = []
    for paragraph in paragraphs:
        if paragraph.is_boilerplate:
            continue
        tag = "h2" if paragraph.is_heading else "p"
        blocks.append(Block(index=len(blocks), text=_SPACES.sub(" ", paragraph.text).strip(), tag=tag,
                            kind="heading" if paragraph.is_heading else "paragraph", level=2 if paragraph.is_heading else 0))
    return blocks
