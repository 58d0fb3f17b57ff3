"""newsclean's own HTML engine (issue 14): segmentation, evidence, the scorer's weight
file, the engine= switch, explained removals, bad input."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from newsclean import NewscleanError, extract
from newsclean.engine import ENGINES, check_engine
from newsclean.engine.features import BLOCK_FEATURES, UNIT_FEATURES, block_features
from newsclean.learned.context import CONTEXT_FEATURES
from newsclean.engine.model import STAGE_FEATURES, load_model
from newsclean.learned.trees import Forest
from newsclean.engine.page import REMOVED_BY, engine_blocks
from newsclean.engine.segment import ANCESTOR_TAGS, segment
from newsclean.engine.vocabulary import CLASS_KIND_NAMES
from newsclean.read.html import html_to_page
from newsclean.read.html_parse import parse_html
from newsclean.learned import ModelMismatchError, read

from helpers import PARAGRAPHS


def _segments(html: str):
    tree = parse_html(html)
    return segment(tree.find("body"))


def _has_class(bits: int, kind: str) -> bool:
    return bool(bits >> CLASS_KIND_NAMES.index(kind) & 1)


def _in(bits: int, tag: str) -> bool:
    return bool(bits >> ANCESTOR_TAGS.index(tag) & 1)


# --- segmentation -----------------------------------------------------------------

KINDS_PAGE = """<html><body><article>
<h1>The headline</h1>
<p>First <b>bold</b> paragraph with a <a href="/x">link</a>.</p>
<h3>A subheading</h3>
<ul><li>One item</li><li>Two <i>items</i></li></ul>
<blockquote><p>A quoted sentence.</p></blockquote>
<pre>line one
line two</pre>
<table><tr><th>Year</th><th>Total</th></tr><tr><td>2024</td><td>17</td></tr></table>
<figure><img src="a.jpg"><figcaption>A caption of the photo</figcaption></figure>
<script>var hidden = "script text";</script><style>p { color: red }</style>
<button><div>Menu</div></button>
</article></body></html>"""


def test_segments_have_their_kinds_in_reading_order():
    seg = _segments(KINDS_PAGE)
    got = [(b.kind, b.level, b.text) for b in seg.blocks]
    assert got == [
        ("heading", 1, "The headline"),
        ("paragraph", 0, "First bold paragraph with a link."),  # inline tags stay in the block
        ("heading", 3, "A subheading"),
        ("list_item", 0, "One item"),
        ("list_item", 0, "Two items"),
        ("quote", 0, "A quoted sentence."),
        ("code", 0, "line one line two"),
        ("table_row", 0, "Year Total"),
        ("table_row", 0, "2024 17"),
        ("caption", 0, "A caption of the photo"),
        ("paragraph", 0, "Menu"),  # a button's text is a block of its own, never skipped with what follows
    ]  # no script or style text


def test_an_unclosed_element_in_a_button_loses_nothing():
    # libxml2 nests what follows an unclosed <div> in a <button> inside the button.
    seg = _segments("<body><header><button><div>Menu</button></header><main><p>The article text.</p></main></body>")
    assert "The article text." in [b.text for b in seg.blocks]


def test_hidden_elements_are_evidence_not_skipped():
    # Some pages ship the article in a <div hidden> that a script reveals.
    seg = _segments('<body><div hidden><p>Revealed by a script.</p></div><p style="display:none">Modal</p>'
                    "<p>Shown.</p></body>")
    assert [b.text for b in seg.blocks] == ["Revealed by a script.", "Modal", "Shown."]
    assert [_has_class(bits, "hidden") for bits in seg.classes] == [True, True, False]


def test_table_rows_keep_their_cells_and_code_its_line_breaks():
    blocks = _segments(KINDS_PAGE).blocks
    rows = [b for b in blocks if b.kind == "table_row"]
    assert [r.cells for r in rows] == [("Year", "Total"), ("2024", "17")]
    assert [r.header for r in rows] == [True, False]
    assert next(b for b in blocks if b.kind == "code").code == "line one\nline two"


def test_a_layout_table_keeps_its_paragraphs_as_blocks():
    seg = _segments("<body><table><tr><td><p>First paragraph here.</p><p>Second one.</p></td>"
                    "<td>Side</td></tr></table></body>")
    assert [(b.kind, b.text) for b in seg.blocks] == [
        ("paragraph", "First paragraph here."), ("paragraph", "Second one."), ("paragraph", "Side")]


EVIDENCE_PAGE = """<html><body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><p>Body text with <a href="/a">one link</a> in it.</p></article></main>
<div class="comments-area">
  <div class="comment">First reader comment here.</div>
  <div class="comment">Second reader comment here.</div>
  <div class="comment">Third reader comment here.</div>
