"""The engine's fast paths give what the plain definitions give (issue 14's speed work):
the class/id vocabulary matched as literal forms, the per-block character counts read
from one array of the page's text, the lazily built element states of the walk.
Each test compares against the definition written out here (a regex per kind, per
block), on hand-picked cases and on random inputs."""
from __future__ import annotations

import random
import re

import numpy as np
import pytest

from newsclean.learned.stoplists import guess_stoplist
from newsclean.engine import segment as segment_module
from newsclean.engine.chars import page_chars
from newsclean.engine.features import BLOCK_FEATURES, block_features
from newsclean.engine.literals import LiteralPatterns, literal_forms
from newsclean.learned.trees import Forest
from newsclean.engine.segment import segment
from newsclean.engine.vocabulary import CLASS_KIND_NAMES, CLASS_KINDS, class_kind_bits, class_kind_bits_many
from newsclean.model import Block, words_key
from newsclean.read.html import CLASS_KINDS_PATTERN as HTML_CLASS_KINDS
from newsclean.read.html import class_kinds
from newsclean.read.html_parse import parse_html

# --- class and id vocabulary as literal forms ---------------------------------------

_REGEXES = [re.compile(p, re.IGNORECASE) for p in CLASS_KINDS.values()]


def _regex_bits(names: str) -> int:
    return sum(1 << k for k, regex in enumerate(_REGEXES) if regex.search(names))


