"""Page heads by class (texts written for these tests, en/es/fr/pt, every region):

- a headline that ends on a verb's particle or a small word (`Border talks drag on`, `The loan nobody asked for`)
  right over the page's stamp line (`16/07/2020 14:20 GMT`) is the headline alone: the stamp does not continue it;
- a document's number and its day on one line (`No: 88, 17 April 2025`, `Communiqué n° 45 du 3 mai 2019`, `No
  PR-07/2020    Dated: 16 January 2020`) dates the page and is no headline;
- a paper's name with the issue's day in brackets (`Kathmandu Post (Monday, January 24, 2005)`, `El Comercio (lunes 4
  de marzo de 2019)`) dates the page and is no headline;
- a header's title of two short sentences without a final stop (` date 2023-03-21 The fund said yes. Now the hard
  part`) is the headline.
"""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.page_head_bodies import BODY, BODY_ES, BODY_FR, BODY_PT

PARTICLE_HEADLINES = [
    "Iraqi and Iranian gas payment talks drag on",
    "Rail loan: Beijing and Nairobi finally sign off",
    "Gas deal: what Baku and Ankara agreed on",
    "Fiji's new wharf: the loan nobody asked for",
    "Dhaka's new power plants are slow to come on",
    "The Mekong dam deal Hanoi and Vientiane can live with",
    "Bolivia's lithium: the contract La Paz is waiting for",
    "Why Kazakh grain exporters are looking to",
]
STAMPS = [
    ("16/07/2020 14:20 GMT", date(2020, 7, 16)),
    ("March 4, 2019 11:05 am ET", date(2019, 3, 4)),
    ("Monday, 12 October 2015", date(2015, 10, 12)),
    ("2021-09-30 08:45", date(2021, 9, 30)),
    ("12.03.2022 | 09:15", date(2022, 3, 12)),
    ("Published: 7 June 2018", date(2018, 6, 7)),
]


@pytest.mark.parametrize("headline", PARTICLE_HEADLINES)
@pytest.mark.parametrize(("stamp", "day"), STAMPS)
def test_a_headline_ending_on_a_small_word_over_the_stamp(headline, stamp, day):
    text = f"Home > World > Asia\n{headline}\n{stamp}\n\nNAIROBI - {BODY}\n"
    meta = extract_metadata(text)
    assert meta.title == headline
    assert meta.publication_date == day


ROMANCE_STAMPS = [
    ("Argentina y Chile amplían el gasoducto del Pacífico", "4 de marzo de 2019, 10:32", date(2019, 3, 4), BODY_ES),
    ("Perú y Bolivia firman un acuerdo sobre el Titicaca", "Actualizado: 9 de mayo de 2023", date(2023, 5, 9), BODY_ES),
    ("Le Maroc et le Sénégal relancent la ligne maritime", "Publié le 3 mai 2021 à 14h05", date(2021, 5, 3), BODY_FR),
    ("La Côte d'Ivoire obtient un prêt de la BAD", "12/11/2020 à 09:40", date(2020, 11, 12), BODY_FR),
    ("Angola e China renegociam a dívida do petróleo", "Atualizado em 05/06/2018 14h30", date(2018, 6, 5), BODY_PT),
    ("Brasil e Paraguai revisam o anexo C de Itaipu", "12 de agosto de 2022 às 16:40", date(2022, 8, 12), BODY_PT),
]


@pytest.mark.parametrize(("headline", "stamp", "day", "body"), ROMANCE_STAMPS)
def test_a_romance_headline_over_its_stamp(headline, stamp, day, body):
    meta = extract_metadata(f"Inicio > Internacional\n{headline}\n{stamp}\n\n{body}\n")
    assert meta.title == headline
    assert meta.publication_date == day


NUMBER_LINES = [
    ("No: 88, 17 April 2025", date(2025, 4, 17)),
    ("No: 112 | 3 March 2019", date(2019, 3, 3)),
    ("No PR-07/2020-ISPR(N)    Dated: 16 January 2020", date(2020, 1, 16)),
    ("Press Release No. 45 - 3 May 2019", date(2019, 5, 3)),
    ("Circular No. 7/2019 of 12 March 2019", date(2019, 3, 12)),
    ("Ref. MOFA/PR/112 dated 3 July 2018", date(2018, 7, 3)),
    ("Communiqué n° 45 du 3 mai 2019", date(2019, 5, 3)),
    ("Communiqué N° 012/MAE/2021 du 14 février 2021", date(2021, 2, 14)),
    ("Nota de prensa N° 123, de 4 de marzo de 2021", date(2021, 3, 4)),
    ("Comunicado Nº 56/2018 — 21 de junio de 2018", date(2018, 6, 21)),
    ("Comunicado nº 12/2020 de 5 de maio de 2020", date(2020, 5, 5)),
    ("Nota à imprensa n.º 301, 9 de outubro de 2017", date(2017, 10, 9)),
]
NUMBERED_HEADLINES = [
    ("Visit of the Foreign Minister of Qatar to Ankara", BODY),
    ("PAKISTAN AND OMAN NAVIES CONCLUDE JOINT EXERCISE IN THE ARABIAN SEA", BODY),
    ("Visite du ministre malien des Affaires étrangères à Rabat", BODY_FR),
    ("Visita oficial del canciller de Paraguay a Montevideo", BODY_ES),
    ("Visita do Presidente de Cabo Verde a Luanda", BODY_PT),
]


