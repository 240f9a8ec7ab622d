"""A headline that ends in a day a small word governs (`Record of the sitting of Tuesday, 4 May 2021`, `Communiqué du
Conseil des ministres du mercredi 12 octobre 2022`) keeps that day: it is the headline's phrase, not a stamp printed
after it; a stamp after a headline with a comma or a space alone is still cut off. Pages written for these tests."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.test_metadata_stamp_weekdays_and_labels import BODY


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        ("en", "Press briefing by the Foreign Office spokesperson of Tuesday, 4 May 2021"),
        ("en", "Statement by the Cabinet Office on Friday 9 July 2010"),
        ("fr", "Communiqué du Conseil des ministres du mercredi 3 février 2016"),
        ("fr", "Déclaration du porte-parole du gouvernement du lundi 7 mars 2011"),
        ("es", "Comunicado de la reunión del jueves 14 de abril de 2016"),
        ("pt", "Comunicado da reunião do Conselho de Ministros de terça-feira, 9 de maio de 2017"),
    ],
)
def test_a_governed_day_stays_in_the_headline(language, headline):
    text = f" date 2021-05-04 {headline}\n{BODY[language]}"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Tonga and Samoa sign a fisheries accord Tuesday, 4 May 2021",
        "Tonga and Samoa sign a fisheries accord Tuesday, 4 May 2021 ( 6 days ago )",
    ],
)
def test_a_stamp_after_the_headline_is_cut_off(line):
    text = f"{line}\n\n{BODY['en']}"
    assert extract_metadata(text).title == "Tonga and Samoa sign a fisheries accord"
