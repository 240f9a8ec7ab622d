"""A headline in title case shaped like a signature (a name, a comma, an office) is the headline when a dateline
follows it; sentences written for these tests."""

from pipelines.extract.article import extract_article


def test_a_title_case_headline_with_an_office_after_a_comma_before_a_dateline():
    text = (
        "Emir of Qatar, Indian Prime Minister Discuss Energy in New Delhi\n\n"
        "New Delhi, May 2, 2016 (QNA) -- The Emir held talks with the Indian Prime Minister on Monday.\n"
    )
    assert extract_article(text).metadata.title == "Emir of Qatar, Indian Prime Minister Discuss Energy in New Delhi"


def test_a_signature_without_a_dateline_after_it_is_still_no_headline():
    text = "Senator Jane Roe, Minister for Trade and the Pacific\n\nThe minister welcomed the agreement on Monday.\n"
    assert extract_article(text).metadata.title is None
