"""benchmarks/train_text_region.py's fit on given dumps (``fit_model``) and the
out-of-fold check built on it (benchmarks/text_region_cv.py, ``--cv``).

Every test here fails on 5900065 (and 2dfb49b): ``fit_model``, ``Prepared`` and
benchmarks/text_region_cv.py did not exist (ImportError).
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from benchmarks.text_region_cv import fold_of, snippet_f1  # noqa: E402
from benchmarks.train_text_region import Prepared, fit_model, without_columns  # noqa: E402
from newsclean.cleaners import classify  # noqa: E402
from newsclean.pipeline import build_page  # noqa: E402

PROSE = ("The council voted on Tuesday to approve the new budget, which raises spending on "
         "schools and public transport by nearly eight percent this year.")
MENU = ("Home", "World", "Business", "Sport")
INDENT = ("off_prose_indent", "at_prose_indent")


def _prepared(page_id: str, prose_depth: int) -> Prepared:
    """A nested dump (as inscriptis draws one): menu lines at 0, prose at ``prose_depth``;
    labels by what each line is (menu 0, prose 1), each line weighing alike."""
    lines = list(MENU) + [" " * prose_depth + PROSE for _ in range(4)] + list(MENU)
    page = build_page("\n\n".join(lines), "text")
    rows, _ = classify.page_features(page)
    y = np.array([1.0 if b.word_count > 8 else 0.0 for b in page.blocks])
    return Prepared(page_id, "inscriptis", page, np.array(rows), y, np.ones(len(page.blocks)) / len(page.blocks))


def test_zeroed_features_get_no_weight_in_any_stage() -> None:
    dumps = [_prepared("1", 8), _prepared("2", 4)]
    columns = [classify.FIRST_FEATURES.index(n) for n in INDENT]
    with_them = fit_model(dumps, n_stages=2)
    without = fit_model(dumps, n_stages=2, zeroed=INDENT)
    for stage in without["stages"]:
        assert [stage["coef"][c] for c in columns] == [0.0, 0.0]
    # On these pages the indentation separates prose from menu: fitted, it is used.
    assert any(with_them["stages"][0]["coef"][c] != 0.0 for c in columns)


def test_zeroing_copies_and_leaves_the_rows() -> None:
    rows = np.ones((2, 3))
    out = without_columns(rows, [1])
    assert out.tolist() == [[1.0, 0.0, 1.0], [1.0, 0.0, 1.0]]
    assert rows.tolist() == [[1.0, 1.0, 1.0], [1.0, 1.0, 1.0]]


def test_folds_split_ids_in_two_and_tune_ids_fall_in_both() -> None:
    tune_ids = [f"{i:04d}" for i in range(1, 40) if i % 5]
    folds = [fold_of(i) for i in tune_ids]
    assert set(folds) == {0, 1}
    assert abs(folds.count(0) - folds.count(1)) <= 1


def test_snippet_f1_is_micro_over_counts() -> None:
    # 6 found, 2 missed, 2 leaked: P = 6/8, R = 6/8, F1 = 0.75.
    assert snippet_f1(np.array([6.0, 2.0, 2.0])) == pytest.approx(0.75)
    assert snippet_f1(np.zeros(3)) == 0.0


def test_features_fitted_last_leave_a_flat_dumps_lines_as_without_them() -> None:
    """fit_after: indentation fitted on top of the other weights moves only lines where it
    is not 0; a flat dump (html-text, lxml) scores as under the model without it."""
    from benchmarks.train_text_region import predict

    dumps = [_prepared("1", 8), _prepared("2", 4), _prepared("3", 0)]
    late = fit_model(dumps, n_stages=1, after=INDENT)
    without = fit_model(dumps, n_stages=1, zeroed=INDENT)
    columns = [classify.FIRST_FEATURES.index(n) for n in INDENT]
    stage = late["stages"][0]
    assert [stage["mean"][c] for c in columns] == [0.0, 0.0]
    assert any(stage["coef"][c] != 0.0 for c in columns)
    flat = dumps[2].rows
    assert not flat[:, columns].any()
    assert predict(stage, flat) == pytest.approx(predict(without["stages"][0], flat))
    nested = dumps[0].rows
    assert predict(stage, nested) != pytest.approx(predict(without["stages"][0], nested))
