"""Kind of a running total of money that moved: what a firm, a state or a lender has invested, given, lent or paid
out so far, since a year or already ("Turkish companies have invested more than $4.5 billion in Azerbaijan since
1995", "ya invirtió 1.500 millones de dólares desde 2014", "a investi 1,2 milliard d'euros depuis 1999", "já investiu
cerca de US$ 300 milhões") is a figure reported as it stands, `actual`; what was committed, approved or pledged so far
stays a commitment, and money to invest a commitment. A battery of sentences from every region in en/es/fr/pt, each
written for this test; the rules alone (the classifier is off in these tests)."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str) -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


RUNNING = [
    ("Turkish companies have invested more than USD 4.5 billion in Azerbaijan since 1995, the minister said.", "en"),
    ("Since 2004 the Russian oil major has invested over $7 billion in Uzbekistan.", "en"),
    ("The Malaysian group has so far invested RM3.1 billion in Indonesian palm oil estates.", "en"),
    ("German firms have put about $5.8 billion into Kazakhstan since independence.", "en"),
    ("Chinese contractors had already poured $2.3 billion into Laos's hydropower dams by then.", "en"),
    ("Japan has provided Bangladesh with more than 2.4 trillion yen in loans since 1973.", "en"),
    ("Norway has given Nepal some NOK 1.9 billion since 2015, the embassy said.", "en"),
    ("The Kuwait Fund has lent Jordan about KD 120 million to date for roads and water.", "en"),
    ("Western banks have lent about $3bn to Chilean utilities since 1998.", "en"),
    ("Indian companies had invested more than $6.2 billion in Oman since 2010, the ambassador noted.", "en"),
    ("Korean firms have pumped $9 billion into Vietnamese electronics plants so far.", "en"),
    ("The Gulf states together have contributed more than $18 billion since 2013.", "en"),
    ("Canadians have donated some C$95 million to charities for the quake victims so far.", "en"),
    ("The South African miner has spent R4.2 billion on the Zambian copper belt since 2011.", "en"),
    ("Egypt's partners have disbursed EGP 12 billion under the programme so far.", "en"),
    ("The Nigerian central bank has cumulatively injected N1.1 trillion into the power sector.", "en"),
    ("The Korean side is the largest investor in Mongolia with over US$ 210 million invested since 1991.", "en"),
    ("Kenya's largest lender, with KSh 40 billion already disbursed, declined to comment.", "en"),
    ("La empresa ya invirtió más de 1.500 millones de dólares en Vaca Muerta desde 2014.", "es"),
    ("Las compañías chilenas han invertido US$ 2.300 millones en Perú desde 2008.", "es"),
    ("El BID ya desembolsó 420 millones de dólares para carreteras en Honduras.", "es"),
    ("España ha aportado 85 millones de euros a Bolivia desde 2005.", "es"),
    ("Le groupe a investi plus de 1,2 milliard d'euros en Roumanie depuis 1999.", "fr"),
    ("La France a déjà versé 300 millions d'euros au Sénégal pour la ligne.", "fr"),
    ("Les entreprises marocaines ont investi 2,3 milliards de dirhams en Côte d'Ivoire depuis 2015.", "fr"),
    ("A mineradora já investiu cerca de 6,5 mil milhões de dólares em Moatize.", "pt"),
    ("O Japão emprestou 1,2 mil milhões de dólares a Angola desde 2010.", "pt"),
    ("As empresas portuguesas investiram 3 mil milhões de euros em Moçambique desde 2005.", "pt"),
]


@pytest.mark.parametrize(("text", "language"), RUNNING)
def test_a_running_total_of_money_that_moved_is_reported(text, language):
    assert _kinds(text, language) == ["actual"]


COMMITTED = [
    ("The World Bank has committed more than $30 billion to Pakistan since 1950.", "en"),
    ("The fund has approved loans worth KD 412 million for Morocco since 1966.", "en"),
    ("Tokyo has pledged a total of 384 billion yen in loans to New Delhi so far this year.", "en"),
    ("Petrobras plans to invest US$ 500 million in offshore blocks over the next five years.", "en"),
    ("The group will invest another $2 billion in Ghana by 2030.", "en"),
    ("La BEI a engagé en Tunisie plus de 3 milliards d'euros depuis 1978.", "fr"),
    ("El BID ha aprobado préstamos por 3.400 millones de dólares para Perú desde 2010.", "es"),
]


@pytest.mark.parametrize(("text", "language"), COMMITTED)
def test_money_committed_so_far_or_to_come_is_no_running_total_reported(text, language):
    assert _kinds(text, language) != ["actual"]


INVESTMENT_COUNTED = [
    ("Phuc said Korean investment in Vietnam, licensed at $3.7 billion since 1992, made Seoul a top investor.", "en"),
    ("Chinese investment in Chilean lithium, about US$ 1.2 billion since 2018, drew criticism.", "en"),
    ("Emirati investment in Egyptian real estate, some $9 billion since 2014, was on the agenda.", "en"),
    ("La inversión española en México, unos 70.000 millones de dólares desde 1999, fue destacada.", "es"),
]


@pytest.mark.parametrize(("text", "language"), INVESTMENT_COUNTED)
def test_investment_counted_since_a_year_is_a_stock_reported(text, language):
    assert _kinds(text, language) == ["actual"]


def test_investment_committed_since_a_year_stays_committed():
    text = "Indian firms have committed Dh 9.2 billion to projects in Abu Dhabi since the agreement took effect."
    assert _kinds(text, "en") == ["commitment"]


# sentences the earlier rows kept as commitments, now running totals reported
MOVED_SINCE = [
    "Saudi companies have invested more than $6 billion in Jordan since 2010.",
    "Germany has invested more than $8 billion in Kazakhstan since 2005.",
    "Norway has provided $300 million to Malawi since 2005.",
    "The fund has lent $700 million to small firms since 2015.",
    "Since 2001, Norway has provided more than $400 million in aid to the country.",
]


@pytest.mark.parametrize("text", MOVED_SINCE)
def test_money_moved_since_a_year_is_reported(text):
    assert _kinds(text, "en") == ["actual"]


def test_a_running_total_of_investment_in_works_is_reported():
    assert _kinds("Gulf firms have invested over $900 million in the island's hotels since 2008.", "en") == ["actual"]
