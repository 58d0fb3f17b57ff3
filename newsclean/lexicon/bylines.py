"""Byline vocabulary: by-labels, roles, name conjunctions and particles, agencies, by language.

A byline is "<label> <names>[, <agency or role>]": "By Jane Doe and John Roe, Reuters",
"Von Volkmar Kabisch und Benedikt Strunz, NDR", "Par Marie Dupont et Jean Martin".
"""
from __future__ import annotations

from . import merged

# The word (or words) before the names. Matched case-insensitively, then whitespace.
BY_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("by", "written by", "words by"),
    "de": ("von", "text von", "geschrieben von"),
    "fr": ("par", "écrit par"),
    "es": ("por", "escrito por"),
    "it": ("di", "scritto da"),
    "pt": ("por", "escrito por"),
    "nl": ("door", "geschreven door"),
    # "Napisał: Jan Kowalski", "napisała Anna Nowak": the verb (he / she wrote) is the label.
    "pl": ("przez", "napisane przez", "napisał", "napisała"),
    # Scripts without capitals: a label alone tells a byline there ("بقلم أحمد منصور").
    "ar": ("بقلم",),
}
# A label with a colon ("Author: Jane Doe", "Autor: Jan Kowalski").
AUTHOR_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("author", "authors", "contributor", "contributors", "text", "words"),
    "de": ("autor", "autorin", "autoren", "text"),
    "fr": ("auteur", "auteurs", "auteure", "texte"),
    "es": ("autor", "autora", "autores", "texto"),
    "it": ("autore", "autrice", "autori", "testo"),
    "pt": ("autor", "autora", "autores", "texto"),
    "nl": ("auteur", "auteurs", "tekst"),
    "pl": ("autor", "autorka", "autorzy", "tekst"),
    "ru": ("автор", "авторы", "текст"),
    "uk": ("автор", "автори", "текст"),
    "el": ("συντάκτης", "συντάκτρια", "συγγραφέας"),
    "ar": ("الكاتب", "الكاتبة", "المؤلف"),
    "hi": ("लेखक", "लेखिका"),
}

# Words joining names: "Jane Doe and John Roe", "Jan Strozyk und Benedikt Strunz".
NAME_CONJUNCTIONS: dict[str, tuple[str, ...]] = {
    "en": ("and",), "de": ("und",), "fr": ("et",), "es": ("y", "e"), "pt": ("e",), "it": ("e", "ed"), "nl": ("en",),
    "pl": ("i", "oraz"),
}

# Name particles that stay lower-case inside a name ("Ludwig van Beethoven").
NAME_PARTICLES: frozenset[str] = frozenset({
    "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von",
    "ter", "bin", "al", "el", "dos", "das", "y"})

