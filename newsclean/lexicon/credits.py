"""Photo-credit vocabulary: the markers a caption's credit starts with, by language.

A caption ends with the picture's credit: "... Credit... Doug Mills/The New York Times",
"... Foto: dpa", "... Crédit photo : AFP", "... (Photo: Getty Images)", "... EFE". The
marker words are here; the agencies are bylines.AGENCIES.
"""
from __future__ import annotations

from . import merged

CREDIT_MARKERS: dict[str, tuple[str, ...]] = {
    "en": ("credit", "credits", "photo", "photos", "photograph", "photo credit", "image", "image credit", "picture",
           "illustration", "source", "courtesy", "photo courtesy", "via"),
    "de": ("foto", "fotos", "bild", "bildquelle", "quelle", "grafik", "illustration", "bildrechte", "copyright"),
    "fr": ("crédit", "crédits", "crédit photo", "photo", "illustration", "source", "image"),
    "es": ("foto", "fotos", "fotografía", "imagen", "crédito", "créditos", "fuente", "ilustración"),
    "it": ("foto", "immagine", "fonte", "credito", "crediti", "illustrazione"),
    "pt": ("foto", "fotos", "fotografia", "imagem", "crédito", "créditos", "fonte", "ilustração"),
    "nl": ("foto", "beeld", "bron", "illustratie"),
    "pl": ("fot.", "foto", "zdjęcie", "źródło", "ilustracja"),
}
ALL_CREDIT_MARKERS = merged(CREDIT_MARKERS)

# A picture's label before its credit or caption: "Foto: dpa", "Bild: Jahr Media" (the
# captions cleaner). CREDIT_MARKERS above are what a credit at a line's end starts with
# (the headline scorer): the lists overlap, but "source" or "via" end a line, they do
# not label a picture.
PHOTO_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("photo", "photos", "image", "picture", "credit", "photograph"),
    "de": ("foto", "fotos", "bild", "bilder", "titelbild", "beitragsbild", "symbolbild", "titelfoto",
           "bildquelle", "fotoquelle", "bildnachweis", "fotonachweis", "fotograf", "fotografin"),
    "fr": ("photo", "photos", "crédit", "crédits", "crédit photo", "image", "illustration"),
    "es": ("foto", "fotos", "fotografía", "imagen", "crédito", "créditos", "foto de", "ilustración"),
    "it": ("foto", "immagine", "credito", "crediti", "fotografia"),
    "pt": ("foto", "fotos", "imagem", "crédito", "créditos", "fotografia"),
    "nl": ("foto", "foto's", "beeld", "afbeelding", "fotograaf"),
    "pl": ("fot.", "foto", "zdjęcie", "zdjęcia", "źródło zdjęcia"),
}
