"""The engine's feature stage on a page of many blocks (issue 12): the rows are kept by
column and made into floats a slice at a time, with the same values and scores as the
whole float matrix. Memory is measured with tracemalloc against the matrix's own size,
never timed."""
from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from newsclean.engine import features as features_module
from newsclean.engine import page as page_module
from newsclean.engine.columns import FeatureColumns
from newsclean.engine.features import UNIT_FEATURES, block_columns, block_features
from newsclean.engine.model import model
from newsclean.engine.segment import segment
from newsclean.read.html_parse import parse_html

# Blocks of an html:many_h1-like page (a headline and a short paragraph, many times):
# more than the engine scores from one float matrix (page._ROWS_AT_ONCE).
_PAIRS = 6000


def _many_blocks_page() -> str:
    items = "".join(f"<h1>Headline number {i}</h1><p>Short text {i}, the der la.</p>" for i in range(_PAIRS))
    return f"<html><body><div class='story'>{items}</div><footer><p>Footer text</p></footer></body></html>"


def _segments():
    return segment(parse_html(_many_blocks_page()).find("body"))


def test_the_feature_columns_hold_less_than_the_float_matrix_would():
    """The whole float matrix is 784 bytes a block (98 float64 columns); building it
    with its temporaries peaked at about 1,200 bytes a block (45 MiB on 37,860 blocks
    before the columns). Building the columns stays under the matrix's own size."""
    seg = _segments()
    n = len(seg.blocks)
    assert n == 2 * _PAIRS + 1 > page_module._ROWS_AT_ONCE
    matrix_bytes = n * len(UNIT_FEATURES) * 8
    tracemalloc.start()
    try:
        columns, facts = block_columns(seg)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < matrix_bytes, (peak, matrix_bytes)
    assert columns.shape == (n, len(UNIT_FEATURES))


def test_the_columns_give_the_rows_and_scores_of_the_whole_matrix():
    seg = _segments()
    columns, facts = block_columns(seg)
    full, _ = block_features(_segments())
    n = len(columns)
    assert np.array_equal(columns[:], full, equal_nan=True)
    for start, stop in ((0, 1), (511, 1537), (n - 7, n), (n - 1, n + 5)):
        assert np.array_equal(columns[start:stop], full[start:stop], equal_nan=True)
    assert np.array_equal(np.asarray(columns), full, equal_nan=True)
    # The engine scores this page from its columns (over _ROWS_AT_ONCE blocks): the
    # same scores, to the bit, as the whole matrix through the same scorer.
    scores = page_module.score_segments(_segments())
    assert scores.tolist() == model().scores(full, facts).tolist()


def test_words_split_a_chunk_of_blocks_at_a_time_count_as_the_whole_page(monkeypatch):
    """Word counts, normalized texts and stopwords are the same whatever the chunk of
    blocks split at once, a Greek final sigma at a chunk's edge included."""
    page = ("<html><body>" + "".join(f"<p>ΟΔΟΣ {i} the Straße ΣΑΣ</p><p>and of {i} ΌΣΟΣ</p>" for i in range(9))
            + "</body></html>")

    def read(chunk: int):
        monkeypatch.setattr(features_module, "_WORD_CHUNK", chunk)
        seg = segment(parse_html(page).find("body"))
        x, _ = block_features(seg)
        return x, [(b.word_count, b.normalized) for b in seg.blocks]

    whole_x, whole_words = read(10_000)
    for chunk in (1, 2, 5):
        x, words = read(chunk)
        assert words == whole_words
        assert np.array_equal(x, whole_x, equal_nan=True)
    assert whole_words[0] == (5, "οδος 0 the straße σας")


