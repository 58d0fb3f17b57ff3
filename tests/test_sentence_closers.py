"""A sentence closed by the quotes and brackets of other languages still ends like one
(model.CLOSERS), and a closing line in a script without case can be vouched for
(cleaners/region.py)."""
import pytest

from newsclean.layout import is_prose_line
from newsclean.model import Block
from newsclean.cleaners.region import _vouched_for


@pytest.mark.parametrize("text", [
    "Der Minister sagte: „Wir werden die Steuern nicht erhöhen.“",
    "Der Minister sagte: »Wir werden die Steuern nicht erhöhen.«",
    "Le ministre a déclaré : « Nous n'augmenterons pas les impôts. »",
    "El ministro dijo: «No subiremos los impuestos.»",
    "大臣は「増税はしない。」",
])
def test_a_quote_closed_in_its_own_language_ends_like_a_sentence(text):
    assert Block(0, text).ends_like_sentence


@pytest.mark.parametrize("text", ["Weiter »", "« Retour", "Startseite »"])
def test_a_guillemet_after_a_word_is_no_sentence_end(text):
    # Guard: navigation arrows ("Weiter »") end in a guillemet but no stop.
    assert not Block(0, text).ends_like_sentence


def test_a_long_quoted_german_line_is_a_prose_line():
    text = ("Die Ministerin sagte am Dienstag vor Journalisten in Berlin: „Wir werden die Steuern in diesem "
            "Jahr nicht erhöhen, auch wenn die Einnahmen sinken.“")
    assert is_prose_line(Block(0, text))


def test_a_closing_sentence_in_a_caseless_script_is_vouched_for():
    paragraph = Block(0, " ".join(["市议会周二投票通过了新的预算，学校和公共交通的支出将在未来两年增加近百分之八。"] * 3))
    paragraph.word_count = 40  # a paragraph's length, whatever the script's word count
    closing = Block(1, "他否认 了 这些 指控 。")
    blocks = [paragraph, closing]
    assert _vouched_for(closing, blocks, [True, False])
