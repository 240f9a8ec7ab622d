"""Spanish, Portuguese and French futures whose stem is one letter (`serán`, `harán`, `serão`, `farão`, `seront`,
`feront`) speak of the future as the longer ones do; and `desde` after a future verb is "from", not "since": the
month it leads lies ahead ("realizarán patrullajes desde septiembre"), while after a past verb or with no verb it
still looks back, as it does when the future verb comes after it in another clause (sentences written for these
tests)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2019, 5, 14)


def months(text: str, language: str) -> list[tuple[str, str]]:
    return [(d.text, str(d.date_start)) for d in extract_dates(text, PUB, (), language, "") if d.granularity == "month"]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Las nuevas tarifas serán aplicadas en agosto, según la aduana.", "es", ("en agosto", "2019-08-01")),
        ("Los dos bancos harán una emisión conjunta en marzo.", "es", ("en marzo", "2020-03-01")),
        ("El fondo dará a conocer su informe en febrero.", "es", ("en febrero", "2020-02-01")),
        ("As obras serão concluídas em março, disse o ministro.", "pt", ("em março", "2020-03-01")),
        ("As duas empresas farão o primeiro embarque em fevereiro.", "pt", ("em fevereiro", "2020-02-01")),
        ("O porto terá um novo terminal em abril.", "pt", ("em abril", "2020-04-01")),
        ("Les deux pays feront le point en mars, a indiqué le ministre.", "fr", ("en mars", "2020-03-01")),
        ("Les premiers versements seront effectués en février.", "fr", ("en février", "2020-02-01")),
    ],
)
def test_a_month_after_a_short_future_lies_ahead(text, language, expected):
    assert months(text, language) == [expected]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Las dos policías realizarán patrullajes conjuntos desde marzo.", "es", ("desde marzo", "2020-03-01")),
        ("La aerolínea operará vuelos diarios a Quito desde febrero.", "es", ("desde febrero", "2020-02-01")),
        ("O banco vai cobrar a nova taxa desde abril.", "pt", ("desde abril", "2020-04-01")),
    ],
)
def test_desde_after_a_future_verb_starts_ahead(text, language, expected):
    assert months(text, language) == [expected]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Las exportaciones de cobre crecieron desde marzo.", "es", ("desde marzo", "2019-03-01")),
        ("Desde febrero, el peso se apreció un 4 %.", "es", ("Desde febrero", "2019-02-01")),
        ("O preço do minério subiu desde abril.", "pt", ("desde abril", "2019-04-01")),
        ("La ministra, en el cargo desde marzo, visitará Lima.", "es", ("desde marzo", "2019-03-01")),
        ("Les prix ont augmenté depuis mars et resteront élevés.", "fr", ("depuis mars", "2019-03-01")),
    ],
)
def test_desde_and_depuis_otherwise_look_back(text, language, expected):
    assert months(text, language) == [expected]
