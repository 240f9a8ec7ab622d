"""Page heads by class (texts written for these tests, en/es/fr/pt, every region):

- an outlet's name and issue number before the headline on one line, as a newsletter's subject or first line sets it
  (`AFRICA ENERGY BRIEF #214 -- Pipeline moves to feasibility phase`, `Boletín Andino n.º 33 – Chile y Perú firman`,
  `Gulf Trade Weekly | Issue 45 | 3 May 2019 | Ports ...`): the headline is the rest;
- a kicker and a bar before a short headline (`EN VIVO | Cumbre energética Argentina-Chile`): the headline is the rest;
- a body's press unit above the page (`Press service of the Tashkent city khokimiyat`, `Service de presse de la mairie
  de Dakar`) is its issuer, no headline;
- a numbered label with a capitalised number mark (`Boletín de prensa N.º 118`, `Comunicado Nro. 45`) is no headline;
- a dateline of two or three cities set apart by slashes (`MANILA/ULAANBAATAR, July 8, 2010 (Wire) --`) dates the page;
- a long headline that ends in the words it quotes, with no stop (`... garante que o Fundo "não será esvaziado"`), is a
  headline, not the body's first sentence;
- a byline in lower case under the headline (`by Anna Hakobyan | 29 September 2011, 14:20`, `por Juan Pérez`) does not
  make the headline a sentence that runs on;
- a photo's caption in sentences above the headline (`[Photo] The minister and his host in Yerevan.`) is no body;
- a site's name over a line that says what the site is (`Notes from the Liffey` / `A blog about Irish politics, by a
  Dublin reporter`) is no headline, nor is that line;
- a periodical's name and its section of short items after a spaced slash, dash or bar (`DEFENCE IT MONTHLY / News in
  brief`, `Sahel Hebdo — En bref`) heads the page, no story.
"""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.page_head_bodies import BODY, BODY_ES, BODY_FR, BODY_PT

ISSUE_PREFIXED = [
    ("AFRICA ENERGY BRIEF #214 -- ", "Ghana and Togo agree to share the cost of a power line", BODY),
    ("Gulf Trade Weekly No. 45 | ", "Oman and Qatar open talks on a shipping corridor", BODY),
    ("Andes Mining Notes, Issue 12 — ", "Lima approves the Bolivian copper rail link", BODY),
    ("CASPIAN OIL DIGEST | Issue 41 | 3 October 2019 | ", "Baku and Tashkent sign a pipeline memorandum", BODY),
    ("Mekong Watch Vol. 7 - ", "Hanoi and Vientiane settle the dam compensation row", BODY),
    ("PACIFIC AID NOTES #9 — ", "Fiji secures a Japanese grant for its wharf", BODY),
    ("Boletín Andino n.º 33 – ", "Chile y Perú firman un acuerdo de interconexión eléctrica", BODY_ES),
    ("CARTA ECONÓMICA Nro. 128 | ", "Paraguay y Bolivia retoman el diálogo sobre el gas", BODY_ES),
    ("La Lettre du Sahel n° 88 - ", "Le Niger et le Mali signent un accord sur le transit", BODY_FR),
    ("SAHEL ÉNERGIE Numéro 15 — ", "Le Burkina Faso relance le projet de ligne avec le Ghana", BODY_FR),
    ("Boletim Lusófono nº 57 – ", "Angola e Moçambique assinam acordo de cabotagem", BODY_PT),
    ("NOTAS DA CPLP Número 3 | ", "Cabo Verde pede apoio a Lisboa para o porto da Praia", BODY_PT),
]


@pytest.mark.parametrize(("prefix", "headline", "body"), ISSUE_PREFIXED)
@pytest.mark.parametrize("shape", ["subject", "first_line"])
def test_an_outlets_issue_before_the_headline_on_its_line_is_no_part_of_it(prefix, headline, body, shape):
    if shape == "subject":
        text = f"Subject: {prefix}{headline}\nFrom: Desk <desk@example.org>\n\n{body}\n"
    else:
        text = f"{prefix}{headline}\n\n{body}\n"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Pakistan No. 1 in remittance growth - report",
        "Brent at $90: Baku counts its gains",
        "Issue 45 of the trade pact: what Ankara wants",
    ],
)
def test_a_headline_with_a_number_inside_stays_whole(headline):
    assert extract_metadata(f"{headline}\n\n{BODY}\n").title == headline


