"""The text author scorer's fit: the shipped weights are the ones the trainer's stated
penalty gives (benchmarks/train_text_metadata.py L2)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `benchmarks` beside the tests
from benchmarks import train_text_metadata  # noqa: E402
from newsclean.fields import text_field_scorers  # noqa: E402

DATA = Path(text_field_scorers.__file__).resolve().parent.parent / "data"


def test_the_shipped_author_weights_were_fitted_with_the_trainers_penalty():
    # The penalty is chosen by two folds of tune (train_text_metadata.py --cv): a weight
    # file fitted with another one (the old 0.001) is not the model the figures describe.
    shipped = json.loads((DATA / "text_author.json").read_text(encoding="utf-8"))
    assert shipped.get("l2") == train_text_metadata.L2["author"]

