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
