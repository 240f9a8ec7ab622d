"""Page heads of releases, parliamentary answers, papers and newsletters as crawlers return them: the line that
signs, stamps or names the page is not its headline; the headline under it is (texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "The two governments agreed on Tuesday to widen cooperation in farming, shipping and solar power, officials "
    "said after the talks ended in the capital.\n\nA second round of talks is planned for next year.\n"
)
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

# A stamp labelled as the day a page was broadcast, answered or issued: the publication date, never a headline.
STAMPED = [
    ("NATIONAL NEWS | EVENING BULLETIN\nBroadcast on 14 March 2011\n\n", date(2011, 3, 14)),
    ("WORLD SERVICE TRANSCRIPT\nAired on: June 2, 2008\n\n", date(2008, 6, 2)),
    ("Lok Sabha\nSTARRED QUESTION NO. 77\nTO BE ANSWERED ON 21.07.2015\n\nEXPORTS TO NEPAL\n\n", date(2015, 7, 21)),
    (
        "PARLIAMENT OF KENYA\nQuestion No. 12\nAnswered on 4 May 2017\n\nKenya and Uganda Fuel Pipeline\n\n",
        date(2017, 5, 4),
    ),
    ("Communiqué\nIssued on 9 October 2019\n\nFiji and Samoa agree on a shipping line\n\n", date(2019, 10, 9)),
    ("Radio Nacional\nEmitido el 3 de mayo de 2012\n\n", date(2012, 5, 3)),
    ("Journal du soir\nDiffusé le 12 février 2016\n\n", date(2016, 2, 12)),
    ("Jornal da Noite\nTransmitido em 8 de abril de 2013\n\n", date(2013, 4, 8)),
    (
        "MINISTRY OF FOREIGN AFFAIRS\nRELEASED ON 30 NOVEMBER 2004\n\nGhana and Togo open a joint border post\n\n",
        date(2004, 11, 30),
    ),
]


@pytest.mark.parametrize("head, published", STAMPED)
def test_a_broadcast_or_answered_stamp_gives_the_date_and_no_title(head, published):
    metadata = extract_metadata(head + BODY)
    assert metadata.publication_date == published
    assert metadata.title is None or not any(c.isdigit() for c in metadata.title)


PARLIAMENTARY = [
    "GOVERNMENT OF INDIA\nMINISTRY OF EXTERNAL AFFAIRS\nRAJYA SABHA\nUNSTARRED QUESTION NO. 2210\n"
    "TO BE ANSWERED ON 14.03.2013\n\nLINES OF CREDIT TO AFRICAN STATES\n\n",
    "GOVERNMENT OF INDIA\nMINISTRY OF COMMERCE AND INDUSTRY\nLOK SABHA\nSTARRED QUESTION NO. 45\n"
    "TO BE ANSWERED ON 02.08.2018\n\nLINES OF CREDIT TO AFRICAN STATES\n\n",
]


@pytest.mark.parametrize("head", PARLIAMENTARY)
def test_a_parliamentary_answers_stamp_line_gives_way_to_its_subject(head):
    assert extract_metadata(head + BODY).title == "LINES OF CREDIT TO AFRICAN STATES"


# A page's type label on the headline's own line stays in the headline: the line is the headline as printed.
@pytest.mark.parametrize(
    "line",
    [
        "News story: Chile-Vietnam Summit 2019",
        "Press release: Kenya and Ethiopia open a new border post",
        "Joint Media Statement: Fiji-Australia Vuvale Partnership signed",
        "Media statement: Minister welcomes the Pacific trade deal",
        "Comunicado de prensa: Chile y Perú firman un acuerdo portuario",
        "Communiqué de presse : le Sénégal et la Gambie inaugurent le pont",
    ],
)
def test_a_type_label_on_the_headline_line_stays_in_the_title(line):
    assert extract_metadata(line + "\n\n" + BODY).title == line


# A field's label before the headline (`Subject:`) is not part of it; the headline may be broken over lines.
@pytest.mark.parametrize(
    "head, title",
    [
        (
            "PRESS RELEASE                         Date: 3 May 2018\n\nSubject: Signing of the Loan Agree-\n"
            "ment for the Upper Karnali Transmission Line\n\n",
            "Signing of the Loan Agreement for the Upper Karnali Transmission Line",
        ),
        (
            "Embassy of Japan\n\nSubject: Handover of the Grant Aid for the Rural Water Sup-\n"
            "ply Project in the Northern Province\n\n",
            "Handover of the Grant Aid for the Rural Water Supply Project in the Northern Province",
        ),
        (
            "NOTE VERBALE\n\nSub: Visit of the Foreign Minister of the Republic of\n"
            "Mozambique to Tanzania, 4-6 June\n\n",
            "Visit of the Foreign Minister of the Republic of Mozambique to Tanzania, 4-6 June",
        ),
        (
            "Nota de prensa\n\nAsunto: Firma del convenio de cooperación entre la Agen-\n"
            "cia Chilena y el Gobierno de Paraguay\n\n",
            "Firma del convenio de cooperación entre la Agencia Chilena y el Gobierno de Paraguay",
        ),
        (
            "Communiqué\n\nObjet : Signature de l'accord de financement du pro-\njet routier entre Dakar et Bamako\n\n",
            "Signature de l'accord de financement du projet routier entre Dakar et Bamako",
        ),
        ("Subject: Opening of the New Consulate in Mombasa\n\n", "Opening of the New Consulate in Mombasa"),
    ],
)
def test_a_subject_line_broken_over_lines_is_the_title(head, title):
    assert extract_metadata(head + BODY).title == title


def test_a_short_code_line_ending_in_a_hyphen_is_not_joined_to_the_next():
    page = "APX19990311.0042\nB2231 &Cx1f; tbx-q\nu i BC-KENYA-TRADE-APX\n\nKENYA AND UGANDA AGREE ON PIPELINE\n\n"
    assert extract_metadata(page + BODY).title == "KENYA AND UGANDA AGREE ON PIPELINE"


# A minister's signature block above the headline: the honourable's name and the offices under it.
SIGNED = [
    (
        "Media release\nSenator the Hon Jane Roe\nMinister for Trade, Tourism and Investment\n\n",
        "Australia and Peru sign a free trade agreement",
    ),
    (
        "The Hon Ken Doe MP\nMinister for Foreign Affairs\nMinister for Women\n\n",
        "Australia and Peru sign a free trade agreement",
    ),
    (
        "Media Statement\nThe Hon. Aroha Ngata\nMinister of Trade and Export Growth\n\n",
        "New Zealand and Chile deepen farm trade ties",
    ),
    ("Rt Hon Sam Ellis MP\nSecretary of State for International Trade\n\n", "UK and Kenya launch a trade partnership"),
    ("H.E. Amina Yusuf\nAmbassador of Nigeria to Brazil\n\n", "Nigeria and Brazil agree on direct flights"),
    ("Dr the Hon Ravi Kumar\nMinister for Foreign Affairs and Trade\n\n", "Fiji and India renew their sugar accord"),
]


@pytest.mark.parametrize("head, headline", SIGNED)
def test_a_ministers_signature_block_is_not_the_title(head, headline):
    assert extract_metadata(head + headline + "\n\n3 May 2019\n\n" + BODY).title == headline


def test_an_office_line_that_opens_the_page_can_be_the_headline():
    page = "Minister for Trade Visits Fiji and Samoa\n\n" + BODY
    assert extract_metadata(page).title == "Minister for Trade Visits Fiji and Samoa"


# A byline with its place or desk after a comma, in the languages read.
@pytest.mark.parametrize(
    "byline, body, headline",
    [
        ("Por Redação, de São Paulo", CORPO, "Brasil e Angola ampliam linha de crédito para obras"),
        ("Por Juan Pérez, desde Lima", CUERPO, "Perú y Chile firman un acuerdo portuario en Lima"),
        ("Por María José López y Carlos Ruiz", CUERPO, "Argentina y Bolivia reactivan el gasoducto del norte"),
        ("Par Jean Dupont, envoyé spécial à Dakar", CORPS, "Le Sénégal et le Mali relancent le corridor ferroviaire"),
        ("Por Ana Souza, da Agência Lusa", CORPO, "Moçambique e Portugal assinam acordo de energia"),
        ("By Grace Mwangi, Nairobi", BODY, "Kenya and Tanzania agree on a new fibre cable"),
    ],
)
def test_a_byline_with_its_place_is_not_the_title(byline, body, headline):
    page = headline + "\n\nEconomia | Mundo\n\n" + byline + "\n\n" + body
    assert extract_metadata(page).title == headline


@pytest.mark.parametrize("headline", ["Por que o Brasil quer vender mais para a China", "Por qué Chile mira a Asia"])
def test_a_headline_that_opens_with_por_stays_the_title(headline):
    assert extract_metadata(headline + "\n\n" + CUERPO).title == headline


# A paper's masthead with its edition above the headline.
@pytest.mark.parametrize(
    "masthead",
    [
        "DAILY NATION - English Edition",
        "THE ISLAND TIMES | International Edition",
        "Gulf Morning Post - Online Edition",
        "EL DIARIO DEL SUR - Edición Internacional",
        "LE QUOTIDIEN - Édition du soir",
        "Folha do Norte - Edição Digital",
        "Baltic Courier — ePaper",
    ],
)
def test_a_masthead_with_its_edition_is_not_the_title(masthead):
    headline = "Estonia and Finland agree to build a rail tunnel under the gulf"
    page = masthead + "\nTuesday, 26 November 2013\n\n" + headline + "\n\nBy Ana Ruiz\n\n" + BODY
    assert extract_metadata(page).title == headline


# A newsletter or release whose only head line is its issuer's name: no title.
@pytest.mark.parametrize(
    "issuer",
    [
        "POLISH-GERMAN CHAMBER OF INDUSTRY AND COMMERCE",
        "FEDERATION OF KENYA EMPLOYERS",
        "ASSOCIATION OF SOUTHEAST ASIAN EXPORTERS",
        "INSTITUTE FOR TRADE AND DEVELOPMENT",
        "CÁMARA DE COMERCIO ARGENTINO-CHILENA",
    ],
)
def test_an_issuers_name_in_capitals_is_not_the_title(issuer):
    page = issuer + "\nMembers' Newsletter\nIssue 4 / Spring edition\n\nIn this issue:\n1. Trade grows\n\n" + BODY
    assert extract_metadata(page).title is None


@pytest.mark.parametrize(
    "page",
    [
        "Ministry of Foreign Affairs of Mongolia\nHome | About | Press Releases | Consular\n\nPRESS RELEASE No. 7\n\n",
        "Embassy of Peru in Japan\nHome | News | Consular Services\n\nPRESS RELEASE No. 31\n\n",
    ],
)
def test_an_issuer_alone_above_a_numbered_release_is_not_the_title(page):
    assert extract_metadata(page + BODY).title is None


def test_a_headline_in_capitals_with_a_verb_stays_the_title():
    page = "AFRICAN UNION SUMMIT OPENS IN ADDIS ABABA\n\n" + BODY
    assert extract_metadata(page).title == "AFRICAN UNION SUMMIT OPENS IN ADDIS ABABA"


# A list of latest stories with bullets ends at the first line without one: the page's headline.
@pytest.mark.parametrize(
    "label, items, headline, stamp",
    [
        (
            "Latest News",
            ["- Ministers meet on steel quotas", "- Baltic grid joins Europe's network", "- Navy orders new radars"],
            "Lithuania and Latvia agree on a joint air defence plan",
            "March 5, 2025, 14:20 | Vilnius",
        ),
        (
            "Most Read",
            ["• Port strike enters third week", "• Central bank holds rates steady"],
            "Ghana and Côte d'Ivoire sign a cocoa pricing pact",
            "12 June 2021",
        ),
        (
            "Últimas noticias",
            ["- El peso cae frente al dólar", "- Nuevo puerto en Valparaíso"],
            "Chile y Argentina acuerdan un nuevo paso fronterizo",
            "3 de mayo de 2022",
        ),
    ],
)
def test_a_headline_after_a_bulleted_list_of_latest_stories_is_the_title(label, items, headline, stamp):
    page = "NORTHERN PORTAL\nNews | Economy | Defence | Opinion\n" + label + "\n" + "\n".join(items)
    page += "\n\n" + headline + "\n" + stamp + "\n\n" + BODY
    assert extract_metadata(page).title == headline
