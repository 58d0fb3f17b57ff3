"""Words that name an organisation, never a person: departments, services, programmes,
policies, the officers that staff them, and the words newspapers are named by.

A line of capitalised words is read as a person's name when nothing says otherwise
("Jane Doe" beside the date). These words say otherwise: a page's department or
contact ("Public Safety", "Records Office", "Sécurité Publique"), a staff function
("Accounting Officer", "Pressesprecherin"), a topic heading ("Privacy Policies", "Tax
Tips") or an outlet after the writer's name ("Jane Doe / Mail Online", "Anna Rossi,
Corriere della Sera") (fields/names.py: split_byline).

Only words that are no common surname or given name: "Post", "Star", "Sun", "Hall",
"Church", "Park", "Guest", "Marshall", "Bishop", "King", "Mayor", "Chancellor",
"Kanzler", "Câmara", "Sprecher", and (found in review) "Service", "Portal", "Bureau",
"Company", "Maire" (Bruno Le Maire), "Alcalde", "Consigli", "Dienst", "Bote" and the
given name "Heraldo" are left out (the singulars "service" and "dienst" go; the plurals
stay). ("Hub" stays in, though a Dutch given name, Hub van Doorne: "Learn Hub" beside a
date on tune is a site's section, and a "Hub" writer is rarer.) So are the words of the
firms WCXB's tune split credits as authors ("Dental Care", "ASU Online", "Silverback
Strategies", "Block Renovation", "Method Architecture").
"""
from __future__ import annotations

from . import merged

# Departments, services, programmes and policies, the functions that staff them, and
# the offices of state a caption names a person by ("Presidente de EEUU, Joe Biden").
ORGANISATION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("department", "departments", "office", "offices", "officer", "officers", "ministry", "agency",
           "council", "committee", "commission", "division", "administration", "services", "program",
           "programs", "programme", "programmes", "policies", "regulations", "guidelines", "procedures", "safety",
           "security", "public", "compliance", "accounting", "procurement", "operations", "affairs", "communications",
           "resources", "solutions", "insights", "tips", "faq", "faqs", "hub", "center", "centre",
           "institute", "university", "foundation", "association", "federation", "inc", "llc", "ltd", "corp",
           "corporation", "group", "coordinator", "specialist", "assistant", "administrator",
           "consultant", "advisor", "adviser", "secretary", "treasurer", "spokesperson", "spokesman",
           "spokeswoman", "representative", "supervisor", "superintendent", "commissioner", "inspector",
           "technician", "intern", "volunteer", "president", "minister", "governor", "senator"),
    "de": ("abteilung", "amt", "behörde", "ministerium", "referat", "dienste", "dienstleistungen",
           "sicherheit", "öffentliche", "öffentlicher", "öffentlichen", "richtlinien", "programm", "programme",
           "beauftragte", "beauftragter", "sachbearbeiter", "sachbearbeiterin", "referent", "referentin",
           "sprecherin", "pressesprecher", "pressesprecherin", "pressestelle", "stiftung", "verband",
           "verein", "gesellschaft", "institut", "universität", "hochschule", "gmbh", "zentrum", "tipps",
           "ratgeber", "rathaus", "stadtverwaltung", "präsident", "präsidentin", "ministerin",
           "bürgermeister", "bürgermeisterin"),
    "fr": ("ministère", "département", "services", "agence", "mairie", "préfecture", "conseil",
           "comité", "commission", "sécurité", "publique", "public", "politique", "politiques", "programme",
           "responsable", "chargé", "chargée", "conseiller", "conseillère", "porte-parole", "secrétaire",
           "fondation", "institut", "université", "association", "société", "centre", "conseils", "astuces",
           "président", "présidente", "ministre", "sénateur", "sénatrice", "gouverneur"),
    "es": ("ministerio", "departamento", "oficina", "servicio", "servicios", "agencia", "ayuntamiento", "consejo",
           "comité", "comisión", "seguridad", "pública", "público", "política", "políticas", "programa",
           "programas", "responsable", "encargado", "encargada", "portavoz", "secretario", "secretaria", "asesor",
           "asesora", "fundación", "instituto", "universidad", "asociación", "sociedad", "centro", "consejos",
           "presidente", "presidenta", "ministro", "ministra", "alcaldesa", "senador", "senadora",
           "gobernador", "gobernadora"),
    "it": ("ministero", "dipartimento", "ufficio", "servizio", "servizi", "agenzia", "comune", "consiglio",
           "comitato", "commissione", "sicurezza", "pubblica", "pubblico", "politica", "politiche", "programma",
           "responsabile", "addetto", "addetta", "portavoce", "segretario", "segretaria", "consulente",
           "fondazione", "istituto", "università", "associazione", "società", "centro",
           "presidente", "ministro", "ministra", "sindaco", "senatore", "senatrice", "governatore"),
    "pt": ("ministério", "departamento", "escritório", "serviço", "serviços", "agência", "prefeitura",
           "conselho", "comitê", "comissão", "segurança", "pública", "público", "política", "políticas",
           "programa", "responsável", "assessor", "assessora", "porta-voz", "secretário", "secretária",
           "fundação", "instituto", "universidade", "associação", "sociedade", "centro", "dicas",
           "presidente", "presidenta", "ministro", "ministra", "prefeito", "prefeita", "senador", "senadora",
           "governador", "governadora"),
    "nl": ("ministerie", "afdeling", "diensten", "kantoor", "gemeente", "commissie",
           "veiligheid", "openbare", "beleid", "programma", "woordvoerder", "woordvoerster", "secretaris",
           "adviseur", "stichting", "instituut", "universiteit", "vereniging", "centrum", "tips", "president",
           "minister", "burgemeester", "senator"),
    "pl": ("ministerstwo", "departament", "wydział", "urząd", "biuro", "służba", "służby", "agencja", "komisja",
           "bezpieczeństwo", "publiczne", "publiczny", "polityka", "program", "rzecznik", "rzeczniczka",
           "sekretarz", "doradca", "fundacja", "instytut", "uniwersytet", "stowarzyszenie", "centrum", "porady",
           "prezydent", "minister", "burmistrz", "senator"),
}
ALL_ORGANISATION_WORDS = merged(ORGANISATION_WORDS)

