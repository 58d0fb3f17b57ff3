"""Article.language: detected in the body (CLD2), the page's declared language as a hint."""
import pytest

from newsclean.fields.language import detect_language
from newsclean.fields.text import read_text_metadata
from newsclean.read.text import text_to_blocks

GERMAN = ("Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Die Ausgaben für Schulen steigen in den "
          "nächsten zwei Jahren um fast acht Prozent, und auch der Nahverkehr bekommt mehr Geld. Die Opposition "
          "kritisierte, dass der Plan auf zu optimistischen Steuerschätzungen beruhe.")
ENGLISH = ("The city council approved the new budget on Tuesday. Spending on schools will rise by almost eight "
           "percent over the next two years, and public transport will also receive more money. The opposition "
           "said the plan relied on optimistic forecasts of tax revenue, and warned of cuts later.")


@pytest.mark.parametrize("text, code", [
    (GERMAN, "de"), (ENGLISH, "en"),
    ("Le conseil municipal a approuvé mardi le nouveau budget, qui augmente les dépenses pour les écoles et "
     "les transports publics de près de huit pour cent au cours des deux prochaines années.", "fr"),
    ("Городской совет во вторник утвердил новый бюджет, который увеличивает расходы на школы и "
     "общественный транспорт почти на восемь процентов.", "ru"),
    ("市议会周二批准了新的预算，未来两年学校和公共交通的支出将增加近百分之八。", "zh"),
])
def test_language_of_the_body(text, code):
    assert detect_language(text) == code


def test_the_body_wins_over_a_template_declaration():
    # A German article on a site whose template says lang="en".
    assert detect_language(GERMAN, "en") == "de"


def test_the_declared_language_wins_where_the_body_holds_it_too():
    # A German article under a longer English block (a quote, a sign-up box): CLD2 finds
    # both; the page declares German, so German it is. Without the hint, English.
    mixed = ENGLISH + " " + ENGLISH + " " + GERMAN
    assert detect_language(mixed) == "en"
    assert detect_language(mixed, "de") == "de"


@pytest.mark.parametrize("text", ["", "   ", "12:30 4 - 5", "\x00\x01\ud800", "😀" * 50])
def test_no_readable_text_gives_the_declared_language_or_none(text):
    assert detect_language(text, "fr") == "fr"
    assert detect_language(text) is None


def test_a_text_dump_gets_a_language_from_its_body():
    meta = read_text_metadata(text_to_blocks("Der Stadtrat beschließt den Haushalt\n\n" + GERMAN))
    assert meta.declared_language is None
    assert meta.article_fields(GERMAN)["language"] == "de"
