"""Words of page chrome, by language: what sites print around an article, not in it.

Each table maps a language (ISO 639-1) to lower-case phrases, written as a reader sees
them (plain text, not regex). The cleaners build their patterns from these tables
(``either``) and keep the structure (a whole line, a label and a colon, a heading over
a list) in their own code, so adding a language is adding entries, not rules.

Chosen by measurement on the tune splits of the two development sets (WCXB text dumps:
body F1; trafeval-dev text dumps: snippet F1), see the report of issue 16: an entry
stays when it removes boilerplate lines there and no article line.

>>> import re
>>> bool(re.fullmatch(either(RELATED_HEADINGS), "lesen sie auch"))
True
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping

# The languages every table covers at least (issue 16): the main European news languages.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")

# The link to the site's front page, which a breadcrumb trail starts with ("Home /
# <headline>", "Startseite » <headline>"): a trail of one step whose separator a
# renderer glued to the headline leaves this word in front of it.
HOME_LINKS: dict[str, tuple[str, ...]] = {
    "en": ("home", "homepage", "start"),
    "de": ("startseite", "start", "home"),
    "fr": ("accueil",),
    "es": ("inicio", "portada"),
    "it": ("home", "homepage"),
    "pt": ("início", "inicio", "página inicial", "pagina inicial"),
    "nl": ("home", "start", "voorpagina", "startpagina"),
    "pl": ("strona główna", "start"),
    "ru": ("главная",),
    "uk": ("головна",),
    "el": ("αρχική",),
    "tr": ("ana sayfa", "anasayfa"),
    "ar": ("الرئيسية",),
    "hi": ("होम", "मुखपृष्ठ"),
    "zh": ("首页",),
    "ja": ("ホーム", "トップ"),
}

# A heading over a list of links to other articles ("read also", "related", "most read").
# English stays in the cleaner's own pattern (related.py), which allows variants.
RELATED_HEADINGS: dict[str, tuple[str, ...]] = {
    "de": ("lesen sie auch", "lesen sie außerdem", "lesen sie mehr", "lies auch", "auch interessant",
           "das könnte sie auch interessieren", "das könnte dich auch interessieren", "das könnte sie interessieren",
           "das könnte dich interessieren", "das thema könnte dich auch interessieren", "mehr zum thema",
           "mehr zu diesem thema", "mehr zum thema lesen", "weitere nachrichten", "weitere artikel",
           "weitere beiträge", "weitere themen", "ähnliche artikel", "ähnliche beiträge", "verwandte artikel",
           "verwandte beiträge", "passende artikel", "passend zum thema", "zum thema", "meistgelesen",
           "meistgelesene artikel", "meist gelesen", "am meisten gelesen", "beliebte artikel", "beliebte beiträge",
           "empfohlene artikel", "unsere empfehlungen", "neueste artikel", "neueste beiträge", "neue beiträge",
           "aktuelle beiträge", "aktuelle artikel", "letzte beiträge", "auch lesenswert",
           "top-themen", "top themen", "das könnte ihnen auch gefallen", "das könnte dir auch gefallen",
           "dies könnte sie auch interessieren", "dazu passend", "lesen sie auch die folgenden beiträge",
           "vorheriger artikel", "nächster artikel", "vorheriger beitrag", "nächster beitrag"),
    "fr": ("à lire aussi", "a lire aussi", "lire aussi", "à lire également", "lire également", "à voir aussi",
           "voir aussi", "sur le même sujet", "sur le même thème", "dans la même rubrique", "articles similaires",
           "articles liés", "articles associés", "vous aimerez aussi", "vous aimerez peut-être aussi",
           "vous pourriez aussi aimer", "les plus lus", "les plus lues", "articles les plus lus", "à découvrir",
           "à découvrir aussi", "dernières actualités", "nos dernières actualités", "derniers articles",
           "toute l'actualité", "plus d'actualités", "en lien avec cet article", "à la une"),
    "es": ("mirá también", "mira también", "lee también", "leer también", "lea también", "te puede interesar",
           "también te puede interesar", "te podría interesar", "le puede interesar", "noticias relacionadas",
           "artículos relacionados", "contenido relacionado", "relacionadas", "relacionados", "lo más leído",
           "lo más visto", "más leídas", "más leídos", "más noticias", "últimas noticias", "te recomendamos",
           "recomendados", "otras noticias", "sigue leyendo", "seguir leyendo", "ver también", "noticias destacadas"),
    "it": ("leggi anche", "leggi pure", "potrebbe interessarti", "ti potrebbe interessare", "potrebbe interessarti anche",
           "articoli correlati", "notizie correlate", "correlati", "più letti", "i più letti", "più lette",
           "le più lette", "altre notizie", "ultime notizie", "vedi anche", "da non perdere", "articoli recenti",
           "potrebbero interessarti"),
    "pt": ("leia também", "leia mais", "veja também", "veja mais", "notícias relacionadas", "matérias relacionadas",
           "artigos relacionados", "relacionadas", "mais lidas", "mais lidos", "as mais lidas", "você pode gostar",
           "pode gostar também", "saiba mais", "últimas notícias", "mais notícias", "recomendado para você"),
    "nl": ("lees ook", "lees meer", "lees verder", "meer nieuws", "gerelateerde artikelen", "gerelateerd",
           "meest gelezen", "bekijk ook", "ook interessant", "laatste nieuws", "meer artikelen", "aanbevolen"),
    "pl": ("czytaj także", "czytaj też", "czytaj również", "zobacz też", "zobacz także", "zobacz również",
           "przeczytaj też", "przeczytaj także", "przeczytaj również", "polecamy", "najczęściej czytane",
           "najpopularniejsze", "powiązane artykuły", "podobne artykuły", "najnowsze", "najnowsze artykuły",
           "więcej artykułów", "warto przeczytać"),
}

# A label before a link to another article on the same line: "Lesen Sie auch: <headline>".
READ_ALSO_LABELS: dict[str, tuple[str, ...]] = {
    "de": ("lesen sie auch", "lesen sie außerdem", "lies auch", "auch interessant", "mehr zum thema", "siehe auch",
           "zum thema", "lesetipp", "lesetipps", "weiterlesen", "hier weiterlesen", "mehr dazu", "passend dazu",
           "auch lesenswert", "empfehlung der redaktion"),
    "fr": ("à lire aussi", "a lire aussi", "lire aussi", "à lire également", "lire également", "voir aussi",
           "à voir aussi", "à voir", "à lire", "lire la suite", "à découvrir", "sur le même sujet"),
    "es": ("mirá también", "mira también", "lee también", "leer también", "lea también", "lee más", "leer más",
           "te puede interesar", "también te puede interesar", "ver también", "seguir leyendo", "sigue leyendo",
           "más información", "relacionado", "relacionada"),
    "it": ("leggi anche", "leggi pure", "vedi anche", "potrebbe interessarti", "leggi", "approfondisci"),
    "pt": ("leia também", "leia mais", "veja também", "veja mais", "saiba mais", "confira", "relacionado"),
    "nl": ("lees ook", "lees meer", "lees verder", "bekijk ook", "zie ook", "meer lezen"),
    "pl": ("czytaj także", "czytaj też", "czytaj również", "zobacz też", "zobacz także", "zobacz również",
           "przeczytaj też", "przeczytaj także", "przeczytaj również", "czytaj więcej"),
}

# Words a share widget is made of, beside the networks (share.py holds the English and
# the networks): the verbs and the glue words of "Diesen Artikel teilen", "Partager sur".
SHARE_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("teilen", "teile", "teilt", "sharen", "drucken", "ausdrucken", "kopieren", "versenden", "senden",
           "mailen", "twittern", "empfehlen", "weiterempfehlen", "diesen", "dieser", "diese", "artikel", "beitrag",
           "seite", "auf", "per", "mit", "bei", "link", "e", "mail", "jetzt"),
    "fr": ("partager", "partagez", "partage", "imprimer", "copier", "envoyer", "cet", "cette", "article",
           "page", "sur", "par", "le", "lien", "courriel", "mail"),
    "es": ("compartir", "comparte", "compartelo", "compártelo", "imprimir", "copiar", "enviar", "este", "esta",
           "artículo", "nota", "noticia", "en", "por", "el", "enlace", "correo"),
    "it": ("condividi", "condividere", "stampa", "copia", "invia", "questo", "articolo", "su", "per", "il",
           "link"),
    "pt": ("compartilhe", "compartilhar", "partilhar", "partilhe", "imprimir", "copiar", "enviar", "este",
           "esta", "artigo", "matéria", "notícia", "no", "na", "por", "o", "a", "link"),
    "nl": ("delen", "deel", "afdrukken", "printen", "kopieer", "kopiëren", "versturen", "dit", "deze", "artikel",
           "bericht", "op", "via", "per", "de", "het", "link"),
    "pl": ("udostępnij", "podziel", "się", "drukuj", "kopiuj", "skopiuj", "wyślij", "ten",
           "artykuł", "na", "przez", "link"),
}
# Of those, the ones that make a line a share widget (a line of glue words alone is not one).
SHARE_VERBS: dict[str, tuple[str, ...]] = {
    "de": ("teilen", "teile", "sharen", "drucken"),
    "fr": ("partager", "partagez", "imprimer"),
    "es": ("compartir", "comparte", "imprimir"),
    "it": ("condividi", "condividere", "stampa"),
    "pt": ("compartilhe", "compartilhar", "partilhar", "partilhe"),
    "nl": ("delen", "deel"),
    "pl": ("udostępnij", "podziel"),
}

# A comments section's own labels: its heading, the form's prompt, a count.
COMMENT_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("comments", "comment", "leave a comment", "leave a reply", "post a comment", "add a comment",
           "join the discussion", "join the conversation", "reader comments", "show comments", "view comments",
           "no comments", "no comments yet", "be the first to comment", "write a comment", "reply", "cancel reply"),
    "de": ("kommentare", "kommentar", "kommentieren", "kommentar schreiben", "kommentar verfassen",
           "schreibe einen kommentar", "schreiben sie einen kommentar", "einen kommentar schreiben",
           "leserkommentare", "antworten", "keine kommentare", "kommentare anzeigen",
           "kommentar abschicken", "kommentar absenden", "diskutieren sie mit", "antwort abbrechen"),
    "fr": ("commentaires", "commentaire", "commenter", "laisser un commentaire", "laissez un commentaire",
           "ajouter un commentaire", "réagir", "réagissez", "répondre", "vos commentaires",
           "aucun commentaire"),
    "es": ("comentarios", "comentario", "comentar", "deja un comentario", "dejar un comentario",
           "deja una respuesta", "responder", "añadir comentario", "sin comentarios"),
    "it": ("commenti", "commento", "commenta", "lascia un commento", "rispondi", "nessun commento", "aggiungi un commento"),
    "pt": ("comentários", "comentário", "comentar", "deixe um comentário", "deixe seu comentário",
           "deixe uma resposta", "responder", "sem comentários"),
    "nl": ("reacties", "reactie", "reageer", "reageren", "plaats een reactie", "laat een reactie achter",
           "geef een reactie", "beantwoorden", "geen reacties"),
    "pl": ("komentarze", "komentarz", "skomentuj", "dodaj komentarz", "odpowiedz", "brak komentarzy", "napisz komentarz"),
}

# What a count of comments is counted in ("10 comments", "3 Kommentare"): a teaser card or
# an article's header counts them; a comment's own header does not.
COMMENT_COUNTS: dict[str, tuple[str, ...]] = {
    "en": ("comments", "comment", "replies", "responses"),
    "de": ("kommentare", "kommentar", "antworten"),
    "fr": ("commentaires", "commentaire", "réponses"),
    "es": ("comentarios", "comentario", "respuestas"),
    "it": ("commenti", "commento", "risposte"),
    "pt": ("comentários", "comentário", "respostas"),
    "nl": ("reacties", "reactie"),
    "pl": ("komentarze", "komentarzy", "komentarz", "odpowiedzi"),
}

# The heading of an article's table of contents ("Table of Contents", "Inhaltsverzeichnis").
CONTENTS_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("table of contents", "contents", "in this article", "in this post", "in this guide", "on this page",
           "jump to", "jump to section", "skip to section", "quick links", "article contents"),
    "de": ("inhaltsverzeichnis", "inhalt", "inhalte", "in diesem artikel", "auf dieser seite", "springe zu",
           "springen zu", "direkt zu"),
    "fr": ("table des matières", "sommaire", "dans cet article", "sur cette page", "aller à"),
    "es": ("índice", "tabla de contenidos", "contenido", "contenidos", "en este artículo", "ir a"),
    "it": ("indice", "sommario", "indice dei contenuti", "in questo articolo", "vai a"),
    "pt": ("índice", "sumário", "conteúdo", "neste artigo", "nesta página", "ir para"),
    "nl": ("inhoudsopgave", "inhoud", "in dit artikel", "op deze pagina", "ga naar"),
    "pl": ("spis treści", "w tym artykule", "na tej stronie", "przejdź do"),
}

# Labels of tag and topic lists under an article ("Schlagworte:", "Themen:").
TAG_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("tags", "tagged", "tagged with", "topics", "filed under", "categories", "category", "keywords"),
    "de": ("schlagworte", "schlagwörter", "stichworte", "stichwörter", "themen", "thema", "markiert mit",
           "kategorien", "kategorie", "tags", "schlüsselwörter"),
    "fr": ("mots-clés", "mots clés", "étiquettes", "thèmes", "sujets", "catégories", "catégorie", "tags"),
    "es": ("etiquetas", "temas", "categorías", "categoría", "palabras clave", "tags"),
    "it": ("tag", "argomenti", "categorie", "categoria", "parole chiave"),
    "pt": ("etiquetas", "tags", "temas", "categorias", "categoria", "palavras-chave"),
    "nl": ("tags", "trefwoorden", "onderwerpen", "categorieën", "categorie"),
    "pl": ("tagi", "tematy", "kategorie", "kategoria", "słowa kluczowe"),
}

# The start of a sign-up request: a verb (or noun phrase) asking the reader to
# subscribe, and the things subscribed to.
SUBSCRIBE_VERBS: dict[str, tuple[str, ...]] = {
    "de": ("abonnieren", "abonnieren sie", "abonniere", "jetzt abonnieren", "anmelden", "melden sie sich",
           "melde dich", "registrieren sie sich", "registrieren", "jetzt anmelden", "kostenlos anmelden",
           "verpasse keine", "verpassen sie keine", "nichts mehr verpassen", "bleiben sie informiert",
           "bleib informiert", "unterstützen sie", "unterstütze", "jetzt unterstützen", "folgen sie uns",
           "folge uns"),
    "fr": ("abonnez-vous", "abonnez vous", "s'abonner", "inscrivez-vous", "inscrivez vous", "s'inscrire",
           "je m'abonne", "recevez", "suivez-nous", "suivez nous", "soutenez"),
    "es": ("suscríbete", "suscribite", "suscribirse", "suscríbase", "regístrate", "recibe", "recibí",
           "síguenos", "seguinos", "apoya"),
    "it": ("iscriviti", "abbonati", "registrati", "ricevi", "seguici", "sostieni"),
    "pt": ("assine", "inscreva-se", "cadastre-se", "receba", "siga-nos", "apoie"),
    "nl": ("abonneer", "abonneer je", "schrijf je in", "meld je aan", "aanmelden", "ontvang", "volg ons",
           "steun"),
    "pl": ("zapisz się", "zasubskrybuj", "subskrybuj", "zarejestruj się", "obserwuj nas", "wesprzyj"),
}
NEWSLETTER_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("newsletter", "newsletters"),
    "de": ("newsletter", "rundbrief", "e-mail-benachrichtigung", "benachrichtigungen", "news"),
    "fr": ("newsletter", "lettre d'information", "infolettre", "lettre d'info", "alertes"),
    "es": ("newsletter", "boletín", "boletines", "alertas"),
    "it": ("newsletter", "notiziario", "avvisi"),
    "pt": ("newsletter", "boletim", "alertas"),
    "nl": ("nieuwsbrief", "nieuwsbrieven", "newsletter"),
    "pl": ("newsletter", "newslettera", "biuletyn"),
}

# The site's own cookie notice.
COOKIE_NOTICES: dict[str, tuple[str, ...]] = {
    "de": ("wir verwenden cookies", "wir nutzen cookies", "wir setzen cookies", "diese website verwendet cookies",
           "diese webseite verwendet cookies", "diese seite verwendet cookies", "diese website nutzt cookies",
           "diese webseite nutzt cookies", "verwendet cookies", "cookie-einstellungen", "cookies zulassen",
           "alle cookies akzeptieren", "cookies akzeptieren", "wir respektieren deine privatsphäre",
           "wir respektieren ihre privatsphäre"),
    "fr": ("nous utilisons des cookies", "ce site utilise des cookies", "utilise des cookies",
           "paramètres des cookies", "accepter les cookies", "gérer les cookies"),
    "es": ("utilizamos cookies", "usamos cookies", "este sitio utiliza cookies", "este sitio web utiliza cookies",
           "utiliza cookies", "aceptar cookies", "configuración de cookies", "política de cookies"),
    "it": ("utilizziamo cookie", "utilizziamo i cookie", "questo sito utilizza cookie", "questo sito utilizza i cookie",
           "utilizza cookie", "accetta i cookie", "informativa cookie"),
    "pt": ("utilizamos cookies", "usamos cookies", "este site utiliza cookies", "este site usa cookies",
           "aceitar cookies", "política de cookies"),
    "nl": ("wij gebruiken cookies", "we gebruiken cookies", "deze website gebruikt cookies", "deze site gebruikt cookies",
           "cookies accepteren", "cookie-instellingen"),
    "pl": ("używamy plików cookies", "używamy cookies", "ta strona używa", "ta strona wykorzystuje",
           "pliki cookies", "akceptuję"),
}

# A media player's chrome: download and format offers, play buttons, a browser that
# cannot play ("Wir bieten dieses Audio in folgenden Formaten zum Download an:").
MEDIA_PLAYER: dict[str, tuple[str, ...]] = {
    "en": ("download", "download audio", "download video", "download mp3", "play", "play video", "play audio",
           "listen", "listen to this article", "listen to this story", "watch video", "video player",
           "audio player", "your browser does not support the audio element",
           "your browser does not support the video tag", "your browser does not support html5 video",
           "mute", "unmute", "fullscreen", "full screen", "pause", "volume", "load content", "load video"),
    "de": ("herunterladen", "download", "audio herunterladen", "video herunterladen", "abspielen", "video abspielen",
           "audio abspielen", "anhören", "jetzt anhören", "hören", "beitrag hören", "artikel anhören", "wiedergabe",
           "vollbild", "stummschalten", "lautstärke", "inhalt laden", "inhalte laden", "video laden",
           "wir bieten dieses audio in folgenden formaten zum download an",
           "wir bieten dieses video in folgenden formaten zum download an",
           "ihr browser unterstützt kein html5-video", "ihr browser unterstützt dieses video nicht"),
    "fr": ("télécharger", "écouter", "écouter l'article", "lire la vidéo", "regarder la vidéo", "plein écran",
           "couper le son", "votre navigateur ne supporte pas"),
    "es": ("descargar", "escuchar", "escucha esta nota", "escucha esta nota aquí", "escuchar noticia",
           "reproducir", "reproducir vídeo", "ver vídeo", "pantalla completa", "silenciar",
           "tu navegador no soporta"),
    "it": ("scarica", "ascolta", "ascolta l'articolo", "riproduci", "guarda il video", "schermo intero"),
    "pt": ("baixar", "descarregar", "ouvir", "ouça", "ouvir notícia", "reproduzir", "assistir", "tela cheia",
           "ecrã inteiro"),
    "nl": ("downloaden", "download", "luister", "beluister", "afspelen", "bekijk de video", "volledig scherm"),
    "pl": ("pobierz", "posłuchaj", "słuchaj", "odtwórz", "pełny ekran", "wycisz"),
}

# The placeholder a site prints where an embedded player, post or map waits for the
# reader's consent (regex fragments, found anywhere in the line): "You are currently
# viewing a placeholder content from YouTube", "Klicken Sie auf den unteren Button, um den
# Inhalt von www.komoot.de zu laden", "Ich bin damit einverstanden, dass mir externe
# Inhalte angezeigt werden". Each names the content as external or from a third party,
# or asks to load it or to consent to it.
EMBED_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "en": (r"\bplaceholder content from\b", r"\bto access the actual content\b",
           r"\b(?:need|want) to load content from\b", r"\baccept \w+ cookies to (?:play|view|watch|see)\b",
           r"\baccessing content from \S+,? a service provided by\b", r"\bshare data with third[- ]party providers\b",
           r"\benable javascript to (?:view|watch|see|play)\b", r"\bclick (?:here |below )?to load (?:the )?"
           r"(?:content|video|map|post|tweet)\b"),
    "de": (r"\bexterne[nrs]? inhalt", r"\binhalte? (?:von \S+ )?(?:zu )?laden\b", r"\binhalte? von drittanbietern\b",
           r"\bohne (?:dein|ihr) einverständnis\b.{0,80}\bverbindung\b", r"\beinbindung eines drittanbieters\b",
           r"\baktivieren sie javascript,? um\b", r"\bbitte gib dein einverständnis\b"),
    "fr": (r"\bcontenus? externes?\b", r"\bcharger (?:le|ce) contenu\b", r"\bcontenus? tiers?\b.{0,60}\b(?:accepte|consent)"),
    "es": (r"\bcontenidos? externos?\b", r"\bcargar (?:el|este) contenido\b"),
    "it": (r"\bcontenuti? estern[oi]\b", r"\bcaricare (?:il|questo) contenuto\b", r"\bcontenuti di terze parti\b"),
    "pt": (r"\bconteúdos? extern[oa]s?\b", r"\bcarregar (?:o|este) conteúdo\b"),
    "nl": (r"\bexterne inhoud\b", r"\binhoud (?:te )?laden\b"),
    "pl": (r"\btreści? zewnętrzn", r"\bzaładuj treść\b"),
}

# A word every EMBED_PLACEHOLDERS phrase holds (case-folded, as the IGNORECASE patterns
# read them; "load": "click here to load the video" names no content): the cleaner runs
# the patterns only on lines that hold one. tests/test_cleaners_multilingual.py checks
# the cleaner against the plain patterns.
EMBED_ANCHORS: tuple[str, ...] = (
    "content", "inhalt", "einverständnis", "drittanbieter", "javascript", "cookies", "third", "contenu",
    "contenido", "contenut", "conteúdo", "inhoud", "treś", "load")


def phrases(table: Mapping[str, Iterable[str]], languages: Iterable[str] | None = None) -> tuple[str, ...]:
    """The table's phrases (of ``languages``, default all), each once, in table order."""
    out: dict[str, None] = {}
    for language, words in table.items():
        if languages is None or language in languages:
            out.update(dict.fromkeys(words))
    return tuple(out)


