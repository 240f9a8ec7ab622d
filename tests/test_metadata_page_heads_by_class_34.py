"""Page heads and feet by class (texts written for these tests, en/es/fr/pt, every region):

- a long headline asked as a question in title case (`Power Line or Paper Promise: Will the Corridor Ever Carry a
  Megawatt?`) is a headline, not the body's first sentence, though it is as long as one and ends like one; a body's
  question in sentence case stays the body;
- a printed paper's imprint at the foot, by whom, where and on which day it was printed (`Printed and published by
  Harbour Press Ltd, Mombasa. Tuesday, April 12, 2016`, `Impreso por Editora Andina S.A., Lima, 3 de marzo de 2018`),
  dates the page when nothing above does;
- a page's foot stamp, its day before or after the story's sections between bars (`Jul 10, 2015 | World | Politics`,
  `Economía · Internacional · 3 de marzo de 2018`), dates the page when nothing above does; another story's headline
  after a date at the foot does not;
- an outlet's name and its section of short items on a subject after a spaced dash, bar or slash (`EVENING BULLETIN —
  Business in brief`, `Radio Sahel | Économie en bref`) heads a page of several stories, no headline.
"""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.page_head_bodies import BODY, BODY_ES, BODY_FR, BODY_PT

TITLE_CASED_QUESTIONS = [
    ("Power Line or Paper Promise: Will the Corridor Ever Carry a Single Megawatt?", BODY),
    ("Mombasa-Kampala Standard Gauge 2: A Railway Finally Funded, or Just Another Memorandum?", BODY),
    ("Can Ulaanbaatar Really Sell Its Coal to Beijing Without Losing Its Third Neighbours?", BODY),
    ("Will the Lobito Corridor Pay Its Way Before the Chinese Loans Fall Due in 2030?", BODY),
    ("Is the Gulf's Money Finally Flowing Into Pakistan's Refineries, or Just Into Its Headlines?", BODY),
    ("Who Really Gains From the New Trans-Caspian Cable Between Baku and Tashkent This Year?", BODY),
    ("¿Podrá el Corredor Bioceánico Pagar sus Deudas Antes de que Venzan los Préstamos Brasileños?", BODY_ES),
    ("Le Franc CFA Survivra-t-il à la Nouvelle Monnaie Commune de la Cédéao en Afrique de l'Ouest ?", BODY_FR),
    ("Pode o Brasil Vender Mais Carne à China Sem Perder o Mercado Europeu Para Sempre?", BODY_PT),
]


@pytest.mark.parametrize(("headline", "body"), TITLE_CASED_QUESTIONS)
@pytest.mark.parametrize("kicker", ["", "ANALYSIS\n\n", "Opinion\n"])
def test_a_long_question_in_title_case_is_the_headline(headline, body, kicker):
    text = f"{kicker}{headline}\n\nSeptember 5, 2025 · 9 min read\n\n{body}\n"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize(
    "question",
    [
        "Who will pay for the new line when the loans fall due in 2030 and the tolls fall short of the plan?",
        "Why did Kenya Railways sign the deal with the China Road and Bridge Corporation in Nairobi last week?",
        "¿Quién pagará la nueva línea cuando venzan los préstamos en 2030 y los peajes no alcancen lo previsto?",
    ],
)
def test_a_long_question_in_sentence_case_stays_the_body(question):
    text = f"{question}\n\n{BODY}\n"
    assert extract_metadata(text).title is None


IMPRINTS = [
    ("Printed and published by Harbour Press Ltd, Mombasa. Tuesday, April 12, 2016", date(2016, 4, 12), BODY),
    ("Printed by the Nile Printing House, Khartoum, 3 March 2014", date(2014, 3, 3), BODY),
    ("Published by Pacific Media Group, Suva. 21 June 2019.", date(2019, 6, 21), BODY),
    ("Impreso por Editora Andina S.A., Lima, 3 de marzo de 2018", date(2018, 3, 3), BODY_ES),
    ("Impreso y publicado por Ediciones del Plata, Montevideo. Lunes 9 de julio de 2012", date(2012, 7, 9), BODY_ES),
    ("Imprimé par la Société Ivoirienne d'Imprimerie, Abidjan, le 14 février 2017", date(2017, 2, 14), BODY_FR),
    ("Édité par Sahel Médias, Niamey. Mardi 5 mars 2019", date(2019, 3, 5), BODY_FR),
    ("Impresso e publicado por Gráfica Zambeze Lda., Maputo, 22 de agosto de 2015", date(2015, 8, 22), BODY_PT),
]


@pytest.mark.parametrize(("imprint", "day", "body"), IMPRINTS)
def test_a_papers_imprint_at_the_foot_dates_the_page(imprint, day, body):
    text = f"Two neighbours sign a power deal\n\n{body}\n\n{body}\n\n(Continued on page 7)\n{imprint}\n"
    assert extract_metadata(text).publication_date == day


SECTION_FOOT_STAMPS = [
    ("Jul 10, 2015 | World | Politics", date(2015, 7, 10), BODY),
    ("March 3, 2021 · Business · Energy & Mining", date(2021, 3, 3), BODY),
    ("Friday, 14 June 2019 | Africa", date(2019, 6, 14), BODY),
    ("Asia Pacific | Trade | 8 November 2017", date(2017, 11, 8), BODY),
    ("3 de marzo de 2018 | Economía | Internacional", date(2018, 3, 3), BODY_ES),
    ("Economía · Mundo · 12 de enero de 2020", date(2020, 1, 12), BODY_ES),
    ("5 mars 2019 | Afrique | Économie", date(2019, 3, 5), BODY_FR),
    ("Política | Mundo | 22 de agosto de 2015", date(2015, 8, 22), BODY_PT),
]


@pytest.mark.parametrize(("stamp", "day", "body"), SECTION_FOOT_STAMPS)
def test_a_foot_stamp_with_the_storys_sections_dates_the_page(stamp, day, body):
    text = f"Two neighbours sign a power deal\n\n{body}\n\n{body}\n\n{stamp}\n"
    assert extract_metadata(text).publication_date == day


@pytest.mark.parametrize(
    "foot",
    [
        "Jul 10, 2015 | Ghana and Togo agree to share the cost of a power line",
        "Related: Mar 3, 2021 | Kenya Signs Rail Loan",
        "© 2015 Harbour Press | All rights reserved",
    ],
)
def test_another_storys_line_at_the_foot_does_not_date_the_page(foot):
    text = f"Two neighbours sign a power deal\n\n{BODY}\n\n{BODY}\n\n{foot}\n"
    assert extract_metadata(text).publication_date is None


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("EVENING BULLETIN — Business in brief", BODY),
        ("Gulf Radio Monitor — Energy and Trade in brief", BODY),
        ("THE PACIFIC LEDGER / Islands news briefs", BODY),
        ("El Heraldo del Sur — Energía y Minería en breve", BODY_ES),
        ("Radio Sahel | Économie en bref", BODY_FR),
        ("Diário do Sul · Economia em resumo", BODY_PT),
    ],
)
def test_an_outlets_section_of_short_items_on_a_subject_is_no_headline(head, body):
    text = f"{head}\n\n{body}\n\n{body}\n"
    assert extract_metadata(text).title is None