KICKER_SHORT = [
    ("EN VIVO", "Cumbre energética Argentina-Chile", BODY_ES),
    ("LIVE", "Gas talks in Baku", BODY),
    ("EN DIRECT", "Sommet de Dakar sur l'eau", BODY_FR),
    ("AO VIVO", "Cimeira da CPLP em Luanda", BODY_PT),
    ("Analysis", "Nairobi's rail bet", BODY),
]


@pytest.mark.parametrize(("kicker", "headline", "body"), KICKER_SHORT)
def test_a_kicker_and_a_bar_before_a_short_headline(kicker, headline, body):
    text = f"{kicker} | {headline}\n\nActualizado: 14 de mayo de 2024, 17:42\n\n{body}\n"
    assert extract_metadata(text).title == headline


PRESS_UNITS = [
    "Press service of the Tashkent city khokimiyat",
    "Press Office of the Mayor of Quezon City",
    "Press service of the President of Kazakhstan",
    "PRESS AND INFORMATION OFFICE OF THE FEDERAL GOVERNMENT",
    "Media Unit, Ministry of Energy of Ghana",
    "Servicio de prensa de la Alcaldía de Bogotá",
    "Oficina de Prensa del Gobierno de Jujuy",
    "Service de presse de la mairie de Dakar",
    "Cellule de communication du ministère des Mines",
    "Assessoria de imprensa da Prefeitura de Luanda",
    "Gabinete de Imprensa do Governo de Cabo Verde",
]


@pytest.mark.parametrize("unit", PRESS_UNITS)
def test_a_press_unit_above_the_page_is_its_issuer(unit):
    headline = "Two capitals sign a roadmap on city cooperation"
    text = f"{unit}\nApril 18, 2019\n\n{headline}\n\n{BODY}\n"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize(
    "label",
    [
        "Boletín de prensa N.º 118",
        "Comunicado Nro. 45",
        "Nota de prensa Núm. 12",
        "Communiqué N.° 7",
        "Nota N.º 31/2020",
    ],
)
def test_a_numbered_label_with_a_capitalised_mark_is_no_headline(label):
    headline = "Ecuador recibe el primer desembolso del programa del FMI"
    text = f"MINISTERIO DE ECONOMÍA Y FINANZAS\n\n{label}\n\n{headline}\n\nQuito, 2 de octubre de 2020\n\n{BODY_ES}\n"
    assert extract_metadata(text).title == headline


SLASH_DATELINES = [
    ("MANILA/ULAANBAATAR, July 8, 2010 (Business Wire Asia) -- ", "2010-07-08", BODY),
    ("NAIROBI/KAMPALA, March 3, 2015 (Reuters) - ", "2015-03-03", BODY),
    ("NEW YORK/LONDON, Jan 5, 2011 (AP) - ", "2011-01-05", BODY),
    ("ASTANA/BEIJING/MOSCOW, 12 May 2017 (Wire) - ", "2017-05-12", BODY),
    ("LIMA / LA PAZ, 8 de julio de 2010 (EFE) - ", "2010-07-08", BODY_ES),
    ("Dakar/Bamako, 8 juillet 2010 (APS) - ", "2010-07-08", BODY_FR),
    ("LUANDA/MAPUTO, 21 de setembro de 2012 (Lusa) - ", "2012-09-21", BODY_PT),
]


@pytest.mark.parametrize(("dateline", "day", "body"), SLASH_DATELINES)
def test_a_dateline_of_cities_set_apart_by_slashes_dates_the_page(dateline, day, body):
    meta = extract_metadata(f"Lenders approve a railway loan for the region\n\n{dateline}{body}\n")
    assert str(meta.publication_date) == day


