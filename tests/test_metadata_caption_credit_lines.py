"""A photo's caption whose credit stands alone on the next line (`Credit: Jane Roe/AFP`, `Foto: Presidencia`,
`Photo by ...`): the caption is no headline; the headline follows (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES

BODY = STORY_BODIES["en"]

PAGES = [
    ("Leaders pose for a photo in Lomé", "Credit: Jane Roe/AFP", "Ghana and Togo agree to reopen border crossings"),
    ("The ministers shake hands in Hanoi", "Photo: VNA", "Vietnam and Laos sign a new power trade deal"),
    ("Workers at the port of Mombasa", "Photo by Paul Otieno", "Kenya wins a new loan for its railway line"),
    (
        "Los cancilleres durante la reunión en Asunción",
        "Foto: Cancillería",
        "Paraguay y Bolivia firman un acuerdo de gas",
    ),
    (
        "Les deux présidents au palais de Cotonou",
        "Crédit photo : Présidence du Bénin",
        "Le Bénin et le Niger relancent le corridor pétrolier",
    ),
    ("Os ministros em Luanda na terça-feira", "Imagem: Angop", "Angola e Namíbia assinam acordo de energia"),
    ("A tanker off the coast of Oman", "Getty Images", "Oman and India to expand port links in Duqm"),
]


@pytest.mark.parametrize(("caption", "credit", "headline"), PAGES)
def test_a_caption_over_its_credit_line_is_no_headline(caption, credit, headline):
    text = f"{caption}\n{credit}\n\n{headline}\n\nBy Ama Mensah\n\n{BODY}"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize(("caption", "credit", "headline"), PAGES[:3])
def test_a_headline_before_a_captioned_photo_stays(caption, credit, headline):
    text = f"{headline}\n\n{caption}\n{credit}\n\n{BODY}"
    assert extract_metadata(text).title == headline