def either(*tables: Mapping[str, Iterable[str]]) -> str:
    """A regex alternation of the tables' phrases, escaped, longest first (so that "lesen
    sie auch die folgenden beiträge" is tried before "lesen sie auch"); a space in a
    phrase matches any run of spaces.

    >>> either({"de": ("zum thema", "zum")})
    'z(?:u(?:m(?:\\\\s+thema|)))'
    """
    words = {w for table in tables for w in phrases(table)}
    return trie(sorted(words, key=lambda w: (-len(w), w)))


def trie(words: list[str]) -> str:
    """The alternation of ``words`` with their common starts factored out ("lesen sie
    (?:auch|außerdem)"): it matches the same texts as the plain alternation, and the regex
    engine tries a few branches per position instead of one per word (it cannot skip a
    case-insensitive branch by its first letter). Longer words come first in each branch,
    as in the plain alternation."""
    if len(words) == 1:
        return re.escape(words[0]).replace("\\ ", r"\s+")
    groups: dict[str, list[str]] = {}
    for w in words:  # in order: the first word of each group decides the group's place
        groups.setdefault(w[:1], []).append(w)
    branches = []
    for first, group in groups.items():
        if first == "":
            branches.append("")  # the empty word: the branch that ends here
            continue
        rest = [w[1:] for w in group]
        head = re.escape(first).replace("\\ ", r"\s+")
        if len(rest) == 1:
            branches.append(head + re.escape(rest[0]).replace("\\ ", r"\s+"))
        else:
            branches.append(f"{head}(?:{trie(rest)})")
    # The empty branch (a word that ends where a longer one goes on) must come last, so
    # that the longer words are tried first, as before.
    branches.sort(key=lambda b: b == "")
    return "|".join(branches)


