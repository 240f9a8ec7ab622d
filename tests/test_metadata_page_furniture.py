"""Title and publication date on pages that open with a banner, a menu, an issuer's name or a source stamp, and
datelines and stamps in the forms wires and government pages print them (texts written for these tests)."""

from datetime import date

from pipelines.extract.metadata import extract_metadata

BODY = (
    "The two governments agreed on Monday to widen their cooperation in farming, water and power, officials said "
    "after the talks ended in the capital.\n"
)


def test_a_menu_set_apart_by_runs_of_spaces_is_no_headline():
    text = (
        "Harbour Notes Blog\nHome   News   Shipping   Ports   Contact\n\nWhy the port deal matters to farmers\n\n"
        + BODY
    )
    assert extract_metadata(text).title == "Why the port deal matters to farmers"


def test_a_share_widget_after_the_headline_leaves_the_headline():
    text = (
        "Valley Wire - Independent News Service\nStart | World | Economy | Sport | Culture\n\nFarming\n\n"
        "Ministers open a new seed bank in the highlands\n\nShare on: Facebook | X | Email\n\n" + BODY
    )
    assert extract_metadata(text).title == "Ministers open a new seed bank in the highlands"


def test_a_source_and_editor_stamp_under_the_headline_is_no_headline():
    text = "Lagoon states sign a fisheries accord\n\nSource: Coastwire| 2020-06-11 10:15:02|Editor: Ana Lee\n\n" + BODY
    meta = extract_metadata(text)
    assert meta.title == "Lagoon states sign a fisheries accord"
    assert meta.publication_date == date(2020, 6, 11)


def test_the_issuing_body_above_a_release_is_not_its_headline():
    text = "Ministry of Fisheries & Ocean Affairs\n\nNew quotas agreed with neighbours for the coming season\n\n" + BODY
    assert extract_metadata(text).title == "New quotas agreed with neighbours for the coming season"


def test_an_issuing_body_alone_above_the_body_is_no_title():
    # the body's name is who issues the page, not a headline: a page without a headline has no title
    text = "Embassy of the Republic of Nowhere Trade Office\n\n" + BODY
    assert extract_metadata(text).title is None


def test_a_dateline_with_the_agency_between_slashes():
    text = "Headline about grain exports here\n\nOsh, October 2, 2017 /Wirenews/ " + BODY
    assert extract_metadata(text).publication_date == date(2017, 10, 2)


def test_a_dateline_with_the_agency_after_a_comma():
    text = "Muscat, January 9, 2021, ONW -- " + BODY
    assert extract_metadata(text).publication_date == date(2021, 1, 9)


def test_a_dateline_alone_on_its_line_ending_in_a_stop():
    text = "Un puerto nuevo para el país\n\nQuito, feb. 3, 2022.\n\n" + BODY
    assert extract_metadata(text).publication_date == date(2022, 2, 3)


def test_a_release_dated_on_its_last_line_under_the_issuer():
    text = "Leaders open a rail link\n\n" + BODY + "\nIssued by: Office of the President\n12 March 2019\n"
    assert extract_metadata(text).publication_date == date(2019, 3, 12)


def test_a_date_in_the_last_line_of_a_list_of_other_stories_is_not_the_release_date():
    text = "Leaders open a rail link\n\n" + BODY + "\nRelated\nTalks on visas resume  2019.02.11\n"
    assert extract_metadata(text).publication_date is None
