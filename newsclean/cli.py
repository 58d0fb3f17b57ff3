"""The command line: `newsclean PAGE [--json] [--explain]` and `newsclean batch ...`."""
from __future__ import annotations

import argparse
import codecs
import json
import os
import re
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .article import Article
from .errors import NewscleanError
from .pipeline import extract
from .sources import DEFAULT_MAX_BYTES

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["batch"]:
        from .batch import main as batch_main

        return batch_main(args[1:])
    parser = _parser()
    options = parser.parse_args(args)
    if _URL.match(options.source) and not os.path.exists(options.source):
        print(f"newsclean: {options.source} is a URL, and newsclean does not fetch pages: save the page "
              f"first (for example: curl -L -o page.html '{options.source}') and pass the file", file=sys.stderr)
        return 2
    try:
        if options.source == "-":
            # Bounded read: one byte over the cap is enough to refuse the input.
            data = sys.stdin.buffer.read(options.max_bytes + 1)
            article = extract(data, url=options.url, source_type=options.type, max_bytes=options.max_bytes)
            name = "standard input"
        else:
            article = extract(Path(options.source), url=options.url, source_type=options.type,
                              max_bytes=options.max_bytes)
            name = options.source
    except NewscleanError as error:
        print(f"newsclean: {error}", file=sys.stderr)
        return 2
    utf8 = codecs.lookup(sys.stdout.encoding or "utf-8").name == "utf-8"
    try:
        if options.json:
            # On a terminal that cannot show every character, JSON's \u escapes lose nothing.
            print(json.dumps(article.to_dict(include_removed=options.explain), indent=2, ensure_ascii=not utf8))
        elif article.body or options.explain:
            if not utf8 and hasattr(sys.stdout, "reconfigure"):
                sys.stdout.reconfigure(errors="replace")  # "?" for what the terminal cannot show
            print(format_article(article, explain=options.explain))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`newsclean page.html | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    if not article.body:
        print(f"newsclean: no article found in {name}", file=sys.stderr)
        return 1
    return 0


def _positive_int(value: str) -> int:
    try:
        number = int(value.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, not {number}")
    return number


def format_article(article: Article, *, explain: bool = False) -> str:
    """Title, byline and date lines (those the page gives), a blank line, the body."""
    header = [article.title, article.byline, article.date.isoformat() if article.date else None]
    lines = [line for line in header if line]
    text = "\n".join(lines) + ("\n\n" if lines else "") + article.body
    if explain:
        text += f"\n\n--- removed: {len(article.removed)} blocks ---"
        for removal in article.removed:
            text += f"\n[{removal.cleaner}] {removal.reason}: {removal.text}"
    return text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Print the article in a news page (HTML or plain text): title, byline, date, "
        "a blank line, then the body. `newsclean batch --help` cleans many pages.",
    )
    parser.add_argument("source", help="a saved page: a file (HTML, text, or .gz of either), or - for "
                        "standard input (gzip there is unpacked too); URLs are not fetched")
    parser.add_argument("--json", action="store_true", help="print the article as one JSON object")
    parser.add_argument("--explain", action="store_true",
                        help="also list each removed block with the cleaner that removed it and why")
    parser.add_argument("--url", help="the page's URL, if known (helps HTML metadata)")
    parser.add_argument("--type", choices=("auto", "html", "text"), default="auto",
                        help="read the input as HTML or text instead of sniffing (default: auto)")
    parser.add_argument("--max-bytes", type=_positive_int, default=DEFAULT_MAX_BYTES, metavar="N",
                        help="refuse input over N bytes, before decoding and after unpacking gzip "
                        f"(default: {DEFAULT_MAX_BYTES:,}); exit status 2")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
