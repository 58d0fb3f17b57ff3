"""The cleaners and the title reader do each piece of per-line work once (issue 16,
docs/text_speed.md, round 2).

These tests count work, never time it, on small pages whose answer is known.
"""
from __future__ import annotations

from newsclean.cleaners import calls_to_action, cookie_notices, embed_placeholders, photo_credits, policy_text
from newsclean.cleaners import captions
from newsclean.fields import Metadata, text_title, text_title_features
from newsclean.model import Block, Page
from newsclean.pipeline import run_chain
from newsclean.read.text import text_to_blocks


class CountingText(str):
    """A line's text that counts, per line, how often it is case-folded."""

    calls: dict[str, int] = {}

    def casefold(self) -> str:
        CountingText.calls[str(self)] = CountingText.calls.get(str(self), 0) + 1
        return str.casefold(self)


def test_cleaners_that_read_the_folded_line_fold_it_once():
    # calls_to_action (its other languages' anchors), embed_placeholders, policy_text
    # (its consent anchors) and cookie_notices each looked for words in the case-folded
    # line, and each folded the line again (the old code: four folds of most lines).
    # They read the Block's cached fold: one fold per line for the four.
    lines = [
        "Abonnez-vous à notre newsletter",                       # a call to action, in French
        "Follow us on Mastodon",                                 # a call to action
        "The council met on Monday to vote on the city's budget for next year.",
        "Klicken Sie auf den Button, um den Inhalt von www.komoot.de zu laden.",
        "We use cookies on our website to give you the most relevant experience.",
        "By subscribing, you agree to our Terms of Service and Privacy Policy.",
        "Weather",
    ]
    CountingText.calls = {}
    page = Page([Block(i, CountingText(line)) for i, line in enumerate(lines)], "text", Metadata())
    run_chain(page, [calls_to_action, embed_placeholders, policy_text, cookie_notices])
    assert CountingText.calls and max(CountingText.calls.values()) == 1, CountingText.calls
    removed = {b.text: b.removed_by for b in page.blocks}
    # The answers are unchanged: each chrome line goes, by its cleaner; the prose stays.
    assert removed[lines[0]] == removed[lines[1]] == "calls_to_action"
    assert removed[lines[3]] == "embed_placeholders"
    assert removed[lines[4]] == "cookie_notices"
    assert removed[lines[5]] == "policy_text"
    assert removed[lines[2]] is None and removed[lines[6]] is None


def test_photo_credits_asks_for_names_only_between_slashes(monkeypatch):
    # A credit's "/ names" are read from the line's end one "/"-separated part at a time.
    # A line without "/" has no earlier part, so whether its text is a name is not asked
    # (the old code asked it of every short line that is not a sentence).
    asked: list[str] = []
    real = captions._is_credit_name

    def counting(part: str) -> bool:
        asked.append(part)
        return real(part)

    monkeypatch.setattr(captions, "_is_credit_name", counting)
    plain = ["Weather and traffic", "Most read", "Photo gallery of the week", "Share this story", "AFP"]
    page = Page(text_to_blocks("\n".join(plain)), "text", Metadata())
    run_chain(page, [photo_credits])
    assert asked == []
    # Lines with "/" are still read part by part, and a credit after a caption still goes.
    credit = "Smoke rises over the city after the strike - Barbara Wojazer/AFP/Getty Images"
    page = Page(text_to_blocks("\n".join([credit, "(REUTERS/Jane Doe)"])), "text", Metadata())
    run_chain(page, [photo_credits])
    assert asked and all(b.removed_by == "photo_credits" for b in page.blocks)
    # "AFP" alone is a credit line too: it ends in an agency without any "/".
    page = Page(text_to_blocks("Photo taken on Monday\nAFP"), "text", Metadata())
    run_chain(page, [photo_credits])
    assert [b.removed_by for b in page.blocks] == [None, "photo_credits"]


