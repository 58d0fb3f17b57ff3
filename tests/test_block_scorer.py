"""The one learned block scorer of both inputs (newsclean.learned.scorer): missing
features routed as trained, names checked at load time, text dumps scored by it with
their markup features missing, and its removals explained."""
from __future__ import annotations

import json
import re

import numpy as np
import pytest

from newsclean.cleaners import DEFAULT_CLEANERS, classify
from newsclean.engine.features import BLOCK_FEATURES, TEXT_FEATURES, UNIT_FEATURES, block_features, text_features
from newsclean.engine.model import load_model, model
from newsclean.engine.segment import segment
from newsclean.learned import ModelMismatchError, read
from newsclean.learned.trees import Forest
from newsclean.pipeline import build_page, run_chain
from newsclean.read.html_parse import parse_html
from test_region import PAGE


def _hand_built() -> Forest:
    """One tree. Node 0: x0 <= 0.5, a missing x0 goes left, to leaf 1 (-1.0). Node 2:
    x1 <= +inf, scikit-learn's split of present (left, leaf 3: 0.5) against missing
    (right, leaf 4: 2.0)."""
    return Forest(feature=np.array([[0, 0, 1, 0, 0]]), threshold=np.array([[0.5, 0, np.inf, 0, 0]]),
                  left=np.array([[1, 1, 3, 3, 4]]), right=np.array([[2, 1, 4, 3, 4]]),
                  value=np.array([[0, -1.0, 0, 0.5, 2.0]]), base=0.0, depth=2,
                  missing_left=np.array([[True, False, False, False, False]]))


def test_missing_values_go_where_each_node_says():
    x = np.array([[np.nan, 7.0], [0.2, np.nan], [1.0, 3.0], [1.0, 1e300], [1.0, np.nan], [np.nan, np.nan]])
    # Row by row: missing x0 -> left (-1); x0 <= 0.5 -> left (-1); present x1 -> 0.5,
    # however large; missing x1 -> right (2.0); a missing x0 goes left whatever x1 is.
    assert _hand_built().raw(x).tolist() == [-1.0, -1.0, 0.5, 0.5, 2.0, -1.0]


def test_nan_routing_matches_scikit_learn():
    sklearn = pytest.importorskip("sklearn.ensemble")
    from benchmarks.train_engine import export
    from newsclean.learned.trees import forest_from_dict

    rng = np.random.default_rng(0)
    x = rng.normal(size=(2000, 4))
    x[rng.random((2000, 4)) < 0.3] = np.nan
    x[:, 3] = np.where(rng.random(2000) < 0.5, np.nan, 1.0)  # present or missing: a split on missing alone
    y = ((np.nan_to_num(x[:, 0], nan=2.0) > 0.2) ^ np.isnan(x[:, 1]) ^ np.isnan(x[:, 3])).astype(int)
    clf = sklearn.HistGradientBoostingClassifier(max_iter=30, max_depth=4, random_state=0).fit(x, y)
    stage = export(clf, ("a", "b", "c", "d"))
    assert any(any(row) for row in stage["missing_left"]), "no node sends missing values left: nothing tested"
    assert np.isinf(np.array(stage["threshold"])).any(), "no split on missing alone: nothing tested"
    # The exported leaf values are rounded to 6 decimals.
    assert np.allclose(forest_from_dict(stage).predict(x), clf.predict_proba(x)[:, 1], rtol=0, atol=1e-5)


def test_the_scorer_refuses_a_file_whose_text_features_differ(tmp_path):
    data = read("engine")
    stage = data["stages"][0]
    stage["features"][stage["features"].index("blank_before")] = "blank_line_before"
    path = tmp_path / "engine.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ModelMismatchError, match=r"missing from the file \['blank_before'\].*blank_line_before"):
        load_model(path)


def test_each_input_has_the_others_features_missing():
    html = "<body><nav><a href='/'>Home</a></nav><h1>Title</h1><p>The vote came after weeks of debate.</p></body>"
    x_html, _ = block_features(segment(parse_html(html).find("body")))
    page = build_page("Home\nTitle\n\nThe vote came after weeks of debate.", "text")
    x_text, facts = text_features(page.blocks, 1)
    markup = [UNIT_FEATURES.index(n) for n in ("link_density", "in_nav", "class_nav", "depth", "in_densest")]
    text_only = [UNIT_FEATURES.index(n) for n in TEXT_FEATURES[1:]]
    shared = [UNIT_FEATURES.index(n) for n in ("log_words", "stop_density", "sentence_end", "position", "is_h1")]
    assert np.isnan(x_text[:, markup]).all() and not np.isnan(x_text[:, text_only]).any()
    assert np.isnan(x_html[:, text_only]).all() and not np.isnan(x_html[:, markup]).any()
    assert not np.isnan(x_text[:, shared]).any() and not np.isnan(x_html[:, shared]).any()
    # The dump's title line stands where a page's <h1> does.
    assert x_text[1, UNIT_FEATURES.index("is_h1")] == 1.0 and x_text[2, UNIT_FEATURES.index("before_h1")] == 0.0
    assert x_text[0, UNIT_FEATURES.index("text_dump")] == 1.0 and x_html[0, UNIT_FEATURES.index("text_dump")] == 0.0
    assert facts["groups"] is None and len(BLOCK_FEATURES) < len(UNIT_FEATURES)


def test_text_region_removes_by_the_block_scorer_and_says_why(monkeypatch):
    from newsclean.cleaners import region
    from newsclean.cleaners.region import pre_region_cleaners

    monkeypatch.setattr(region, "TEXT_SCORER", "blocks")
    page = build_page(PAGE, "text")
    run_chain(page, DEFAULT_CLEANERS)
    region = [b for b in page.blocks if b.removed_by == "text_region"]
    assert region, "the block scorer removed nothing the pattern cleaners left"
    # The scores the cleaner read are the block scorer's, for the lines as the chain
    # before it left them (their removals by the earlier cleaners are a feature).
    prepared = build_page(PAGE, "text")
    run_chain(prepared, pre_region_cleaners())
    x, facts = text_features(prepared.blocks, classify.title_index(prepared))
    scorer = model()
    scores = page.region_scores
    assert np.allclose(scores, scorer.scores(x, facts), rtol=0, atol=1e-12)
    for b in region:
        assert scores[b.index] < scorer.thresholds["text"]
        assert b.reason.startswith(("above the article", "below the article", "between paragraphs")), b.reason
        shown = re.search(r"score (\d\.\d\d)\)", b.reason)
        assert shown is None or float(shown.group(1)) == round(scores[b.index], 2)
