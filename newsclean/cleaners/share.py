"""Share widgets: "Share", "Share This Article", "Facebook X Copy Link Print" and their kin."""
from __future__ import annotations

import re
from typing import Iterator

from ..lexicon.chrome import SHARE_VERBS, SHARE_WORDS, phrases, trie
from ..model import Page
from .base import Verdict, cleaner

# Every word of a share widget comes from this vocabulary: the verbs, the networks,
# and the few glue words ("on", "this", "article").
_SHARE_WORDS = frozenset(
    """share shares shared sharing tweet retweet email e mail mail print copy link url copied
    facebook fb twitter x linkedin whatsapp telegram reddit pinterest tumblr messenger
    flipboard pocket threads bluesky mastodon sms viber line vk weibo wechat snapchat
    google stumbleupon digg xing evernote skype odnoklassniki naver
    instagram youtube tiktok on via this article story post page the to with your by or and
    comment comments save bookmark send friend opens in new window tab social media options
    icon button close more""".split()
) | frozenset(phrases(SHARE_WORDS))  # and the same in other languages ("Diesen Artikel teilen")
_SHARE_VERBS = frozenset("share shares sharing tweet email print copy facebook twitter linkedin whatsapp".split()) \
    | frozenset(phrases(SHARE_VERBS))
# (as a trie of the verbs: the same texts as their plain alternation, fewer branches tried)
_SHARE_VERB_IN = re.compile(trie(sorted(_SHARE_VERBS)))
_TOKEN = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
# A widget's line holds at most this many words: a row of five networks with their verbs
# in another language ("Auf Facebook teilen In Messenger teilen ... Via E-Mail teilen")
# holds 16 (the limit was 14).
MAX_WORDS = 24


@cleaner
def share_widgets(page: Page) -> Iterator[Verdict]:
    """Lines made only of share-widget words, with at least one sharing verb or network:
    "Share", "SHARE", "Share This Article", "Facebook X Copy Link Print",
    "Share on Facebook Share on Twitter", "Email this story", "12 Shares".
    Sentences that mention sharing ("She shared the photo with reporters.") have other
    words and stay.
    """
    for block in page.kept():
        if block.word_count > MAX_WORDS:
            continue
        # A sharing verb or network is required, and every token is part of a word: when
        # no verb is in the lower-cased words, no token can be one, so skip the tokenising.
        if _SHARE_VERB_IN.search(block.normalized) is None:
            continue
        tokens = [t.lower() for t in _TOKEN.findall(block.text)]
        words = [t for t in tokens if not t.isdigit()]
        if words and all(w in _SHARE_WORDS for w in words) and any(w in _SHARE_VERBS for w in words):
            yield block, "share widget"
