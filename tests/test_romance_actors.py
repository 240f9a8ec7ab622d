"""Persons and organisations in Spanish, French and Portuguese: the same rules with each language's data."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text: str, language: str) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def organizations(text: str, language: str) -> set[str]:
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


def test_pairs_of_a_state_and_its_holder_after_a_plural_office():
    text = "Los cancilleres de Perú, Ana Beltrán Soto, y de Bolivia, Raúl Quispe Mamani, firmaron un acta."
    assert persons(text, "es") == {"Ana Beltrán Soto": ("canciller", "PER"), "Raúl Quispe Mamani": ("canciller", "BOL")}
    text = "Les ministres des Affaires étrangères du Togo, Koffi Mensah, et du Bénin, Aurélien Houngbo, ont signé."
    assert persons(text, "fr") == {
        "Koffi Mensah": ("ministre des Affaires étrangères", "TGO"),
        "Aurélien Houngbo": ("ministre des Affaires étrangères", "BEN"),
    }
    text = "Os chanceleres do Uruguai, Pedro Salgado, e do Chile, Marta Ibáñez, reuniram-se ontem."
    assert persons(text, "pt") == {"Pedro Salgado": ("chanceler", "URY"), "Marta Ibáñez": ("chanceler", "CHL")}


def test_a_counterpart_named_by_a_long_state_name_and_a_demonym_missing_before():
    text = "La vicecanciller Rosa Duarte y su homólogo de Corea del Sur, Park Min-jun, revisaron el acuerdo."
    assert persons(text, "es")["Park Min-jun"][1] == "KOR"
    text = "Le Premier ministre belge Luc Janssens a reçu son homologue luxembourgeois Marc Weber."
    assert persons(text, "fr")["Marc Weber"][1] == "LUX"


def test_an_official_of_an_international_body_serves_no_state():
    text = "Le secrétaire général de l'ONU, Pedro Almeida Costa, a rencontré des ministres au Mali."
    assert persons(text, "fr") == {"Pedro Almeida Costa": ("secrétaire général", None)}
    text = "La OEA se reunió en Haití. El secretario general, Tomás Ferrer Ruiz, pidió más recursos."
    assert persons(text, "es")["Tomás Ferrer Ruiz"] == ("secretario general", None)


def test_an_official_who_meets_the_other_side_is_not_of_its_state():
    text = "A ministra Carla Nhantumbo se reuniu, na segunda-feira, com o embaixador do Japão, Kenji Mori, em Maputo."
    assert persons(text, "pt")["Carla Nhantumbo"][1] != "JPN"


def test_the_english_models_places_and_portfolios_are_no_persons():
    text = (
        "El canciller Marcelo Ortega se reunió en la Ciudad de México con el ministro de Recursos Minerales y Petróleo."
    )
    assert set(persons(text, "es")) == {"Marcelo Ortega"}
    text = "O Brasil vai destinar verbas ao Programa das Nações Unidas para o Meio Ambiente, disse Dilma Mendes."
    assert "Meio Ambiente" not in persons(text, "pt")


def test_an_organisation_name_ends_at_a_comma_unless_portfolios_are_listed():
    text = "La directrice de la Banque pour le Togo, Awa Traoré, a parlé."
    assert organizations(text, "fr") == {"Banque pour le Togo"}
    text = "Segundo o Ministério do Desenvolvimento, Indústria, Comércio e Serviços, as vendas subiram."
    assert organizations(text, "pt") == {"Ministério do Desenvolvimento, Indústria, Comércio e Serviços"}


def test_a_news_agency_in_a_dateline_after_the_date_header():
    text = " date 2020-05-04 DAKAR, 4 mai (APS) - Le Sénégal a signé un accord.\n"
    assert "APS" in organizations(text, "fr")
    text = " date 2020-05-04 QUITO, 4 may (EFE).- Ecuador firmó un acuerdo.\n"
    assert "EFE" in organizations(text, "es")


def test_a_name_that_spells_its_bracketed_acronym_and_the_acronym_used_again():
    text = "La Banque ouest-africaine de développement (BOAD) a prêté. La BOAD financera la route."
    found = {a.name: a.mentions for a in extract_actors(text, language="fr") if a.actor_type == "organization"}
    assert found == {"Banque ouest-africaine de développement": 3}
    text = "A Agência para o Comércio Externo de Angola (ACEA) abriu um escritório."
    assert organizations(text, "pt") == {"Agência para o Comércio Externo de Angola"}
    text = "La empresa estatal Minera Andina del Sur (MAS) exportó cobre."
    assert organizations(text, "es") == {"Minera Andina del Sur"}


def test_known_bodies_after_an_elided_article_and_not_inside_an_events_name():
    assert organizations("L'Union européenne a promis une aide au Niger.", "fr") == {"Union européenne"}
    text = "A Conferência das Nações Unidas sobre o Clima começou no Brasil."
    assert organizations(text, "pt") == set()


def test_a_bodys_name_said_again_shorter_is_the_same_body():
    text = "O Banco Central do Brasil renovou o acordo. O Banco Central disse que o acordo fortalece o comércio."
    found = [a for a in extract_actors(text, language="pt") if a.actor_type == "organization"]
    assert [(a.name, a.mentions) for a in found] == [("Banco Central do Brasil", 2)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("O Banco do Povo da China renovou na sexta-feira o acordo de swap com o Banco Central do Brasil.", "pt"),
        ("El Banco Popular de China firmó el lunes un acuerdo de canje de monedas con Chile.", "es"),
        ("La Banque islamique de développement financera la route, a indiqué le ministre mardi.", "fr"),
    ],
)
def test_a_known_body_named_in_spanish_french_or_portuguese_is_that_body(text, language):
    ids = {a.actor_id for a in extract_actors(text, language=language) if a.actor_type == "organization"}
    assert ids & {"pboc", "isdb"}


def test_an_office_with_a_long_list_of_portfolios_before_the_name():
    """Sentences written for this test: the portfolios of a ministry, with commas, before the holder's name."""
    text = (
        "O acordo foi anunciado pelo ministro da Agricultura, Pecuária e Abastecimento, Rui Costa Neves, em Brasília."
    )
    found = {a.name: a.role for a in extract_actors(text, language="pt") if a.actor_type == "person"}
    assert found == {"Rui Costa Neves": "ministro"}
    text = "La ministre de la Transition écologique, de l'Énergie et du Climat, Claire Vautrin, a visité Dakar."
    found = {a.name: a.role for a in extract_actors(text, language="fr") if a.actor_type == "person"}
    assert found == {"Claire Vautrin": "ministre"}


