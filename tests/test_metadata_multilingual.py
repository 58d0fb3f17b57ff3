"""Title, byline and date read from small text dumps in German, French, Spanish, Italian,
Portuguese, Dutch and Polish; captions and photo credits are never the title."""
import datetime as dt

import pytest

import newsclean
from helpers import PARAGRAPHS
from newsclean.fields.text_title import ends_in_credit

# Three paragraphs of an article in each language (long enough to be read as prose).
BODY = {
    "de": ["Die Recherche zeigt, wie ein Netz von Konten über Monate hinweg Falschmeldungen verbreitete und dabei "
           "auf die immer gleichen Quellen zurückgriff, die sich leicht überprüfen ließen.",
           "Nach Angaben der Plattform wurden die Konten inzwischen gesperrt, doch viele der Beiträge sind weiterhin "
           "im Netz zu finden und werden weiterhin geteilt, wie die Auswertung zeigt."],
    "fr": ["Le conseil municipal a adopté mardi soir le nouveau budget, qui augmente les dépenses consacrées aux "
           "écoles et aux transports publics de près de huit pour cent sur deux ans.",
           "Les élus de l'opposition estiment que le plan repose sur des prévisions trop optimistes et craignent un "
           "déficit si les recettes fiscales restent inférieures aux attentes."],
    "es": ["El ayuntamiento aprobó el martes por la noche el nuevo presupuesto, que aumenta el gasto en escuelas y "
           "transporte público en casi un ocho por ciento durante los próximos dos años.",
           "Los concejales de la oposición afirmaron que el plan se basa en previsiones demasiado optimistas y "
           "advirtieron de un posible déficit si la recaudación fiscal no alcanza lo previsto."],
    "it": ["Il consiglio comunale ha approvato martedì sera il nuovo bilancio, che aumenta la spesa per le scuole e "
           "per i trasporti pubblici di quasi l'otto per cento nei prossimi due anni.",
           "I consiglieri dell'opposizione hanno detto che il piano si basa su previsioni troppo ottimistiche e "
           "hanno avvertito che la città potrebbe trovarsi in deficit se le entrate calassero."],
    "pt": ["A câmara municipal aprovou na terça-feira à noite o novo orçamento, que aumenta os gastos com escolas e "
           "transportes públicos em quase oito por cento nos próximos dois anos.",
           "Os vereadores da oposição disseram que o plano se baseia em previsões demasiado otimistas e alertaram "
           "para um possível défice se as receitas fiscais ficarem aquém do previsto."],
    "nl": ["De gemeenteraad heeft dinsdagavond de nieuwe begroting goedgekeurd, waarmee de uitgaven aan scholen en "
           "openbaar vervoer de komende twee jaar met bijna acht procent stijgen.",
           "Raadsleden van de oppositie zeiden dat het plan op te optimistische prognoses is gebaseerd en waarschuwden "
           "voor een tekort als de belastinginkomsten tegenvallen."],
    "pl": ["Rada miasta przyjęła we wtorek wieczorem nowy budżet, który zwiększa wydatki na szkoły i transport "
           "publiczny o prawie osiem procent w ciągu najbliższych dwóch lat.",
           "Radni opozycji stwierdzili, że plan opiera się na zbyt optymistycznych prognozach, i ostrzegli przed "
           "deficytem, jeśli wpływy z podatków okażą się niższe od oczekiwanych."],
}


