"""A field the parties make a priority ("named agriculture and training the priorities"), commit to ("committed to
train 300 engineers"), bid for ("will bid for the high-speed trains"), or are urged to invest in (the Spanish and
Portuguese forms of investing: "que inviertan", "que invistam") is work planned in it: its sentence reports activity.
Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        (
            "The minister named agriculture and vocational training the two priorities of the new programme.",
            "en",
            "agriculture",
        ),
        ("Energy security will be a priority of the presidency, the premier said.", "en", "energy"),
        ("The consortium has committed to train 300 local engineers by 2027.", "en", "education"),
        (
            "Alstom will bid for the high-speed trains of the northern line, its chief executive said.",
            "en",
            "transport",
        ),
        ("A Korean group is bidding for the copper deposits in the south, with a decision due in May.", "en", "mining"),
        ("El presidente pidió a los empresarios españoles que inviertan en el turismo de la costa.", "es", "tourism"),
        ("O Presidente pediu aos empresários brasileiros que invistam na agricultura do norte.", "pt", "agriculture"),
        ("Le ministre a jugé prioritaires la pêche et la formation professionnelle.", "fr", "education"),
        ("El gobierno lanzará una licitación para la compra de trenes de pasajeros.", "es", "transport"),
    ],
)
def test_a_field_made_a_priority_committed_or_bid_for_is_reported(text: str, language: str, sector: str) -> None:
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("The tourism minister arrived in Lisbon on Monday, his office said.", "en", "tourism"),
        ("La agricultura del país sufrió una sequía el año pasado.", "es", "agriculture"),
    ],
)
def test_a_field_named_in_passing_is_not(text: str, language: str, sector: str) -> None:
    assert sector not in sectors_of(text, language)