def test_demonyms_of_the_caucasus_and_central_asia_after_an_office():
    """Sentences written for this test: a counterpart or minister qualified by a demonym the data lacked."""
    text = "Le ministre des Finances, Paul Mercier, a reçu son homologue géorgien Levan Davitashvili à Paris."
    found = {a.name: a.country for a in extract_actors(text, language="fr") if a.actor_type == "person"}
    assert found["Levan Davitashvili"] == "GEO"
    text = "El canciller, Pablo Ortega, recibió a su homólogo azerbaiyano, Elnur Mammadli, en Madrid."
    found = {a.name: a.country for a in extract_actors(text, language="es") if a.actor_type == "person"}
    assert found["Elnur Mammadli"] == "AZE"


def test_an_office_of_the_body_named_before():
    """Sentences written for this test: 'the ministry's spokesman', 'the group's chairman' in Romance text."""
    text = (
        "Le ministère des Affaires étrangères du Kazakhstan a salué l'accord signé à Paris. Le porte-parole du "
        "ministère, Aibek Smadiyarov, a évoqué la France."
    )
    found = {a.name: a.country for a in extract_actors(text, language="fr") if a.actor_type == "person"}
    assert found["Aibek Smadiyarov"] == "KAZ"
    text = (
        "La empresa china Sinohydro construirá la represa en Ecuador. El presidente de la empresa, Wang Jianfeng, "
        "visitó Quito con el ministro de Energía de Ecuador, Fernando Santos."
    )
    found = {a.name: a.country for a in extract_actors(text, language="es") if a.actor_type == "person"}
    assert found["Wang Jianfeng"] == "CHN"