# The verb of a comment's header: "Jane Doe says:", "Max sagt:", "Marie a écrit :".
COMMENT_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("says", "said", "wrote", "writes", "replied", "replies", "commented"),
    "de": ("sagt", "sagte", "schreibt", "schrieb", "meint", "meinte", "antwortete", "kommentierte"),
    "fr": ("dit", "a dit", "écrit", "a écrit", "répond", "a répondu", "a commenté"),
    "es": ("dice", "dijo", "escribe", "escribió", "responde", "respondió", "comentó"),
    "it": ("dice", "ha detto", "scrive", "ha scritto", "risponde", "ha risposto", "ha commentato"),
    "pt": ("diz", "disse", "escreve", "escreveu", "responde", "respondeu", "comentou"),
    "nl": ("zegt", "zei", "schrijft", "schreef", "reageert", "reageerde"),
    "pl": ("pisze", "napisał", "napisała", "mówi", "odpowiada", "skomentował", "skomentowała"),
}

# How a comment's age is printed (regex fragments, not plain phrases): a number or an
# article, a unit, and the language's "ago" ("2 years ago", "vor 3 Tagen", "il y a 2 jours").
_UNITS = {
    "en": r"(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?",
    "de": r"(?:\d+|einer?m?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)",
    "fr": r"(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?)",
    "es": r"(?:\d+|una?)\s+(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)",
    "it": r"(?:\d+|una?)\s+(?:secondi|minuti|ore|ora|giorni|giorno|settimane?|mesi|mese|anni|anno)",
    "pt": r"(?:\d+|uma?)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|mês|meses|anos?)",
    "nl": r"(?:\d+|een)\s+(?:seconden?|minuten?|uur|uren|dagen|dag|weken|week|maanden|maand|jaren|jaar)",
    "pl": r"(?:\d+)\s+(?:sekund[ay]?|minut[ay]?|godzin[ay]?|dni|dzień|tygodni[ea]?|miesię?c[ya]?|miesięcy|lat[ao]?|rok)",
}
RELATIVE_TIMES: dict[str, tuple[str, ...]] = {
    "en": (_UNITS["en"] + r"\s+ago",),
    "de": (r"vor\s+" + _UNITS["de"],),
    "fr": (r"il\s+y\s+a\s+" + _UNITS["fr"],),
    "es": (r"hace\s+" + _UNITS["es"],),
    "it": (_UNITS["it"] + r"\s+fa",),
    "pt": (r"há\s+" + _UNITS["pt"],),
    "nl": (_UNITS["nl"] + r"\s+geleden",),
    "pl": (_UNITS["pl"] + r"\s+temu",),
}


def patterns(table: Mapping[str, Iterable[str]]) -> str:
    """A regex alternation of a table of regex fragments (RELATIVE_TIMES), as they are."""
    return "|".join(f"(?:{p})" for p in phrases(table))


