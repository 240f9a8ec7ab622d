from pipelines.extract.boilerplate import boilerplate_spans
from pipelines.knowledge.calendars import page_cues

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


STORY_WITH_RELATED_BLOCK = """Ministers sign a rail deal

Chile and Peru signed an agreement on a new rail link on Monday, the foreign ministry said.
The line will carry freight between the two ports from next year.
Norway and Kenya agree to widen fisheries cooperation
Why do Brazilian coffee prices keep rising?
Canada's central bank keeps interest rates on hold -
Opinion: a new chapter for Gulf diplomacy
All news
"""


def test_a_trailing_run_of_other_stories_headlines_is_furniture():
    found = lines(STORY_WITH_RELATED_BLOCK, boilerplate_spans(STORY_WITH_RELATED_BLOCK))
    assert found == [
        "Norway and Kenya agree to widen fisheries cooperation",
        "Why do Brazilian coffee prices keep rising?",
        "Canada's central bank keeps interest rates on hold -",
        "Opinion: a new chapter for Gulf diplomacy",
        "All news",
    ]


def test_headlines_after_a_related_label_are_furniture_even_mid_page():
    text = (
        "The two leaders met in Lima.\nRelated:\nPeru opens an embassy in Seoul (Daily Example)\n"
        "Chile hosts the Pacific summit\n\nThe talks went on for three hours and ended with a joint statement.\n"
    )
    found = lines(text, boilerplate_spans(text))
    assert "Peru opens an embassy in Seoul (Daily Example)" in found
    assert "Chile hosts the Pacific summit" in found
    assert not any("talks went on" in f for f in found)


def test_a_list_the_article_introduces_and_a_short_ending_are_content():
    listed = (
        "Ministers met in Quito on Friday and signed these documents:\nAgreement on visa exemption for diplomats\n"
        "Memorandum on cooperation in agriculture\nProtocol on the joint trade commission\n"
    )
    assert boilerplate_spans(listed) == ()
    bulleted = "The sides signed four documents.\n- Agreement on air services\n- Memorandum on tourism promotion\n"
    bulleted += "- Protocol on customs cooperation\n"
    assert boilerplate_spans(bulleted) == ()
    two_lines = (
        "The ministers met in Quito on Friday.\nEcuador and Peru sign trade pact\nColombia opens new consulate\n"
    )
    assert boilerplate_spans(two_lines) == ()
    only_headlines = "Ecuador and Peru sign trade pact\nColombia opens new consulate\nBolivia names a new envoy\n"
    assert boilerplate_spans(only_headlines) == ()


def test_states_and_sectors_named_only_in_other_stories_headlines_are_not_facts():
    from pipelines.extract.article import extract_article

    facts = extract_article(STORY_WITH_RELATED_BLOCK)
    assert {a.country for a in facts.actors if a.actor_type == "country"} == {"CHL", "PER"}
    assert {s.sector for s in facts.sectors} == {"transport"}


def test_every_widget_word_of_the_data_is_furniture_alone_on_its_line_only():
    for word in page_cues("widget_line"):
        page = f"{word.upper()}:\nThe envoy said {word} was on the agenda of the talks.\n"
        assert lines(page, boilerplate_spans(page)) == [f"{word.upper()}:"], word


def test_every_lead_in_label_of_the_data_takes_its_whole_line():
    for label in page_cues("lead_in_label"):
        page = f"{label.title()}: Port deal signed in Mombasa\nThe ministers said the talks had gone well.\n"
        assert lines(page, boilerplate_spans(page)) == [f"{label.title()}: Port deal signed in Mombasa"], label