# Words that are never part of a person's name line but start many capitalised UI lines
# ("Share This Article", "Privacy Policy", "Latest News").
NOT_NAME_WORDS: dict[str, frozenset[str]] = {"en": frozenset({
    "about", "account", "ad", "advertise", "advertisement", "all", "also", "article", "articles",
    "back", "breaking", "business", "categories", "category", "click", "comment", "comments",
    "contact", "copy", "cookie", "cookies", "copyright", "culture", "daily", "download", "editor",
    "editorial", "email", "entertainment", "facebook", "finance", "follow", "font", "health",
    "home", "latest", "life", "like", "link", "live", "login", "menu", "min", "more", "most",
    "news", "newsletter", "next", "opinion", "our", "policy", "politics", "popular", "post",
    "posts", "previous", "print", "privacy", "read", "reading", "related", "reserved", "rights",
    "science", "search", "share", "sign", "sports", "staff", "stories", "story", "subscribe",
    "tech", "terms", "the", "this", "top", "trending", "twitter", "updated", "us", "video",
    "videos", "watch", "whatsapp", "world", "you", "your", "published", "photo", "image",
    "source", "team", "press", "media", "week", "today", "wire", "desk", "report", "reports",
    # cookie banners and widget buttons, seen as "names" in text dumps ("Accept Reject")
    "accept", "reject", "decline", "allow", "agree", "manage", "settings", "preferences",
    "disclosure", "caption", "hide", "show", "select",
}),
    "de": frozenset({"startseite", "suche", "menü", "anzeige", "werbung", "gesponsert", "gesponserte", "inhalte",
                     "inhalt", "artikel", "teilen", "kommentare", "kommentar", "mehr", "lesen", "newsletter",
                     "abonnieren", "impressum", "datenschutz", "kontakt", "nachrichten", "themen", "video", "audio",
                     "bilder", "fotos", "weitere", "alle", "viele", "neue", "aktuell", "aktuelle"}),
    "fr": frozenset({"accueil", "partager", "commentaires", "lire", "aussi", "recherche", "abonnez", "publicité",
                     "actualités", "articles", "suivez", "newsletter", "contact", "vidéos"}),
    "es": frozenset({"inicio", "compartir", "comentarios", "leer", "más", "buscar", "publicidad", "noticias",
                     "suscríbete", "artículos", "síguenos", "contacto", "vídeos"}),
    "it": frozenset({"condividi", "commenti", "leggi", "anche", "cerca", "pubblicità", "notizie", "articoli",
                     "seguici", "contatti", "iscriviti"}),
    "pt": frozenset({"início", "partilhar", "compartilhar", "comentários", "leia", "mais", "pesquisar",
                     "publicidade", "notícias", "artigos", "siga", "contato", "contacto"}),
    "nl": frozenset({"delen", "reacties", "lees", "meer", "zoeken", "advertentie", "nieuws", "artikelen", "volg"}),
    "pl": frozenset({"udostępnij", "komentarze", "czytaj", "więcej", "szukaj", "reklama", "wiadomości", "artykuły"}),
}

# News agencies: named after the people in a byline, or after a caption, never people.
AGENCIES: tuple[str, ...] = (
    "reuters", "associated press", "ap", "afp", "agence france-presse", "bloomberg", "dpa", "ani", "pti",
    "ians", "upi", "efe", "ansa", "tass", "xinhua", "cnn", "bbc",
    "epd", "kna", "sid", "apa", "sda", "belga", "anp", "pap", "lusa", "europa press", "agencia efe", "ats",
    "keystone-sda", "getty images", "getty", "imago", "picture alliance", "shutterstock", "istock")
# Roles written in a byline's place or after the names, never a person.
BYLINE_ROLES: dict[str, tuple[str, ...]] = {
    "en": ("staff", "staff writer", "contributor", "correspondent", "editor", "reporter", "senior writer",
           "writer", "columnist", "guest author", "freelance writer"),
    "de": ("redaktion", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "autor", "autorin"),
    "fr": ("rédaction", "journaliste", "correspondant", "correspondante", "envoyé spécial", "envoyée spéciale"),
    "es": ("redacción", "corresponsal", "periodista", "enviado especial", "enviada especial"),
    "it": ("redazione", "corrispondente", "giornalista", "inviato", "inviata"),
    "pt": ("redação", "redacção", "correspondente", "jornalista", "enviado especial"),
    "nl": ("redactie", "correspondent", "verslaggever", "journalist"),
    "pl": ("redakcja", "korespondent", "korespondentka", "dziennikarz", "dziennikarka"),
}

ALL_BY_LABELS = merged(BY_LABELS)
ALL_AUTHOR_LABELS = merged(AUTHOR_LABELS)
ALL_NAME_CONJUNCTIONS = merged(NAME_CONJUNCTIONS)
ALL_NOT_NAME_WORDS: frozenset[str] = frozenset().union(*NOT_NAME_WORDS.values())
ALL_BYLINE_ROLES = merged(BYLINE_ROLES)