# The site's rules for comments: a line that names comments (COMMENT_STEMS) and one of
# the rules' words (POLICY_STEMS) reads as policy: "A user comment will be deleted if
# it", "Kommentare werden vor der Veröffentlichung moderiert". Stems match at a word's start.
COMMENT_STEMS: dict[str, tuple[str, ...]] = {
    "en": ("comment",), "de": ("kommentar", "leserkommentar", "beitrag", "beiträge"), "fr": ("commentaire",),
    "es": ("comentario",), "it": ("comment",), "pt": ("comentário", "comentario"), "nl": ("reactie",),
    "pl": ("komentarz",),
}
POLICY_STEMS: dict[str, tuple[str, ...]] = {
    "en": ("moderat", "delete", "removed", "publish", "privacy", "personal data", "terms of", "policy",
           "rules", "guidelines", "pseudonym", "abusive", "offensive", "libel", "hateful", "spam", "registered",
           "civil", "owned by", "responsible for"),
    "de": ("moderat", "moderier", "lösch", "gelöscht", "veröffentlich", "freigeschaltet", "datenschutz",
           "personenbezogen", "nutzungsbedingungen", "netiquette", "regeln", "richtlinien", "pseudonym",
           "beleidig", "registrier", "verantwortlich"),
    "fr": ("modér", "supprim", "publi", "données personnelles", "confidentialité", "conditions d'utilisation",
           "charte", "règles", "pseudonyme", "injurieu", "diffamatoire", "responsable"),
    "es": ("moderad", "elimina", "publica", "datos personales", "privacidad", "condiciones de uso", "normas",
           "seudónimo", "ofensiv", "insult", "responsable"),
    "it": ("moderat", "elimina", "pubblica", "dati personali", "privacy", "regole", "offensiv", "responsabil"),
    "pt": ("moderad", "exclu", "remov", "publica", "dados pessoais", "privacidade", "regras", "ofensiv",
           "responsáve"),
    "nl": ("modere", "verwijder", "publice", "persoonsgegevens", "privacy", "regels", "beledig",
           "verantwoordelijk"),
    "pl": ("moderac", "usun", "publik", "dane osobowe", "prywatnoś", "regulamin", "obraźliw", "odpowiedzialn"),
}

# A line that has the reader accept the site's terms: "By subscribing, you agree to our
# Terms of Service and Privacy Policy" (regex fragments: the consent, then the terms), or
# a form's button and the consent it takes ("By clicking Sign Me Up, you confirm you are
# 16+ and agree ...", "En cliquant sur « S'inscrire », vous acceptez ..."): the act of
# pressing it is named, so a contract's clause ("By signing the lease, you agree to pay")
# is not one.
AGREE_TO_TERMS: dict[str, tuple[str, ...]] = {
    "en": (r"\bby (?:clicking|tapping|signing up|subscribing|submitting|registering|creating an account)\b.{0,120}\byou\b.{0,40}\b(?:agree|consent|accept)\b", r"\bby\b.{1,120}\byou (?:agree|consent|accept)\b.{0,80}\b(?:terms|privacy|policy)",),
    "de": (r"\b(?:mit dem|durch|beim) (?:klick(?:en)?|absenden|anmelden|registrieren)\b.{0,120}\b(?:stimmen sie|stimmst du|akzeptieren sie|akzeptierst du|erklären sie sich|erklärst du dich)\b",
           r"\b(?:mit|durch|bei)\b.{1,120}\b(?:akzeptier(?:en sie|st du)|stimm(?:en sie|st du)\b.{0,80}\bzu)\b"
           r".{0,80}\b(?:datenschutz|nutzungsbedingungen|agb)",
           r"\b(?:datenschutz(?:erklärung|hinweise)?|nutzungsbedingungen)\b.{0,80}\b(?:akzeptier|zugestimmt|einverstanden)"),
    "fr": (r"\ben (?:cliquant|vous inscrivant|vous abonnant|soumettant|validant)\b.{0,120}\bvous (?:acceptez|consentez|confirmez)\b", r"\ben\b.{1,120}\bvous acceptez\b.{0,80}\b(?:conditions|politique|confidentialité)",),
    "es": (r"\bal (?:hacer clic|pulsar|suscribirte|suscribirse|registrarte|registrarse|enviar)\b.{0,120}\b(?:aceptas|acepta|aceptás|confirmas|consientes|consiente)\b",
           r"\bal\b.{1,120}\b(?:aceptas|acepta|aceptás)\b.{0,80}\b(?:términos|condiciones|política|privacidad)",),
    "it": (r"\b(?:cliccando|iscrivendoti|registrandoti|inviando)\b.{0,120}\b(?:accetti|acconsenti|confermi)\b", r"\b(?:accetti|accetta)\b.{0,80}\b(?:termini|condizioni|informativa|privacy)",),
    "pt": (r"\bao (?:clicar|se inscrever|inscrever-se|assinar|registrar-se|enviar)\b.{0,120}\b(?:você )?(?:concorda|aceita|confirma|consente)\b",
           r"\bao\b.{1,120}\b(?:você concorda|concorda|aceita)\b.{0,80}\b(?:termos|política|privacidade)",),
    "nl": (r"\bdoor (?:op .{1,60} te klikken|je aan te melden|u aan te melden|te registreren)\b.{0,120}\b(?:ga je akkoord|gaat u akkoord|stem je in|stemt u in)\b",
           r"\b(?:ga je akkoord|gaat u akkoord)\b.{0,80}\b(?:voorwaarden|privacy)",),
    "pl": (r"\b(?:klikając|zapisując się|rejestrując się)\b.{0,120}\b(?:akceptujesz|wyrażasz zgodę|zgadzasz się)\b", r"\b(?:akceptujesz|akceptuję|zgadzasz się)\b.{0,80}\b(?:regulamin|polityk|prywatnoś)",),
}