def _random_tokens(seed: int, count: int) -> list[str]:
    """Tokens made of the vocabulary's own words (upper and lower case), cut and glued
    with letters, digits, "-", "_" and a few non-ASCII letters."""
    rnd = random.Random(seed)
    words = sorted({w for p in [*CLASS_KINDS.values(), HTML_CLASS_KINDS.pattern] for w in re.findall(r"[a-z-]{2,}", p)})
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rnd.randint(1, 4)):
            if rnd.random() < 0.5:
                word = rnd.choice(words)
                parts.append(word.upper() if rnd.random() < 0.2 else word[: rnd.randint(2, len(word))])
            else:
                parts.append("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 3))))
        token = "".join(parts)
        if rnd.random() < 0.05:
            token += rnd.choice("éßſKİ")  # non-ASCII: left to re (ſ and K fold to s and k)
        out.append(token)
    return out


def test_literal_forms_expand_in_the_order_re_tries_them():
    forms = literal_forms(r"(?<![\w-])(?:hid|d-none)\b|tabs?\b|read-?more")
    assert [(f.left, f.text, f.right) for f in forms] == [
        ("nlb", "hid", "b"), ("nlb", "d-none", "b"), ("", "tabs", "b"), ("", "tab", "b"),
        ("", "read-more", ""), ("", "readmore", ""),
    ]
    # Outside the subset: None, and the patterns are then matched by re.
    for pattern in (r"a.b", r"[ab]c", r"ab*", r"a\sb", r"x", r"ab\bcd"):
        assert literal_forms(pattern) is None, pattern


def test_the_shipped_vocabulary_is_matched_as_literals():
    assert LiteralPatterns(CLASS_KINDS.values()).exact


@pytest.mark.parametrize("token", [
    "comments", "no-comment", "xcommentx", "ads", "ad-slot", "leads", "badge", "load", "d-none", "md-d-none",
    "overflow-hidden", "is-hidden", "hidden_x", "hidden-x", "nav", "canvas", "navbar", "tags", "tag-list",
    "stage", "metadata", "meta", "date", "update", "cta", "cta-box", "octa", "TABS", "Share", "sr-only",
])
def test_literal_kinds_equal_re_search(token):
    patterns = LiteralPatterns(CLASS_KINDS.values())
    assert patterns.kinds(token) == _regex_bits(token)


def test_literal_kinds_equal_re_on_random_tokens():
    kinds = LiteralPatterns(CLASS_KINDS.values())
    for token in _random_tokens(seed=7, count=8000):
        assert kinds.kinds(token) == _regex_bits(token), token
    # Any vocabulary of the subset, e.g. read.html's (matched with re in the package).
    other = LiteralPatterns([HTML_CLASS_KINDS.pattern, r"\bx-?y(?:z|zz)?\b"])
    assert other.exact
    for token in _random_tokens(seed=8, count=4000) + ["xy", "x-yzz", "a-xyz", "xyzzz"]:
        assert other.kinds(token) == sum(1 << k for k, r in enumerate(other.regexes) if r.search(token)), token


def test_class_kind_bits_of_whole_strings_equal_the_regexes():
    rnd = random.Random(3)
    tokens = _random_tokens(seed=11, count=3000)
    for _ in range(2000):
        names = rnd.choice([" ", "  ", "\t", "\n", "\xa0"]).join(rnd.sample(tokens, rnd.randint(1, 5)))
        assert class_kind_bits(names) == _regex_bits(names), names
    assert class_kind_bits("") == 0


def test_the_walk_reads_the_context_kinds_as_read_html_does():
    rnd = random.Random(5)
    tokens = _random_tokens(seed=13, count=3000)
    for _ in range(2000):
        names = " ".join(rnd.sample(tokens, rnd.randint(1, 4)))
        assert segment_module._context_kinds(names) == class_kinds(names), names


def test_the_class_caches_start_again_when_full(monkeypatch):
    monkeypatch.setattr(segment_module, "_NAMES_CACHE_SIZE", 3)
    segment_module._NAMES.clear()
    segment_module._names_many({"a", "b", "c"})
    found = segment_module._names_many({"share-bar", "nav post-comments"})
    assert len(segment_module._NAMES) == 2
    assert {k: v[0] for k, v in found.items()} == {"share-bar": _regex_bits("share-bar"),
                                                 "nav post-comments": _regex_bits("nav post-comments")}
    assert found["nav post-comments"][1] == class_kinds("nav post-comments")


def test_a_cache_cleared_by_another_thread_midway_loses_no_kinds(monkeypatch):
    # extract may run in threads: one page's lookup may empty the shared caches while
    # another page is between filling them and reading them back. Simulated here by
    # clearing the cache inside the matching step; the kinds must still be right.
    from newsclean.engine import vocabulary

    real_patterns = vocabulary._CLASS_PATTERNS

    class ClearingPatterns:
        def kinds_many(self, tokens):
            vocabulary._TOKEN_BITS.clear()
            return real_patterns.kinds_many(tokens)

    class_kind_bits("share-bar")  # cached before the clear
    monkeypatch.setattr(vocabulary, "_CLASS_PATTERNS", ClearingPatterns())
    found = class_kind_bits_many(["share-bar nav", "post-comments"])
    assert found == {"share-bar nav": _regex_bits("share-bar nav"), "post-comments": _regex_bits("post-comments")}

    real_many = segment_module.class_kind_bits_many

    def clearing_many(strings):
        segment_module._NAMES.clear()
        return real_many(strings)

    segment_module._names_many({"sidebar"})  # cached before the clear
    monkeypatch.setattr(segment_module, "class_kind_bits_many", clearing_many)
    named = segment_module._names_many({"sidebar", "related-links"})
    assert {k: v[0] for k, v in named.items()} == {"sidebar": _regex_bits("sidebar"),
                                                 "related-links": _regex_bits("related-links")}


def test_many_strings_get_the_kinds_of_each():
    rnd = random.Random(4)
    tokens = _random_tokens(seed=12, count=3000)
    strings = {" ".join(rnd.sample(tokens, rnd.randint(1, 4))) for _ in range(1500)}
    found = class_kind_bits_many(strings)
    assert found == {names: _regex_bits(names) for names in strings}
    patterns = LiteralPatterns(CLASS_KINDS.values())
    assert patterns.kinds_many(tokens) == [_regex_bits(t) for t in tokens]


# --- the walk's element states, worked out only where a block needs them -------------

def _blocks(html: str):
    return segment(parse_html(html).find("body"))


def _bit(bits: int, kind: str) -> bool:
    return bool(bits >> CLASS_KIND_NAMES.index(kind) & 1)


def test_an_inline_wrapper_passes_its_classes_to_the_blocks_inside_it():
    seg = _blocks('<body><span class="share-tools"><div>Share on</div></span><div><p>Text</p></div></body>')
    assert [b.text for b in seg.blocks] == ["Share on", "Text"]
    assert _bit(seg.classes[0], "share") and _bit(seg.near_classes[0], "share")
    assert not _bit(seg.classes[1], "share")
    assert "class:share" in seg.blocks[0].context and "class:share" not in seg.blocks[1].context


def test_a_closed_subtree_passes_nothing_to_its_next_sibling():
    seg = _blocks('<body><div class="comments"><section><p>One</p></section></div>'
                  '<div id="main"><section><p>Two</p></section></div><p>Three</p></body>')
    assert [b.text for b in seg.blocks] == ["One", "Two", "Three"]
    assert [_bit(c, "comment") for c in seg.classes] == [True, False, False]
    assert [_bit(c, "content") for c in seg.classes] == [False, True, False]
    assert seg.depths == [4, 4, 2]


def test_a_link_spans_the_blocks_inside_it():
    seg = _blocks('<body><a href="/x"><div>Inside a link</div>tail</a><p>Plain <a href="/y">linked</a> end</p></body>')
    assert [(b.text, linked) for b, linked in zip(seg.blocks, seg.linked)] == [
        ("Inside a link", 13), ("tail", 4), ("Plain linked end", 6)]


# --- per-block character counts from one array --------------------------------------

_PUNCT = re.compile(r"[^\w\s]")
_DIGIT = re.compile(r"\d")
_CAPITAL = re.compile(r"\b[A-ZÀ-ÖØ-ÞА-Я]")
_WORD = re.compile(r"\w+")


def _random_texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    pieces = ["Word", "über", "Ärger", "ÉTÉ", "Москва", "Год", "1999", "12:30", "2024", "x_y", "l'été", "«Non»",
              "東京", "😀", "𝐀𝐁", "١٢٣", "Σ", " ", "  ", ",", ".", "—", "-", "\u200b", "\xa0", "\t", "ß", "İ", "_"]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(count)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_page_chars_equal_the_regexes_per_block(seed):
    texts = _random_texts(seed, 300)
    counts = page_chars(texts)
    assert counts.chars.tolist() == [len(t) for t in texts]
    assert counts.words.tolist() == [len(_WORD.findall(t)) for t in texts]
    assert counts.punctuation.tolist() == [len(_PUNCT.findall(t)) for t in texts]
    assert counts.digits.tolist() == [len(_DIGIT.findall(t)) for t in texts]
    assert counts.capitals.tolist() == [len(_CAPITAL.findall(t)) for t in texts]
    assert counts.commas.tolist() == [t.count(",") for t in texts]
    assert counts.last.tolist() == [ord(t[-1]) if t else 0 for t in texts]
    assert counts.words_text.lower().split() == [w for t in texts for w in words_key(t).split()]


def test_page_chars_of_no_text():
    counts = page_chars([])
    assert counts.chars.tolist() == [] and counts.words.tolist() == []


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_YEAR_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b")


def _segments_of(texts: list[str]):
    html = "<body>" + "".join(f"<p>{t}</p>" for t in texts) + "</body>"
    return segment(parse_html(html).find("body"))


def test_block_text_columns_equal_their_definitions():
    rnd = random.Random(9)
    texts = [t for t in _random_texts(17, 400) if t.strip()]
    texts += ["In 1999 it rained.", "At 12:30, the end?", "Year 21999 and 123:45", "Title:", "A" * 450,
              "The council said that it was in the city and of the people for the best."]
    rnd.shuffle(texts)
    seg = _segments_of([t.replace("<", " ") for t in texts])
    x, facts = block_features(seg)
    col = {name: i for i, name in enumerate(BLOCK_FEATURES)}
    blocks = seg.blocks
    words = [len(words_key(b.text).split()) for b in blocks]
    safe = np.maximum(words, 1)
    chars = np.maximum([len(b.text) for b in blocks], 1)
    assert facts["words"].tolist() == words
    assert x[:, col["log_words"]].tolist() == np.log1p(words).tolist()
    assert x[:, col["log_chars"]].tolist() == np.log1p([len(b.text) for b in blocks]).tolist()
    assert x[:, col["chars_per_word"]].tolist() == (np.array([len(b.text) for b in blocks]) / safe).tolist()
    stoplist = guess_stoplist(blocks)
    stop = np.array([sum(w in stoplist for w in words_key(b.text).split()) for b in blocks], dtype=float)
    assert x[:, col["stop_density"]].tolist() == (stop / safe).tolist()
    assert x[:, col["log_stopwords"]].tolist() == np.log1p(stop).tolist()
    assert x[:, col["punctuation"]].tolist() == (np.array([len(_PUNCT.findall(b.text)) for b in blocks]) / chars).tolist()
    assert x[:, col["digits"]].tolist() == (np.array([len(_DIGIT.findall(b.text)) for b in blocks]) / chars).tolist()
    assert x[:, col["capitalised"]].tolist() == (
        np.array([len(_CAPITAL.findall(b.text)) if len(b.text) < 400 else 0 for b in blocks]) / safe).tolist()
    assert x[:, col["commas"]].tolist() == (np.array([b.text.count(",") for b in blocks]) / safe).tolist()
    assert x[:, col["date_or_time"]].tolist() == [float(bool(_YEAR_OR_TIME.search(b.text))) for b in blocks]
    assert x[:, col["sentence_end"]].tolist() == [float(bool(_SENTENCE_END.search(b.text))) for b in blocks]
    assert x[:, col["ends_colon"]].tolist() == [float(b.text.endswith(":")) for b in blocks]
    assert x[:, col["question_end"]].tolist() == [float(b.text.endswith("?")) for b in blocks]
    # The blocks' cached word counts and normalized texts are what Block computes.
    for block in blocks:
        fresh = Block(0, block.text)
        assert (block.word_count, block.normalized) == (fresh.word_count, fresh.normalized)


# --- the forest, evaluated as complete trees for all rows and trees at once ----------

def _random_forest(rnd: np.random.Generator, trees: int, depth: int, features: int) -> Forest:
    """Trees of uneven shape (leaves at any level up to ``depth``), stored as the weight
    file stores them: a leaf points to itself."""
    width = 2 ** (depth + 1)
    feature = np.zeros((trees, width), dtype=np.intp)
    threshold = np.zeros((trees, width))
    left = np.zeros((trees, width), dtype=np.intp)
    right = np.zeros((trees, width), dtype=np.intp)
    value = np.zeros((trees, width))
    for t in range(trees):
        count = 1
        todo = [(0, 0)]
        while todo:
            node, level = todo.pop()
            if level == depth or (level and rnd.random() < 0.3):
                left[t, node] = right[t, node] = node
                value[t, node] = rnd.normal()
                continue
            feature[t, node] = rnd.integers(features)
            threshold[t, node] = rnd.choice([0.0, 0.5, 1.0, rnd.normal()])
            left[t, node], right[t, node] = count, count + 1
            todo += [(count, level + 1), (count + 1, level + 1)]
            count += 2
    return Forest(feature, threshold, left, right, value, base=float(rnd.normal()), depth=depth)


def _walk(forest: Forest, row: np.ndarray) -> float:
    """One row through one tree at a time, node by node: the definition."""
    total = forest.base
    for t in range(forest.feature.shape[0]):
        node = 0
        while forest.left[t, node] != node:
            go_left = row[forest.feature[t, node]] <= forest.threshold[t, node]
            node = forest.left[t, node] if go_left else forest.right[t, node]
        total += forest.value[t, node]
    return total


@pytest.mark.parametrize("depth", [0, 1, 3, 5])
def test_the_forest_gives_each_rows_walk_through_each_tree(depth):
    rnd = np.random.default_rng(depth)
    forest = _random_forest(rnd, trees=40, depth=depth, features=6)
    x = rnd.choice([0.0, 0.5, 1.0, np.nan, -2.0, 3.0], size=(300, 6)) + (rnd.random((300, 6)) < 0.5) * rnd.normal(size=(300, 6))
    expected = [_walk(forest, row) for row in x]
    assert np.allclose(forest.raw(x), expected, rtol=0, atol=1e-12)


def test_the_forest_reads_a_large_page_in_chunks_the_same(monkeypatch):
    from newsclean.learned import trees as trees_module

    rnd = np.random.default_rng(1)
    forest = _random_forest(rnd, trees=10, depth=4, features=5)
    x = rnd.normal(size=(50, 5))
    whole = forest.raw(x)
    monkeypatch.setattr(trees_module, "CHUNK", 7)
    assert forest.raw(x).tolist() == whole.tolist()
    assert np.allclose(whole, [_walk(forest, row) for row in x], rtol=0, atol=1e-12)


def test_the_last_stage_reads_a_large_page_in_chunks_the_same(monkeypatch):
    from newsclean.engine import page as page_module
    from newsclean.learned import scorer as scorer_module

    items = "".join(f"<li><a href='/{i}'>Item {i}</a> with a few words of text {i}</li>" for i in range(40))
    html = f"<body><article><h1>Title</h1><p>{'A sentence of the article. ' * 20}</p><ul>{items}</ul></article></body>"
    seg = segment(parse_html(html).find("body"))
    # The definition: each later stage reads all rows at once, the block features and
    # the context features of the stage before side by side.
    from newsclean.learned.context import context_features
    from newsclean.engine.model import model

    x, facts = block_features(seg)
    scorer = model()
    expected = scorer.stages[0].predict(x)
    for stage in scorer.stages[1:]:
        expected = stage.predict(np.hstack([x, context_features(expected, facts)]))
    assert len(expected) == 42
    # Over ROWS rows, the later stages' input is made CHUNK rows at a time (scorer.py):
    # both made small, so the 42 rows go in 9 chunks, the last one short.
    monkeypatch.setattr(scorer_module, "ROWS", 7)
    monkeypatch.setattr(scorer_module, "CHUNK", 5)
    from newsclean.learned.trees import Forest

    heights: list[int] = []
    predict = Forest.predict

    def recording(self, rows):
        if self is not scorer.stages[0]:
            heights.append(len(rows))
        return predict(self, rows)

    monkeypatch.setattr(Forest, "predict", recording)
    assert page_module.score_segments(seg).tolist() == expected.tolist()
    assert heights == ([5] * 8 + [2]) * (len(scorer.stages) - 1)


def test_each_block_knows_its_owners_parent_and_grandparent():
    html = ("<body><div id='a'><section><p>One <b>bold</b></p><table><tr><td>x</td><td>y</td></tr></table>"
            "</section>Loose text</div><ul><li><span><div>Deep</div></span></li></ul></body>")
    body = parse_html(html).find("body")
    seg = segment(body)
    assert [b.text for b in seg.blocks] == ["One bold", "x y", "Loose text", "Deep"]
    for owner, parent, grand in zip(seg.owners, seg.parents, seg.grandparents):
        assert parent is owner.getparent()
        assert grand is (parent.getparent() if parent is not None else None)
    assert seg.parents[2] is body and seg.grandparents[2].tag == "html"  # the div's own text
