"""The chrome words of many languages (newsclean/lexicon/chrome.py) in the cleaners that
read them: what each removes, in several languages, and the sentences it keeps."""
import pytest

from helpers import PROSE, removed_by
from newsclean.model import Block
from newsclean.cleaners.captions import _LABEL_WORD, photo_credits
from newsclean.cleaners.navigation import _EMBED, embed_placeholders, media_player, widget_labels
from newsclean.cleaners.promos import calls_to_action, cookie_notices, inline_headline_links
from newsclean.cleaners.related import related_sections
from newsclean.cleaners.share import share_widgets
from newsclean.lexicon.chrome import phrases
from newsclean.lexicon.credits import PHOTO_LABELS

TEASERS = ["Bundestag beschließt neues Heizungsgesetz nach langem Streit", "",
           "Wie die Bahn ihre Pünktlichkeit verbessern will"]


@pytest.mark.parametrize("heading", ["Lesen Sie auch", "Das könnte Sie auch interessieren", "Mehr zum Thema",
                                     "À lire aussi", "Sur le même sujet", "Mirá también", "Noticias relacionadas",
                                     "Leggi anche", "Leia também", "Lees ook", "Czytaj także:", "MEISTGELESEN"])
def test_related_headings_in_other_languages(heading):
    assert removed_by(related_sections, [PROSE, heading, *TEASERS]) == [heading, TEASERS[0], TEASERS[2]]


@pytest.mark.parametrize("line", ["Lesen Sie auch die Stellungnahme des Ministers, die am Montag erschien.",
                                  "Mehr zum Thema Klimaschutz will die Regierung im Herbst vorlegen.",
                                  "À lire aussi dans ce dossier: rien de plus."])
def test_related_headings_keep_sentences(line):
    assert removed_by(related_sections, [PROSE, line, PROSE]) == []


@pytest.mark.parametrize("line", ["Lesen Sie auch: Wie die Bahn ihre Pünktlichkeit verbessern will",
                                  "À lire aussi : La réforme des retraites devant le Conseil",
                                  "Mirá también - El Gobierno anunció nuevas medidas",
                                  "Leia também: Polícia faz operação no centro", "Czytaj także: Sejm przyjął ustawę",
                                  "Lees ook: Kabinet valt over stikstof"])
def test_read_also_labels(line):
    assert removed_by(inline_headline_links, [PROSE, line, PROSE]) == [line]


def test_read_also_keeps_a_sentence_that_starts_with_the_words():
    line = "Lesen Sie auch morgen wieder, was der Stadtrat beschließt."
    assert removed_by(inline_headline_links, [PROSE, line, PROSE]) == []


@pytest.mark.parametrize("line", ["Teilen", "Diesen Artikel teilen", "Partager sur Facebook", "Compartir en Twitter",
                                  "Condividi su WhatsApp", "Compartilhe", "Delen via e-mail", "Udostępnij"])
def test_share_words_in_other_languages(line):
    assert removed_by(share_widgets, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", ["Sie teilen sich eine Wohnung in Berlin.", "Il faut partager les richesses.",
                                  "Los vecinos deciden compartir el coche."])
def test_share_words_keep_sentences(line):
    assert removed_by(share_widgets, [PROSE, line, PROSE]) == []


@pytest.mark.parametrize("line", ["Kommentare", "12 Kommentare", "Commentaires", "Deja un comentario",
                                  "Lascia un commento", "Reacties", "Komentarze", "Schlagworte:", "Themen:",
                                  "Mots-clés :", "Etiquetas"])
def test_comment_and_tag_labels(line):
    assert removed_by(widget_labels, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", ["Die Kommentare des Ministers sorgten für Ärger.",
                                  "Les commentaires ont été supprimés par la rédaction."])
def test_comment_labels_keep_sentences(line):
    assert removed_by(widget_labels, [PROSE, line, PROSE]) == []


@pytest.mark.parametrize("line", ["Wir bieten dieses Audio in folgenden Formaten zum Download an:",
                                  "Audio herunterladen", "Video abspielen", "Écouter l'article",
                                  "ESCUCHA ESTA NOTA AQUÍ", "Play video", "Your browser does not support the audio element.",
                                  "Ascolta l'articolo"])
