"""The site asking the reader about the article, a comment form's notes, and a metered
paywall's count (cleaners/prompts.py: article_feedback, comment_form_notes;
lexicon/chrome.SUPPORT_ASKS for the count), in eight languages. Inputs are written by
hand in each language's usual wording."""
import pytest

from helpers import PARAGRAPHS, removed_by
from newsclean.cleaners.prompts import article_feedback, comment_form_notes
from newsclean.cleaners.promos import support_asks

FEEDBACK = [
    "Did you enjoy this article?",
    "Was this article helpful?",
    "If you liked this post, please share it with your friends.",
    "Gefällt Ihnen dieser Artikel?",
    "Hat Ihnen der Beitrag gefallen? Dann teilen Sie ihn!",
    "Fanden Sie diesen Artikel hilfreich?",
    "Beitrag gefallen? Vergiss nicht zu teilen!",
    "Diesen Artikel mit Freunden teilen:",
    "Empfiehl uns deinen Freunden!",
    "Cet article vous a plu ? Partagez-le !",
    "¿Te gustó esta nota? Compártela.",
    "Ti è piaciuto questo articolo?",
    "Gostou deste artigo? Compartilhe!",
    "Vond je dit artikel nuttig?",
    "Czy ten artykuł był pomocny?",
]

FORM_NOTES = [
    "You must be logged in to post a comment.",
    "Your email address will not be published. Required fields are marked *",
    "Comments are closed.",
    "Sie müssen angemeldet sein, um einen Kommentar zu schreiben.",
    "E-Mail (erforderlich, wird nicht veröffentlicht)",
    "Hinweis: Die Kommentarfunktion wird drei Tage nach Erscheinen des Artikels geschlossen.",
    "Bitte melden Sie sich an und beachten Sie unsere Netiquette.",
    "Vous devez être connecté pour publier un commentaire.",
    "Votre adresse e-mail ne sera pas publiée.",
    "Debes iniciar sesión para publicar un comentario.",
    "Il tuo indirizzo email non sarà pubblicato.",
    "O seu endereço de e-mail não será publicado.",
    "Je moet ingelogd zijn om een reactie te plaatsen.",
    "Twój adres e-mail nie zostanie opublikowany.",
]

METER = [
    "You have read 3 of 5 free articles this month.",
    "Sie haben 4 von 5 kostenlosen Artikeln gelesen.",
    "Vous avez lu 2 des 3 articles gratuits ce mois-ci.",
    "Has leído 3 de 10 artículos gratuitos.",
    "Hai letto 4 su 5 articoli gratuiti.",
    "Você já leu 5 de 5 matérias gratuitas.",
    "Je hebt 2 van de 5 gratis artikelen gelezen.",
    "Przeczytałeś 3 z 5 darmowych artykułów.",
]


@pytest.mark.parametrize("line", FEEDBACK)
def test_an_ask_about_the_article_goes(line):
    assert removed_by(article_feedback, [*PARAGRAPHS, line]) == [line]


@pytest.mark.parametrize("line", FORM_NOTES)
def test_a_comment_form_note_goes(line):
    assert removed_by(comment_form_notes, [*PARAGRAPHS, line]) == [line]


@pytest.mark.parametrize("line", METER)
def test_a_metered_paywall_count_goes(line):
    assert removed_by(support_asks, [PARAGRAPHS[0], line, *PARAGRAPHS[1:]]) == [line]


# Guards: the article's sentences that use the prompts' words and say something else,
# or quote a prompt with its speaker.
@pytest.mark.parametrize("line", [
    "Die Leser fanden den Artikel zu lang, sagte der Chefredakteur.",
    "„Gefällt Ihnen dieser Artikel?“, sagte die Moderatorin zum Publikum.",
    "Many readers did not like the article, and the editor apologised on Monday.",
    "Les lecteurs ont partagé l'article des milliers de fois.",
    "Compartir noticias falsas es delito, advirtió el fiscal.",
])
def test_sentences_about_liking_or_sharing_stay(line):
    assert removed_by(article_feedback, [*PARAGRAPHS, line]) == []


@pytest.mark.parametrize("line", [
    "Die Kommentarfunktion der Zeitung war am Montag stundenlang gestört.",
    "The email addresses of 3,000 customers were published by the hackers, police said.",
    "Les commentaires des lecteurs ont été nombreux après la publication de l'enquête.",
    "Sie haben 4 von 5 Spielen gewonnen und führen die Tabelle an.",
])
def test_sentences_about_comments_or_counts_stay(line):
    assert removed_by(comment_form_notes, [*PARAGRAPHS, line]) == []
    assert removed_by(support_asks, [*PARAGRAPHS, line]) == []


def test_prompts_are_text_only():
    from newsclean.cleaners.base import applies_to

    assert not applies_to(article_feedback, "html") and not applies_to(comment_form_notes, "html")
    assert applies_to(article_feedback, "text") and applies_to(comment_form_notes, "text")
