"""The report's home side in two-state stories where the partner is named more often: the seat of government the
report names (`firmaron en la Casa Rosada`, `at the Blue House`, `à l'Élysée`), the state whose press writes the
article's language against a partner's currency (`yuanes` in an Argentine story), and a dateline place in a state
whose press writes the article's language even where the body names only the partner (`Antofagasta, 5 de
septiembre.-`). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.report_home import seat_state


def country(text, name, language="en"):
    return next(a.country for a in extract_actors(text, language=language) if a.name == name)


SEATS = [
    (
        "es",
        "La presidenta de Argentina y el primer ministro de Japón firmaron ayer en la Casa Rosada doce acuerdos. "
        "Japón invertirá en litio, como en México, y Japón financiará dos puertos. Japón es el mayor "
        "inversor asiático. El ministro "
        "de Economía, Sergio Lavandera, dijo que las obras comenzarán en marzo.",
        "Sergio Lavandera",
        "ARG",
    ),
    (
        "es",
        "El canciller de Corea del Sur fue recibido en La Moneda por la presidenta de Chile. Corea del Sur comprará "
        "cobre y Corea del Sur abrirá una oficina comercial. El ministro de Hacienda, Tomás "
        "Irarrázabal, destacó el acuerdo.",
        "Tomás Irarrázabal",
        "CHL",
    ),
    (
        "en",
        "The Vietnamese President held talks with the President at the Blue House on Monday. Vietnam and Korea "
        "signed nine deals; Vietnam will buy ships and Vietnam will host two plants. Trade Minister Park Ji-hoon "
        "said the deals were worth $4 billion.",
        "Park Ji-hoon",
        "KOR",
    ),
    (
        "fr",
        "Le président du Sénégal a été reçu à l'Élysée mardi. Le Sénégal et la France ont signé six accords; le "
        "Sénégal recevra un prêt et le Sénégal construira un port. Le ministre de l'Économie, Julien Carrasset, a "
        "salué un partenariat renouvelé.",
        "Julien Carrasset",
        "FRA",
    ),
    (
        "pt",
        "O presidente de Angola foi recebido no Palácio do Planalto nesta quinta-feira. Angola e o Brasil assinaram "
        "cinco acordos; Angola vai comprar aviões e Angola receberá crédito. O ministro da Fazenda, Otávio "
        "Linhares, disse que o crédito será de US$ 1 bilhão.",
        "Otávio Linhares",
        "BRA",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "state"), SEATS)
def test_the_seat_of_government_named_is_the_home_side(language, text, name, state):
    assert country(text, name, language) == state


def test_seats_of_two_states_name_no_home():
    assert seat_state("Talks at the Kremlin followed talks in the White House.") is None
    assert seat_state("Officials met at the Kremlin; the Pentagon said nothing.") == "RUS"
    assert seat_state("Western diplomats say the Pentagon is preparing an offer.") is None


LANGUAGE_OVER_CURRENCY = [
    (
        "es",
        "Argentina y China renovaron el canje de monedas. El tramo activado suma 130.000 millones de yuanes y "
        "el nuevo tramo, 35.000 millones de yuanes más. Pekín valoró la decisión de Buenos Aires. "
        "El ministro de Economía, Ramiro "
        "Castañeda, dijo que el canje refuerza las reservas.",
        "Ramiro Castañeda",
        "ARG",
    ),
    (
        "pt",
        "O Brasil e a China ampliaram a linha de crédito. O total chega a 50 bilhões de yuans e outros 10 bilhões "
        "de yuans irão para exportadores. A China é o maior parceiro. O ministro da Fazenda, "
        "Caio Bettencourt, disse que a linha "
        "reduz o uso do dólar.",
        "Caio Bettencourt",
        "BRA",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "state"), LANGUAGE_OVER_CURRENCY)
def test_the_state_writing_the_language_outranks_a_partners_currency(language, text, name, state):
    assert country(text, name, language) == state


LOCAL_DATELINES = [
    (
        "es",
        "Antofagasta, 5 de septiembre de 2019.- El ministro de Minería, Rodrigo Echenique, confirmó que la estatal "
        "china Minmetals construirá una fundición. Las exportaciones a China crecieron un 12%.",
        "Rodrigo Echenique",
        "CHL",
    ),
    (
        "es",
        "Bilbao, 3 de marzo de 2021.- La ministra de Industria, Carmen Olmedo, visitó la planta de baterías que "
        "una empresa de China levantará con capital chino.",
        "Carmen Olmedo",
        "ESP",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "state"), LOCAL_DATELINES)
def test_a_dateline_in_a_state_writing_the_language_is_home(language, text, name, state):
    assert country(text, name, language) == state


def test_a_partners_currency_stays_home_where_nothing_else_names_one():
    text = (
        "Mongolia and Russia discussed fuel supplies. Russia supplies most of the fuel. Energy Minister Tuvshin "
        "Bat-Erdene told parliament that imports cost MNT 3.2 trillion last year and that MNT 400 billion had been set "
        "aside for a reserve."
    )
    assert country(text, "Tuvshin Bat-Erdene") == "MNG"


PROVINCE_HEADS = [
    (
        "es",
        "El gobernador Martín Quiroga recibió a directivos de una petrolera en Neuquén. La provincia exportará gas a "
        "Chile desde 2026. El presidente de la empresa provincial, Darío Campos, celebró el acuerdo.",
        "Darío Campos",
        "ARG",
    ),
    (
        "pt",
        "O governador Eduardo Teixeira recebeu empresários do Uruguai. O Rio Grande do Sul quer "
        "ampliar as vendas ao Uruguai. O secretário de Desenvolvimento, Paulo Saraiva, destacou os investimentos.",
        "Paulo Saraiva",
        "BRA",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "state"), PROVINCE_HEADS)
def test_a_governor_in_a_page_of_one_states_provinces_is_home(language, text, name, state):
    assert country(text, name, language) == state


def test_provinces_of_two_states_name_no_home():
    text = (
        "El gobernador Martín Quiroga recibió en Neuquén a empresarios de Antofagasta. Chile comprará gas. El "
        "presidente de la empresa provincial, Darío Campos, celebró el acuerdo."
    )
    assert country(text, "Darío Campos", "es") == "CHL"


def test_a_wires_capital_in_the_language_is_no_local_home():
    text = "LIMA, 3 de marzo.- El ministro de Minería, Rodrigo Echenique, visitó una planta en Chile."
    assert country(text, "Rodrigo Echenique", "es") == "CHL"