def test_media_player_lines(line):
    assert removed_by(media_player, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", ["Inhalt laden", "Video laden", "Load content"])
def test_load_buttons_are_media_player_lines(line):
    assert removed_by(media_player, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", [
    "You are currently viewing a placeholder content from YouTube. To access the actual content, click the button "
    "below. Please note that doing so will share data with third-party providers.",
    "Please accept YouTube cookies to play this video.",
    "Klicken Sie auf den unteren Button, um den Inhalt von www.example.de zu laden.",
    "An dieser Stelle findet Ihr einen externen Inhalt von Instagram, der den Artikel ergänzt.",
    "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.",
    "Aktivieren Sie JavaScript um das Video zu sehen.",
    "Ce contenu externe est bloqué : cliquez pour charger le contenu.",
    "Haz clic para cargar el contenido de YouTube.",
    "Questo articolo include contenuti di terze parti.",
    "Clique para carregar o conteúdo do Instagram.",
    "Klik hier om de externe inhoud te tonen.",
    "Kliknij, aby wyświetlić treści zewnętrzne.",
])
def test_embed_placeholders_in_many_languages(line):
    assert removed_by(embed_placeholders, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", [
    # EMBED_PLACEHOLDERS' "click ... to load the video/map/post/tweet": no "content" in it.
    "Click here to load the video from our partner.",
    "Click below to load the map of the route.",
    # The IGNORECASE pattern reads a dotted capital I as "i" (str.casefold does not).
    "Hier findet ihr einen EXTERNEN İNHALT von Instagram.",
])
def test_embed_placeholders_the_pattern_matches_are_taken(line):
    # The cleaner's prefilter (_EMBED_ANCHORS) passes every line the pattern matches:
    # what it takes is what the plain pattern takes.
    assert _EMBED.search(line)
    assert removed_by(embed_placeholders, [PROSE, line, PROSE]) == [line]


@pytest.mark.parametrize("line", [
    "One of TikTok's key strengths is its algorithm, which surfaces content from brands and individuals.",
    "Der Inhalt des Vertrags wurde erst am Montag bekannt.",
    "Les plateformes doivent demander le consentement avant de publier des données.",
])
def test_embed_placeholders_keep_sentences(line):
    assert removed_by(embed_placeholders, [PROSE, line, PROSE]) == []


@pytest.mark.parametrize("line", ["Die Band will das Album im Herbst zum Download anbieten.",
                                  "Play video games with your children, the study suggests."])
def test_media_player_keeps_sentences(line):
    assert removed_by(media_player, [PROSE, line, PROSE]) == []


@pytest.mark.parametrize("line", ["Foto: Christoph Soeder", "Bild: Jahr Media", "(crédito: Minervino Júnior",
                                  "Fotos: Max Muster / Erika Muster", "Zdjęcie: Jan Kowalski",
                                  "Crédit photo : Jean Dupont"])
def test_photo_labels_in_other_languages(line):
    assert removed_by(photo_credits, [PROSE, line, PROSE]) == [line]


def test_photo_labels_keep_sentences():
    line = "Das Foto zeigt den Bürgermeister bei der Eröffnung. Es entstand im Mai."
    assert removed_by(photo_credits, [PROSE, line, PROSE]) == []


def test_every_photo_label_passes_the_label_word_test():
    # The label regex runs only on lines the cheap word test lets through.
    for label in phrases(PHOTO_LABELS):
        assert _LABEL_WORD.search(Block(0, label).normalized), label


@pytest.mark.parametrize("line", ["Newsletter abonnieren und keine Nachricht verpassen",
                                  "Abonnez-vous à notre newsletter", "Suscríbete a nuestro boletín",
                                  "Iscriviti alla newsletter", "Schrijf je in voor de nieuwsbrief",
                                  "Zapisz się do newslettera"])
def test_newsletter_requests_in_other_languages(line):
    assert removed_by(calls_to_action, [PROSE, line, PROSE]) == [line]


def test_newsletter_requests_keep_sentences():
    line = "Der Newsletter der Stadt erscheint seit 1990 und hat heute 20.000 Leser."
    assert removed_by(calls_to_action, [PROSE, line, PROSE]) == []


@pytest.mark.parametrize("line", ["Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
                                  "Ce site utilise des cookies pour améliorer votre expérience.",
                                  "Utilizamos cookies propias y de terceros.", "Deze website gebruikt cookies."])
def test_cookie_notices_in_other_languages(line):
    assert removed_by(cookie_notices, [PROSE, line, PROSE]) == [line]


def test_cookie_notices_keep_reporting_on_cookies():
    line = "Die Behörde prüft, ob Webseiten Cookies ohne Zustimmung setzen dürfen."
    assert removed_by(cookie_notices, [PROSE, line, PROSE]) == []