# The site's notices printed under its articles: disclaimers ("for informational purposes
# only", "does not constitute legal advice"), affiliate and advertising disclosures, reprint
# and copyright terms, and who answers for the opinions (regex fragments, matched on a
# whole paragraph; each names the notice's act, so an article that merely mentions advice
# or affiliates holds none of them).
SITE_NOTICES: dict[str, tuple[str, ...]] = {
    "en": (r"for (?:general )?(?:informational|information|educational|entertainment)(?: and (?:informational|educational|entertainment))? purposes only",
           r"\bfor (?:general )?information only\b",
           r"(?:does|do|is|are|should) not (?:constitute|intended to (?:be|replace|provide|serve)|be (?:considered|construed|relied upon))\b.{0,80}\badvice",
           r"not (?:a substitute|intended as a substitute) for (?:professional|medical|legal)",
           r"\b(?:contains?|uses?|includes?|are|is an?) (?:\w+ )?affiliate (?:links?|tags?|partner|marketer)",
           r"\bour affiliate partner", r"\bamazon associates?\b",
           r"\b(?:we|i) (?:may |might |will )?(?:earn|receive|get|make) (?:a )?(?:small )?(?:commission|compensation|kickback)",
           r"\bmay (?:earn|receive|get|make) (?:a )?(?:small )?(?:affiliate )?commission\b",
           r"\b(?:opinions|views) expressed\b.{0,80}\b(?:are (?:solely |entirely |strictly )?(?:those|the author|their own|his own|her own|my own)|do not (?:necessarily )?(?:reflect|represent))", r"\bis not responsible for (?:the )?(?:opinions|content|views)",
           r"\bcopyrighted property\b", r"\b(?:reproduc|republish|reprint|redistribut|cop(?:y|ied))\w*\b.{0,120}\bwithout (?:the )?(?:prior |express )*written (?:permission|consent)",
           r"\bwritten permission must be obtained", r"\bmay not be (?:reproduced|republished|reprinted|redistributed)",
           r"\bpast performance (?:is|does) not",
           # "should ever be used as a substitute for direct medical advice", "This content is not legal advice"
           # The site's content is the subject, and opens its sentence: "Doctors warn that
           # the app should not be used as a substitute for medical advice" and "The judge
           # found that the information ... is not legal advice" are reporting.
           r"\b(?:content|information|material|articles?|posts?)\b.{0,80}\bused as a substitute for (?:\w+ ){0,3}advice",
           r"(?:^|[.!?]\s+)(?:this|the|our) (?:content|article|information|material|post|page|site|blog)\b.{0,30}\bis not (?:intended as )?(?:legal|medical|financial|tax|investment|professional) advice"),
    "de": (r"dien(?:t|en) (?:nur|ausschließlich|lediglich) (?:zur|zu|der) (?:allgemeinen )?information",
           r"\b(?:geäußerten|wiedergegebenen|vertretenen) (?:meinungen|ansichten)\b.{0,80}\b(?:sind (?:ausschließlich )?(?:die |jene )?(?:des|der) (?:autor|verfasser)|geben nicht)",
           r"stell(?:t|en) keine (?:\w+ )?(?:anlage|rechts|steuer|finanz)?beratung dar",
           r"ersetz(?:t|en) (?:nicht|keine) (?:die |eine )?(?:\w+ )?(?:beratung|ärzt)",
           r"\baffiliate-?links?\b", r"\bprovisions?-?links?\b", r"\berhalten wir (?:eine|ggf\. eine) (?:kleine )?provision",
           r"\bdieser (?:beitrag|artikel) enthält (?:werbung|affiliate)",
           r"\bgeben nicht (?:unbedingt |zwingend )?die meinung", r"\bnachdruck (?:nur )?(?:mit|ohne)\b",
           r"\b(?:nachdruck|vervielfältig|weiterverbreit|kopier|reprodu)\w*\b.{0,120}\bohne (?:vorherige |ausdrückliche )*schriftliche (?:genehmigung|zustimmung)",
           r"\btexte auf dieser (?:webseite|website|seite) stehen unter",
           r"\b(?:dieser (?:inhalt|beitrag|artikel)|diese (?:seite|information(?:en)?)) (?:ist|sind) keine (?:\w+ )?(?:rechts|anlage|steuer|finanz)?beratung"),
    "fr": (r"à titre (?:informatif|indicatif|d'information) (?:uniquement|seulement)",
           r"ne (?:constitue|constituent) (?:pas|en aucun cas) (?:un |des )?conseils?",
           r"\bliens? (?:affiliés?|d'affiliation)\b", r"\bn'engagent que leurs? auteurs?",
           r"\b(?:opinions|propos|points de vue) exprimé(?:e|s|es)?\b.{0,80}\b(?:sont (?:celles|ceux) de l'auteur|ne reflètent pas (?:nécessairement )?)",
           r"\breproduction (?:interdite|strictement interdite)",
           r"\b(?:ce contenu|cet article|cette page) ne (?:constitue|remplace) pas (?:un )?(?:avis|conseil)",
           r"\b(?:reproduction|reproduire|reprise|diffusion|copie)\b.{0,120}\bsans (?:l'?)?autorisation (?:écrite |préalable )+"),
    "es": (r"con fines (?:únicamente |exclusivamente |meramente )?informativos", r"con fines educativos (?:únicamente|exclusivamente)",
           r"no (?:constituye|constituyen|sustituye) (?:un |el )?(?:asesoramiento|consejo|diagnóstico)",
           r"\benlaces? de afiliados?\b", r"\bprohibida (?:su|la) reproducción",
           r"\bopiniones (?:expresadas|vertidas)\b.{0,80}\b(?:son (?:de )?(?:la )?(?:exclusiva |entera )?responsabilidad|no (?:reflejan|representan) necesariamente)",
           r"\b(?:reproducción|copia|distribución|difusión)\b.{0,120}\bsin (?:la )?autorización (?:previa|expresa|escrita)"),
    "it": (r"a (?:solo |puro )?scopo (?:puramente )?(?:informativo|divulgativo)",
           r"non (?:costituisce|costituiscono|sostituisce) (?:in alcun modo )?(?:una )?(?:consulenza|parere)",
           r"\blink (?:di )?affiliazion", r"\briproduzione riservata\b", r"\bvietata la riproduzione",
           r"\bopinioni espresse\b.{0,80}\b(?:sono (?:esclusivamente )?quelle dell'?\s?autor|non (?:riflettono|rappresentano) necessariamente)"),
    "pt": (r"para fins (?:meramente |exclusivamente )?informativos", r"para fins educativos (?:apenas|exclusivamente)",
           r"não (?:constitui|constituem|substitui) (?:um |uma )?(?:aconselhamento|consultoria|recomendação)",
           r"\blinks? de afiliados?\b", r"\bproibida a reprodução",
           r"\bopiniões (?:expressas|emitidas)\b.{0,80}\b(?:são de (?:inteira |exclusiva )?responsabilidade|não (?:refletem|representam) necessariamente)"),
    "nl": (r"uitsluitend (?:ter|voor) (?:algemene )?informatie",
           r"vorm(?:t|en) geen (?:\w+)?advies", r"\baffiliate-?links?\b",
           r"\b(?:geuite |weergegeven )?(?:meningen|standpunten)\b.{0,80}\b(?:zijn (?:uitsluitend )?(?:die )?van de (?:auteur|schrijver)|(?:geven|weerspiegelen) niet (?:noodzakelijk|per se))",
           r"\b(?:verveelvoudigd|overgenomen|openbaar gemaakt|gekopieerd|gereproduceerd)\b.{0,120}\bzonder (?:voorafgaande )?schriftelijke toestemming"),
    "pl": (r"wyłącznie (?:w )?celach informacyjnych", r"nie stanowi (?:porady|doradztwa|rekomendacji|oferty)",
           r"\blinki? afiliacyjn", r"\bbez (?:pisemnej )?zgody (?:wydawcy|redakcji|autora)",
           r"\bopinie (?:wyrażone|zawarte)\b.{0,80}\b(?:są (?:wyłącznie )?opiniami autor|nie (?:odzwierciedlają|muszą odzwierciedlać))"),
}

# Every fragment of SITE_NOTICES holds one of these words as it is written (checked by
# tests/test_site_notices.py): the notice pattern runs only on lines whose folded text
# holds one, found for the whole page at once.
SITE_NOTICE_ANCHORS: tuple[str, ...] = (
    "purposes only", "information only", "advice", "substitute", "affiliate", "associate", "commission",
    "compensation", "kickback", "expressed", "not responsible for", "copyrighted", "written",
    "may not be", "past performance",
    "information", "beratung", "ärzt", "provision", "enthält", "meinung", "nachdruck", "schriftliche",
    "texte auf dieser", "ansichten", "titre", "exprimé", "conseil", "ne constitue", "ne remplace", "affili", "n'engagent", "reproduction", "autorisation",
    "fines", "asesoramiento", "consejo", "diagnóstico", "afiliado", "reproducción", "autorización",
    "opiniones", "scopo", "consulenza", "parere", "affiliazion", "riproduzione", "opinioni espresse",
    "fins", "aconselhamento", "consultoria", "recomendação", "reprodução", "opiniões",
    "informatie", "advies", "schriftelijke", "meningen", "standpunten", "celach informacyjnych", "nie stanowi",
    "afiliacyjn", "zgody", "opinie",
)

# The site asking the reader for money or a subscription, at a line's start: "Jede kleine
# Spende hilft", "Pour lire la suite, abonnez-vous", "Tú también puedes hacer periodismo
# incómodo" (regex fragments, matched at the line's first character).
SUPPORT_ASKS: dict[str, tuple[str, ...]] = {
    "en": (r"(?:please )?support (?:our|independent|quality|local) (?:journalism|reporting|work|newsroom)",
           r"subscribe (?:now|today) (?:to|for)\b", r"(?:please )?(?:consider (?:donating|making a donation)|donate) (?:to|now|today)\b",
           r"(?:to )?continue reading,? (?:subscribe|log in|sign in)", r"you(?:'ve| have) reached your (?:free )?(?:article )?limit",
           r"you(?:'ve| have) read \d+ (?:of|out of) (?:your )?\d+ (?:free )?(?:articles|stories)"),
    "de": (r"unterstütze(?:n sie)? (?:uns|unsere arbeit|unabhängigen journalismus|\S+\s*$)", r"jede (?:kleine )?spende",
           r"jetzt (?:spenden|abonnieren|unterstützen)\b", r"(?:jetzt )?weiterlesen mit\b", r"sie lesen gern\b",
           r"(?:um )?(?:den|diesen) (?:ganzen |vollständigen )?artikel (?:zu lesen|weiterzulesen)",
           r"(?:sie haben|du hast) (?:bereits |schon )?\d+ von \d+ (?:kostenlosen |freien |gratis )?(?:artikeln|beiträgen) gelesen"),
    "fr": (r"pour lire la suite", r"pour accéder en illimité", r"abonnez-vous (?:pour|à partir|dès)",
           r"soutenez(?:-nous| notre| le journalisme)", r"faites un don\b",
           r"vous avez (?:déjà )?lu \d+ (?:des|de vos|sur|articles sur) \d+"),
    "es": (r"suscríbete (?:para|ahora|desde)", r"hazte (?:socio|suscriptor|miembro)", r"apoya (?:nuestro|el) periodismo",
           r"(?:tú )?también puedes (?:hacer|apoyar) (?:periodismo|nuestro)", r"para seguir leyendo",
           r"(?:has|ha) leído \d+ de (?:tus |los |sus )?\d+ (?:artículos|notas|noticias)"),
    "it": (r"abbonati (?:per|ora|subito)", r"sostieni (?:il nostro |il )?(?:giornalismo|lavoro)", r"fai una donazione",
           r"per continuare a leggere", r"hai letto \d+ (?:di|su|dei) \d+ articoli"),
    "pt": (r"assine (?:já|agora|para)", r"apoie (?:o nosso |o )?jornalismo", r"faça uma doação", r"para continuar (?:lendo|a ler)",
           r"você (?:já )?leu \d+ de \d+ (?:artigos|matérias|reportagens|textos)"),
    "nl": (r"word (?:nu )?(?:lid|abonnee)\b", r"steun (?:ons|onze journalistiek|onafhankelijke)", r"lees verder met\b",
           r"(?:je hebt|u hebt|u heeft) (?:al )?\d+ van (?:de )?\d+ (?:gratis )?artikelen gelezen"),
    "pl": (r"wesprzyj (?:nas|niezależne|naszą)", r"zostań (?:patronem|subskrybentem)", r"przeczytaj (?:cały|dalszą część)",
           r"(?:przeczytałeś|przeczytałaś) (?:już )?\d+ z \d+ (?:darmowych |bezpłatnych )?artykułów"),
}
# The first words SUPPORT_ASKS' fragments can open with, folded: cleaners/promos.support_asks
# runs its pattern only on short lines opening with one (tests/test_support_asks.py checks
# that the set is exactly the fragments' openers).
SUPPORT_ASK_OPENERS = frozenset(
    """support please subscribe consider donate to continue you've you unterstütze unterstützen
    jede jetzt weiterlesen sie um den diesen pour abonnez-vous soutenez soutenez-nous faites suscríbete hazte
    apoya tú también para abbonati sostieni fai per assine apoie faça word steun lees wesprzyj zostań
    przeczytaj du vous has ha hai você je u przeczytałeś przeczytałaś""".split())