# Words before a by-label that still introduce the writer ("Written by", "Posted by",
# "Ein Beitrag von", "Propos recueillis par", "Articolo di", "Artikel door"): the kind
# of piece, or how it was written.
WRITTEN_BY_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("written", "posted", "words", "published", "text", "story", "article", "interview", "guide", "column",
           "essay"),
    "de": ("beitrag", "ein beitrag", "gastbeitrag", "artikel", "kolumne", "reportage", "interview"),
    "fr": ("propos recueillis", "entretien réalisé", "article", "chronique", "tribune", "reportage"),
    "es": ("artículo", "columna", "crónica", "reportaje", "entrevista"),
    "it": ("articolo", "intervista", "rubrica", "testo"),
    "pt": ("artigo", "coluna", "crônica", "reportagem", "entrevista"),
    "nl": ("artikel", "interview", "column", "tekst", "verslag"),
}
# Words before a "by" inside a line that still introduce the writer ("Written on May 2 by",
# "Posted on ... by"); the published/updated labels count too (lexicon/dates.py).
BYLINE_LEADS: dict[str, tuple[str, ...]] = {"en": ("written", "on")}
# Words before "by" naming another part than the writing: a reviewer, an editor, a
# photographer, a sponsor ("Medically reviewed by", "Hero image by", "Powered by").
OTHER_ROLES: dict[str, tuple[str, ...]] = {"en": (
    "reviewed", "edited", "checked", "tested", "verified", "photo", "photos", "photograph", "photographs",
    "photography", "image", "images", "illustration", "illustrations", "illustrated", "video", "produced",
    "sponsored", "powered", "presented", "hosted", "narrated", "translated", "designed",
    "sort", "sorted", "filter", "filtered", "browse", "shop", "search"),
    "de": ("foto", "fotos", "bild", "bilder", "grafik", "video", "kamera", "schnitt", "illustration", "übersetzt",
           "moderiert", "präsentiert", "redigiert", "geprüft"),
    "fr": ("photo", "photos", "vidéo", "illustration", "image", "images", "traduit", "présenté", "édité", "vérifié"),
    "es": ("foto", "fotos", "fotografía", "imagen", "imágenes", "vídeo", "video", "ilustración", "traducido",
           "editado", "revisado", "presentado"),
    "it": ("foto", "video", "immagine", "immagini", "illustrazione", "tradotto", "revisionato", "a cura"),
    "pt": ("foto", "fotos", "fotografia", "imagem", "imagens", "vídeo", "ilustração", "traduzido", "editado",
           "revisado"),
    "nl": ("foto", "foto's", "beeld", "video", "illustratie", "vertaald", "bewerkt"),
    "pl": ("zdjęcie", "zdjęcia", "fot.", "wideo", "ilustracja", "tłumaczenie", "redakcja"),
}
# Labels after the names where a byline line goes on about something else (a date, a review).
# ("Last updated" and its translations: lexicon/dates.LAST_UPDATED.)
BYLINE_STOPS: dict[str, tuple[str, ...]] = {"en": (
    "published", "updated", "posted", "fact-checked", "fact checked", "reviewed", "medically reviewed",
    "edited", "photos", "photography",
    # the writer speaks for a group: "Niko Matsakis on behalf of the Vision Doc group"
    "on behalf of"),
    "de": ("im auftrag", "im namen"), "fr": ("au nom de", "pour le compte de"), "es": ("en nombre de", "en representación de"),
    "it": ("per conto di", "a nome di"), "pt": ("em nome de",), "nl": ("namens", "in opdracht van"),
    "pl": ("w imieniu",)}
# Job titles written after a name: "Jane Doe Senior Editor".
JOB_TITLES: dict[str, tuple[str, ...]] = {"en": (
    "senior", "executive", "managing", "contributing", "associate", "deputy", "chief", "staff", "lead", "head",
    "digital", "editor", "editorial", "reporter", "correspondent", "columnist", "contributor", "writer",
    "director", "founder", "co-founder", "ceo", "cto", "cfo", "president", "vice", "professor", "analyst",
    "producer", "manager", "former"),
    "de": ("redakteur", "redakteurin", "korrespondent", "korrespondentin", "chefredakteur", "chefredakteurin",
           "reporter", "reporterin", "autor", "autorin", "leiter", "leiterin",
           "ehemaliger", "ehemalige"),
    "fr": ("journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "envoyé", "envoyée",
           "chroniqueur", "chroniqueuse", "ancien", "ancienne"),
    "es": ("periodista", "corresponsal", "redactor", "redactora", "enviado", "enviada", "columnista"),
    "it": ("giornalista", "corrispondente", "redattore", "redattrice", "inviato", "inviata"),
    "pt": ("jornalista", "correspondente", "redator", "redatora", "repórter", "colunista"),
    "nl": ("verslaggever", "redacteur", "correspondent", "journalist", "columnist"),
    "pl": ("dziennikarz", "dziennikarka", "korespondent", "korespondentka", "redaktor", "redaktorka"),
}

