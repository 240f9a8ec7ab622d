"""A body named again with its group's or its outlet's words (`NAME Group Chairman`, `le Groupe de la NAME`,
`the NAME news agency`) is the body the article names without them: one actor, named as the body; a name the
knowledge base holds as another body's stays its own. An outlet named only with its lower-case noun keeps it.
Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return sorted(a.name for a in extract_actors(text, language=language) if a.actor_type == "organization")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Harbourline Logistics will run the new terminal in Mombasa. Harbourline Logistics Group Chairman "
            "Peter Okello signed the lease on Monday.",
            "en",
            ["Harbourline Logistics"],
        ),
        (
            "Sky Falcon Airways adds flights to Lahore. Sky Falcon Airways Group Chief Executive Omar Saleh said "
            "demand was strong.",
            "en",
            ["Sky Falcon Airways"],
        ),
        (
            "BELGRADE, May 3 (Vestnik) - The two ministers discussed the railway, the Vestnik news agency has learned.",
            "en",
            ["Vestnik"],
        ),
        (
            "La Banque ouest-africaine d'investissement (BOAI) financera la route. Le président du Groupe de la "
            "Banque ouest-africaine d'investissement a signé l'accord à Dakar.",
            "fr",
            ["Banque ouest-africaine d'investissement"],
        ),
        (
            "O Banco Atlântico de Fomento vai financiar a barragem, disse o presidente do Grupo Banco Atlântico "
            "de Fomento em Luanda.",
            "pt",
            ["Banco Atlântico de Fomento"],
        ),
        (
            "La Compañía Andina de Puertos ganó la licitación. El Grupo Compañía Andina de Puertos invertirá "
            "en Callao.",
            "es",
            ["Compañía Andina de Puertos"],
        ),
    ],
)
def test_a_group_or_outlet_form_is_the_body(text, language, expected):
    assert organizations(text, language) == expected


def test_an_outlet_named_with_its_lower_case_noun_keeps_it():
    text = "According to Xinhua news agency, the two leaders agreed to expand the port."
    assert "Xinhua news agency" in organizations(text)


def test_a_known_body_of_its_own_stays_apart():
    text = "Emirates will fly to Multan, Emirates News Agency reported on Sunday."
    assert "Emirates News Agency" in organizations(text)