</div>
<footer><p>Copyright 2025</p></footer>
</body></html>"""


def test_blocks_carry_their_markup_evidence():
    seg = _segments(EVIDENCE_PAGE)
    texts = [b.text for b in seg.blocks]
    nav, body = texts.index("Home News"), texts.index("Body text with one link in it.")
    comment, footer = texts.index("Second reader comment here."), texts.index("Copyright 2025")
    assert _in(seg.ancestors[nav], "nav") and _has_class(seg.classes[nav], "nav")
    assert seg.linked[nav] == seg.chars[nav] - 1  # all but the space between the links
    assert _in(seg.ancestors[body], "article") and _in(seg.ancestors[body], "main")
    assert not _in(seg.ancestors[body], "nav")
    assert 0 < seg.linked[body] < seg.chars[body]
    assert _has_class(seg.classes[comment], "comment") and seg.repeats[comment] == 3
    assert seg.repeats[body] == 0
    assert _in(seg.ancestors[footer], "footer")
    assert seg.depths[comment] > seg.depths[nav]
    # Block.context speaks the cleaners' language, as for trafilatura's blocks.
    assert "nav" in seg.blocks[nav].context and "footer" in seg.blocks[footer].context


def _feature(x: np.ndarray, row: int, name: str) -> float:
    return float(x[row, BLOCK_FEATURES.index(name)])


def test_blocks_below_a_comments_heading_are_marked_in_any_language():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    for heading in ("Comments", "Kommentare", "Lesen Sie auch", "À lire aussi"):
        seg = _segments(f"<body><h1>Title</h1>{body}<h2>{heading}</h2><p>Below it.</p>"
                        f"<h2>Another section</h2><p>After it.</p></body>")
        x, _ = block_features(seg)
        texts = [b.text for b in seg.blocks]
        below, after, prose = texts.index("Below it."), texts.index("After it."), 1
        marked = "under_comments" if heading in ("Comments", "Kommentare") else "under_related"
        assert _feature(x, below, marked) == 1.0, heading
        assert _feature(x, after, marked) == 0.0 and _feature(x, prose, marked) == 0.0, heading


def test_the_densest_container_and_the_headline_position():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    seg = _segments(f"<body><div><p>A short teaser before the article.</p></div>"
                    f"<div class='x'><h1>Title</h1>{body}</div><div><p>After.</p></div></body>")
    x, facts = block_features(seg)
    texts = [b.text for b in seg.blocks]
    first = texts.index(PARAGRAPHS[0])
    assert _feature(x, first, "in_densest") == 1.0
    assert _feature(x, texts.index("After."), "in_densest") == 0.0
    assert _feature(x, texts.index("A short teaser before the article."), "before_h1") == 1.0
    assert _feature(x, first, "before_h1") == 0.0 and _feature(x, first, "h1_distance") > 0
    assert facts["h1"] == texts.index("Title")


# --- the scorer ----------------------------------------------------------------------

def test_a_forest_walks_each_row_to_its_leaves():
    # One tree: x0 <= 0.5 -> leaf 1 (-1.0), else node 2: x1 <= 2 -> leaf 3 (0.5) else leaf 4 (2.0).
    forest = Forest(feature=np.array([[0, 0, 1, 0, 0]]), threshold=np.array([[0.5, 0, 2.0, 0, 0]]),
                    left=np.array([[1, 1, 3, 3, 4]]), right=np.array([[2, 1, 4, 3, 4]]),
                    value=np.array([[0, -1.0, 0, 0.5, 2.0]]), base=0.25, depth=2)
    x = np.array([[0.0, 9.0], [1.0, 1.0], [1.0, 3.0]])
    assert forest.raw(x).tolist() == [-0.75, 0.75, 2.25]


def test_the_shipped_model_fits_the_code():
    model = load_model()
    assert len(model.stages) == 2 == len(STAGE_FEATURES)
    stored = read("engine")
    assert stored["stages"][0]["features"] == list(UNIT_FEATURES)
    assert stored["stages"][1]["features"] == list(UNIT_FEATURES + CONTEXT_FEATURES)
    assert 0.0 < model.threshold < 1.0 and 0.0 < model.thresholds["text"] < 1.0
    assert {"commit", "data_hash", "date", "trained_by"} <= set(model.provenance)


def test_a_renamed_feature_fails_loudly(tmp_path):
    data = read("engine")
    data["stages"][1]["features"][0] = "renamed_feature"
    path = tmp_path / "engine.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ModelMismatchError, match="renamed_feature"):
        load_model(path)


def test_a_missing_stage_fails_loudly(tmp_path):
    data = read("engine")
    del data["stages"][1]
    path = tmp_path / "engine.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ModelMismatchError, match="stage 1"):
        load_model(path)


# --- the engine= switch ----------------------------------------------------------------

ARTICLE_PAGE = f"""<html><head><title>Council approves budget</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
<main><article><h1>Council approves budget</h1>
{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}
</article></main>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/a">Mayor unveils plan for new bus lanes</a></li>
<li><a href="/b">Schools brace for record enrolment</a></li>
<li><a href="/c">Road repairs delayed again</a></li></ul></aside>
<footer><p>Copyright 2025 The Daily Example. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body></html>"""


def test_engine_trafilatura_is_todays_default():
    assert check_engine("trafilatura") == "trafilatura" and ENGINES[0] == "trafilatura"
    default = extract(ARTICLE_PAGE, source_type="html")
    chosen = extract(ARTICLE_PAGE, source_type="html", engine="trafilatura")
    assert chosen.to_dict() == default.to_dict()


def test_the_engine_keeps_the_article_and_explains_what_it_drops():
    page = html_to_page(ARTICLE_PAGE, engine="newsclean")
    assert page.engine == "newsclean"
    article = extract(ARTICLE_PAGE, source_type="html", engine="newsclean")
    for paragraph in PARAGRAPHS:
        assert paragraph in article.body
    for boilerplate in ("Politics", "Road repairs delayed again", "All rights reserved"):
        assert boilerplate not in article.body
    dropped = {r.text: r for r in article.removed if r.cleaner == REMOVED_BY}
    assert "Road repairs delayed again" in dropped and "Copyright 2025 The Daily Example. All rights reserved." in dropped
    assert all("score" in r.reason for r in dropped.values())


def test_every_block_the_engine_drops_is_in_the_page_with_a_reason():
    tree = parse_html(ARTICLE_PAGE)
    result = engine_blocks(tree)
    removed = [b for b in result.blocks if b.removed_by]
    assert removed and all(b.removed_by == REMOVED_BY and "score" in (b.reason or "") for b in removed)
    assert len(result.scores) == len(result.blocks)


@pytest.mark.parametrize("engine", ["boilerpipe", "", None, 3])
def test_an_unknown_engine_is_a_clear_error(engine):
    with pytest.raises(NewscleanError, match="unknown engine"):
        extract(ARTICLE_PAGE, engine=engine)


HOSTILE = [
    "", "<", "<html>", "<html><body></body></html>", "<p>one word</p>", "\x00\x01\x02 binary",
    "<div>" * 3000 + "deep" + "</div>" * 3000,
    "<table>" + "<td>x" * 500 + "</table>",
    "<frameset><frame src='a'></frameset>",
    "<html><body>" + "<p>" + "word " * 20000 + "</p></body></html>",
    '<p class="' + "c " * 5000 + '">classy</p>',
    "<svg><text>not text</text></svg><math><mi>x</mi></math>",
    "<body><h1></h1><h1>Two</h1><h1>Three</h1><ul><li><ul><li><ul><li>nest</li></ul></li></ul></li></ul></body>",
]


@pytest.mark.parametrize("html", HOSTILE)
def test_bad_input_never_raises_with_the_engine(html):
    article = extract(html, source_type="html", engine="newsclean")
    assert isinstance(article.body, str)


def test_the_cli_takes_an_engine(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_PAGE, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "newsclean", "--engine", "newsclean", str(path)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert PARAGRAPHS[2] in run.stdout and "Road repairs delayed again" not in run.stdout
    bad = subprocess.run([sys.executable, "-m", "newsclean", "--engine", "nope", str(path)],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "--engine" in bad.stderr


# --- pages too large for trafilatura ------------------------------------------------------

def test_a_page_of_more_elements_than_the_limit_is_read_by_the_engine_alone(monkeypatch):
    import newsclean.read.html as read_html

    def no_trafilatura(*args, **kwargs):
        raise AssertionError("trafilatura was asked for a page over the element limit")

    monkeypatch.setattr(read_html, "_trafilatura_blocks", no_trafilatura)
    # The article, then a data table of tiny cells: over LARGE_PAGE_ELEMENTS elements.
    cells = "".join(f"<tr><td>{i}</td><td>{i * 7}</td></tr>" for i in range(read_html.LARGE_PAGE_ELEMENTS // 3 + 10))
    page = ARTICLE_PAGE.replace("</body>", f"<table>{cells}</table></body>")
    blocks_page = html_to_page(page, engine="trafilatura")
    assert blocks_page.engine == "newsclean"
    body = extract(page, source_type="html").body
    for paragraph in PARAGRAPHS:
        assert paragraph in body
    # A page under the limit is read by the engine asked for.
    small = ARTICLE_PAGE.replace("</body>", "<table><tr><td>1</td></tr></table></body>")
    monkeypatch.undo()
    assert html_to_page(small, engine="trafilatura").engine == "trafilatura"