# The verbs that report speech after the quoted words, a comma or a closing quote before
# them ("Jede Spende zählt, sagte die Sprecherin", "« ... n'engagent que leurs auteurs », a
# rappelé le juge", "..., the minister said"): a line that quotes a notice or an ask and
# then reports who said it is the article's text (cleaners/speech.py).
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("said", "says", "told", "added", "noted", "explained", "stressed", "warned", "recalled", "insisted",
           "according to", "alleges", "alleged", "argues", "argued"),
    "de": ("sagte", "sagt", "betonte", "betont", "erklärte", "erklärt", "fügte", "meinte", "warnte", "erinnerte", "behauptet"),
    # Bare "dit" is also Dutch "this" ("..., dit kost jou niets extra"): only its inverted forms.
    "fr": ("a dit", "a déclaré", "a rappelé", "a ajouté", "a souligné", "a expliqué", "a estimé", "a averti",
           "dit-il", "dit-elle", "dit le", "dit la", "dit un", "dit une", "déclare", "rappelle", "souligne", "explique", "affirme", "selon"),
    "es": ("dijo", "afirmó", "señaló", "explicó", "añadió", "aseguró", "recordó", "advirtió", "dice", "afirma", "según"),
    "it": ("ha detto", "ha dichiarato", "ha spiegato", "ha aggiunto", "ha ricordato", "ha sottolineato", "dice",
           "spiega", "afferma", "secondo"),
    "pt": ("disse", "afirmou", "explicou", "acrescentou", "lembrou", "destacou", "diz", "afirma", "segundo"),
    "nl": ("zei", "zegt", "verklaarde", "benadrukte", "voegde", "aldus", "stelt", "volgens"),
    "pl": ("powiedział", "powiedziała", "dodał", "dodała", "podkreślił", "podkreśliła", "mówi", "twierdzi", "według"),
}

# The site disclosing that it earns from the links on its page, wherever the line stands
# (above the article, between its sections or below it): "We may earn commission from
# links on this page", "This post contains affiliate links", "As an Amazon Associate I
# earn from qualifying purchases", "Erhalten wir eine kleine Provision" (regex fragments,
# searched in a short line; the article's own reporting about commissions names someone
# else: "Streamers earn a commission when viewers buy").
AFFILIATE_DISCLOSURES: dict[str, tuple[str, ...]] = {
    # "we"/"I" must be the subject of the earning ("We’ll earn", "We and our partners may
    # earn"): "we found that creators earn a commission" is the article's reporting.
    "en": (r"\b(?:we|i)(?:['’](?:ll|d|ve)| and (?:our|its) (?:\w+ )?partners| (?:also|sometimes|often|occasionally|only|usually))?"
           r" (?:may |might |will |could |can )?(?:also |sometimes |often |occasionally )?(?:earn|receive|get|make) (?:a |an )?(?:small |tiny )?(?:affiliate )?(?:commissions?|compensation)\b",
           r"\bmay (?:earn|receive|get) (?:a |an )?(?:small |tiny )?(?:affiliate )?commissions?\b",
           r"\b(?:post|article|page|site|website|blog|podcast|video|review|guide)\b[^.!?]{0,30}?\b(?:may )?(?:contains?|uses?|includes?) (?:\w+ )?affiliate links?",
           r"\bas an amazon (?:associate|affiliate)\b"),
    "de": (r"\b(?:erhalten|bekommen|verdienen) wir (?:ggf\. |eventuell |unter umständen |möglicherweise )?(?:eine )?(?:kleine )?provision",
           r"\b(?:beitrag|artikel|text|seite) enthält (?:\w+ )?(?:affiliate|werbe|provisions)-?links"),
    "fr": (r"\bnous (?:pouvons |pourrions )?(?:percevoir|toucher|recevoir) une (?:petite )?commission",
           r"\b(?:article|page|site) contient des liens (?:affiliés|d'affiliation|sponsorisés)"),
    "es": (r"\b(?:podemos|podríamos) (?:recibir|ganar|obtener) una (?:pequeña )?comisión",
           r"\b(?:artículo|post|página) contiene enlaces de afiliados?"),
    "it": (r"\b(?:potremmo|possiamo) (?:ricevere|guadagnare|percepire) una (?:piccola )?commissione",
           r"\b(?:articolo|pagina) contiene link (?:di )?affiliazion"),
    "pt": (r"\b(?:podemos|poderemos) (?:receber|ganhar) uma (?:pequena )?comissão",
           r"\b(?:artigo|post|página) contém links de afiliados?"),
    "nl": (r"\b(?:ontvangen|krijgen|verdienen) (?:wij|we) (?:mogelijk |soms )?(?:een )?(?:kleine )?commissie",
           r"\b(?:artikel|pagina) bevat (?:\w+ )?affiliate-?links"),
    "pl": (r"\botrzymujemy (?:niewielką )?prowizję", r"\bmożemy otrzymać (?:niewielką )?prowizję",
           r"\b(?:artykuł|wpis|strona) zawiera linki afiliacyjne"),
}
# Every fragment of AFFILIATE_DISCLOSURES holds one of these (tests/test_affiliate_disclosures.py).
AFFILIATE_ANCHORS: tuple[str, ...] = (
    "commission", "compensation", "affili", "amazon", "provision", "comisión", "afiliado", "comissão",
    "commissie", "prowizj", "afiliacyjn",
)

# A shop's button printed on its own line in a buying guide: "Check price at Amazon",
# "View Deal", "See Pricing", "Preis prüfen bei ...", "Voir l'offre" (regex fragments,
# matched at the line's start; cleaners/promos.shop_buttons).
SHOP_BUTTONS: dict[str, tuple[str, ...]] = {
    "en": (r"(?:check|see|view|compare|get|shop)(?: the| our| today'?s| current| all| latest| best)? (?:price|prices|pricing|deals?|plans?|offers?|rates)\b",),
    "de": (r"(?:preis|preise|angebot|angebote) (?:prüfen|vergleichen|ansehen|checken)\b", r"zum (?:angebot|deal|shop)\b",
           r"(?:angebot|preis) (?:bei|auf) \S+ (?:ansehen|prüfen)\b"),
    "fr": (r"voir (?:le prix|les prix|l'offre|les offres|le tarif|les tarifs|le deal)\b", r"comparer les prix\b"),
    "es": (r"ver (?:el )?(?:precio|precios|oferta|ofertas|planes|tarifas)\b", r"comparar precios\b"),
    "it": (r"(?:vedi|verifica|controlla|scopri) (?:il |l')?(?:prezzo|prezzi|offerta|offerte)\b",),
    "pt": (r"ver (?:o )?(?:preço|preços|oferta|ofertas|planos)\b", r"comparar preços\b"),
    "nl": (r"bekijk (?:de )?(?:prijs|prijzen|aanbieding|deal|abonnementen)\b", r"(?:prijs|prijzen) (?:bekijken|vergelijken)\b"),
    "pl": (r"(?:sprawdź|zobacz|porównaj) (?:cenę|ceny|ofertę|oferty)\b",),
}

# A shop's banner that offers free shipping, at a line's start: "Free standard shipping on
# orders $40+", "Kostenloser Versand ab 50 €", "Livraison gratuite dès 60 €" (regex
# fragments; cleaners/promos.shipping_offers). The offer, then nothing or its terms after
# one of SHIPPING_TERMS ("on orders ...", "ab ...", "dès ...", "+ free returns").
SHIPPING_OFFERS: dict[str, tuple[str, ...]] = {
    "en": (r"free (?:standard |express |uk |us |next[- ]day )?(?:shipping|delivery)(?: (?:&|and|\+) (?:free )?returns)?",),
    "de": (r"kostenlose[rn]? (?:versand|lieferung|rücksendung)", r"gratis[- ]versand", r"versandkostenfrei(?:e lieferung)?"),
    "fr": (r"livraison (?:gratuite|offerte)(?: et retours? (?:gratuits?|offerts?))?",),
    "es": (r"env[íi]os? (?:gratis|gratuitos?)", r"entrega gratuita"),
    "it": (r"spedizion[ei] (?:gratuit[ae]|gratis)", r"consegna gratuita"),
    "pt": (r"frete gr[áa]tis", r"(?:envio|entrega|portes) gr[áa]tis"),
    "nl": (r"gratis (?:verzending|bezorging|verzonden)",),
    "pl": (r"darmowa (?:dostawa|wysyłka)", r"bezpłatna (?:dostawa|wysyłka)"),
}
# The orders or purchases a shipping offer's terms name ("on all orders", "für alle
# Bestellungen", "sur toute commande"): regex fragments, whole words.
SHIPPING_ORDERS: dict[str, tuple[str, ...]] = {
    "en": (r"orders?", r"purchases?"), "de": (r"bestell\w*", r"einkäuf\w*", r"einkauf\w*"),
    "fr": (r"commandes?", r"achats?"), "es": (r"pedidos?", r"compras?"), "it": (r"ordin[ei]", r"acquist[oi]"),
    "pt": (r"pedidos?", r"compras?"), "nl": (r"bestelling(?:en)?", r"aankopen"), "pl": (r"zamówie\w*", r"zakup\w*"),
}
# The words that open an offer's terms ("on orders over $50", "ab 50 €", "dès 60 €").
SHIPPING_TERMS: dict[str, tuple[str, ...]] = {
    "en": ("on", "for", "over", "when", "with", "from", "in", "to", "at"),
    "de": ("ab", "für", "bei", "auf", "in", "innerhalb"), "fr": ("dès", "à partir de", "pour", "sur", "en"),
    "es": ("en", "a partir de", "desde", "para", "por"), "it": ("per", "su", "da", "a partire da", "in"),
    "pt": ("em", "acima de", "a partir de", "para", "nas", "nos"), "nl": ("vanaf", "bij", "op", "voor", "in"),
    "pl": ("od", "przy", "na", "dla", "w"),
}

