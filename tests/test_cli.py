"""The installed `newsclean` command."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).parent.parent / "fixtures" / "002_e993ff611d2643c6.txt"


def newsclean(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    command = shutil.which("newsclean")
    prefix = [command] if command else [sys.executable, "-m", "newsclean"]
    return subprocess.run([*prefix, *args], input=stdin, capture_output=True, timeout=120)


def test_prints_title_byline_date_then_body():
    result = newsclean(str(SEED))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().split("\n")
    assert lines[:4] == ["Russian strikes hit Kyiv after Trump says no progress in talks with Putin",
                         "Oliver James", "2025-07-04T00:41:00", ""]
    assert lines[4].startswith("Russian strikes hit more than a dozen locations")


def test_json_and_stdin():
    result = newsclean("-", "--json", stdin=SEED.read_bytes())
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["byline"] == "Oliver James" and data["date"] == "2025-07-04T00:41:00"
    assert "removed" not in data


def test_explain_names_cleaners_and_reasons():
    result = newsclean(str(SEED), "--explain")
    out = result.stdout.decode()
    assert "[share_widgets] share widget: Facebook X Copy Link Print" in out
    assert "[calls_to_action]" in out


@pytest.mark.parametrize("stdin", [b"", b"\x00\x01\x02" * 500])
def test_bad_input_one_line_on_stderr(stdin):
    result = newsclean("-", stdin=stdin)
    assert result.returncode != 0
    err = result.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and err.startswith("newsclean:")
    assert "Traceback" not in err


def test_missing_file():
    result = newsclean("/no/such/page.html")
    assert result.returncode != 0
    assert result.stderr.decode().count("\n") == 1 and "Traceback" not in result.stderr.decode()


def test_a_url_gets_one_line_saying_pages_are_not_fetched():
    result = newsclean("https://example.com/a")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.count("\n") == 1 and "does not fetch" in err and "https://example.com/a" in err
    assert "Traceback" not in err


def test_gzip_on_stdin_is_unpacked():
    import gzip

    plain = newsclean("-", "--json", stdin=SEED.read_bytes())
    packed = newsclean("-", "--json", stdin=gzip.compress(SEED.read_bytes()))
    assert packed.returncode == 0, packed.stderr
    assert json.loads(packed.stdout)["body"] == json.loads(plain.stdout)["body"] != ""


def test_max_bytes_refuses_larger_input_with_exit_2(tmp_path):
    import gzip

    size = SEED.stat().st_size
    for args, stdin in (([str(SEED)], None), (["-"], SEED.read_bytes())):
        result = newsclean(*args, "--max-bytes", str(size - 1), stdin=stdin)
        assert result.returncode == 2
        err = result.stderr.decode()
        assert err.count("\n") == 1 and f"{size - 1:,}" in err and "size cap" in err
        assert newsclean(*args, "--max-bytes", str(size), stdin=stdin).returncode == 0
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"word " * 1_000_000))
    result = newsclean(str(bomb), "--max-bytes", "100000")
    assert result.returncode == 2 and "100,000" in result.stderr.decode()


def test_a_terminal_that_cannot_show_every_character_gets_output_not_a_traceback():
    import os

    command = shutil.which("newsclean")
    prefix = [command] if command else [sys.executable, "-m", "newsclean"]
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    text = subprocess.run([*prefix, str(SEED)], capture_output=True, timeout=120, env=env)
    assert text.returncode == 0 and b"Traceback" not in text.stderr
    assert text.stdout.decode("ascii").startswith("Russian strikes hit Kyiv")
    as_json = subprocess.run([*prefix, str(SEED), "--json"], capture_output=True, timeout=120, env=env)
    assert as_json.returncode == 0
    assert json.loads(as_json.stdout) == json.loads(newsclean(str(SEED), "--json").stdout)  # escapes lose nothing
