"""Persons in Spanish, French and Portuguese news: a capitalised run that opens with the noun of a place, a
facility, an event, a desk or an outlet (`Ciudad`, `Aeropuerto`, `Gabinete`, `Día`) is that thing's name, and a
Portuguese `pela`/`pelo` before a company is no name word (sentences written for these tests)."""

from pipelines.extract.article import extract_article


def persons(text: str) -> set[str]:
    facts = extract_article(" date 2024-03-05\n\n" + text)
    return {a.name for a in facts.actors if a.actor_type == "person"}


def test_a_border_town_named_after_a_person_is_no_person():
    text = (
        "Los camiones cruzan cada día por Ciudad Acuña y Piedras Negras hacia Texas, dijo el gobernador de "
        "Coahuila, Manolo Jiménez."
    )
    assert persons(text) == {"Manolo Jiménez"}


def test_an_airport_in_a_most_read_line_is_no_person():
    text = (
        "Lo más visto: Aeropuerto Jorge Chávez suma nueva ruta a Cusco\n"
        "El ministro de Transportes del Perú, Raúl Pérez Reyes, anunció la ruta el lunes."
    )
    assert persons(text) == {"Raúl Pérez Reyes"}


def test_a_port_city_in_a_dateline_is_no_person():
    text = (
        "Puerto Montt | Martes 4 de marzo de 2024\n"
        "El canciller de Chile, Alberto van Klaveren, viajó a Brasilia para reunirse con su homólogo."
    )
    assert persons(text) == {"Alberto van Klaveren"}


def test_a_press_desk_line_is_no_person():
    text = (
        "Gabinete de Comunicación\n"
        "El ministro de Economía de España, Carlos Cuerpo, firmó el acuerdo comercial con Marruecos en Rabat."
    )
    assert persons(text) == {"Carlos Cuerpo"}


def test_a_company_after_portuguese_pela_is_no_person():
    text = (
        "O acordo foi assinado em Luanda. Pela Sonangol assinou o presidente Gaspar Martins; pela TotalEnergies, o "
        "diretor-geral Martin Deffontaines."
    )
    assert persons(text) == {"Gaspar Martins", "Martin Deffontaines"}


def test_a_school_a_summit_and_a_holiday_are_no_persons():
    text = (
        "O ministro da Educação de Moçambique, Carmelita Namashulua, visitou a Escola Secundária Josina Machel, em "
        "Maputo. Las obras terminarán antes del próximo Día de la Independencia, afirmó la ministra Josefina "
        "Vázquez, antes de la Cumbre Iberoamericana."
    )
    assert "Carmelita Namashulua" in persons(text)
    assert not {"Escola Secundária Josina Machel", "Josina Machel", "Día de la Independencia"} & persons(text)


def test_the_same_nouns_as_surnames_stay_in_a_name():
    text = (
        "La ministra de Comercio, Ana Porto, y el secretario de Industria, Luis Puerto, se reunieron en Lima con "
        "el embajador de Francia, Pierre Sala."
    )
    assert persons(text) == {"Ana Porto", "Luis Puerto", "Pierre Sala"}


def test_a_french_airport_and_its_named_person_apart():
    text = (
        "Le Premier ministre sénégalais Ousmane Sonko a été accueilli à l'Aéroport Blaise Diagne par le ministre "
        "des Transports, Yankhoba Diémé. La Journée Nationale de l'Élevage se tiendra à Kaolack."
    )
    assert persons(text) == {"Ousmane Sonko", "Yankhoba Diémé"}