# A web form's own lines, printed where the dump flattens a sign-up or contact form: the
# captcha service's notice, a form plugin's hidden-field notes and the spam trap's label
# ("Leave this field blank"). Regex fragments, each matched against a whole line (from its
# start, to its end but for punctuation; cleaners/forms.form_chrome). Each says what the
# form or the site does, so a sentence of an article about captchas or forms holds none.
# The captcha notice ends there, or goes on to the service's own terms, which every
# translation names ("... and the Google Privacy Policy and Terms of Service apply", "... de
# Google s'appliquent"): a sentence that goes on otherwise ("..., but researchers beat it")
# is an article about the captcha.
_GOOGLE_TERMS = r"(?:[\W_]*$|\b.*\bgoogle\b.*)"
FORM_CHROME: dict[str, tuple[str, ...]] = {
    "en": (r"(?:this|the) (?:site|website|page|form) is protected by recaptcha" + _GOOGLE_TERMS,
           r"this field is (?:for validation purposes|hidden when viewing the form)\b.*",
           r"(?:please )?leave this field (?:blank|empty)", r"if you are (?:a )?human,? (?:please )?(?:ignore|leave) this field.*",
           r"this field should be left (?:blank|empty)\b.*"),
    "de": (r"diese (?:seite|website|webseite) (?:ist|wird) durch recaptcha geschützt" + _GOOGLE_TERMS,
           r"dieses feld (?:dient (?:zur|der) validierung|ist bei der anzeige des formulars ausgeblendet|wird bei der anzeige des formulars ausgeblendet)\b.*",
           r"(?:bitte )?dieses feld (?:bitte )?leer lassen"),
    "fr": (r"ce site est protégé par (?:le )?recaptcha" + _GOOGLE_TERMS,
           r"ce champ (?:n.est utilisé qu.à des fins de validation|sert à la validation|est masqué lors de l.affichage du formulaire)\b.*",
           r"(?:veuillez )?laisse[rz]? ce champ vide"),
    "es": (r"este sitio (?:web )?está protegido por recaptcha" + _GOOGLE_TERMS,
           r"este campo (?:es para (?:fines|propósitos) de validación|se oculta al ver el formulario)\b.*",
           r"(?:por favor,? )?deja(?:r)? este campo (?:vacío|en blanco)"),
    "it": (r"questo sito è protetto da recaptcha" + _GOOGLE_TERMS,
           r"questo campo (?:è per (?:finalità|scopi) di (?:convalida|validazione)|è nascosto quando si visualizza il modulo)\b.*",
           r"(?:per favore,? )?lascia(?:re)? (?:vuoto )?questo campo(?: vuoto)?"),
    "pt": (r"este site é protegido (?:pelo|por) recaptcha" + _GOOGLE_TERMS,
           r"este campo (?:é para (?:fins|efeitos) de validação|fica oculto ao visualizar o formulário)\b.*",
           r"(?:por favor,? )?deixe este campo (?:vazio|em branco)"),
    "nl": (r"deze (?:site|website) wordt beschermd door recaptcha" + _GOOGLE_TERMS,
           r"dit veld (?:is bedoeld voor validatie(?:doeleinden)?|is verborgen bij het bekijken van het formulier)\b.*",
           r"laat dit veld leeg"),
    "pl": (r"ta (?:strona|witryna) jest chroniona (?:przez )?recaptcha" + _GOOGLE_TERMS,
           r"to pole (?:służy do walidacji|jest ukryte)\b.*", r"pozostaw to pole puste"),
}
# Every line FORM_CHROME matches holds one of these (folded): the cleaner runs its
# pattern only on the lines that do.
FORM_CHROME_ANCHORS: tuple[str, ...] = (
    "recaptcha", "field", "feld", "champ", "campo", "veld", "pole",
)

# The line an advertisement leaves in the middle of an article: "Advertisement - Continue
# Reading Below", "Weiter nach der Anzeige", "La suite après la publicité" (phrases, each a
# whole line with at most an advertising word before it: AD_WORDS).
AD_CONTINUATIONS: dict[str, tuple[str, ...]] = {
    "en": ("continue reading below", "scroll to continue reading", "scroll to continue with content",
           "story continues below advertisement", "article continues below advertisement",
           "story continues below", "article continues below", "content continues below"),
    "de": ("weiter nach der anzeige", "weiter nach der werbung", "weiterlesen nach der anzeige",
           "lesen sie nach der anzeige weiter", "artikel wird nach der anzeige fortgesetzt",
           "der artikel wird unter der anzeige fortgesetzt", "der text wird unter der anzeige fortgesetzt",
           "fortsetzung nach der anzeige"),
    "fr": ("la suite après la publicité", "la suite après cette publicité", "l'article continue après la publicité",
           "l'article se poursuit après la publicité", "poursuivez votre lecture ci-dessous",
           "la suite de l'article après cette publicité"),
    "es": ("la noticia continúa tras la publicidad", "el artículo continúa tras la publicidad",
           "sigue leyendo después de la publicidad", "continúa leyendo después del anuncio",
           "sigue leyendo debajo", "continúa después de la publicidad"),
    "it": ("continua a leggere dopo la pubblicità", "l'articolo continua dopo la pubblicità",
           "continua dopo la pubblicità", "continua a leggere sotto", "prosegue dopo la pubblicità"),
    "pt": ("continua depois da publicidade", "continua após a publicidade", "a matéria continua após a publicidade",
           "o artigo continua após a publicidade", "continue a ler depois da publicidade", "continue lendo abaixo"),
    "nl": ("lees verder onder de advertentie", "het artikel gaat verder onder de advertentie",
           "het artikel gaat verder na de advertentie", "lees verder na de advertentie", "lees verder hieronder"),
    "pl": ("czytaj dalej pod reklamą", "dalsza część artykułu pod reklamą", "dalszy ciąg pod reklamą",
           "artykuł jest kontynuowany pod reklamą"),
}
# The advertising word that may stand before such a line ("Advertisement - ", "Anzeige · ").
AD_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("advertisement", "advertising", "ad", "sponsored"), "de": ("anzeige", "werbung"),
    "fr": ("publicité", "pub"), "es": ("publicidad", "anuncio"), "it": ("pubblicità",),
    "pt": ("publicidade", "anúncio"), "nl": ("advertentie", "reclame"), "pl": ("reklama",),
}

# More headings over a list of other articles, as whole lines (body2, s23; trafeval-dev
# tune kept "Ähnliche Nachrichten", "Die meistgelesenen Artikel bei SWR.de/Sport",
# "Vorschau auf den nächsten Artikel" between or after the paragraphs): "similar news",
# "the most read articles", "next article" wordings. related.py allows a site after
# them ("... bei SWR.de/Sport", "... on BBC News").
MORE_RELATED_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("similar news", "similar articles", "similar stories", "similar posts", "the most read articles",
           "the most read stories", "the most popular articles", "next article preview", "preview of the next article"),
    "de": ("ähnliche nachrichten", "ähnliche meldungen", "ähnliche themen", "die meistgelesenen artikel",
           "die meistgelesenen nachrichten", "die meistgelesenen beiträge", "meistgelesene nachrichten",
           "meistgelesene beiträge", "vorschau auf den nächsten artikel", "vorschau auf den nächsten beitrag"),
    "fr": ("actualités similaires", "articles similaires", "les articles les plus lus", "les actualités les plus lues",
           "article suivant", "article précédent", "aperçu de l'article suivant"),
    "es": ("noticias similares", "artículos similares", "los artículos más leídos", "las noticias más leídas",
           "artículo siguiente", "siguiente artículo", "artículo anterior"),
    "it": ("notizie simili", "articoli simili", "gli articoli più letti", "le notizie più lette",
           "articolo successivo", "prossimo articolo", "articolo precedente"),
    "pt": ("notícias semelhantes", "notícias similares", "artigos semelhantes", "os artigos mais lidos",
           "as notícias mais lidas", "próximo artigo", "artigo seguinte", "artigo anterior"),
    "nl": ("vergelijkbaar nieuws", "vergelijkbare artikelen", "soortgelijke artikelen", "meest gelezen artikelen",
           "meest gelezen nieuws", "volgend artikel", "vorig artikel"),
    "pl": ("podobne wiadomości", "podobne artykuły", "najczęściej czytane artykuły", "najczęściej czytane wiadomości",
           "następny artykuł", "poprzedni artykuł"),
}
# The word before a site's name after such a heading: "... bei SWR.de", "... on BBC News".
SITE_PREPOSITIONS: tuple[str, ...] = ("on", "at", "from", "bei", "auf", "von", "sur", "de", "en", "su", "di",
                                      "em", "no", "na", "op", "bij", "van", "w", "z")

