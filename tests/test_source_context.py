"""read.html.add_source_context: the context a block takes from its source element's
ancestors, read once per ancestor (issue 12: linear in the page, whatever its depth)."""
import random

from newsclean.model import Block
from newsclean.read import html as read_html
from newsclean.read.html import add_source_context, class_kinds, parse_html

from helpers import record_calls

_CLASSES = ["related-links", "share-bar", "sidebar", "content", "promo", "", "byline", "wrap"]
# Wrappers a paragraph may sit in directly (a <p> straight inside <table> is moved out by
# the parser, so tables get their own test below).
_TAGS = ["div", "section", "aside", "nav", "footer", "header", "form"]


def _reference_context(element) -> frozenset[str]:
    """The walk add_source_context made before: the element and each ancestor up to <body>."""
    tokens: set[str] = set()
    for node in (element, *element.iterancestors()):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ("body", "html"):
            break
        if tag in {"nav", "aside", "footer", "header", "form", "table"}:
            tokens.add(tag)
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if names != " ":
            tokens.update(class_kinds(names))
    return frozenset(tokens)


def _random_page(rng: random.Random, paragraphs: int) -> str:
    """Paragraphs under random wrappers (tags, classes, ids), opened and closed at random."""
    out, depth = [], 0
    for i in range(paragraphs):
        for _ in range(rng.randint(0, 3)):
            tag, cls = rng.choice(_TAGS), rng.choice(_CLASSES)
            ident = f' id="{rng.choice(_CLASSES)}"' if rng.random() < 0.2 else ""
            out.append(f'<{tag} class="{cls}"{ident}>')
            depth += 1
        out.append(f"<p class=\"{rng.choice(_CLASSES)}\">Paragraph number {i} says something here.</p>")
        for _ in range(rng.randint(0, depth)):
            out.append("</div>" if rng.random() < 0.5 else "</section>")
            depth -= 1
    return "<html><body>" + "".join(out) + "</body></html>"


def test_context_matches_the_walk_of_every_ancestor():
    rng = random.Random(12)
    for _ in range(30):
        html = _random_page(rng, 40)
        tree = parse_html(html)
        blocks = [Block(index=i, text=f"Paragraph number {i} says something here.") for i in range(40)]
        add_source_context(tree, blocks)
        expected = {" ".join(p.text_content().split()): _reference_context(p) for p in tree.iter("p")}
        for block in blocks:
            assert block.context == expected[block.text], block.text


def test_a_paragraph_in_a_table_cell_takes_the_table_and_its_wrappers():
    html = ('<html><body><aside class="sidebar"><table class="promo"><tr><td><p>In a cell of the table here.</p>'
            '</td></tr></table></aside><div class="content"><p>Outside any table at all here.</p></div></body></html>')
    tree = parse_html(html)
    blocks = [Block(index=0, text="In a cell of the table here."), Block(index=1, text="Outside any table at all here.")]
    add_source_context(tree, blocks)
    inside, outside = (next(p for p in tree.iter("p") if p.text == b.text) for b in blocks)
    assert "table" in blocks[0].context and "aside" in blocks[0].context
    assert blocks[0].context == _reference_context(inside)
    assert "table" not in blocks[1].context
    assert blocks[1].context == _reference_context(outside)


def test_each_wrapper_is_read_once_however_many_items_it_holds(monkeypatch):
    # 300 list items under 60 classed wrappers: the old walk read each wrapper's classes
    # for each item (300 x 60 = 18,000 reads); each wrapper and item is read once now.
    items, depth = 300, 60
    wrappers = "".join(f'<div class="wrap-{d} related">' for d in range(depth))
    html = ("<html><body>" + wrappers + "<ul>" + "".join(f"<li>Item number {i} of the list</li>" for i in range(items))
            + "</ul>" + "</div>" * depth + "</body></html>")
    blocks = [Block(index=i, text=f"Item number {i} of the list") for i in range(items)]
    reads = []
    monkeypatch.setattr(read_html, "class_kinds", lambda names: reads.append(names) or class_kinds(names))
    add_source_context(parse_html(html), blocks)
    assert all(block.context == frozenset({"class:related"}) for block in blocks)
    assert len(reads) <= items + depth + 5


def test_each_block_s_words_are_read_once_on_the_html_path(monkeypatch):
    # add_source_context keyed the blocks by words_key(block.text), and the metadata lines
    # (fields/html.field_lines) read block.normalized, the same words, again. The pass now
    # takes the block's cached words: words_key is asked only of the source elements.
    calls = record_calls(monkeypatch, read_html, "words_key")
    items = "".join(f"<li>Item number {i} of the list</li>" for i in range(50))
    tree = parse_html(f"<html><body><aside><ul>{items}</ul></aside></body></html>")
    blocks = [Block(i, f"Item number {i} of the list") for i in range(50)]
    read_html.add_source_context(tree, blocks)
    assert len(calls) == 50  # one per <li> (the code before: 100, the blocks' too)
    assert all("aside" in block.context for block in blocks)
    assert blocks[7].normalized == "item number 7 of the list"
