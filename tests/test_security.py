"""No file access beyond the input: data never names a file that gets read, and XML
external entities, XInclude and DTDs in a page are never resolved."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.batch import extract_many

SECRET = "s3cr3t-7f3a9c-never-in-output"
PARAGRAPH = ("The harbour authority said on Monday that the new quay would open in the spring, "
             "after two years of work that had closed the old ferry route to most traffic.")


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    """A local file that no page may read: a secret on lines that look like an article."""
    path = tmp_path / "private" / "notes.txt"
    path.parent.mkdir()
    path.write_text(f"{SECRET}\n\n{PARAGRAPH} {SECRET}\n\n{PARAGRAPH}\n", encoding="utf-8")
    return path


def _everything(article: newsclean.Article) -> str:
    return article.to_json(include_removed=True)


# --- Data is never a file name ---

def test_jsonl_record_naming_a_local_file_never_reads_it(tmp_path, secret_file):
    import newsclean as package

    records = tmp_path / "records.jsonl"
    lines = [{"id": "text-path", "text": str(secret_file)},
             {"id": "html-path", "html": str(secret_file)},
             {"id": "spaced-path", "text": f" {secret_file} "},
             {"id": "ok", "html": f"<html><body><article><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>"}]
    records.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    package_root = str(Path(package.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
    run = subprocess.run([sys.executable, "-m", "newsclean", "batch", str(records), "-o", str(out), "-j", "1"],
                         capture_output=True, text=True, env=env, timeout=120)
    written = out.read_text(encoding="utf-8")
    assert SECRET not in written and SECRET not in run.stdout and SECRET not in run.stderr
    by_id = {record["id"]: record for record in map(json.loads, written.splitlines())}
    assert set(by_id) == {"text-path", "html-path", "spaced-path", "ok"}  # nothing dropped
    for name in ("text-path", "html-path", "spaced-path"):
        assert "error" in by_id[name] and "pathlib.Path" in by_id[name]["error"]["message"]
    assert PARAGRAPH in by_id["ok"]["body"]


def test_str_naming_a_local_file_never_reads_it_in_extract_or_extract_many(secret_file):
    for source_type in ("auto", "text", "html"):
        with pytest.raises(newsclean.NewscleanError) as caught:
            newsclean.extract(str(secret_file), source_type=source_type)
        assert SECRET not in str(caught.value)
    results = list(extract_many([str(secret_file)], jobs=1, errors="return"))
    assert len(results) == 1 and isinstance(results[0], newsclean.NewscleanError)
    assert SECRET not in str(results[0])
    # The same file passed as a path is read: the caller asked for it.
    assert SECRET in newsclean.extract(secret_file).body


# --- XML external entities, XInclude, DTDs ---

def _hostile_pages(secret: Path) -> list[str]:
    uri = secret.as_uri()
    return [
        # An external entity in an internal DTD subset, used in the title and the body.
        f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "{uri}">]>\n'
        f"<html><head><title>Quay &xxe; opens</title></head><body><article><h1>Quay &xxe;</h1>"
        f"<p>{PARAGRAPH} &xxe;</p><p>{PARAGRAPH}</p></article></body></html>",
        # A parameter entity that would pull in an external DTD.
        f'<!DOCTYPE html [<!ENTITY % ext SYSTEM "{uri}"> %ext;]>'
        f"<html><body><article><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>",
        # An external DTD by system id.
        f'<!DOCTYPE html SYSTEM "{uri}"><html><body><article><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>',
        # XInclude of the file as text.
        f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><body><article><p>{PARAGRAPH}</p>'
        f'<p><xi:include href="{uri}" parse="text"/></p><p>{PARAGRAPH}</p></article></body></html>',
    ]


@pytest.mark.parametrize("source_type", ["auto", "html", "text"])
def test_external_entities_xinclude_and_dtds_are_never_resolved(secret_file, source_type):
    for page in _hostile_pages(secret_file):
        for source in (page, page.encode("utf-8")):
            article = newsclean.extract(source, source_type=source_type)
            assert SECRET not in _everything(article)
        if source_type != "text":
            assert PARAGRAPH in newsclean.extract(page, source_type=source_type).body  # the page itself is read


def test_parsing_trafilatura_output_resolves_no_entity(secret_file):
    """The XML re-parse of trafilatura's output: even if that output carried a DOCTYPE,
    its entities and DTD stay unread."""
    from newsclean.read.html import parse_trafilatura_xml

    uri = secret_file.as_uri()
    for xml in (f'<!DOCTYPE doc [<!ENTITY xxe SYSTEM "{uri}">]><doc><main><p>a &xxe; b</p></main></doc>',
                f'<!DOCTYPE doc SYSTEM "{uri}"><doc><main><p>a b</p></main></doc>',
                f'<doc xmlns:xi="http://www.w3.org/2001/XInclude"><main><p>a <xi:include href="{uri}" parse="text"/></p></main></doc>'):
        root = parse_trafilatura_xml(xml)
        text = "" if root is None else "".join(root.itertext())
        assert SECRET not in text


def test_the_xml_parser_for_trafilatura_output_expands_no_entity():
    from newsclean.read import html

    parser = html._XML_PARSER
    probe = b'<!DOCTYPE d [<!ENTITY inner "expanded">]><d>&inner;</d>'
    from lxml import etree

    # resolve_entities=False: even an internal entity stays a reference, never text.
    assert "expanded" not in "".join(etree.fromstring(probe, parser).itertext())
