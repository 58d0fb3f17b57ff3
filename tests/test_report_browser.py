"""The HTML report in a real headless browser (Debian's chromium; .ci/run installs it):
the rendered DOM holds the blocks and the filter, the filter's script hides a cleaner's
blocks, hostile page text runs nothing, and a screenshot is taken (docs/report.png).

Set NEWSCLEAN_REPORT_SCREENSHOT=docs/report.png to keep the screenshot for the docs.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

import newsclean
from newsclean.report import write_report
from test_report import HOSTILE, LONG, PAGE_TEXT

CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser"))), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (`apt-get install chromium`; .ci/run does)")

# Root in a container with no network: no sandbox, nothing that would reach out.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium(*args: str, profile: Path) -> str:
    result = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_report_renders_in_chromium(tmp_path):
    report = tmp_path / "report.html"
    write_report(newsclean.extract(PAGE_TEXT, source_type="text"), report, input_name="valley.txt")
    # The fragment starts the page with the share_widgets blocks filtered out by the script.
    dom = chromium("--dump-dom", report.as_uri() + "#hide=share_widgets", profile=tmp_path / "profile")
    doc = lxml.html.fromstring(dom)
    removed = {li.xpath("./del")[0].text_content(): li for li in doc.xpath('//li[contains(@class, "removed")]')}
    credit = removed["Passengers at the central station. Photo: John Roe/Reuters"]
    assert credit.get("data-filter") == "photo_credits" and credit.get("hidden") is None
    assert credit.xpath('.//*[contains(@class, "cleaner")]')[0].text_content() == "photo_credits"
    # The script ran: the share widget's blocks are hidden, its box unchecked, the rest shown.
    share = [li for li in removed.values() if li.get("data-filter") == "share_widgets"]
    assert [li.xpath("./del")[0].text for li in share] == ["Share", "Facebook X Copy Link Print"]
    assert all(li.get("hidden") is not None for li in share)
    boxes = {box.get("data-filter"): box for box in doc.xpath('//fieldset[@id="filter"]//input')}
    assert {"share_widgets", "photo_credits", ":kept"} <= set(boxes)
    assert not doc.xpath('//li[not(@hidden)][@data-filter="share_widgets"]')
    assert len(doc.xpath("//li[@hidden]")) == 2
    # The kept body paragraphs, the hostile one as text; its <script> did not run.
    kept = [li.xpath('./*[@class="text"]')[0].text_content() for li in doc.xpath('//li[contains(@class, "kept")]')]
    assert LONG in kept and HOSTILE in kept
    assert doc.xpath("//title")[0].text == "newsclean report: Valley commuters switch to trains"
    assert not doc.xpath("//b")

    shot = tmp_path / "report.png"
    chromium(f"--screenshot={shot}", "--window-size=1200,1600", report.as_uri(), profile=tmp_path / "profile")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    if os.environ.get("NEWSCLEAN_REPORT_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["NEWSCLEAN_REPORT_SCREENSHOT"])
