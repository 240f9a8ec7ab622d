"""Spanish, French and Portuguese persons named right after a lower-case office and then joined by `y`, `e` or `et`
to another name ("el canciller NAME y NAME firmaron", "o presidente NAME e NAME assinaram", "le ministre NAME et
NAME ont signé"): the office is the first person's role, as in English ("Foreign Minister A and B signed"), and the
second person takes neither that role nor the first one's state. A ministry's list of portfolios ("el ministro del
Interior, Obras Públicas y Vivienda, NAME") still names no person "Obras Públicas"."""

import pytest

from pipelines.extract.actors import extract_actors


def _persons(text: str, language: str) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, language, name, role",
    [
        ("El canciller Tomás Aranda y Wang Yi firmaron el acuerdo en Pekín.", "es", "Tomás Aranda", "canciller"),
        (
            "La ministra Lucía Ferreyra y Rosa Villalba inauguraron la planta en Asunción.",
            "es",
            "Lucía Ferreyra",
            "ministra",
        ),
        ("El presidente Joaquín Olmedo y China acordaron ampliar el comercio.", "es", "Joaquín Olmedo", "presidente"),
        ("O chanceler Rui Tavares e Wang Yi assinaram o acordo em Pequim.", "pt", "Rui Tavares", "chanceler"),
        ("O presidente Mário Quintas e Xi Jinping assinaram 15 acordos.", "pt", "Mário Quintas", "presidente"),
        ("Le ministre Étienne Kaboré et Wang Yi ont signé l'accord à Pékin.", "fr", "Étienne Kaboré", "ministre"),
        ("Le président Alassane Koné et Emmanuel Macron ont inauguré le pont.", "fr", "Alassane Koné", "président"),
    ],
)
def test_the_office_before_a_pair_is_the_first_ones_role(text, language, name, role):
    persons = _persons(text, language)
    assert persons[name][0] == role


@pytest.mark.parametrize(
    "text, language",
    [
        ("El ministro del Interior, Obras Públicas y Vivienda, Rogelio Frigerio, visitó la obra.", "es"),
        ("O ministro das Obras Públicas, Habitação e Recursos Hídricos, Carlos Bonete, visitou a obra.", "pt"),
    ],
)
def test_a_list_of_portfolios_names_no_person(text, language):
    assert not any(word in name for name in _persons(text, language) for word in ("Obras", "Habitação", "Vivienda"))


def test_a_surname_of_two_parts_is_not_cut_at_its_conjunction():
    persons = _persons("O primeiro-ministro, Mário Tavares e Silva, e a ministra da Saúde assinaram o acordo.", "pt")
    assert "Mário Tavares" not in persons
