"""HTML to a Page: parse once with lxml, read metadata hints, find the main content.

trafilatura proposes the main content; jusText is the second opinion when trafilatura
finds nothing. Either way the result is a list of Blocks that the same chain of
cleaners as for text runs over.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html

from ..engine.literals import LiteralAlternation
from ..model import Block, Page, words_key
from .html_bounds import flatten_deep_nesting, split_wide_rows, unwrap_crowded_inline
from .html_parse import parse_html
from ..fields import Metadata
from ..layout import Layout
from ..fields.html import HtmlFields, field_lines, read_html_fields
from ..fields.html_fields import http_url

_SPACES = re.compile(r"\s+")
# trafilatura's XML output element -> our block tag.
_TAGS = {"p": "p", "item": "li", "quote": "blockquote", "code": "pre", "row": "tr", "cell": "td"}


def html_to_page(text: str, url: str | None = None, engine: str = "trafilatura") -> Page:
    """``engine``: "trafilatura" (its main content, matched back to the source) or
    "newsclean" (newsclean/engine/: every block of the page, the boilerplate marked
    removed by "engine"; trafilatura is asked where the engine is unsure). A page of
    over LARGE_PAGE_ELEMENTS elements, of over DENSE_PAGE_ELEMENTS tiny ones, or of many
    elements holding text (see _is_large), is read by the engine whatever ``engine`` says."""
    tree = parse_html(text)
    if tree is None:
        return Page(blocks=[], source_type="html", metadata=Metadata(), url=url)
    flatten_deep_nesting(tree)
    unwrap_crowded_inline(tree)
    fields = read_html_fields(tree, url)
    large = _is_large(text, tree)
    if engine == "newsclean" or large:
        from ..engine.page import engine_page_blocks

        engine_blocks = engine_page_blocks(tree, url or fields.metadata.url, always=large)
        if engine_blocks is not None:
            return _page(engine_blocks, fields, url, "newsclean")
    blocks = _trafilatura_blocks(tree, url)
    if blocks:
        add_source_context(tree, blocks, base=url or fields.metadata.url)
    else:
        blocks = _justext_blocks(text)
    return _page(blocks, fields, url, "trafilatura")


def _page(blocks: list[Block], fields: HtmlFields, url: str | None, engine: str) -> Page:
    """The Page, with the blocks the metadata was read from marked (the article's header
    ends at its first prose paragraph); blocks the engine dropped are never such lines."""
    layout = Layout.of(blocks)
    kept = [b for b in blocks if b.removed_by is None]
    span = (layout if len(kept) == len(blocks) else Layout.of(kept)).article_span(kept)
    fields.metadata.blocks = field_lines(fields, kept, header_end=span[0] if span else len(kept))
    return Page(blocks=blocks, source_type="html", metadata=fields.metadata, url=url, layout=layout,
                engine=engine)


# A page of more elements than this is read by newsclean's engine whatever engine was
# asked for, and never handed to trafilatura: trafilatura's work per element (its table
# layout, tree copies, wild-text recovery) cost 2-5 s per MB and 50-145x the input in
# memory on pages of tens of thousands of tiny elements (docs/robustness.md), where the
# engine's one walk stays linear and lean. The largest development page has 10,106
# elements, so none of them is affected. An element takes at least 3 characters of HTML
# ("<p>": "<p" or "<p/" repeated make one element in all, beside html and body), so a smaller
# input is not counted. (It was 5, "<td>x": a 25 KB page of 6,200 "<p>x" was not counted
# and cost trafilatura 0.4 s, 16 s per MB.)
LARGE_PAGE_ELEMENTS = 30_000
_SMALLEST_ELEMENT_CHARS = 3
# A smaller page goes to the engine too when it is made of tiny elements: over
# DENSE_PAGE_ELEMENTS elements and over DENSE_ELEMENTS_PER_1000_CHARS elements per 1,000
# characters of HTML. trafilatura costs about 20-35 us an element there (a 100 KB table of
# 7,500 cells: 0.15-0.25 s, over the 2 s per MB target before newsclean does anything;
# the engine reads the whole page in 0.14 s). The densest development page has 29.4
# elements per 1,000 characters (a 331 KB page of 9,748), so none of them is affected;
# 5,000 elements at that density is 100 KB, where the time target starts.
DENSE_PAGE_ELEMENTS = 5_000
DENSE_ELEMENTS_PER_1000_CHARS = 50
# The same, counting only the elements that hold text of their own (their first text
# node is not blank; script and style excluded): each is a paragraph that trafilatura,
# the source context and the chain handle one by one, where an empty wrapper or a link
# list's container is pruned or passed over whole. On the development pages that count
# is far below the element count (most dense pages are navigation: wrappers, <li>s
# around links): at most 17.3 per 1,000 characters on tune (a 366 KB table page, 6,348
# of them) and 12.4 on held, against 29.4 and 20.3 for all elements. A page of 3,900 <h1> and
# <p> (39 per 1,000) or of 3,200 dated <div>s and <p>s (32) costs 2.2-2.8 s per MB with
# trafilatura and 1.0-1.7 with the engine (docs/robustness.md). Over
# DENSE_TEXT_ELEMENTS of them at over DENSE_TEXT_ELEMENTS_PER_1000_CHARS: the engine.
DENSE_TEXT_ELEMENTS = 2_000
DENSE_TEXT_ELEMENTS_PER_1000_CHARS = 25
# And a page of over MANY_TEXT_ELEMENTS text-holding elements whatever its density
# (the development pages have at most 6,348): 18,000-21,000 short paragraphs or list
# items in 1 MB cost 1.6-2.0 s per MB through trafilatura and 0.7-0.9 through the engine.
MANY_TEXT_ELEMENTS = 12_000
# The shortest element holding text: "<p>x".
_SMALLEST_TEXT_ELEMENT_CHARS = 4
_CODE_TAGS = frozenset(("script", "style"))


def _is_large(text: str, tree: lxml_html.HtmlElement) -> bool:
    """A page for the engine alone: over LARGE_PAGE_ELEMENTS elements; over
    DENSE_PAGE_ELEMENTS at over DENSE_ELEMENTS_PER_1000_CHARS per 1,000 characters; or
    over MANY_TEXT_ELEMENTS elements holding text, or over DENSE_TEXT_ELEMENTS of them at
    over DENSE_TEXT_ELEMENTS_PER_1000_CHARS. The count stops at the first limit passed."""
    if len(text) <= DENSE_TEXT_ELEMENTS * _SMALLEST_TEXT_ELEMENT_CHARS:
        return False
    if len(text) <= DENSE_PAGE_ELEMENTS * _SMALLEST_ELEMENT_CHARS:
        element_limit = LARGE_PAGE_ELEMENTS  # too short to hold DENSE_PAGE_ELEMENTS elements
    else:
        dense = max(DENSE_PAGE_ELEMENTS, len(text) * DENSE_ELEMENTS_PER_1000_CHARS // 1000)
        element_limit = min(LARGE_PAGE_ELEMENTS, dense)
    dense_text = max(DENSE_TEXT_ELEMENTS, len(text) * DENSE_TEXT_ELEMENTS_PER_1000_CHARS // 1000)
    text_limit = min(MANY_TEXT_ELEMENTS, dense_text)
    elements = text_elements = 0
    for element in tree.iter():
        elements += 1
        if elements > element_limit:
            return True
        own = element.text
        if own and isinstance(element.tag, str) and element.tag not in _CODE_TAGS and not own.isspace():
            text_elements += 1
            if text_elements > text_limit:
                return True
    return False


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
    split_wide_rows(tree)
    recall = _trafilatura_xml(tree, url, favor_recall=True)
    recall_words = _word_count(recall) if recall is not None else 0
    if recall is not None and recall_words >= _SECOND_OPINION_SHARE * _page_words(tree):
        return _xml_blocks(recall)
    default = _trafilatura_xml(tree, url, favor_recall=False)
    if default is not None and (recall is None or _word_count(default) > 2 * recall_words):
        recall = default
    return [] if recall is None else _xml_blocks(recall)


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
        self.holders: set[etree._Element] = set()
        for element in self.printed:
            for ancestor in element.iterancestors():
                if ancestor in self.holders:
                    break  # and so are all of its own ancestors: each is walked once
                self.holders.add(ancestor)
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
    if tag == "row":  # a layout table's row holds the article: its paragraphs are the blocks
        return not any(_is_layout_cell(cell) for cell in element)
    if tag not in ("p", "head", "code"):
        return True  # an item or a quote (the parent is only asked of the tags below)
    parent = element.getparent()
    if parent is not None and parent.tag in ("item", "quote", "cell") and not _is_layout_cell(parent):
        return False  # its text is part of the enclosing item: "<li><h3>x</h3></li>" is one block
    if tag == "code" and parent is not None and (parent.tag == "p" or _inline(element)):
        return False  # inline code: a word of the sentence around it
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
CLASS_KINDS_PATTERN = re.compile(
    r"related|share|social|newsletter|subscri|promo|caption|bio\b|author|comment|sidebar|recommend|"
    r"more-|read-?more|tags?\b|breadcrumb|advert|\bads?\b|sponsor|signup|cta|teaser|footer|byline|credit",
    re.IGNORECASE,
)
_WORDS = re.compile(r"\w+")


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
        # Block.normalized is words_key(block.text), cached on the block: the metadata
        # lines (fields/html.field_lines) read it of every block afterwards.
        wanted.setdefault(block.normalized, []).append(block)
    wanted.pop("", None)
    # Most source elements start with a word no block starts with: a cheap test before
    # the element's whole text is read (that reading was most of this pass's time).
    first_words = {key.split(" ", 1)[0] for key in wanted}
    found: dict[str, tuple[frozenset[str], float, tuple[tuple[str, str], ...]]] = {}
    contexts: dict[lxml_html.HtmlElement, frozenset[str]] = {}  # each ancestor's context, read once
    for element in tree.iter(*_SOURCE_TAGS):
        if _first_word(element) not in first_words:
            continue
        text = element.text_content()
        key = words_key(text)
        if key in wanted:
            # A text shown twice (a table of contents and the heading it points to)
            # only keeps the context its places share, and its lowest link density.
            context, density = _context(element, contexts), _link_density(element, text)
            links = element_links(element, base)
            if key in found:
                # The links of the first place the text is shown (the article's own).
                context, density, links = found[key][0] & context, min(found[key][1], density), found[key][2] or links
            found[key] = (context, density, links)
    for key, (context, density, links) in found.items():
        for block in wanted[key]:
            block.context, block.link_density, block.links = context, density, links


def element_links(element: lxml_html.HtmlElement, base: str | None) -> tuple[tuple[str, str], ...]:
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
    return min(linked / length, 1.0) if linked else 0.0  # (one shared 0.0 for the many blocks without links)


def _context(element: lxml_html.HtmlElement, cache: dict[lxml_html.HtmlElement, frozenset[str]]) -> frozenset[str]:
    """The tokens of ``element`` and its ancestors below ``<body>``. An ancestor's context
    is kept in ``cache``: on a page of thousands of list items or cells under the same
    wrappers, each wrapper is read once instead of once per item. Blocks whose element
    adds no token share their parent's set, and equal sets are one object (a set per
    block was 4x the input in memory on 1 MB of bylines)."""
    parent = element.getparent()
    inherited = _ancestor_context(parent, cache) if parent is not None else frozenset()
    own = _own_tokens(element)
    return inherited if own <= inherited else _joined(own, inherited)


@lru_cache(maxsize=1024)
def _joined(own: frozenset[str], inherited: frozenset[str]) -> frozenset[str]:
    return own | inherited


def _ancestor_context(node: lxml_html.HtmlElement, cache: dict[lxml_html.HtmlElement, frozenset[str]]) -> frozenset[str]:
    unread: list[lxml_html.HtmlElement] = []
    context: frozenset[str] = frozenset()
    while node is not None:
        if node in cache:
            context = cache[node]
            break
        if _tag(node) in ("body", "html"):
            break  # the page's own wrappers say nothing of a block
        unread.append(node)
        node = node.getparent()
    for node in reversed(unread):  # from the outermost down, each adds its own tokens
        own = _own_tokens(node)
        context = context | own if own else context
        cache[node] = context
    return context


def _own_tokens(node: lxml_html.HtmlElement) -> frozenset[str]:
    tag = _tag(node)
    if tag in ("body", "html"):
        return frozenset()
    names = f"{node.get('class') or ''} {node.get('id') or ''}"
    kinds = class_kinds(names) if names != " " else frozenset()
    return kinds | {tag} if tag in _CONTEXT_TAGS else kinds


def _tag(node: lxml_html.HtmlElement) -> str:
    return node.tag if isinstance(node.tag, str) else ""


@lru_cache(maxsize=4096)
def class_kinds(names: str) -> frozenset[str]:
    # Cached: the same wrappers (and their long utility-class strings) are the
    # ancestors of most blocks; reading them anew for each block was most of this pass.
    return frozenset("class:" + m.group(0).lower().rstrip("-") for m in CLASS_KINDS_PATTERN.finditer(names))


# The pattern's literal forms, for many strings at once (engine/literals.py).
_CLASS_KIND_FORMS = LiteralAlternation(CLASS_KINDS_PATTERN.pattern)


def class_kinds_many(names: list[str]) -> list[frozenset[str]]:
    """``class_kinds`` of each string (the same sets), found together: each of the
    pattern's literal forms is looked for once in all of them, where ``re`` tried its
    28 alternatives at every character of each (about 1.6 ms for the 270 new class and
    id tokens of a typical page)."""
    return [frozenset("class:" + text.rstrip("-") for text in texts) if texts else _NO_KINDS
            for texts in _CLASS_KIND_FORMS.texts_many(names)]


# The kinds of every string that names none, one object: each frozenset() is a new
# 216-byte one, and the engine caches a page's new tokens (most name no kind) with them.
_NO_KINDS: frozenset[str] = frozenset()


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
