"""The headline on the header's line (` date 2021-07-07 Headline`) is the page's first line: a type label, an issuer
line, a menu, a list of speakers, a repeated banner or a web address set under it does not displace it; a state's
motto is no headline; and the rest of a sentence cut inside a word, as a PDF's narrow column is turned to text, is
none either (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "\nThe two governments said on Tuesday that the financing would be signed before the end of the year, after a "
    "review of the project's costs by both boards and a meeting of their technical teams in the capital.\n"
)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            " date 2020-03-04 Export agency support doubles as shipyards recover\nPress release\n"
            "Export Credits Agency and The Hon Mark Doe MP\nPublished 4 March 2020\n",
            "Export agency support doubles as shipyards recover",
        ),
        (
            " date 2022-05-10 Morocco-Spain Water Forum: programme and speakers\n"
            "Rabat, Hotel Tour Hassan | Registration | Download PDF\n\nOPENING\n"
            "H.E. Ana Ruiz, Minister of Ecological Transition of the Kingdom of Spain\nPedro Gil, CEO, Aguas Norte\n",
            "Morocco-Spain Water Forum: programme and speakers",
        ),
        (
            " date 2017-04-02 NAMIB COPPER – ANNUAL REPORT 2016\nNAMIB COPPER – ANNUAL REPORT 2016\n"
            "Chapter 2: Financing and relations with the Government\n",
            "NAMIB COPPER – ANNUAL REPORT 2016",
        ),
        (
            " date 2018-06-01 Lula e Guebuza inauguram fábrica de medicamentos em Maputo\n"
            "https://www.noticias.example/lula-guebuza-fabrica\n",
            "Lula e Guebuza inauguram fábrica de medicamentos em Maputo",
        ),
        (
            " date 2016-10-05 Pérou : le port de Callao accorde une concession au groupe DP World\n"
            "Accueil | Monde | Économie | Contact\n",
            "Pérou : le port de Callao accorde une concession au groupe DP World",
        ),
        (
            "République du Mali\nUn Peuple – Un But – Une Foi\n\nBamako, le 3 mars 2021\n\n"
            "Communiqué du Conseil des ministres\n",
            "Communiqué du Conseil des ministres",
        ),
        (
            "Federal Republic of Nigeria\nUnity – Faith – Peace – Progress\n\n"
            "Nigeria and Morocco sign gas pipeline accord\n",
            "Nigeria and Morocco sign gas pipeline accord",
        ),
    ],
)
def test_the_headline_under_labels_menus_speakers_and_mottos(page, title):
    assert extract_metadata(page + BODY).title == title


@pytest.mark.parametrize(
    "page",
    [
        # the lead sentence set above itself on the header's line
        " date 2021-02-03 The minister said Tuesday he had talks on the pipeline with his visiting counterpart\n\n"
        "ACCRA (Wire) The minister said Tuesday he had talks on the pipeline with his visiting counterpart, who "
        "arrived on Monday.\n",
        # an issuer's name on the header's line, and nothing under it that reads as a headline
        " date 2019-09-09 Ministry of Foreign Affairs of Estonia\n",
    ],
)
def test_a_lead_sentence_or_an_issuer_on_the_header_line_is_no_headline(page):
    assert extract_metadata(page + BODY).title is None


def test_the_rest_of_a_word_cut_at_a_narrow_column_is_no_headline():
    page = (
        "https://www.balkan-news.example/zagreb-loan\nZAGREB -\nFinance Min-\nister Ana Horvat said on\n"
        'Monday that Croatia "will not delay the\nmotorway" and that the bank\nwould lend a further EUR 80\n'
        "million for the bypass next year.\n"
    )
    assert extract_metadata(page).title is None