class CountingWords(frozenset):
    """The function words, counting the look-ups made in them."""

    lookups = 0

    def __contains__(self, word: object) -> bool:
        CountingWords.lookups += 1
        return frozenset.__contains__(self, word)


def test_title_features_look_up_each_word_once(monkeypatch):
    # stop_density, body_vocabulary, echo, article_vocabulary and article_frequency each
    # filtered the candidate's words against the function words (the old code: four or
    # five look-ups per word). The content words are filtered once per candidate text.
    monkeypatch.setattr(text_title_features, "_STOP", CountingWords(text_title_features._STOP))
    words_offered: list[int] = []
    real = text_title.title_features

    def recording(ev, i, text, split, *rest):  # noqa: ANN001, ANN002
        words_offered.append(len(split))
        return real(ev, i, text, split, *rest)

    monkeypatch.setattr(text_title, "title_features", recording)
    CountingWords.lookups = 0
    dump = "\n\n".join([
        "Example News | Home",
        "Council votes to rebuild the old harbour bridge",
        "By Jane Doe",
        "March 3, 2024",
        "The city council voted on Monday to rebuild the old harbour bridge, which has been closed "
        "to traffic since a storm damaged it last winter.",
        "The work on the harbour bridge will start in the spring and take two years, the council said.",
        "Residents welcomed the vote but asked for a ferry while the bridge is closed.",
    ])
    found = text_title.candidates(text_to_blocks(dump))
    assert found and len(words_offered) == len(found)
    assert CountingWords.lookups == sum(words_offered)


def test_comment_region_reads_only_short_lines_as_headers(monkeypatch):
    # A comment's header is a short line that is no sentence: the other lines below the
    # article (prose, long lines) are passed over without reading them as a header (the
    # old code called header_kind on every line below the first 100 words of prose).
    from newsclean.cleaners import comments

    read: list[str] = []
    real = comments.header_kind

    def counting(block: Block) -> str | None:
        read.append(block.text)
        return real(block)

    monkeypatch.setattr(comments, "header_kind", counting)
    prose = ("The council voted on Monday to rebuild the old harbour bridge, which has been closed to "
             "traffic since a storm damaged it last winter, and residents welcomed the decision.")
    lines = [prose] * 6 + ["Jane Doe says:", "I walk over that bridge every day.",
                           "Max Mustermann says:", "Finally some good news for the harbour."]
    page = Page(text_to_blocks("\n".join(lines)), "text", Metadata())
    run_chain(page, [comments.comment_sections])
    assert read == ["Jane Doe says:", "Max Mustermann says:"]
    # The list is still found: from its first header to the end of the page.
    assert [b.removed_by for b in page.blocks] == [None] * 6 + ["comment_sections"] * 4


def test_comment_region_reads_prose_only_down_to_the_article(monkeypatch):
    # A comment list starts below 100 words of the article's prose. The count of prose
    # above each line only grows, so it is taken down to the line where it reaches 100,
    # not over the whole page (the old code asked is_prose of every kept line).
    from newsclean.cleaners import comments

    asked: list[int] = []
    real = comments.is_prose

    def counting(block: Block) -> bool:
        asked.append(block.index)
        return real(block)

    monkeypatch.setattr(comments, "is_prose", counting)
    sentence = ("The council voted on Monday to rebuild the old harbour bridge, which has been closed to "
                "traffic since a storm damaged it last winter, and residents welcomed it.")  # 28 words
    lines = [sentence] * 10 + ["Jane Doe says:", "I walk over that bridge every day.",
                               "Max Mustermann says:", "Finally some good news for the harbour."]
    page = Page(text_to_blocks("\n".join(lines)), "text", Metadata())
    run_chain(page, [comments.comment_sections])
    # Four lines of 28 words reach 100 (three hold 84): lines 0-3 are read, no line below them.
    assert asked == [0, 1, 2, 3]
    assert [b.removed_by for b in page.blocks] == [None] * 10 + ["comment_sections"] * 4