def test_the_stoplist_guess_holds_the_index_not_every_stoplist():
    """After a page that does not read as English, a process holds the index of every
    stoplist's words: 35 MiB under tracemalloc with every stoplist kept beside it (and
    52 at the peak of building it), about 13 now. Measured in a fresh process (the
    index is built once per process)."""
    import subprocess
    import sys

    code = ("import tracemalloc, justext; from newsclean.model import Block;"
            "from newsclean.learned.stoplists import guess_stoplist; tracemalloc.start();"
            "s = guess_stoplist([Block(0, 'der Hund und die Katze sind nicht mit dem Auto gefahren')]);"
            "print(*tracemalloc.get_traced_memory(), 'und' in s and 'dem' in s)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    held, peak, german = int(out[0]), int(out[1]), out[2]
    assert german == "True"
    assert held < 20 * 2**20, held
    assert peak < 25 * 2**20, peak


def test_the_columns_refuse_what_only_a_matrix_gives():
    """A row or a column index (``x[i]``, ``x[:, j]``) is a clear TypeError naming the
    slice the columns give (before: AttributeError, 'int' object has no attribute
    'indices'); a stepped slice a ValueError."""

    columns = FeatureColumns(4, fill=0.0, width=3)
    for index in (1, (slice(None), 2)):
        with pytest.raises(TypeError, match="slice of rows"):
            columns[index]
    with pytest.raises(ValueError):
        columns[::2]
    assert columns[1:3].shape == (2, 3)


def test_the_stoplist_guess_from_given_word_counts_is_the_guess_from_the_blocks():
    """The engine hands guess_stoplist the word counts it has made (features._word_counts);
    the longest 8 blocks, ties in page order, must be the ones Block.word_count picks.
    Nine lines of 11 words in two languages: which eight are read changes the guess."""
    from newsclean.learned.stoplists import guess_stoplist
    from newsclean.model import Block

    german = "der Hund und die Katze sind nicht mit dem Auto gefahren"
    french = "le chien et le chat ne sont pas dans la voiture"
    for lines in ([french] * 4 + [german] * 5, [german] * 4 + [french] * 5):
        blocks = [Block(i, line) for i, line in enumerate(lines)]
        guess = guess_stoplist(blocks)
        assert guess_stoplist(blocks[1:]) != guess  # the last eight read: another guess
        assert guess_stoplist(blocks, [b.word_count for b in blocks]) == guess


def test_the_second_stage_input_is_made_a_chunk_of_rows_at_a_time_on_a_large_page(monkeypatch):
    """On a page of over scorer.ROWS blocks the second stage's input (the unit features
    beside the context) is made trees.CHUNK rows at a time, as the trees walk it: 4,096
    rows (a float slice of the columns and its copy beside the context) were 6.7 MiB,
    the engine's peak on 1 MB of <h1>s. The scores are the same, to the bit, as from one
    input of all rows."""
    from newsclean.learned import scorer as scorer_module
    from newsclean.learned.context import context_features
    from newsclean.learned.trees import CHUNK, Forest

    scorer = model()
    first, second = scorer.stages
    seg = _segments()
    full, facts = block_features(seg)
    assert len(full) > scorer_module.ROWS
    expected = second.predict(np.hstack([full, context_features(first.predict(full), facts)]))
    heights: list[int] = []
    predict = Forest.predict

    def recording(self, x):
        if self is second:
            heights.append(x.shape[0])
        return predict(self, x)

    monkeypatch.setattr(Forest, "predict", recording)
    assert page_module.score_segments(_segments()).tolist() == expected.tolist()
    assert heights and max(heights) <= CHUNK
    assert sum(heights) == len(full)


def test_the_markup_evidence_only_the_features_read_is_let_go_before_the_model_runs(monkeypatch):
    """While the model scores a page, the segments' lists that only the features read
    (depths, ancestor and class bits, parents...) are empty; the blocks and what the
    engine reads after the scores (owners, owner tags, linked characters) stay."""
    made = []
    real_segment = page_module.segment

    def keeping(root):
        made.append(real_segment(root))
        return made[-1]

    scorer = model()
    seen = {}

    class Watching:
        threshold, unsure = scorer.threshold, scorer.unsure

        def scores(self, x, facts):
            seg = made[-1]
            seen.update({name: len(getattr(seg, name)) for name in
                         ("parents", "grandparents", "depths", "ancestors", "classes", "near_classes", "chars",
                          "repeats", "blocks", "owners", "owner_tags", "linked")})
            return scorer.scores(x, facts)

    monkeypatch.setattr(page_module, "segment", keeping)
    result = page_module.engine_blocks(parse_html(_many_blocks_page()), scorer=Watching())
    n = len(result.blocks)
    assert seen["blocks"] == seen["owners"] == seen["owner_tags"] == seen["linked"] == n > 0
    assert all(seen[name] == 0 for name in ("parents", "grandparents", "depths", "ancestors", "classes",
                                            "near_classes", "chars", "repeats")), seen


def test_a_usual_pages_feature_columns_are_let_go_before_the_model_scores_its_rows(monkeypatch):
    """(A guard: passes on 2b02aab too, where score_segments let them go.) A page of up to
    _ROWS_AT_ONCE blocks is scored from one float matrix made of its columns; the columns
    are not held beside it while the model runs."""
    import weakref

    made = []
    real_columns = page_module.block_columns

    def keeping(seg):
        columns, facts = real_columns(seg)
        made.append(weakref.ref(columns))
        return columns, facts

    scorer = model()
    alive = []

    class Watching:
        threshold, unsure = scorer.threshold, scorer.unsure

        def scores(self, x, facts):
            alive.append(made[-1]() is not None)
            return scorer.scores(x, facts)

    monkeypatch.setattr(page_module, "block_columns", keeping)
    page = "<html><body>" + "".join(f"<p>Paragraph {i} of a usual page.</p>" for i in range(300)) + "</body></html>"
    page_module.engine_blocks(parse_html(page), scorer=Watching())
    assert alive == [False]
