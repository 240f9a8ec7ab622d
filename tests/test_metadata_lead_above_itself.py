"""A page that sets its lead sentence above the story as a summary, then opens the story with the same words after a
dateline (`Leader said Tuesday he had talks ... with the visiting president` / `MOSCOW (Wire) Leader said Tuesday he
had talks ... with the visiting president, officials said.`): the summary is no headline; a headline over a body that
differs from it stays one (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

LEADS = [
    (
        "MOSCOW (Wire) ",
        "Russian President Vladimir Putin said Tuesday he had discussed the new gas pipeline with the visiting "
        "Mongolian president during talks that lasted more than four hours",
        ", the Kremlin said.",
    ),
    (
        "NAIROBI, March 3 (Wire) - ",
        "Kenya and Ethiopia agreed on Monday to build a second power line between the two countries and to share "
        "the cost of a new substation near the border",
        ", officials said after the talks.",
    ),
    (
        "LIMA (Agencia) - ",
        "Los gobiernos de Perú y Bolivia acordaron este lunes ampliar la cooperación en el lago Titicaca y crear una "
        "comisión mixta para vigilar la calidad del agua",
        ", informó la cancillería.",
    ),
    (
        "DAKAR (Agence) - ",
        "Le Sénégal et la Mauritanie ont signé lundi un accord sur le partage des revenus du gisement de gaz situé à "
        "la frontière maritime des deux pays",
        ", a annoncé le ministère.",
    ),
    (
        "LUANDA, 3 mar (Agência) - ",
        "Angola e Namíbia assinaram nesta segunda-feira um acordo para construir uma barragem no rio Cunene e dividir "
        "a energia produzida entre os dois países",
        ", segundo o governo.",
    ),
]


@pytest.mark.parametrize(("dateline", "lead", "rest"), LEADS)
def test_a_lead_set_above_itself_is_no_headline(dateline, lead, rest):
    text = f" date 2021-03-03 {lead}\n{dateline}{lead}{rest}\nThe agreement follows two years of talks.\n"
    assert extract_metadata(text).title is None


@pytest.mark.parametrize(("dateline", "lead", "rest"), LEADS[:2])
def test_the_headline_above_a_repeated_lead_stays_the_headline(dateline, lead, rest):
    text = f"Leaders agree on new power line\n\n{lead}\n{dateline}{lead}{rest}\n"
    assert extract_metadata(text).title == "Leaders agree on new power line"


def test_a_headline_printed_twice_stays_the_headline():
    headline = "Kenya and Ethiopia agree to build a second power line and share the cost of a new substation"
    text = f"{headline}\n{headline}\n\nNAIROBI (Wire) - The two countries agreed on Monday, officials said.\n"
    assert extract_metadata(text).title == headline
