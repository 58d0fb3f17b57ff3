import codecs
import gzip

import pytest

import newsclean
from newsclean.sources import decode_bytes, looks_like_html, read_source

PARAGRAPH = ("Café owners in the old town said the new rules, announced on Monday by the city council, "
             "would force many of them to close their terraces before the summer season begins.")
HTML = f"<html><head><title>Café rules</title></head><body><article><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>"


def test_bom_wins():
    assert decode_bytes(codecs.BOM_UTF8 + "Café".encode()) == "Café"
    assert decode_bytes(codecs.BOM_UTF16_LE + "Café".encode("utf-16-le")) == "Café"


def test_meta_charset_is_honoured():
    page = f'<html><head><meta charset="windows-1252"></head><body><p>{PARAGRAPH}</p></body></html>'
    assert "Café" in decode_bytes(page.encode("cp1252"))


def test_wrong_declaration_does_not_crash():
    page = f'<html><head><meta charset="utf-8"></head><body><p>{PARAGRAPH}</p></body></html>'
    text = decode_bytes(page.encode("cp1252"))
    assert "Caf" in text
    page = f'<html><head><meta charset="no-such-codec"></head><body><p>{PARAGRAPH}</p></body></html>'
    assert "Café" in decode_bytes(page.encode("utf-8"))


def test_sniffing():
    assert looks_like_html(HTML)
    assert not looks_like_html("Prices rose 3% <as expected> in May.")


def test_paths_and_gzip(tmp_path):
    plain = tmp_path / "page.html"
    plain.write_text(HTML, encoding="utf-8")
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(HTML.encode()))
    assert read_source(str(plain)).source_type == "html"
    assert newsclean.extract(packed).body == newsclean.extract(plain).body != ""


def test_missing_path_and_wrong_type_raise_one_documented_error(tmp_path):
    with pytest.raises(newsclean.NewscleanError):
        newsclean.extract(tmp_path / "missing.html")
    with pytest.raises(newsclean.NewscleanError):
        newsclean.extract(42)  # type: ignore[arg-type]
    broken = tmp_path / "broken.gz"
    broken.write_bytes(gzip.compress(b"<p>hello</p>" * 100)[:30])
    with pytest.raises(newsclean.NewscleanError):
        newsclean.extract(broken)


@pytest.mark.parametrize("source", ["", "   \n\n ", b"", bytes(range(256)) * 20, "<html></html>", "<<<>>>"])
def test_bad_input_gives_an_empty_article(source):
    article = newsclean.extract(source)
    assert article.body == ""


def test_text_lines_become_blocks_with_bullets_and_breaks():
    from newsclean.text import text_to_blocks

    text = "Weather\r\n▪ Rain\tby\u00a0noon\r\n\r\n  - Wind  \n* Snow later\n• \n\n1. Intro\n-5 degrees overnight\n–  Fog"
    got = [(b.tag, b.text, b.blank_before) for b in text_to_blocks(text)]
    assert got == [
        ("p", "Weather", False),
        ("li", "Rain by noon", False),  # tab and no-break space folded to one space
        ("li", "Wind", True),
        ("li", "Snow later", False),
        ("p", "•", False),  # a bullet with nothing after it is not an item
        ("p", "1. Intro", True),  # numbered lines stay paragraphs (numbered subheadings read the same)
        ("p", "-5 degrees overnight", False),  # a minus sign is not a bullet
        ("li", "Fog", False),
    ]
