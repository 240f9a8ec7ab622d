"""Signatories listed with their offices in Spanish, French and Portuguese: a counterpart whose portfolio runs long
("son homologue burkinabè des Mines et de l'Énergie, NAME") holds the office of the person named before, of the state
its demonym gives; an office between two names in a list is the next name's, not the previous one's; and an office
may introduce a surname after an initial ("M. O. Ndiaye"). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text: str, language: str) -> dict[str, tuple[str | None, str | None]]:
    found = extract_actors(text, language=language)
    return {a.name: (a.role, a.country) for a in found if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, language, name, role, country",
    [
        (
            "Le ministre malien des Mines, Lamine Coulibaly, et son homologue burkinabè des Mines et de l'Énergie, "
            "Oumarou Sanou, ont signé l'accord à Bamako.",
            "fr",
            "Oumarou Sanou",
            "ministre",
            "BFA",
        ),
        (
            "La ministre sénégalaise des Transports, Awa Ndiaye, et son homologue mauritanien de l'Équipement, des "
            "Transports et de l'Habitat, Sidi Ould Ahmed, ont inauguré le pont.",
            "fr",
            "Sidi Ould Ahmed",
            "ministre",
            "MRT",
        ),
        (
            "El canciller chileno, Andrés Valdivia, y su homólogo paraguayo de Relaciones Exteriores y Culto, Rubén "
            "Acosta Vera, firmaron el tratado.",
            "es",
            "Rubén Acosta Vera",
            "canciller",
            "PRY",
        ),
        (
            "O ministro angolano dos Transportes, Ricardo Viegas, e o seu homólogo namibiano das Obras Públicas e "
            "Transportes, John Mutorwa Shikongo, assinaram o acordo.",
            "pt",
            "John Mutorwa Shikongo",
            "ministro",
            "NAM",
        ),
    ],
)
def test_a_counterpart_with_a_long_portfolio(text, language, name, role, country):
    assert persons(text, language)[name] == (role, country)


def test_an_office_between_two_listed_names_is_the_next_ones():
    text = (
        "L'accord a été signé par le ministre togolais des Finances, Essowè Barry, son homologue béninois de "
        "l'Économie et des Finances, Romuald Dossou Adjovi, le directeur général de la BOAD, M. Serge Ekué Mensah, "
        "et le représentant de l'UE."
    )
    found = persons(text, "fr")
    assert found["Romuald Dossou Adjovi"][0] == "ministre"
    assert found["Serge Ekué Mensah"][0] == "directeur général"


def test_an_office_introduces_a_surname_after_an_initial():
    text = "Le protocole a été paraphé par le directeur général de la BOAD pour le Sahel, M. K. Ouédraogo, mardi."
    assert persons(text, "fr")["K. Ouédraogo"][0] == "directeur général"


@pytest.mark.parametrize(
    "text, language, name, role",
    [
        # an apposition whose office ends before a verb stays the name's own
        (
            "Jean-Marc Dupuis, directeur de l'AFD au Mali, a signé l'accord avec Aminata Diarra.",
            "fr",
            "Jean-Marc Dupuis",
            "directeur",
        ),
        # a portfolio listed with commas after an office is no name
        (
            "Paul Mensah Oduro, ministre de l'Économie, Planification et Coopération, a signé l'accord.",
            "fr",
            "Paul Mensah Oduro",
            "ministre",
        ),
        # a clause after a counterpart ends it: the person met keeps their own office
        (
            "El canciller boliviano, Diego Arce Paz, y su homólogo, que recibió al presidente Luis Ortega Díaz, firmó.",
            "es",
            "Luis Ortega Díaz",
            "presidente",
        ),
    ],
)
def test_offices_that_stay(text, language, name, role):
    assert persons(text, language)[name][0] == role