# A sentence that names the writer of the piece: "This post was written by Jane Doe",
# "Cet article a été écrit par Marie Dupont". The piece's words, then the verb before the
# by-label (the label itself is BY_LABELS'); text_byline_parse.written_by_sentence reads them.
PIECE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("post", "article", "story", "piece", "guide", "column", "essay", "review", "blog", "report", "entry"),
    "de": ("artikel", "beitrag", "text", "kolumne", "bericht", "blogbeitrag", "eintrag"),
    "fr": ("article", "billet", "texte", "chronique", "reportage", "guide"),
    "es": ("artículo", "texto", "columna", "entrada", "reportaje", "guía", "post"),
    "it": ("articolo", "testo", "post", "rubrica", "guida", "pezzo"),
    "pt": ("artigo", "texto", "post", "coluna", "reportagem", "guia"),
    "nl": ("artikel", "tekst", "blog", "bericht", "column", "stuk"),
    "pl": ("artykuł", "tekst", "wpis", "felieton", "poradnik"),
}
# The words that make the piece this page's own: "This post was written by", "Cet article a
# été écrit par" (and not "The story, written by Stephen King", another work's writer).
THIS_PIECE: dict[str, tuple[str, ...]] = {
    "en": ("this",),
    "de": ("dieser", "diese", "dieses", "diesen"),
    "fr": ("ce", "cet", "cette"),
    "es": ("este", "esta"),
    "it": ("questo", "questa", "quest'", "quest’"),
    "pt": ("este", "esta", "esse", "essa"),
    "nl": ("dit", "deze"),
    "pl": ("ten", "ta", "to", "tego"),
}
WRITTEN_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("written", "authored", "contributed", "penned"),
    "de": ("geschrieben", "verfasst"),
    "fr": ("écrit", "écrite", "rédigé", "rédigée"),
    "es": ("escrito", "escrita", "redactado", "redactada"),
    "it": ("scritto", "scritta", "redatto", "redatta"),
    "pt": ("escrito", "escrita", "redigido", "redigida"),
    "nl": ("geschreven",),
    # (Not "napisał", "napisała": those take no agent after them; they are BY_LABELS'.)
    "pl": ("napisany", "napisana", "napisane"),
}

# The auxiliary of a sentence that puts the verb of writing last, after the writer's
# name: "Dieser Artikel wurde von Anna Schmidt verfasst", "Dit artikel is door Jan de
# Vries geschreven" (text_byline_parse.written_by_sentence).
VERB_LAST_AUXILIARIES: dict[str, tuple[str, ...]] = {
    "de": ("wurde", "wird", "ist"),
    "nl": ("is", "werd", "wordt"),
}

ALL_PIECE_WORDS = merged(PIECE_WORDS)
ALL_VERB_LAST_AUXILIARIES = merged(VERB_LAST_AUXILIARIES)
ALL_THIS_PIECE = merged(THIS_PIECE)
ALL_WRITTEN_VERBS = merged(WRITTEN_VERBS)
ALL_WRITTEN_BY_PREFIXES = merged(WRITTEN_BY_PREFIXES)
ALL_BYLINE_LEADS = merged(BYLINE_LEADS)
ALL_OTHER_ROLES = merged(OTHER_ROLES)
ALL_BYLINE_STOPS = merged(BYLINE_STOPS)
ALL_JOB_TITLES = merged(JOB_TITLES)

# The words of JOB_TITLES that qualify a title and never end one ("Senior", "Managing",
# "Former"), and the words that name a whole desk ("Staff", "Redaktion"): a line ending
# in one of these may still be a byline ("EcoCult Staff"); a line of capitalised words
# ending in any other job title word ("Community Manager", "Technical Writer") is the
# title printed beside a name, not a name.
TITLE_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "en": ("senior", "executive", "managing", "contributing", "associate", "deputy", "chief", "lead", "head",
           "digital", "editorial", "vice", "former", "staff", "team", "desk"),
    "de": ("ehemaliger", "ehemalige", "redaktion"),
    "fr": ("ancien", "ancienne", "rédaction", "spécial", "spéciale"),
    "es": ("redacción", "especial"),
    "it": ("redazione",),
    "pt": ("redação", "redacção", "especial"),
    "nl": ("redactie",),
    "pl": ("redakcja",),
}
ALL_TITLE_QUALIFIERS = merged(TITLE_QUALIFIERS)

