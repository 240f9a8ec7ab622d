"""Page furniture that other stories' links, a blog's poster line and a masthead's founding year make: no facts
come from it; all pages written for these tests."""

import pytest

from pipelines.extract.article import extract_article

_TEXT = (
    "Kenya and Uganda agree on a joint border railway study\n\n"
    "The transport ministers of Kenya and Uganda agreed in Nairobi on Tuesday to fund a joint study of a railway "
    "line across their border, officials said.\n\n"
    "The study should be ready within a year, the ministers said in a statement.\n"
)


@pytest.mark.parametrize(
    "furniture",
    [
        "Previous articleBrazil weighs new tariffs on Argentine steel\nNext articleMacron to visit Senegal in May\n",
        "Previous post: Brazil weighs new tariffs on Argentine steel\nNext post: Macron to visit Senegal in May\n",
        "Artículo anterior Brasil estudia aranceles al acero argentino\nArtículo siguiente Macron visitará Senegal\n",
        "Article précédentLe Brésil envisage des taxes sur l'acier argentin\nArticle suivantMacron au Sénégal en mai\n",
    ],
)
def test_links_to_the_previous_and_next_stories_yield_no_facts(furniture):
    article = extract_article(_TEXT + "\n" + furniture)
    names = {actor.text for actor in article.actors}
    assert not names & {"Brazil", "Brasil", "Brésil", "Macron", "Senegal", "Sénégal", "Argentine"}
    assert {"Kenya", "Uganda"} <= names


@pytest.mark.parametrize(
    "furniture",
    [
        "Posted by: Old Hand 2011-06-02\n",
        "Posted by Old Hand on 2 June 2011 at 10:14\n",
        "Since 1968\n",
        "Established 1968\n",
    ],
)
def test_a_poster_line_and_a_founding_year_yield_no_dates(furniture):
    for text in (furniture + "\n" + _TEXT, _TEXT + "\n" + furniture):
        article = extract_article(text)
        assert not [d for d in article.dates if any(year in d.text for year in ("2011", "1968"))]


@pytest.mark.parametrize("label", ["Previous post", "Next article", "Próxima notícia"])
def test_a_link_label_alone_on_its_line_takes_the_headline_below_with_it(label):
    article = extract_article(_TEXT + "\n" + label + "\nSenegal and Gambia reopen the Trans-Gambia bridge\n")
    assert not {actor.text for actor in article.actors} & {"Senegal", "Gambia"}


@pytest.mark.parametrize(
    "slogan", ["The most trusted news source in Jamaica", "Your source for news from Cuba and the Caribbean"]
)
def test_a_site_slogan_yields_no_facts(slogan):
    article = extract_article("Island Wire\n" + slogan + "\n\n" + _TEXT)
    assert not {actor.text for actor in article.actors} & {"Jamaica", "Cuba"}