@pytest.mark.parametrize("lang, headline, byline, dateline, authors, day", [
    ("de", "Recherche im Netz der Trolle", "Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR",
     "Stand: 28.04.2020 18:00 Uhr", ["Volkmar Kabisch", "Jan Lukas Strozyk", "Benedikt Strunz"], dt.date(2020, 4, 28)),
    ("fr", "Le conseil municipal adopte un budget record", "Par Marie Dupont et Jean Martin",
     "Publié le mercredi 15 mai 2019 à 15h24", ["Marie Dupont", "Jean Martin"], dt.date(2019, 5, 15)),
    ("es", "El ayuntamiento aprueba un presupuesto récord", "Por Ana García y Luis Pérez",
     "Actualizado 12 dic 2019", ["Ana García", "Luis Pérez"], dt.date(2019, 12, 12)),
    ("it", "Il consiglio approva un bilancio record", "Di Mario Rossi e Giulia Bianchi",
     "Pubblicato il 7 ott 2018 alle 09:15", ["Mario Rossi", "Giulia Bianchi"], dt.date(2018, 10, 7)),
    ("pt", "Câmara aprova orçamento recorde", "Por João Silva e Maria Santos",
     "12 de março de 2020 às 10h30", ["João Silva", "Maria Santos"], dt.date(2020, 3, 12)),
    ("nl", "Gemeenteraad keurt recordbegroting goed", "Door Jan de Vries en Anna Bakker",
     "Gepubliceerd op 3 okt. 2019 om 14:05", ["Jan de Vries", "Anna Bakker"], dt.date(2019, 10, 3)),
    ("pl", "Rada miasta przyjmuje rekordowy budżet", "Autor: Jan Kowalski i Anna Nowak",
     "Opublikowano: 12 marca 2020, 10:30", ["Jan Kowalski", "Anna Nowak"], dt.date(2020, 3, 12)),
])
def test_header_of_a_dump_in_each_language(lang, headline, byline, dateline, authors, day):
    dump = "\n\n".join(["Startseite", headline, byline, dateline, *BODY[lang]])
    article = newsclean.extract(dump, source_type="text")
    assert article.title == headline
    assert article.authors == authors
    assert article.date is not None and article.date.date == day
    # The byline and the date line are metadata, not the article's text.
    assert byline not in article.body and dateline not in article.body
    assert BODY[lang][0] in article.body


@pytest.mark.parametrize("caption", [
    "Trump asked voters in Louisiana for a big win. He didn't get it. Credit... Doug Mills/The New York Times",
    "Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE",
    "Die Bundeskanzlerin am Dienstag in Berlin. Foto: dpa",
    "Le maire lors du conseil municipal. Crédit photo : AFP",
    "Soldiers near the front line in Donetsk. (AP Photo/Efrem Lukatsky)",
])
def test_a_line_ending_in_a_credit_is_a_caption(caption):
    assert ends_in_credit(caption)


@pytest.mark.parametrize("headline", [
    "Fed raises rates by half a point", "Best Cloud Stocks of 2025 | The Motley Fool",
    "How to Use AC/DC Converters", "Photos: A guide to the new museum",
])
def test_a_headline_is_no_caption(headline):
    assert not ends_in_credit(headline)


@pytest.mark.parametrize("caption, headline", [
    # A credit after the caption's last word, with no full stop before it.
    ("Protesters gather outside parliament in London Photo: Getty Images", "Five Lessons From the Best Photo: What Makes It Work"),
    ("Die Kanzlerin am Dienstag in Berlin Foto: Michael Kappeler/dpa", "Why Image: The Brand Matters"),
    # A long credit after a copyright sign.
    ("From the series Sots Art, 1982-83 © Boris Mikhailov, VG Bild-Kunst, Bonn, Courtesy Boris and Vita Mikhailov",
     "Photos: A guide to the new museum"),
])
def test_a_credit_without_a_full_stop_before_it_ends_a_caption(caption, headline):
    # The headline beside each has the same marker and colon in title case: it stays a headline.
    assert ends_in_credit(caption)
    assert not ends_in_credit(headline)


@pytest.mark.parametrize("lang, headline, caption", [
    ("es", "Los pingüinos de la Antártida pierden su hielo",
     "Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE"),
    ("en", "Trump suffers setback in Louisiana",
     "President Trump at a rally in Lake Charles on Monday. Credit... Doug Mills/The New York Times"),
    ("en", "Trump suffers setback in Louisiana",
     "President Trump at a rally in Lake Charles (Photo: Doug Mills/The New York Times)"),
    ("en", "Trump suffers setback in Louisiana",
     "President Trump speaks to supporters at a rally in Lake Charles Photo: Doug Mills/The New York Times"),
])
def test_the_caption_under_the_headline_is_not_the_title(lang, headline, caption):
    # The caption sits right above the first paragraph, where a headline usually is.
    body = BODY[lang] if lang in BODY else PARAGRAPHS[:3]
    dump = "\n\n".join(["Menu", headline, "15.05.2019", caption, *body])
    article = newsclean.extract(dump, source_type="text")
    assert article.title == headline