# The words a newspaper or magazine is named by: after the writer's name in a byline
# they name the outlet, not a co-author ("Jane Doe / Mail Online", "Jan de Vries,
# Algemeen Dagblad").
OUTLET_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("times", "mail", "herald", "tribune", "journal", "gazette", "chronicle", "telegraph", "observer",
           "guardian", "express", "examiner", "inquirer", "courier", "dispatch", "bulletin", "magazine", "weekly",
           "mirror"),
    "de": ("zeitung", "tagblatt", "tageblatt", "anzeiger", "rundschau", "kurier", "allgemeine", "morgenpost",
           "abendblatt", "presse", "merkur"),
    "fr": ("journal", "quotidien", "gazette", "courrier", "dépêche", "hebdo", "magazine"),
    "es": ("diario", "periódico", "gaceta", "crónica", "semanario", "revista"),
    "it": ("giornale", "corriere", "gazzetta", "messaggero", "quotidiano", "settimanale", "rivista"),
    "pt": ("jornal", "folha", "correio", "diário", "gazeta", "revista", "tribuna"),
    "nl": ("krant", "dagblad", "courant", "nieuwsblad", "weekblad"),
    "pl": ("gazeta", "dziennik", "tygodnik", "kurier"),
}
ALL_OUTLET_WORDS = merged(OUTLET_WORDS)

# The word between the writer's name and the outlet they wrote for: "By Jane Doe for the
# Daily Mail", "Par Marie Dupont pour Le Monde", "Por Ana García para El País". In lower
# case only (names.py): capitalised, "Per" and "Para" are given names.
OUTLET_CONNECTORS: dict[str, tuple[str, ...]] = {
    "en": ("for",), "de": ("für",), "fr": ("pour",), "es": ("para",), "it": ("per",), "pt": ("para",),
    "nl": ("voor",), "pl": ("dla",),
}
ALL_OUTLET_CONNECTORS = merged(OUTLET_CONNECTORS)

# The words an organisation's account is named by when its words run together in lower
# case ("metronews", "cityhealth", "stadtzeitung": names.py), besides the words above:
# a site's subject or its news. ("post", "more", "live", "audio" and the like are not
# here: they end people's names, "Emilypost", "Gilmore", "Clive", "Claudio".)
SITE_NAME_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("news", "media", "daily", "today", "health", "tech", "sports", "world", "science", "finance",
           "business", "culture", "politics", "press", "wire"),
    "de": ("nachrichten", "aktuell"), "fr": ("actualités",), "es": ("noticias",), "it": ("notizie",),
    "pt": ("notícias",), "nl": ("nieuws",), "pl": ("wiadomości",),
}
ALL_SITE_NAME_WORDS = merged(SITE_NAME_WORDS)
