"""Footers: copyright lines, footer links, reading time, "Source: site.com" attributions."""
from __future__ import annotations

import re

from .base import line_cleaner, words_pattern

copyright_lines = line_cleaner(
    "copyright_lines",
    re.compile(
        r"^(?:.{0,10}(?:©|\(c\)|copyright\b|\bcopr\.).{0,200}|.{0,200}\ball rights reserved\b.{0,100})$",
        re.IGNORECASE,
    ),
    "copyright notice",
    max_words=35,
    # The pattern backtracks over the whole line looking for "all rights reserved"; a line
    # without any of these is skipped first.
    needs=("©", "(c)", "copyright", "copr.", "all rights reserved"),
    doc="""'© 2025 OnlyTrustedInfo.com . All Rights Reserved.', 'Copyright 2024 Example
Media Group', '(c) 2023 The Times'. A sentence about copyright law does not start
with the sign and has no "All Rights Reserved".""",
)

footer_links = line_cleaner(
    "footer_links",
    words_pattern(
        r"about(?: us)?", r"contact(?: us)?", r"privacy(?: policy| notice| settings| center)?",
        r"terms(?: of (?:use|service))?", r"terms (?:and|&) conditions", r"cookie (?:policy|settings|preferences|notice)",
        r"cookies?", r"careers", r"jobs", r"sitemap", r"site map", r"accessibility(?: statement)?",
        r"advertise with us", r"do not sell(?: or share)? my (?:personal )?info(?:rmation)?",
        r"imprint", r"impressum", r"disclaimer", r"legal(?: notice)?", r"editorial (?:policy|guidelines|standards)",
        r"corrections(?: policy)?", r"faqs?", r"help", r"rss(?: feeds?)?", r"newsletters?", r"masthead",
        r"our team", r"ethics policy", r"write for us", r"submit a (?:story|tip)", r"archives?",
    ),
    "footer link",
    max_words=8,
    doc="""Footer links and separators on their own line: "About Us", "Contact US",
"Privacy Policy", "Terms of Service", "Cookie Settings".""",
)

reading_time = line_cleaner(
    "reading_time",
    re.compile(
        r"^[\W_]*(?:(?:estimated\s+)?(?:reading|read)\s+time\s*:?\s*)?(?:less than\s+)?(?:a|\d+)\s*"
        r"(?:[-–]\s*\d+\s*)?(?:min(?:ute)?s?\.?|m)\s*(?:read|reading|read time|de lecture|lesezeit)?[\W_]*$"
        r"|^[\W_]*(?:reading time|read time|lesezeit|temps de lecture)\s*:?\s*\d+.{0,20}$",
        re.IGNORECASE,
    ),
    "reading time",
    max_words=8,
    doc='''"4 Min Read", "5 minute read", "Reading time: 3 minutes", "2-3 min read".''',
)

source_attributions = line_cleaner(
    "source_attributions",
    re.compile(
        r"^(?:source|sources|via|quelle|fuente|fonte|bron)\s*[:\-–]\s*\S.{0,100}$"
        r"|^(?:this (?:article|story|post) )?(?:was )?(?:originally|first) (?:published|appeared) (?:on|in|at|by)\b.{0,120}$",
        re.IGNORECASE,
    ),
    "source attribution",
    max_words=14,
    doc='''"Source: Wesleyannews.com", "Via: Reuters", "This article originally appeared
on The Conversation". A body sentence that cites a source ("A source said...") has no
label and colon and stays.''',
)
