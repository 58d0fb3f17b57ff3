import codecs
import gzip

import pytest

import newsclean
from newsclean.read.source import decode_bytes, looks_like_html, read_source

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
    assert read_source(plain).source_type == "html"
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
    from newsclean.read.text import text_to_blocks

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


# --- A str is content, never a file name (issue 12) ---

SECRET = "s3cr3t-token-that-must-never-leak"


def _article_text(article: newsclean.Article) -> str:
    return article.to_json(include_removed=True)


def test_a_str_naming_an_existing_file_is_never_read(tmp_path):
    secret = tmp_path / "notes.txt"
    secret.write_text(f"{SECRET}\n{PARAGRAPH}\n{PARAGRAPH}\n", encoding="utf-8")
    bare = tmp_path / "secret"  # no suffix: only the path separator gives it away
    bare.write_text(f"{SECRET}\n{PARAGRAPH}\n", encoding="utf-8")
    for name in (str(secret), str(bare), f"  {secret}  "):
        with pytest.raises(newsclean.NewscleanError, match=r"pathlib\.Path"):
            newsclean.extract(name)
    # Forced to text, still a refusal, and no file is opened (the error names no content).
    with pytest.raises(newsclean.NewscleanError) as caught:
        newsclean.extract(str(secret), source_type="text")
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize("name", ["missing.html", "page.HTM", "dump.txt.gz", "export.jsonl", "C:\\pages\\a.html",
                                  "./page", "~/pages/today", "../x", "pages/2025/story"])
def test_a_str_that_looks_like_a_path_raises_instead_of_becoming_a_title(name):
    with pytest.raises(newsclean.NewscleanError, match=r"pathlib\.Path"):
        newsclean.extract(name)


def test_ordinary_text_is_content_beside_path_like_strs():
    for text in ("The council met on Tuesday.",  # one line of prose
                 "Prices rose 3% in May, and/or fell in June",  # a slash between words
                 "Read more\nnotes.txt",  # several lines: a page
                 f"<p>{PARAGRAPH} See /etc/hosts.txt</p>"):  # markup: a page
        newsclean.extract(text)  # no error
    with pytest.raises(newsclean.NewscleanError):
        newsclean.extract("notes.txt")  # the same name alone is refused


def test_a_str_naming_a_directory_raises(tmp_path):
    with pytest.raises(newsclean.NewscleanError, match=r"pathlib\.Path"):
        newsclean.extract(str(tmp_path))
    with pytest.raises(newsclean.NewscleanError, match="directory"):
        newsclean.extract(tmp_path)
    with pytest.raises(newsclean.NewscleanError, match="null"):
        newsclean.extract(tmp_path / "a\x00b.html")  # open() raised ValueError


def test_a_url_str_says_pages_are_not_fetched():
    with pytest.raises(newsclean.NewscleanError, match="does not fetch"):
        newsclean.extract("https://example.com/news/2025/07/04/story")


@pytest.mark.parametrize("text", [
    "The council met on Tuesday.",                # one line of prose
    "Prices rose 3% in May, and/or fell in June",  # a slash between words
    "Read more\nnotes.txt",                       # several lines: a page
    f"<p>{PARAGRAPH} See /etc/hosts.txt</p>",     # markup: a page
])
def test_ordinary_text_is_still_content(text):
    newsclean.extract(text)  # no error


# --- Size cap and gzip ---

def test_gzip_bytes_are_inflated():
    plain = newsclean.extract(HTML)
    assert plain.body and newsclean.extract(gzip.compress(HTML.encode())).body == plain.body


def test_multi_member_gzip_is_read_whole(tmp_path):
    half = len(HTML) // 2
    packed = gzip.compress(HTML[:half].encode()) + gzip.compress(HTML[half:].encode())
    assert newsclean.extract(packed).body == newsclean.extract(HTML).body
    path = tmp_path / "page.html.gz"
    path.write_bytes(packed)
    assert newsclean.extract(path).body == newsclean.extract(HTML).body


@pytest.mark.parametrize("damage", [lambda g: g[:len(g) // 2], lambda g: g[:12], lambda g: g + b"junk",
                                    lambda g: g[:-8] + bytes(8)])
def test_broken_gzip_bytes_raise_the_documented_error(damage):
    with pytest.raises(newsclean.NewscleanError, match="gzip"):
        newsclean.extract(damage(gzip.compress(HTML.encode() * 50)))


def test_input_over_the_cap_raises_naming_the_cap(tmp_path):
    from newsclean.errors import InputTooLargeError

    cap = len(HTML) - 1
    with pytest.raises(InputTooLargeError, match=f"{cap:,}"):
        newsclean.extract(HTML.encode(), max_bytes=cap)
    with pytest.raises(InputTooLargeError, match=f"{cap:,}"):
        newsclean.extract(HTML, max_bytes=cap)
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    with pytest.raises(InputTooLargeError, match=f"{cap:,}"):
        newsclean.extract(path, max_bytes=cap)
    assert newsclean.extract(path, max_bytes=len(HTML.encode())).body  # at the cap: read


def test_gzip_bomb_stops_at_the_cap_in_bytes_and_files(tmp_path):
    from newsclean.errors import InputTooLargeError

    bomb = gzip.compress(b" " * 3_000_000)  # 3 MB of spaces in a few KB
    with pytest.raises(InputTooLargeError, match="1,000,000"):
        newsclean.extract(bomb, max_bytes=1_000_000)
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(bomb)
    with pytest.raises(InputTooLargeError, match="1,000,000"):
        newsclean.extract(path, max_bytes=1_000_000)


def test_inflating_is_a_stream_bounded_by_the_cap():
    import tracemalloc

    from newsclean.errors import InputTooLargeError
    from newsclean.read.source import inflate_gzip

    member = gzip.compress(bytes(8_000_000))
    bomb = member * 125  # 1 GB once inflated; inflating it whole would take that much memory
    cap = 4_000_000
    tracemalloc.start()
    try:
        with pytest.raises(InputTooLargeError, match="4,000,000"):
            inflate_gzip(bomb, cap)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * cap  # the output so far and one step of inflating, not the gigabyte
    assert inflate_gzip(member * 2, 16_000_000) == bytes(16_000_000)


def test_the_size_cap_error_is_exported_beside_newsclean_error():
    # The README tells users to catch newsclean.InputTooLargeError.
    import newsclean

    with pytest.raises(newsclean.InputTooLargeError):
        newsclean.extract(b"<p>" + b"x" * 100 + b"</p>", max_bytes=50)
    assert issubclass(newsclean.InputTooLargeError, newsclean.NewscleanError)
