from pipelines.extract.boilerplate import boilerplate_spans

PAGE = """Share

Minister visits Ankara to discuss trade

Advertisement
Tweet
ANKARA: The minister met his Turkish counterpart on Monday to discuss trade.
Also read: Turkey and Pakistan sign a deal on railways
Read more: How trade doubled in five years
add The Daily Example to homescreen
More From Pakistan
The two sides also discussed a share of the market for textiles.
"""


def lines(text, spans):
    return [text[a:b].strip() for a, b in spans]


def test_widget_words_and_related_headlines_are_furniture():
    assert lines(PAGE, boilerplate_spans(PAGE)) == [
        "Share",
        "Advertisement",
        "Tweet",
        "Also read: Turkey and Pakistan sign a deal on railways",
        "Read more: How trade doubled in five years",
        "add The Daily Example to homescreen",
        "More From Pakistan",
    ]


def test_article_sentences_and_headlines_are_not_furniture():
    found = lines(PAGE, boilerplate_spans(PAGE))
    assert "Minister visits Ankara to discuss trade" not in found
    assert not any("share of the market" in f for f in found)
    assert boilerplate_spans("News of the agreement spread quickly.\nNational interests came first.") == ()


def test_a_byline_is_furniture_but_a_sentence_starting_with_by_is_not():
    text = "By Dr. Amina Shah\nPublished: March 29, 2022\nBy December, trade had doubled.\nBy Staff Reporter\n"
    assert lines(text, boilerplate_spans(text)) == ["By Dr. Amina Shah", "By Staff Reporter"]
