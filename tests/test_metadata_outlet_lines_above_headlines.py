"""An outlet's own line above the headline is no headline: a masthead with its edition after a middle dot, a site's
name with what it is (`— a correspondent's blog`), a bulletin's programme with its day (`— Monday headlines`), and a
stamp whose update follows on the same line (`10h32 - Atualizado em ...`)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "NAIROBI: Kenya and Vietnam agreed on Monday to expand trade in tea and coffee, officials said after talks in "
    "the capital. The two sides will meet again in March to review a preferential trade deal.\n\n"
    "The trade minister said the talks had been productive.\n"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "THE LAKESIDE HERALD · Kisumu Edition\n\nKenya and Vietnam agree to widen tea trade\n\n",
            "Kenya and Vietnam agree to widen tea trade",
        ),
        (
            "La Voz del Litoral • Edición Rosario\n\nArgentina y Vietnam amplían el comercio de té\n\n",
            "Argentina y Vietnam amplían el comercio de té",
        ),
        (
            "Letters from the Delta — a correspondent's blog\n\nWhat the coffee talks were really about\n\n",
            "What the coffee talks were really about",
        ),
        (
            "Carnets du Sahel | le blog d'un reporter\n\nCe que cachent les négociations sur le café\n\n",
            "Ce que cachent les négociations sur le café",
        ),
        (
            "Highland Notes — an economist's weekly newsletter\n\nThe tea deal and its limits\n\n",
            "The tea deal and its limits",
        ),
        (
            "RADIO COAST NEWS — Friday morning headlines\n\nKenya and Vietnam seal tea deal\n\n",
            "Kenya and Vietnam seal tea deal",
        ),
        (
            "JORNAL DA NOITE — manchetes de segunda-feira\n\nQuênia e Vietnã fecham acordo do chá\n\n",
            "Quênia e Vietnã fecham acordo do chá",
        ),
        (
            "05/03/2019 09h14 - Atualizado em 05/03/2019 11h40\nQuênia e Vietnã fecham acordo do chá\n\n",
            "Quênia e Vietnã fecham acordo do chá",
        ),
        ("05.03.2019 09:14 | Updated 11:40\nKenya and Vietnam seal tea deal\n\n", "Kenya and Vietnam seal tea deal"),
    ],
)
def test_an_outlet_line_above_the_headline_is_no_headline(head, title):
    assert extract_metadata(head + BODY).title == title


@pytest.mark.parametrize(
    "title",
    [
        "Kenya votes — a test for the whole region",
        "Tea talks in Hanoi — the view from the estates",
        "Vietnam and Kenya: a deal years in the making",
    ],
)
def test_a_headline_with_a_dash_and_an_article_stays(title):
    assert extract_metadata(title + "\n\n" + BODY).title == title
