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


@pytest.mark.parametrize("paragraph, closing", [
    ("नगर परिषद ने मंगलवार को नए बजट को मंजूरी दी, जिससे अगले दो वर्षों में स्कूलों और सार्वजनिक परिवहन पर खर्च लगभग आठ प्रतिशत बढ़ेगा।",
     "उन्होंने इन आरोपों से इनकार किया।"),
    ("وافق مجلس المدينة يوم الثلاثاء على الميزانية الجديدة التي ترفع الإنفاق على المدارس والنقل العام بنحو ثمانية في المئة خلال العامين المقبلين.",
     "ونفى المتحدث هذه الاتهامات.")
])
def test_a_closing_sentence_in_a_caseless_script_is_vouched_for(paragraph, closing):
    # Devanagari and Arabic are written with spaces but without case: a closing sentence
    # there opens with no capital. (Han is caseless too, but an unspaced Han line counts
    # as one word here, too short to be vouched for either way.)
    blocks = [Block(0, paragraph), Block(1, closing)]
    assert _vouched_for(blocks[1], blocks, [True, False])
