"""More shapes of a release's head: the lines of a signature block (a seat, the state served, capitals), a subject line
in capitals broken over lines or after `:-`, and a body's name in capitals with several `of` phrases (texts written for
these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "The two governments agreed on Tuesday to widen cooperation in farming, shipping and solar power, officials "
    "said after the talks ended in the capital.\n\nA second round is planned.\n"
)
HEADLINE = "Australia and Vietnam sign a critical minerals pact"


@pytest.mark.parametrize(
    "head, headline",
    [
        (
            "Media release\nThe Hon Penny Roe MP\nMinister for Foreign Affairs\nSenator for South Australia\n\n",
            HEADLINE,
        ),
        (
            "Joint media release\nSenator the Hon Don Farrow\nMinister for Trade and Tourism\n\nThe Hon Pat Conway MP\n"
            "Minister for International Development and the Pacific\n\n",
            HEADLINE,
        ),
        ("Hon. Maria Santos\nSecretary of Foreign Affairs\nRepublic of the Philippines\n\n", HEADLINE),
        ("H.E. Ana Ruiz\nAmbassador of Chile\nRepública de Chile\n\n", HEADLINE),
        ("THE HON JANE ROE MP\nMINISTER FOR TRADE\n\n", HEADLINE.upper()),
        ("Rt Hon Chris Hipper\nPrime Minister of New Zealand\n\n", HEADLINE),
        ("The Hon Sam Lee MP\nMember for Fairfax\nShadow Minister for Trade\n\n", HEADLINE),
    ],
)
def test_every_line_of_a_signature_block_is_not_the_title(head, headline):
    assert extract_metadata(head + headline + "\n\n" + BODY).title == headline


@pytest.mark.parametrize(
    "headline",
    ["Prime Minister Meets Vietnamese Counterpart in Hanoi", "Senator for Tasmania Leads Trade Mission to Japan"],
)
def test_an_office_or_seat_line_without_a_name_above_it_can_be_the_headline(headline):
    assert extract_metadata(headline + "\n\n" + BODY).title == headline


@pytest.mark.parametrize(
    "head, title",
    [
        (
            "Subject:- Signing of MoU between India and Nepal on cross-border rail\n\n",
            "Signing of MoU between India and Nepal on cross-border rail",
        ),
        (
            "SUBJECT: VISIT OF THE PRIME MINISTER OF MAURITIUS TO\nINDIA, 26-28 MAY 2019\n\n",
            "VISIT OF THE PRIME MINISTER OF MAURITIUS TO INDIA, 26-28 MAY 2019",
        ),
        (
            "Asunto: VISITA OFICIAL DEL CANCILLER DE URUGUAY A LA\nREPÚBLICA DE COREA\n\n",
            "VISITA OFICIAL DEL CANCILLER DE URUGUAY A LA REPÚBLICA DE COREA",
        ),
    ],
)
def test_more_subject_lines(head, title):
    assert extract_metadata(head + BODY).title == title


@pytest.mark.parametrize(
    "issuer",
    [
        "CHAMBER OF COMMERCE AND INDUSTRY OF KENYA",
        "FEDERATION OF CHAMBERS OF COMMERCE OF NEPAL",
        "ASSOCIATION OF EXPORTERS OF THE PHILIPPINES",
    ],
)
def test_a_body_name_in_capitals_with_several_of_phrases_is_not_the_title(issuer):
    assert extract_metadata(issuer + "\nMonthly Bulletin\n\n" + BODY).title is None


@pytest.mark.parametrize("headline", ["KENYA JOINS THE AFRICAN UNION TRADE AREA", "CHINA HOSTS THE BOAO FORUM"])
def test_a_capitals_headline_ending_in_a_bodys_word_stays_the_title(headline):
    assert extract_metadata(headline + "\n\n" + BODY).title == headline


def test_a_capitals_headline_that_opens_with_he_is_no_signers_name():
    assert extract_metadata("HE SAID TRADE WILL GROW FAST\n\n" + BODY).title == "HE SAID TRADE WILL GROW FAST"
