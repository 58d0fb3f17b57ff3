"""Bytes input on the HTML path: BOM, <meta charset> and the XML declaration come before detection."""
import codecs

import newsclean
from newsclean.read.source import decode_bytes

BODY = ("<p>Le conseil municipal a approuvé mardi le nouveau budget, qui augmente les dépenses pour les "
        "écoles et les transports publics de près de huit pour cent.</p>") * 3


def test_xml_declaration_encoding_is_honoured():
    page = f'<?xml version="1.0" encoding="iso-8859-1"?><html><body>{BODY}</body></html>'
    assert "approuvé" in decode_bytes(page.encode("iso-8859-1"))


def test_meta_charset_bytes_end_to_end():
    page = f'<html><head><meta charset="windows-1252"><title>Café – budget</title></head><body><h1>Café – budget</h1>{BODY}</body></html>'
    article = newsclean.extract(page.encode("windows-1252"))
    assert article.title == "Café – budget"
    assert "écoles" in article.body


def test_bom_beats_a_wrong_meta_charset():
    page = f'<html><head><meta charset="iso-8859-1"></head><body>{BODY}</body></html>'
    article = newsclean.extract(codecs.BOM_UTF8 + page.encode("utf-8"))
    assert "dépenses" in article.body
