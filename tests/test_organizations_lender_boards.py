"""The board of a multilateral lender or fund is an organisation of its own, on sentences written for these tests.

Reports on loans and reviews name the board that decides ("the IMF Executive Board approved", "the Board of
Executive Directors of the World Bank", "le Conseil d'administration de la BAD"): the board is an actor beside the
lender, under one name in the article however it is written. A company's board stays no actor.
"""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    found = extract_actors(text, (), None, [], language)
    return {a.name: a for a in found if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "board"),
    [
        (
            "The International Monetary Fund said on Tuesday that its Executive Board had completed the third "
            "review of the programme for Tavora, releasing $410 million.",
            "en",
            "Executive Board",
        ),
        (
            "Officials expect the IMF Executive Board to sign off on the $1.2 billion facility next month, the "
            "finance minister told reporters.",
            "en",
            "IMF Executive Board",
        ),
        ("The AIIB Board cleared the Dhaka sewage loan in June.", "en", "AIIB Board"),
        (
            "The Board of Executive Directors of the World Bank approved a $150 million credit for rural roads. "
            "The World Bank said the money would reach 40 districts.",
            "en",
            "Board of Executive Directors of the World Bank",
        ),
        (
            "WASHINGTON - The World Bank's Board of Executive Directors on Friday approved two projects worth "
            "$300 million. The Board of Executive Directors also discussed a new country strategy.",
            "en",
            "Board of Executive Directors",
        ),
        (
            "Le Conseil d'administration de la Banque africaine de développement a approuvé un prêt de 80 millions "
            "d'euros pour le port de Lomé.",
            "fr",
            "Conseil d'administration de la Banque africaine de développement",
        ),
        (
            "El Directorio Ejecutivo del Banco Interamericano de Desarrollo aprobó un préstamo de 200 millones de "
            "dólares para Paraguay.",
            "es",
            "Directorio Ejecutivo del Banco Interamericano de Desarrollo",
        ),
        (
            "O Conselho de Administração do Banco Mundial aprovou um financiamento de 60 milhões de dólares para "
            "Moçambique.",
            "pt",
            "Conselho de Administração do Banco Mundial",
        ),
    ],
)
def test_a_lenders_board_is_an_organisation(text, language, board):
    found = organizations(text, language)
    assert any(board in name for name in found), found.keys()


def test_a_board_named_two_ways_is_one_actor():
    text = (
        "The Asian Development Bank said its Board of Directors approved a $500 million loan. The ADB Board of "
        "Directors also backed a grant for flood defences."
    )
    found = organizations(text)
    boards = [name for name in found if "Board" in name]
    assert len(boards) == 1, boards


def test_the_lender_stays_an_actor_too():
    text = (
        "The IMF Executive Board approved the review on Monday. The International Monetary Fund said growth "
        "would recover next year."
    )
    found = organizations(text)
    assert "International Monetary Fund" in found or "IMF" in found


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Norvika Steel rose after its Board of Directors approved a buyback of $40 million.",
        "The Board of Governors will meet again in March, the club said.",
    ],
)
def test_a_board_of_no_lender_names_none(text):
    found = organizations(text)
    assert not any("Board" in name for name in found), found.keys()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le Conseil des administrateurs de la Banque mondiale a approuvé mardi un prêt de 100 millions de dollars "
            "pour les routes rurales de Tavora.",
            "fr",
        ),
        (
            "À Tavora, le ministre a salué la décision du Conseil des administrateurs de la Banque mondiale, qui a "
            "approuvé un crédit pour l'éducation.",
            "fr",
        ),
        ("The World Bank's Board of Executive Directors on Monday approved a $100 million loan to Tavora.", "en"),
    ],
)
def test_the_world_banks_board_in_french_is_the_lenders_board_of_no_state(text, language):
    # the Bank's French name for its Board of Executive Directors: one body in every language and article,
    # never keyed under the state the article is about
    boards = [a for a in organizations(text, language).values() if a.actor_id.endswith("-board")]
    assert [(a.actor_id, a.country) for a in boards] == [("world-bank-board", None)]
