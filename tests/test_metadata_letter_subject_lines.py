"""A letter or a filing to a regulator: the sender's name, the filing's kind, the addressees and the day above, then
the subject line; the subject's text is the document's headline, not the lines above it (pages written for these
tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "\nThe company would like to inform you that its subsidiary has been awarded two contracts for the supply and "
    "installation of high-voltage substations, with a combined value of about USD 120 million.\n"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "Andes Cement S.A.\nDisclosure to the Lima Stock Exchange (BVL)\nLima, 3 May 2021\n\n"
            "To: The Lima Stock Exchange\nCC: Superintendency of the Securities Market\n\n"
            "Subject: Award of cement supply contract in Bolivia\n",
            "Award of cement supply contract in Bolivia",
        ),
        (
            "Kenya Power and Lighting Company\nNotice to the Capital Markets Authority\n\n"
            "SUBJECT: Signing of a power purchase agreement with a Turkish firm\n",
            "Signing of a power purchase agreement with a Turkish firm",
        ),
        (
            "Compañía Minera del Sur S.A.\nHecho relevante\nSantiago, 5 de junio de 2019\n\n"
            "Asunto: Firma de un contrato de suministro con una empresa china\n",
            "Firma de un contrato de suministro con una empresa china",
        ),
        (
            "Société des Mines du Sahel\nCommuniqué à la Bourse régionale\nAbidjan, le 2 avril 2018\n\n"
            "Objet : Signature d'un accord de financement avec la BOAD\n",
            "Signature d'un accord de financement avec la BOAD",
        ),
    ],
)
def test_the_subject_line_is_the_filing_headline(head, title):
    assert extract_metadata(head + BODY).title == title


def test_a_subject_label_without_a_headline_after_it_gives_way_to_the_headline():
    page = "Ghana and Togo agree to reopen border crossings\n\nSubject: trade\n" + BODY
    assert extract_metadata(page).title == "Ghana and Togo agree to reopen border crossings"
