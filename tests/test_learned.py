"""The learned models: weight files name their features, and loading checks them
against the features the code builds (newsclean.learned)."""
import json
import shutil
from importlib import resources

import pytest

from newsclean.model import Block
from newsclean.cleaners import classify
from newsclean.learned import ModelMismatchError, load_linear, vector
from newsclean.fields import text_field_scorers, text_title

CODE_FEATURES = {"text_title": text_title.FEATURES, "text_date": text_field_scorers.DATE_FEATURES,
                 "text_author": text_field_scorers.AUTHOR_FEATURES}


def _shipped(name: str):
    return resources.files("newsclean").joinpath(f"data/{name}.json")


def _copy(name: str, tmp_path):
    path = tmp_path / f"{name}.json"
    with resources.as_file(_shipped(name)) as src:
        shutil.copy(src, path)
    return path, json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(CODE_FEATURES))
def test_shipped_linear_models_fit_the_code(name):
    model = load_linear(name, CODE_FEATURES[name])
    assert model.features == tuple(CODE_FEATURES[name])
    assert len(model.coef) == len(model.mean) == len(model.scale) == len(CODE_FEATURES[name])


def test_shipped_region_model_fits_the_code():
    stages = classify.load_model()["stages"]
    assert stages[0]["features"] == list(classify.FIRST_FEATURES)
    for stage in stages[1:]:
        # The context matrix has exactly the named columns the later stages read.
        assert stage["features"] == list(classify.STAGE_FEATURES)
        assert len(stage["coef"]) == len(classify.FIRST_FEATURES) + 1 + len(classify.CONTEXT_FEATURES)
    blocks = [Block(0, "A headline"), Block(1, "The vote came after weeks of debate.")]
    assert classify.context_features([0.5, 0.5], blocks, 0).shape == (2, len(classify.CONTEXT_FEATURES))


@pytest.mark.parametrize("name", sorted(CODE_FEATURES))
def test_a_renamed_feature_fails_loudly(name, tmp_path):
    path, data = _copy(name, tmp_path)
    old = data["features"][1]
    data["features"][1] = "renamed_feature"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelMismatchError, match=rf"missing from the file \['{old}'\].*\['renamed_feature'\]"):
        load_linear(name, CODE_FEATURES[name], path)


def test_a_dropped_feature_fails_loudly(tmp_path):
    path, data = _copy("text_title", tmp_path)
    dropped = data["features"].pop()
    data["coef"].pop(), data["mean"].pop(), data["scale"].pop()
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelMismatchError, match=rf"text_title.*missing from the file \['{dropped}'\]"):
        load_linear("text_title", text_title.FEATURES, path)


def test_swapped_features_fail_loudly(tmp_path):
    # Same names, another order: the weights would land on the wrong features.
    path, data = _copy("text_date", tmp_path)
    data["features"][0], data["features"][1] = data["features"][1], data["features"][0]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelMismatchError, match="another order"):
        load_linear("text_date", text_field_scorers.DATE_FEATURES, path)


def test_a_region_stage_with_a_dropped_feature_fails_loudly(tmp_path):
    path, data = _copy("text_region", tmp_path)
    stage = data["stages"][1]
    i = stage["features"].index("previous_score")
    for key in ("features", "coef", "mean", "scale"):
        del stage[key][i]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelMismatchError, match=r"text_region stage 1.*missing from the file \['previous_score'\]"):
        classify.load_model(path)


def test_features_are_laid_out_by_name():
    assert vector(("a", "b", "c"), {"c": 3.0, "a": 1.0, "b": 2.0}) == [1.0, 2.0, 3.0]
    with pytest.raises(ModelMismatchError, match=r"missing from the file \['b'\]; not built by the code \['d'\]"):
        vector(("a", "b"), {"a": 1.0, "d": 2.0})
    with pytest.raises(ModelMismatchError, match=r"missing from the file \['b'\]"):
        vector(("a", "b"), {"a": 1.0})
