"""The page's URL as evidence for a text dump's headline (issue 16): a line whose words
are the URL path's is the headline; without a URL the choice is the text's alone."""
import sys
from pathlib import Path

import pytest

import newsclean
from helpers import PARAGRAPHS
from newsclean.fields.text_title import FEATURES, URL_FEATURES, candidates, ranked_titles
from newsclean.read.text import text_to_blocks

PROSE = PARAGRAPHS[:3]
COUNCIL = "Council approves budget after a long night"
SCHOOLS = "Schools win more money under the new plan"
COUNCIL_URL = "https://news.example.com/2025/07/04/council-approves-budget-after-long-night.html"
SCHOOLS_URL = "https://news.example.com/2025/07/04/schools-win-more-money-under-new-plan/"


def dump(*header: str) -> str:
    return "\n".join(["Home", "News", "Sport", *header, *PROSE])


@pytest.mark.parametrize("first, second, second_url", [
    (COUNCIL, SCHOOLS, SCHOOLS_URL),
    (SCHOOLS, COUNCIL, COUNCIL_URL),
])
def test_the_url_tells_two_headline_lines_apart(first, second, second_url):
    text = dump(first, second)
    # The text alone prefers the first of two headline-shaped lines over the paragraphs...
    assert newsclean.extract(text, source_type="text").title == first
    # ...the URL's slug names the other one.
    assert newsclean.extract(text, source_type="text", url=second_url).title == second


def test_accents_case_and_numbers_do_not_hide_the_slug():
    headline = "Élection à Montréal : le maire sortant réélu"
    other = "Council approves budget after a long night"
    text = dump(other, headline)
    assert newsclean.extract(text, source_type="text").title == other
    url = "https://www.example.fr/politique/2025/07/04/election-a-montreal-le-maire-sortant-reelu_6123456_823448.html"
    assert newsclean.extract(text, source_type="text", url=url).title == headline


def test_a_caption_with_the_slugs_words_is_still_never_the_title():
    caption = f"{SCHOOLS}, the council said on Tuesday. Photo: Jane Doe/Reuters"
    text = dump(COUNCIL, SCHOOLS, caption)
    assert newsclean.extract(text, source_type="text").title == COUNCIL
    assert newsclean.extract(text, source_type="text", url=SCHOOLS_URL).title == SCHOOLS
    offered = {t for _, t, _ in candidates(text_to_blocks(text), url=SCHOOLS_URL)}
    assert caption not in offered and SCHOOLS in offered


@pytest.mark.parametrize("url", [None, "", "https://news.example.com/article/123456", "https://news.example.com/",
                                 "not a url", "http://[::1"])
def test_a_url_without_words_in_its_path_changes_nothing(url):
    text = dump(COUNCIL, SCHOOLS)
    blocks = text_to_blocks(text)
    url_columns = [FEATURES.index(name) for name in URL_FEATURES]
    assert all(feats[k] == 0.0 for _, _, feats in candidates(blocks, url=url) for k in url_columns)
    assert ranked_titles(blocks, url=url) == ranked_titles(blocks)
    assert newsclean.extract(text, source_type="text", url=url or None).title == COUNCIL


def test_the_url_features_read_the_line_against_the_path():
    blocks = text_to_blocks(dump(COUNCIL, SCHOOLS))
    feats = {t: f for _, t, f in candidates(blocks, url=SCHOOLS_URL)}
    share, cover = (FEATURES.index(name) for name in URL_FEATURES)
    # "Schools win more money under the new plan": every word but the function word "the"
    # is in the path, and the path holds no other word ("news" is in the host, left out;
    # the date is digits).
    assert feats[SCHOOLS][share] == 1.0 and feats[SCHOOLS][cover] == 1.0
    # "Council approves budget after a long night": none of its words is in the path.
    assert feats[COUNCIL][share] == 0.0 and feats[COUNCIL][cover] == 0.0


def test_the_url_features_are_fitted_on_top_of_the_others():
    """A page without a URL is ranked by the weights the other features get alone."""
    np = pytest.importorskip("numpy")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.train_text_metadata import fit_in_two_stages, fit_listwise

    rng = np.random.default_rng(0)
    groups, x, y = [], [], []
    for g in range(40):
        groups.append(len(x))
        right = int(rng.integers(0, 5))
        for k in range(5):
            base = rng.normal(size=2) + (1.5 if k == right else 0.0) * np.array([1.0, 0.0])
            slug = 1.0 if k == right and g % 2 else 0.0  # half the pages have a URL naming the right line
            x.append([*base, slug])
            y.append(1.0 if k == right else 0.0)
    without = ([row[:2] + [0.0] for row in x], y, groups)
    model = fit_in_two_stages(without, (x, y, groups), later=[2])
    alone = fit_listwise(np.array(x)[:, :2], np.array(y), np.array(groups))
    assert model["coef"][:2] == alone["coef"] and model["mean"][:2] == alone["mean"]
    assert model["coef"][2] > 0  # the URL's feature points at the right line