QUOTE_ENDED = [
    ('Xanana asks Canberra to back the Greater Sunrise pipeline and says the oil fund "will not be emptied"', BODY),
    ("Ruto tells Addis Ababa that the dam talks must end with a deal \u201cthat both sides can live with\u201d", BODY),
    ('Petro afirma en Quito que el acuerdo con Ecuador sobre la frontera "no tiene marcha atrás"', BODY_ES),
    ("Le président Faye assure à Nouakchott que le gisement commun sera exploité \u201csans retard\u201d", BODY_FR),
    ('Xanana pede a Camberra apoio para o gasoduto e garante que o Fundo Petrolífero "não será esvaziado"', BODY_PT),
]


@pytest.mark.parametrize(("headline", "body"), QUOTE_ENDED)
def test_a_long_headline_ending_in_a_quotation_without_a_stop(headline, body):
    text = f"HOME   NEWS   ECONOMY   SPORT   RADIO\n\nEconomy\n\n{headline}\n\nDili, 14 March 2025\n\n{body}\n"
    assert extract_metadata(text).title == headline


LOWER_BYLINES = [
    "by Anna Hakobyan | 29 September 2011, 14:20",
    "by Tomás Ruiz",
    "by Kwame Mensah \u2014 Accra",
    "por Juan Pérez | 3 de mayo de 2019",
    "par Aminata Diallo, 12 mars 2018",
    "por Ana da Silva \u00b7 5 de junho de 2020",
]


@pytest.mark.parametrize("byline", LOWER_BYLINES)
def test_a_lower_case_byline_under_the_headline(byline):
    headline = "Armenia and Gazprom agree the gas price for next year"
    assert extract_metadata(f"{headline}\n{byline}\n{BODY}\n").title == headline


CAPTIONS = [
    "[Photo] Prime Minister Tigran Sargsyan (right) and the company's chief executive in Yerevan on Wednesday.",
    "[Image] The new berth at the port of Mombasa, which the loan will extend by another 400 metres.",
    "(Photo) Ministers of the two states sign the agreement in Dakar after three days of talks.",
    "[Foto] Los cancilleres de Chile y Perú firman el memorando en Lima tras dos días de reuniones.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_in_sentences_above_the_headline(caption):
    headline = "Armenia and Gazprom agree the gas price for next year"
    text = f"{caption}\n{headline}\nBy Anna Hakobyan | 29 September 2011, 14:20\n{BODY}\n"
    assert extract_metadata(text).title == headline


SITE_DESCRIPTIONS = [
    ("Notes from the Liffey", "A blog about Irish politics, by a Dublin reporter"),
    ("THE STEPPE LEDGER", "An independent news site from Central Asia"),
    ("Pacific Desk", "A weekly newsletter on aid and trade in the islands"),
    ("Minería Andina", "Un boletín semanal sobre minas y energía"),
    ("Carnets du Sahel", "Le blog d'un reporter au Sahel"),
    ("Crónicas de Luanda", "O blog de um correspondente em Angola"),
]


@pytest.mark.parametrize(("name", "description"), SITE_DESCRIPTIONS)
def test_a_sites_name_over_its_description_is_no_headline(name, description):
    headline = "Four days that changed the border talks"
    text = f"{name}\n{description}\n\n{headline}\n\nPosted on 20 May 2011\n\n{BODY}\n"
    assert extract_metadata(text).title == headline


OUTLET_BRIEFS = [
    "DEFENCE IT MONTHLY  /  News in brief",
    "ASIA SHIPPING WEEKLY — In brief",
    "Gulf Energy Review | Briefs",
    "Sahel Hebdo — En bref",
    "La Lettre de l'Océan Indien / Brèves",
    "Semanario Andino | Noticias breves",
    "Semanário Económico — Notícias breves",
]


@pytest.mark.parametrize("line", OUTLET_BRIEFS)
def test_a_periodicals_name_and_its_briefs_section_is_no_headline(line):
    headline = "Baltic cyber drill pits Swedish red team against Estonian defenders"
    text = f"{line}\n\n{headline}\n\nTALLINN - {BODY}\n"
    assert extract_metadata(text).title == headline