# The words that make a line of capitalised words a desk, a byline with no person in it:
# after the desk's name in English, German and Dutch ("Podium Staff", "TOI Lifestyle
# Desk", "The Currency editors"), before it in the Romance languages and Polish, and
# either way in German and Dutch ("Rédaction Europe", "Redacción Deportes", "Redakcja
# Sport", "Redaktion Wirtschaft").
# (Of these, only "team", "staff" and "desk" are NOT_NAME_WORDS, which looks_like_name
# rejects; text_byline_parse.desk_name is what tells a desk from a person's name.)
DESK_WORDS_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("team", "staff", "desk", "editors", "newsroom", "newsdesk"),
    "de": ("redaktion", "team"),
    "nl": ("redactie", "team"),
}
DESK_WORDS_BEFORE: dict[str, tuple[str, ...]] = {
    "de": ("redaktion",),
    "nl": ("redactie",),
    "fr": ("rédaction", "équipe"),
    "es": ("redacción", "equipo"),
    "it": ("redazione",),
    "pt": ("redação", "redacção", "equipe", "equipa"),
    "pl": ("redakcja", "zespół"),
}
ALL_DESK_WORDS_AFTER = merged(DESK_WORDS_AFTER)
ALL_DESK_WORDS_BEFORE = merged(DESK_WORDS_BEFORE)
# The articles a desk's name may start with after a by-label ("By the Lavazza Team";
# text_byline_parse.desk_name).
DESK_ARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("the",),
    "de": ("der", "die", "das"),
    "nl": ("de", "het"),
    "fr": ("le", "la"),
    "es": ("el", "la"),
    "it": ("il", "lo", "la"),
    "pt": ("o", "a"),
}
ALL_DESK_ARTICLES = merged(DESK_ARTICLES)
# The words that name a business's service or department, not an editorial desk: with a
# desk word they name a help page, a shop's people or an "about us" list ("Help Desk",
# "Support Team", "Sales Team", "Leadership Team", "Equipe Technique");
# text_byline_parse.desk_name refuses a desk with one of them among its other words.
# Not words a newsroom's desks are named by: "Tech Desk", "News Service", "Service
# Politique" (a French paper's politics desk) stay desks.
DESK_SERVICE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("help", "support", "sales", "customer", "customers", "front", "management", "leadership", "executive",
           "technical", "billing", "account", "accounts", "admin", "hr", "legal", "privacy"),
    "de": ("kundenservice", "kundendienst", "support", "vertrieb", "verkauf", "technik", "geschäftsführung",
           "verwaltung", "hilfe"),
    "nl": ("klantenservice", "verkoop", "techniek", "support", "directie", "beheer", "hulp"),
    "fr": ("technique", "commerciale", "commercial", "support", "direction", "clients", "client", "ventes",
           "assistance", "dirigeante", "gestion"),
    "es": ("ventas", "soporte", "técnico", "tecnico", "atención", "atencion", "clientes", "cliente", "dirección",
           "direccion", "directivo", "comercial", "ayuda", "gestión"),
    "it": ("vendite", "assistenza", "tecnico", "tecnica", "commerciale", "clienti", "direzione", "dirigenza", "supporto"),
    "pt": ("vendas", "suporte", "técnica", "tecnica", "técnico", "atendimento", "clientes", "diretoria", "direção",
           "comercial", "gestão", "ajuda"),
    "pl": ("sprzedaży", "obsługi", "techniczny", "wsparcia", "zarząd", "zarządu", "klienta", "pomocy"),
}
ALL_DESK_SERVICE_WORDS = frozenset(merged(DESK_SERVICE_WORDS))

