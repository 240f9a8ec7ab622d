"""The head of a record with no headline: a legislature's name, a committee's name alone on its line (`Standing
Committee on Foreign Relations`, `Comisión de Relaciones Exteriores`, `Commission des affaires étrangères`) and the
record's label with its day (`Verbatim record of the sitting of 21 May 2015`): no line of it is a headline; a body's
name above a release's headline gives way to it, and a headline that opens with a body's name stays one (texts
written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

TURNS = {
    "en": (
        "CHAIR (Ms Jane Roe): Colleagues, we take the agreement with the neighbouring state. The Deputy Minister has "
        "the floor.\n\nDEPUTY MINISTER: Thank you, Chair. The agreement covers the new power line and the border.\n"
    ),
    "es": (
        "PRESIDENTE: Se abre la sesión. Tiene la palabra el señor viceministro para informar sobre el acuerdo con "
        "Bolivia.\n\nVICEMINISTRO: Gracias, señor presidente. El acuerdo cubre la nueva línea eléctrica.\n"
    ),
    "fr": (
        "LE PRÉSIDENT : Mes chers collègues, nous examinons aujourd'hui l'accord de coopération avec le Niger.\n\n"
        "LE MINISTRE : Merci, monsieur le président. L'accord porte sur la ligne électrique.\n"
    ),
    "pt": (
        "PRESIDENTE: Está aberta a sessão. Tem a palavra o senhor vice-ministro para informar sobre o acordo com "
        "Angola.\n\nVICE-MINISTRO: Obrigado, senhor presidente. O acordo abrange a nova linha elétrica.\n"
    ),
}


@pytest.mark.parametrize(
    ("language", "head"),
    [
        (
            "en",
            " date 2016-03-10 PARLIAMENT OF THE REPUBLIC OF GHANA\nSelect Committee on Foreign Affairs\n"
            "Official report of the sitting of 9 March 2016",
        ),
        (
            "en",
            "HOUSE OF REPRESENTATIVES\nJoint Standing Committee on Trade and Investment Growth\nHansard, 12 May 2019",
        ),
        ("en", "SENATE\nStanding Senate Committee on Foreign Affairs and International Trade\nEvidence, 4 May 2017"),
        (
            "en",
            "Portfolio Committee on International Relations and Cooperation\nMinutes of the meeting of 14 June 2018",
        ),
        (
            "en",
            "NATIONAL ASSEMBLY\nStanding Committee on External Relations\nSummary record of the sitting of 2 July 2012",
        ),
        ("es", "Comisión de Relaciones Exteriores\nVersión taquigráfica de la sesión del 3 de mayo de 2018"),
        (
            "es",
            "CÁMARA DE DIPUTADOS\nComisión de Relaciones Exteriores y Culto\nActa de la sesión del 8 de abril de 2014",
        ),
        ("fr", "Commission des affaires étrangères\nCompte rendu de la séance du 6 juin 2019"),
        (
            "fr",
            "SÉNAT\nCommission des affaires étrangères, de la défense et des forces armées\nProcès-verbal, 2 mai 2017",
        ),
        (
            "pt",
            "Comissão de Relações Exteriores e de Defesa Nacional\nNotas taquigráficas da reunião de 5 de maio de 2015",
        ),
    ],
)
def test_a_record_head_holds_no_headline(language, head):
    assert extract_metadata(f"{head}\n\n{TURNS[language]}").title is None


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        ("Standing Committee on Foreign Affairs", "Committee backs trade deal with Armenia"),
        ("Comisión de Relaciones Exteriores", "La comisión aprueba el acuerdo con Bolivia"),
        ("Commission des affaires étrangères", "La commission adopte l'accord avec le Niger"),
    ],
)
def test_a_committee_above_its_release_gives_way_to_the_headline(head, headline):
    text = f"{head}\n\n{headline}\n\n{TURNS['en']}"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Senate Committee Approves Trade Pact With Peru",
        "Foreign Affairs Committee backs new aid package for Ukraine",
        "House Passes Bill on Arms Sales to Taiwan",
        "Parliament Ratifies Border Treaty With Georgia",
        "Security Council Extends Mission in South Sudan",
        "Comisión de Hacienda aprueba el acuerdo con Bolivia",
        "Cámara de Diputados ratifica el tratado con Chile",
        "Commission des affaires étrangères adopte le traité avec le Niger",
        "Assemblée nationale : le traité avec le Maroc adopté",
        "Comissão de Relações Exteriores aprova acordo com Moçambique",
    ],
)
def test_a_headline_that_opens_with_a_body_stays_the_headline(headline):
    assert extract_metadata(f"{headline}\n\n{TURNS['en']}").title == headline
