"""A Spanish, French or Portuguese ministry's name above its release, a parliamentary answer's stamp inside its head
line, and a short first line that ends in a stop (texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_AFTER_TALKS as BODY

CUERPO = (
    "Los dos gobiernos acordaron el martes ampliar la cooperación en agricultura, transporte marítimo y energía "
    "solar, según informaron los funcionarios al terminar las conversaciones.\n"
)
CORPS = (
    "Les deux gouvernements ont convenu mardi d'élargir leur coopération dans l'agriculture, le transport maritime "
    "et l'énergie solaire, ont indiqué les responsables à l'issue des entretiens.\n"
)
CORPO = (
    "Os dois governos acordaram na terça-feira ampliar a cooperação em agricultura, transporte marítimo e energia "
    "solar, informaram as autoridades ao final das conversas na capital.\n"
)


@pytest.mark.parametrize(
    "issuer, headline, body",
    [
        ("Ministerio de Relaciones Exteriores", "Chile y Perú firman un acuerdo portuario", CUERPO),
        ("Secretaría de Relaciones Exteriores", "México y Guatemala amplían la cooperación fronteriza", CUERPO),
        ("Cancillería de Colombia", "Colombia y Ecuador relanzan su comisión de vecindad", CUERPO),
        ("Ministère de l'Europe et des Affaires étrangères", "La France et le Sénégal signent un accord", CORPS),
        ("Ministère des Affaires étrangères", "Le Maroc et le Gabon renforcent leur coopération", CORPS),
        ("Ambassade de France au Vietnam", "La France finance une ligne de métro à Hanoï", CORPS),
        ("Ministério das Relações Exteriores", "Brasil e Angola assinam acordo de facilitação de investimentos", CORPO),
        ("Embaixada do Brasil em Maputo", "Brasil doa alimentos a Moçambique após ciclone", CORPO),
        ("MINISTERIO DE RELACIONES EXTERIORES", "Chile y Perú firman un acuerdo portuario", CUERPO),
    ],
)
def test_a_romance_ministrys_name_above_its_release_is_not_the_title(issuer, headline, body):
    assert extract_metadata(issuer + "\n\n" + headline + "\n\n" + body).title == headline


def test_a_romance_issuer_alone_above_the_body_is_no_title():
    assert extract_metadata("Ministère des Affaires étrangères\n\n" + CORPS).title is None


@pytest.mark.parametrize(
    "head, answered",
    [
        ("LOK SABHA\n\nUNSTARRED QUESTION NO:118 ANSWERED ON:07.03.2012 EXPORTS TO BHUTAN\n\n", date(2012, 3, 7)),
        ("RAJYA SABHA\nSTARRED QUESTION NO. 9 TO BE ANSWERED ON 22.11.2017 TRADE WITH MYANMAR\n\n", date(2017, 11, 22)),
        ("National Assembly\nQuestion 41 (Date of answer: 3 June 2015) Trade with Zambia\n\n", date(2015, 6, 3)),
    ],
)
def test_a_parliamentary_answer_stamp_inside_the_head_line_gives_the_date(head, answered):
    assert extract_metadata(head + BODY).publication_date == answered


@pytest.mark.parametrize(
    "first, stamp",
    [
        ("Building trade ties, a cornerstone of our partnership with Fiji.", "3 June 2024"),
        ("Australia and Samoa open a new chapter in their friendship.", "Monday, 12 August 2019"),
        ("Chile y Perú abren una nueva etapa en su relación.", "5 de mayo de 2021"),
    ],
)
def test_a_first_line_with_a_stop_is_the_headline_over_a_date_stamp(first, stamp):
    assert extract_metadata(first + "\n" + stamp + "\n" + BODY).title == first


@pytest.mark.parametrize(
    "first",
    ["UAE embassy opened in the capital.", "New consulate opens in Mombasa.", "Chile abre una embajada en Hanói."],
)
def test_a_first_line_with_a_stop_before_a_blank_line_is_no_title(first):
    assert extract_metadata(first + "\n\nViews: 120\nCreate Date: 16/07/2021\n" + BODY).title is None


@pytest.mark.parametrize(
    "headline, body",
    [
        ("Erdoğan in Ashgabat", BODY),
        ("Lula visita China", CUERPO),
        ("Macron à Dakar", CORPS),
        ("Lula em Luanda", CORPO),
    ],
)
def test_a_short_headline_printed_twice_is_the_title(headline, body):
    page = "28-11-2021 21:54\n" + headline + "\n" + headline + "\n" + body
    assert extract_metadata(page).title == headline


def test_a_short_line_printed_once_is_no_title():
    assert extract_metadata("28-11-2021 21:54\nErdoğan in Ashgabat\n" + BODY).title is None
