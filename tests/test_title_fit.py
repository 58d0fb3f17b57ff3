"""The text headline scorer's fit: the penalty the trainer states (benchmarks/train_text_metadata.py
L2["title"]) is the one both of its stages are fitted with, and the one the shipped weights record."""
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `benchmarks` beside the tests
from benchmarks import train_text_metadata  # noqa: E402
from newsclean.fields import text_title  # noqa: E402

DATA = Path(text_title.__file__).resolve().parent.parent / "data"


def _pages_of_two_candidates(n: int = 40) -> tuple[list, list, list]:
    # Each "dump" offers two candidates; the right one has the larger first column and,
    # in the second column (the "URL" stage's feature), the larger value too.
    rng = np.random.default_rng(0)
    xs, ys, groups = [], [], []
    for _ in range(n):
        groups.append(len(xs))
        right, wrong = rng.normal(1.0, 0.5, 2), rng.normal(-1.0, 0.5, 2)
        xs.extend([right.tolist(), wrong.tolist()])
        ys.extend([1.0, 0.0])
    return xs, ys, groups


def test_both_stages_of_the_headline_fit_are_shrunk_by_the_penalty_given():
    # Separable pages: with a light penalty the weights grow large, with a heavy one they
    # stay small. A fit that ignored ``l2`` would give the same weights both times.
    pages = _pages_of_two_candidates()
    light = train_text_metadata.fit_in_two_stages(pages, pages, [1], l2=1e-3)
    heavy = train_text_metadata.fit_in_two_stages(pages, pages, [1], l2=10.0)
    for stage in (0, 1):  # the first stage's feature, then the URL stage's
        assert abs(heavy["coef"][stage]) < 0.5 * abs(light["coef"][stage])


def test_the_trainer_fits_the_headline_with_its_stated_penalty(monkeypatch):
    # train("title") must hand L2["title"] to the fit: before, the table said 0.001 and
    # the fit used fit_listwise's default whatever the table said.
    seen = []

    def fake_fit(without, with_, later, l2=None):
        seen.append(l2)
        n = len(text_title.FEATURES)
        return {"coef": [0.0] * n, "bias": 0.0, "mean": [0.0] * n, "scale": [1.0] * n}

    monkeypatch.setattr(train_text_metadata, "fit_in_two_stages", fake_fit)
    monkeypatch.setitem(train_text_metadata.L2, "title", 0.0123)
    model = train_text_metadata.train("title", {})
    assert seen == [0.0123]
    assert model["l2"] == 0.0123


def test_the_shipped_headline_weights_were_fitted_with_the_trainers_penalty():
    # A guard (it passes on the code before this change too, where both were 0.001): the
    # weight file is the model the trainer's table describes.
    shipped = json.loads((DATA / "text_title.json").read_text(encoding="utf-8"))
    assert shipped.get("l2") == train_text_metadata.L2["title"]