# The words of a page's buttons and links that a renderer glues after a byline, before
# the rest of the button's words ("By A. J. Neal View In Digital Edition", "By Jane Doe
# Share On Facebook"): text_byline_parse drops one only where such a run follows it, as
# some are surnames too ("Jane Read", "Thomas More").
BUTTON_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("view", "share", "follow", "read", "print", "email", "subscribe", "see", "listen", "watch", "download"),
    "de": ("ansehen", "teilen", "folgen", "lesen", "drucken", "abonnieren", "anhören", "herunterladen"),
    "fr": ("voir", "partager", "suivre", "lire", "imprimer", "écouter", "télécharger"),
    "es": ("ver", "compartir", "seguir", "leer", "imprimir", "escuchar", "descargar"),
    "it": ("vedi", "condividi", "segui", "leggi", "stampa", "ascolta", "scarica"),
    "pt": ("ver", "partilhar", "compartilhar", "seguir", "ler", "imprimir", "ouvir", "baixar", "descarregar"),
    "nl": ("bekijk", "bekijken", "delen", "volg", "volgen", "lees", "lezen", "print", "luister", "downloaden"),
    "pl": ("zobacz", "udostępnij", "obserwuj", "czytaj", "drukuj", "posłuchaj", "pobierz"),
}
ALL_BUTTON_WORDS = frozenset(merged(BUTTON_WORDS))

# The offices a byline may name its writer by, before the name ("By Senator Jane Doe",
# "Von Bürgermeisterin Anna Schmidt"): the office is no part of the name. Not the
# offices that are also names or surnames ("Maire", "Alcalde", "Major"), nor "Dr." and
# other academic titles, which a page's own author field keeps ("Dr. Jane Doe").
PERSON_OFFICES: dict[str, tuple[str, ...]] = {
    "en": ("senator", "sen.", "governor", "gov.", "representative", "rep.", "congressman", "congresswoman",
           "councillor", "councilman", "councilwoman", "councilmember", "mayor", "minister", "president",
           "ambassador"),
    "de": ("senator", "senatorin", "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin",
           "minister", "ministerin", "abgeordneter", "abgeordnete", "botschafter", "botschafterin", "präsident",
           "präsidentin", "stadtrat", "stadträtin"),
    "fr": ("sénateur", "sénatrice", "ministre", "député", "députée", "ambassadeur", "ambassadrice", "président",
           "présidente", "conseiller", "conseillère"),
    "es": ("senador", "senadora", "ministro", "ministra", "diputado", "diputada", "embajador", "embajadora",
           "presidente", "presidenta", "concejal", "concejala"),
    "it": ("senatore", "senatrice", "sindaco", "ministro", "ministra", "deputato", "deputata", "ambasciatore",
           "ambasciatrice", "presidente", "consigliere", "consigliera"),
    "pt": ("senador", "senadora", "prefeito", "prefeita", "ministro", "ministra", "deputado", "deputada",
           "embaixador", "embaixadora", "presidente", "vereador", "vereadora"),
    "nl": ("senator", "burgemeester", "minister", "wethouder", "ambassadeur", "kamerlid", "president"),
    "pl": ("senator", "senatorka", "burmistrz", "prezydent", "minister", "ministra", "poseł", "posłanka",
           "ambasador", "radny", "radna"),
}
ALL_PERSON_OFFICES = frozenset(merged(PERSON_OFFICES))

# Function words that open or join a surname, written capitalised in title-case bylines
# ("Maria De Los Angeles Ruiz", "Anna Maria Lo Bianco", "Jan Willem Op Den Akker", "João
# Do Rio"), besides NAME_PARTICLES and the conjunctions: text_byline_parse never reads
# one as the start of the element a renderer glued after the names.
SURNAME_FUNCTION_WORDS: dict[str, tuple[str, ...]] = {
    "es": ("del", "los", "las"),
    "it": ("lo", "li", "dal", "dalla", "dalle", "dello", "delle", "dei", "degli", "della"),
    "pt": ("do", "dos", "da", "das"),
    "fr": ("des", "du"),
    "nl": ("op", "ten", "te", "uit", "aan", "het"),
    "de": ("zu", "zum", "zur", "vom"),
}
ALL_SURNAME_FUNCTION_WORDS = frozenset(merged(SURNAME_FUNCTION_WORDS))