@pytest.mark.parametrize(("line", "day"), NUMBER_LINES)
@pytest.mark.parametrize(("headline", "body"), NUMBERED_HEADLINES)
def test_a_document_number_and_its_day_over_the_headline(line, day, headline, body):
    for text in (f"{line}\n\n{headline}\n\n{body}\n", f"{line}\n{headline}\n\n{body}\n"):
        meta = extract_metadata(text)
        assert meta.title == headline
        assert meta.publication_date == day


@pytest.mark.parametrize(
    "headline",
    [
        "No 10 backs the Gulf trade deal",
        "Number of Chinese firms in Kenya doubles since 2015",
        "No. 1 exporter of cocoa signs pact with the EU",
    ],
)
def test_a_headline_opening_with_no_or_number_stays(headline):
    assert extract_metadata(f"{headline}\n\n{BODY}\n").title == headline


MASTHEADS = [
    ("Kathmandu Post (Monday, January 24, 2005)", date(2005, 1, 24)),
    ("The Daily Star (Tuesday, 3 May 2011)", date(2011, 5, 3)),
    ("Jamaica Observer (12 February 2016)", date(2016, 2, 12)),
    ("Gulf Times (Sunday, March 8, 2020)", date(2020, 3, 8)),
    ("El Comercio (lunes 4 de marzo de 2019)", date(2019, 3, 4)),
    ("La Nación (martes, 10 de abril de 2018)", date(2018, 4, 10)),
    ("Le Soleil (mardi 5 mars 2019)", date(2019, 3, 5)),
    ("L'Observateur Paalga (jeudi 7 juin 2012)", date(2012, 6, 7)),
    ("Folha de S.Paulo (segunda-feira, 4 de março de 2019)", date(2019, 3, 4)),
    ("Jornal de Angola (15 de julho de 2014)", date(2014, 7, 15)),
]
MASTHEAD_HEADLINES = [
    "Pancheshwar: experts to finalise the detailed report by June",
    "Bangladesh and India agree on a new border haat in Sylhet",
    "Perú y Ecuador acuerdan un plan binacional para la frontera",
    "Le Burkina et le Ghana relancent le projet d'interconnexion",
    "Angola e Namíbia assinam acordo sobre o rio Cunene",
]


@pytest.mark.parametrize(("line", "day"), MASTHEADS)
@pytest.mark.parametrize("headline", MASTHEAD_HEADLINES)
def test_a_paper_and_its_day_in_brackets_over_the_headline(line, day, headline):
    meta = extract_metadata(f"{line}\n\n{headline}\n\nKATHMANDU - {BODY}\n")
    assert meta.title == headline
    assert meta.publication_date == day


@pytest.mark.parametrize(
    "headline",
    [
        "Sri Lanka's loan (the second tranche) is approved",
        "Kenya and Uganda (finally) sign the pipeline deal",
    ],
)
def test_a_headline_with_brackets_stays(headline):
    assert extract_metadata(f"{headline}\n\n{BODY}\n").title == headline


TWO_SENTENCE_TITLES = [
    "The IMF said yes. Now comes the hard part",
    "Zambia's creditors signed. Lusaka still waits for the money",
    "Ceasefire holds in Tigray. Reconstruction does not",
    "El FMI dijo que sí. Ahora viene lo difícil",
    "La trêve tient. Le dialogue, beaucoup moins",
    "O FMI disse sim. Agora vem a parte difícil",
]


@pytest.mark.parametrize("title", TWO_SENTENCE_TITLES)
def test_a_header_title_of_two_short_sentences(title):
    meta = extract_metadata(f" date 2023-03-21 {title}\nColombo Notes | a newsletter\n\n{BODY}\n")
    assert meta.title == title
    assert meta.publication_date == date(2023, 3, 21)


def test_a_header_sentence_with_its_stop_is_no_title():
    text = f" date 2023-03-21 The fund approved the loan. The money arrives this week.\n\n{BODY}\n"
    assert extract_metadata(text).title is None


# A broadcaster's stamp line: the day, an update label, then the clock (`16 March 2010 Last updated at 14:02 GMT`),
# under the menu and over the headline: it dates the page and is no headline.
@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("4 May 2011 Last updated at 09:41 GMT", date(2011, 5, 4)),
        ("22 November 2009 Last updated at 17:05 ET", date(2009, 11, 22)),
        ("Monday, 8 June 2015 Updated at 6:30 BST", date(2015, 6, 8)),
    ],
)
def test_a_day_then_its_update_clock_is_the_stamp(stamp, day):
    headline = "Ghana and Kenya agree to pool vaccine orders"
    meta = extract_metadata(f"Home | News | World | Africa | Business\n\n{stamp}\n\n{headline}\n\n{BODY}\n")
    assert meta.title == headline
    assert meta.publication_date == day
