"""A Spanish, French or Portuguese phrase after a name that spells an English office ("el mayor": the biggest, "le
premier": the first) is the language's own words, no office: the person keeps the office said before the name, and
the name keeps its own words. English appositions keep their offices. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text: str, language: str) -> dict[str, str | None]:
    return {a.name: a.role for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, language, name, role",
    [
        (
            "La represa fue inaugurada por el presidente Rodrigo Chaves, la mayor obra de su mandato.",
            "es",
            "Rodrigo Chaves",
            "presidente",
        ),
        (
            "El crédito fue negociado por la ministra Ana Lucía Ferreyra, la mayor defensora del acuerdo.",
            "es",
            "Ana Lucía Ferreyra",
            "ministra",
        ),
        (
            "Lo firmó el canciller Ramiro Otálora, el mayor impulsor del tratado con Corea.",
            "es",
            "Ramiro Otálora",
            "canciller",
        ),
        (
            "Le ministre Ibrahima Sarr, le premier responsable du dossier, a signé l'accord.",
            "fr",
            "Ibrahima Sarr",
            "ministre",
        ),
        (
            "L'ambassadeur Pierre-Yves Garnier, le premier diplomate européen reçu à Lomé, a salué l'accord.",
            "fr",
            "Pierre-Yves Garnier",
            "ambassadeur",
        ),
        (
            "Lo recibió el embajador Tomás Ibarra Soler, el mayor conocedor de Asia en la cancillería.",
            "es",
            "Tomás Ibarra Soler",
            "embajador",
        ),
    ],
)
def test_a_superlative_or_an_ordinal_after_the_name_is_no_office(text, language, name, role):
    assert persons(text, language)[name] == role


def test_a_government_named_for_its_head_leaves_the_head_alone():
    text = "El acuerdo fue firmado por el Gobierno de Javier Milei, el mayor préstamo concedido por el organismo."
    assert set(persons(text, "es")) == {"Javier Milei"}


@pytest.mark.parametrize(
    "text, language, name, role",
    [
        (
            "The deal was signed by Bilal Ahmed Qureshi, the mayor of Quetta, on Monday.",
            "en",
            "Bilal Ahmed Qureshi",
            "mayor",
        ),
        (
            "The pact was praised by Grace Wanjiru Kamau, a senior adviser to the minister.",
            "en",
            "Grace Wanjiru Kamau",
            "senior adviser",
        ),
        (
            "L'accord a été signé par Ousmane Diallo Kane, le Premier ministre guinéen, à Conakry.",
            "fr",
            "Ousmane Diallo Kane",
            "Premier ministre",
        ),
        (
            "Lo anunció Marta Elena Robles, la directora de la agencia, en Bogotá.",
            "es",
            "Marta Elena Robles",
            "directora",
        ),
    ],
)
def test_offices_after_a_name_stay(text, language, name, role):
    assert persons(text, language)[name] == role
