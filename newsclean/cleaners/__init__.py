"""The chain of cleaners. ``DEFAULT_CLEANERS`` is plain data: reorder, shorten or extend it.

Order matters only for the explanation: a block is credited to the first cleaner
that removes it, so the specific cleaners run before the broad ones (related lists,
the region rules) that would also catch their lines.
"""
from __future__ import annotations

from .base import Cleaner, NamedCleaner, Verdict, cleaner, line_cleaner
from .bios import author_boxes
from .captions import figure_captions, photo_credits
from .comments import comment_sections, policy_text
from .duplicates import contents_lists, glued_repeats, repeated_headline, repeated_paragraphs
from .forms import ad_continuations, form_chrome
from .footer import copyright_lines, footer_links, reading_time, source_attributions
from .markup import advert_sections, author_bios, footer_sections, signup_boxes
from .metadata import metadata_lines
from .notices import affiliate_disclosures, site_notices
from .navigation import decoration_lines, embed_placeholders, media_player, menu_runs, reading_indicator, repeated_site_name, widget_labels
from .prompts import article_feedback, comment_form_notes
from .promos import calls_to_action, cookie_notices, inline_headline_links, shipping_offers, shop_buttons, support_asks
from .region import header_chrome, tail_after_article, text_region
from .related import prev_next_links, related_sections, teaser_dates
from .share import share_widgets

DEFAULT_CLEANERS: tuple[Cleaner, ...] = (
    metadata_lines,
    reading_indicator,
    repeated_headline,
    widget_labels,
    ad_continuations,
    media_player,
    embed_placeholders,
    decoration_lines,
    repeated_site_name,
    share_widgets,
    footer_sections,
    author_bios,
    author_boxes,
    signup_boxes,
    advert_sections,
    glued_repeats,
    repeated_paragraphs,
    contents_lists,
    photo_credits,
    figure_captions,
    copyright_lines,
    footer_links,
    reading_time,
    source_attributions,
    calls_to_action,
    support_asks,
    shop_buttons,
    shipping_offers,
    cookie_notices,
    form_chrome,
    article_feedback,
    comment_form_notes,
    inline_headline_links,
    prev_next_links,
    teaser_dates,
    related_sections,
    comment_sections,
    policy_text,
    site_notices,
    affiliate_disclosures,
    menu_runs,
    header_chrome,
    tail_after_article,
    text_region,
)

__all__ = ["DEFAULT_CLEANERS", "Cleaner", "NamedCleaner", "Verdict", "cleaner", "line_cleaner"] + [
    c.name for c in DEFAULT_CLEANERS
]