# The site asking the reader about the article it just read, or to pass it on (regex
# fragments, matched at a short line's start; issue 16, trafeval-dev tune kept "Gefällt
# Ihnen dieser Artikel?", "Fanden Sie diesen Artikel nützlich?", "Artikel gefallen?
# Vergiss nicht zu teilen!", "Empfiehl dies deinen Freunden.", "If you enjoyed reading
# this post – would you consider supporting our work?"). Each names the article (or
# "this") and the reader's verdict or the sharing, so a sentence of an article opening
# "Die Leser fanden den Artikel ..." holds none.
ARTICLE_FEEDBACK: dict[str, tuple[str, ...]] = {
    "en": (r"(?:did|do) you (?:like|enjoy|love) (?:this|the|our) (?:article|post|story|blog post|piece)\b",
           r"(?:if you )?(?:enjoyed|liked|loved) (?:reading )?(?:this|the|our) (?:article|post|story|blog post|piece)\b",
           r"(?:was|is) this (?:article|post|story|page|information) (?:helpful|useful)\b",
           r"did you find this (?:article|post|story|page|information) (?:helpful|useful|interesting)\b",
           r"share this (?:article|post|story) with (?:your )?(?:friends|others|family)\b",
           r"(?:please )?(?:don'?t|do not) forget to share\b"),
    "de": (r"(?:hat |haben )?(?:ihnen |dir |euch )?(?:der |dieser |den |unser )?(?:artikel|beitrag|blogbeitrag) gefallen\b",
           r"gefällt (?:ihnen|dir|euch) (?:der|dieser|unser) (?:artikel|beitrag|blogbeitrag)\b",
           r"(?:fanden|finden) sie (?:diesen|den) (?:artikel|beitrag) (?:nützlich|hilfreich|interessant|gut)\b",
           r"(?:fandest|findest) du (?:diesen|den) (?:artikel|beitrag) (?:nützlich|hilfreich|interessant|gut)\b",
           r"war (?:dieser|der) (?:artikel|beitrag) (?:hilfreich|nützlich|interessant)\b",
           r"(?:den|diesen) (?:artikel|beitrag) mit (?:anderen|freunden|deinen freunden|ihren freunden) teilen\b",
           r"empfiehl (?:dies|diesen artikel|den artikel|diesen beitrag|uns) (?:deinen|euren) freunden\b",
           r"empfehlen sie (?:dies|diesen artikel|den artikel|diesen beitrag|uns) (?:ihren freunden|weiter)\b",
           r"vergiss nicht,? (?:ihn |den artikel |diesen artikel |den beitrag )?zu teilen\b",
           r"vergessen sie nicht,? (?:ihn |den artikel |diesen artikel |den beitrag )?zu teilen\b"),
    "fr": (r"(?:cet article|ce billet) vous a(?:-t-il)? (?:plu|été utile)\b",
           r"(?:vous avez|avez-vous) aimé (?:cet|l') ?article\b",
           r"partagez (?:cet|l') ?article (?:avec|à) vos (?:amis|proches)\b",
           r"n'oubliez pas de (?:le )?partager\b"),
    "es": (r"¿?(?:te|le) (?:ha )?gustó (?:este|esta|el|la) (?:artículo|nota|noticia|post)\b",
           r"¿?(?:te|le) ha gustado (?:este|esta|el|la) (?:artículo|nota|noticia|post)\b",
           r"¿?(?:te|le) (?:ha )?(?:resultado|parecido) útil (?:este|esta) (?:artículo|nota|información)\b",
           r"¿?(?:fue|es) útil (?:este|esta) (?:artículo|nota|información)\b",
           r"comparte (?:este|esta) (?:artículo|nota|noticia) con tus amigos\b",
           r"no olvides compartir(?:lo|la)?\b"),
    "it": (r"ti è piaciuto (?:questo|l') ?articolo\b", r"(?:questo|l') ?articolo ti è (?:piaciuto|stato utile)\b",
           r"condividi (?:questo|l') ?articolo con i tuoi amici\b", r"non dimenticare di condivider(?:e|lo)\b"),
    "pt": (r"gostou (?:deste|desta|do|da) (?:artigo|matéria|post|notícia|texto)\b",
           r"(?:este|esse) (?:artigo|conteúdo) (?:foi|é) útil\b",
           r"compartilhe (?:este|esta) (?:artigo|matéria|notícia) com (?:seus )?amigos\b",
           r"não se esqueça de compartilhar\b"),
    "nl": (r"vond je dit (?:artikel|bericht|stuk) (?:leuk|nuttig|interessant)\b",
           r"vind je dit (?:artikel|bericht|stuk) (?:leuk|nuttig|interessant)\b",
           r"was dit (?:artikel|bericht) (?:nuttig|handig)\b", r"deel dit (?:artikel|bericht) met (?:je|uw) vrienden\b",
           r"vergeet (?:het )?niet te delen\b"),
    "pl": (r"(?:czy )?podobał (?:ci|wam|się) (?:się )?(?:ten )?artykuł\b", r"czy ten artykuł był (?:pomocny|przydatny)\b",
           r"udostępnij (?:ten )?artykuł znajomym\b", r"nie zapomnij (?:go )?udostępnić\b"),
}

# A comment form's own notes: who may write, what is published, when it closes
# ("Du musst angemeldet sein, um einen Kommentar abzugeben.", "E-Mail (wird benötigt und
# nicht veröffentlicht)", "Die Kommentarfunktion wird 2 Tage nach ... geschlossen"; regex
# fragments matched at a short line's start, after a "Hinweis:" label maybe). Each names
# the form's act in the second person or the comment function itself.
COMMENT_FORM_NOTES: dict[str, tuple[str, ...]] = {
    "en": (r"you must be (?:logged in|signed in|registered) to (?:post|leave|write|add|submit) (?:a )?comments?\b",
           r"(?:your )?e-?mail(?: address)? (?:\((?:required|will not be published)[^)]*\)|will not be published)",
           r"comments? (?:are|is) closed\b", r"(?:the )?comment(?:ing)? (?:section|function) (?:is|will be) closed\b"),
    "de": (r"(?:du musst|sie müssen) (?:angemeldet|eingeloggt|registriert) sein,? um (?:einen )?kommentar",
           r"(?:deine |ihre )?e-?mail(?:-adresse)? (?:\((?:wird )?(?:benötigt|erforderlich|pflichtfeld)?[^)]*nicht veröffentlicht[^)]*\)|wird nicht veröffentlicht)",
           r"die kommentarfunktion (?:wird|ist) .{0,80}\b(?:geschlossen|deaktiviert)\b",
           r"kommentare sind (?:geschlossen|deaktiviert)\b",
           r"bitte (?:registrieren|melden) sie sich .{0,40}\bnetiquette\b",
           r"um neue (?:beiträge|artikel) per e-?mail zu erhalten\b"),
    "fr": (r"vous devez être (?:connecté|inscrit|identifié)e? pour (?:publier|poster|laisser|rédiger) un commentaire\b",
           r"(?:votre )?adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée\b",
           r"les commentaires sont fermés\b"),
    "es": (r"debes (?:estar registrado|iniciar sesión|estar conectado) para (?:publicar|dejar|escribir) un comentario\b",
           r"tu (?:dirección de )?(?:correo|e-?mail)(?: electrónico)? no (?:será|se) publicad[oa]\b",
           r"los comentarios están cerrados\b"),
    "it": (r"devi (?:essere connesso|effettuare il login|essere registrato) per (?:pubblicare|inviare|lasciare) un commento\b",
           r"il tuo indirizzo (?:e-?mail) non sarà pubblicato\b", r"i commenti sono chiusi\b"),
    "pt": (r"você precisa (?:estar logado|fazer login|estar conectado) para (?:publicar|postar|enviar) um comentário\b",
           r"o (?:seu )?(?:endereço de )?e-?mail não será publicado\b", r"os comentários estão (?:fechados|encerrados)\b"),
    "nl": (r"je moet (?:ingelogd|aangemeld) zijn om (?:een reactie|te reageren)\b",
           r"(?:je|uw) e-?mailadres wordt niet gepubliceerd\b", r"reacties zijn gesloten\b"),
    "pl": (r"musisz być zalogowany,? (?:aby|żeby) (?:dodać|opublikować|napisać) komentarz\b",
           r"twój adres (?:e-?mail) nie zostanie opublikowany\b", r"komentarze są (?:zamknięte|wyłączone)\b"),
}
