"""A page's title before the name of the body that issued it, after a bar or a spaced dash (`Budget Statement
(extract) | Ministry of Finance, Government of X`), is the title without that name; a headline of two or three words
that says something before a paper's name or a domain after a bar is the headline line; a menu, or a headline whose
part after a dash is no issuer, stays as it was (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = {
    "en": "The minister told the house on Tuesday that exports were likely to reach a record this year.\n",
    "es": "El ministro dijo el martes ante el Congreso que las exportaciones alcanzarían este año un récord.\n",
    "fr": "Le ministre a déclaré mardi devant les députés que les exportations atteindraient cette année un record.\n",
    "pt": "O ministro disse na terça-feira aos deputados que as exportações devem atingir neste ano um recorde.\n",
}


@pytest.mark.parametrize(
    ("language", "line", "title"),
    [
        (
            "en",
            "Budget Statement 2019-20 (extract) | Ministry of Finance, Government of Sri Lanka",
            "Budget Statement 2019-20 (extract)",
        ),
        ("en", "Minister's address to exporters | Department of Trade and Industry", "Minister's address to exporters"),
        (
            "es",
            "Comunicado conjunto - Ministerio de Relaciones Exteriores del Perú",
            "Comunicado conjunto",
        ),
        (
            "fr",
            "Discours du ministre devant l'Assemblée — Ministère de l'Économie et des Finances",
            "Discours du ministre devant l'Assemblée",
        ),
        ("pt", "Visita oficial a Angola | Ministério das Relações Exteriores", "Visita oficial a Angola"),
    ],
)
def test_a_title_before_its_issuers_name_is_the_title_without_it(language, line, title):
    text = f"{line}\nLima, 4 June 2019\n\n{BODY[language]}"
    assert extract_metadata(text).title == title


@pytest.mark.parametrize(
    "line",
    ["Rupee hits low | Colombo Daily Mirror", "Copper rally stalls | lima-news.pe", "Peso firms again | Andes Post"],
)
def test_a_short_headline_before_a_papers_name_is_the_headline_line(line):
    assert extract_metadata(f"{line}\n\n{BODY['en']}").title == line


@pytest.mark.parametrize("line", ["Latest News | Contact Us", "Read more | Share", "World | Asia Pacific"])
def test_a_menu_of_two_items_is_still_no_headline(line):
    assert extract_metadata(f"{line}\n\n{BODY['en']}").title is None


def test_a_dash_before_no_issuer_stays_in_the_headline():
    line = "Kenya - Kisumu to Busia Road Upgrading Project"
    assert extract_metadata(f"{line}\n\n{BODY['en']}").title == line
