"""The command line: `newsclean PAGE [--format text|markdown|json] [--explain]` and `newsclean batch ...`."""
from __future__ import annotations

import argparse
import sys
from typing import Sequence

from . import __version__
from .article import Article
from .errors import NewscleanError
from .pipeline import extract


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["batch"]:
        from .batch import main as batch_main

        return batch_main(args[1:])
    parser = _parser()
    options = parser.parse_args(args)
    if options.json:  # --json is --format json
        if options.format not in (None, "json"):
            parser.error(f"--json means --format json; it cannot go with --format {options.format}")
        options.format = "json"
    options.format = options.format or "text"
    try:
        if options.source == "-":
            article = extract(sys.stdin.buffer.read(), url=options.url, source_type=options.type)
            name = "standard input"
        else:
            article = extract(_as_path(options.source), url=options.url, source_type=options.type)
            name = options.source
    except NewscleanError as error:
        print(f"newsclean: {error}", file=sys.stderr)
        return 2
    try:
        if options.format == "json":
            print(article.to_json(include_removed=options.explain, indent=2))
        elif article.body or options.explain:
            print(format_article(article, explain=options.explain, markdown=options.format == "markdown"))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`newsclean page.html | head`): not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    if not article.body:
        print(f"newsclean: no article found in {name}", file=sys.stderr)
        return 1
    return 0


def _as_path(source: str):
    from pathlib import Path

    return Path(source)


def format_article(article: Article, *, explain: bool = False, markdown: bool = False) -> str:
    """Title, byline and date lines (those the page gives), a blank line, the body; or,
    with ``markdown``, the article as markdown (the title as ``#``, then the body)."""
    if markdown:
        text = article.to_markdown(title=True)
    else:
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
    parser.add_argument("source", help="a file (HTML, text, or .gz of either), or - for standard input")
    parser.add_argument("--format", choices=("text", "markdown", "json"), default=None,
                        help="text: title, byline, date, then the body (default); markdown: the title as "
                        "'#', then the body with its headings, lists, tables, quotes and code; json: one "
                        "JSON object (see docs/formats.md)")
    parser.add_argument("--json", action="store_true", help="the same as --format json")
    parser.add_argument("--explain", action="store_true",
                        help="also list each removed block with the cleaner that removed it and why "
                        "(in JSON: the \"removed\" list, which is left out without --explain)")
    parser.add_argument("--url", help="the page's URL, if known (helps HTML metadata)")
    parser.add_argument("--type", choices=("auto", "html", "text"), default="auto",
                        help="read the input as HTML or text instead of sniffing (default: auto)")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
