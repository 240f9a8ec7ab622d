"""The dateline of the Spanish-language press closes on a stop and a dash (`LIMA.-`, `SANTO DOMINGO.-`, `BUENOS
AIRES (AFP).-`): the report is filed from that city's state, as `LIMA -` and `LIMA (AFP) -` are; a stop and a
dash inside a sentence or after no known place files nothing. Lines written for these tests."""

import pytest

from pipelines.extract.actors.report_home import dateline_countries


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acuerdo minero\n\nLIMA.- El ministro de Energía y Minas firmó ayer el convenio.", (None, "PER")),
        ("SANTO DOMINGO.- Los cancilleres de ambos países reabrieron los mercados.", (None, "DOM")),
        ("MONTEVIDEO.- La ministra de Economía presentó el presupuesto.", (None, "URY")),
        ("Visita oficial\nBUENOS AIRES (AFP).- El canciller recibió a su par chino.", ("FRA", "ARG")),
        (" date 2014-07-19 QUITO.- El presidente viajará a Pekín.", (None, "ECU")),
    ],
)
def test_a_stop_and_a_dash_close_a_dateline(text, expected):
    assert dateline_countries(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "U.S.- China talks resume\nThe officials met in Geneva.",
        "Resumen.- El comercio con China creció un 5 %.",
    ],
)
def test_no_dateline(text):
    assert dateline_countries(text) == ()
