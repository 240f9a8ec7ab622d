"""An acronym the text never spells out is a body when the sentence makes it a party to a company's dealings (a
contract, deal, agreement, joint venture or partnership with it; a subsidiary, unit or stake of it; its takeover)
or an apposition calls it a company or body (`NAME, the state oil company`, `la NAME, filiale de`); a concept's
acronym in the same places (followed by the noun it qualifies, a state, a currency, a plural) is none. Sentences
written for these tests, in English, Spanish, French and Portuguese, with bodies of every region."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        # a party to a contract, deal, agreement, joint venture or partnership
        ("Ghana signed a $40 million contract with GHACEM to supply cement for the coastal road.", "GHACEM", "en"),
        ("Last year Hanoi reached a supply deal with PTSC for two floating units.", "PTSC", "en"),
        ("The port authority has an agreement with DAMCO on the new berth.", "DAMCO", "en"),
        ("Uzbekistan formed a joint venture with KNAUF last spring.", "KNAUF", "en"),
        ("The university runs the course in partnership with ICIMOD, officials said.", "ICIMOD", "en"),
        ("Kenya's railway agency renewed its contract with the SGRT.", "SGRT", "en"),
        # a subsidiary, unit, affiliate or stake of it; its takeover or merger
        ("The line is run by a local subsidiary of COMILOG, the manganese miner.", "COMILOG", "en"),
        ("Temasek bought a 20 percent stake in PTTEP in March.", "PTTEP", "en"),
        ("Regulators in Nairobi cleared the takeover of NIC by a Tanzanian lender.", "NIC", "en"),
        ("Analysts expect the merger with MTNL to close by June.", "MTNL", "en"),
        # an apposition calling it a company or a body
        ("YPFB, the Bolivian state energy firm, raised gas prices for Brazil in May.", "YPFB", "en"),
        ("SNH, Cameroon's national hydrocarbons company, expects output to rise.", "SNH", "en"),
        # Spanish, French and Portuguese
        ("Tunis a signé un contrat de 90 millions d'euros avec la SONEDE pour l'eau potable.", "SONEDE", "fr"),
        ("La SETRAM, filiale de la RATP, exploitera le tramway de Mostaganem.", "RATP", "fr"),
        ("La SETRAM, filiale de la RATP, exploitera le tramway de Mostaganem.", "SETRAM", "fr"),
        ("Rabat reste le premier actionnaire de la SAMIR depuis 1997.", "SAMIR", "fr"),
        ("El ICEX, la agencia española de exportaciones, abrió una oficina en Lagos.", "ICEX", "es"),
        ("El gobierno firmó un acuerdo con la ENDE para la línea de Yaguacua.", "ENDE", "es"),
        ("La refinería, filial de ANCAP, reabrirá en octubre.", "ANCAP", "es"),
        ("O banco, participado pelo BFA, abriu duas agências em Luanda.", "BFA", "pt"),
        ("A Hidroeléctrica assinou um contrato com a EDM para vender energia à África do Sul.", "EDM", "pt"),
        ("A ENH, empresa estatal de hidrocarbonetos, terá 10% do projeto.", "ENH", "pt"),
    ],
)
def test_a_party_to_a_company_s_dealings_is_a_body(text, name, language):
    assert name in organizations(text, language)


def test_every_use_of_such_an_acronym_is_the_body():
    text = "Zambia signed a power purchase deal with CEC. CEC will build a solar plant near Lusaka."
    actors = [a for a in extract_actors(text) if a.actor_type == "organization"]
    assert [(a.name, a.mentions) for a in actors] == [("CEC", 2)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The firm signed a contract with EPC terms for the plant.", "en"),
        ("Qatar holds a stake in LNG projects across Asia.", "en"),
        ("The ministry reached an agreement with the USA on visas.", "en"),
        ("Both sides want a deal with FOB prices, and two deals with CIF prices.", "en"),
        ("Le Maroc a conclu un accord avec la RDC sur la pêche.", "fr"),
        ("Rabat veut porter la part de l'industrie dans le PIB à 23 %.", "fr"),
        ("Lisboa assinou um acordo com os EUA e outro acordo com a RDC em 2021.", "pt"),
        ("Los bancos firmaron un acuerdo con USD de garantía.", "es"),
        ("The talks produced a partnership with ADNOC Gas on ammonia.", "en"),
        ("LNG, a fuel the company imports from Qatar, is cheaper.", "en"),
        ("GDP, the best measure the agency has, grew 3 percent.", "en"),
    ],
)
def test_a_concept_a_state_or_a_longer_name_in_those_places_is_no_body(text, language):
    assert not {"EPC", "LNG", "USA", "FOB", "CIF", "RDC", "PIB", "IDE", "USD", "ADNOC", "GDP"} & organizations(
        text, language
    )
