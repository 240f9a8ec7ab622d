"""The home side of a report, whose officials it leaves unqualified: the dateline after page furniture, an agency
in dashes or slashes, a masthead naming a national outlet, and a dateline state the story never names again (a
lender's release from its seat, a world wire). Sentences written for these tests."""

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.report_home import dateline_countries


def persons(text, language="en"):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


_MENU = "Kabar\nPolitics | Economy | Society | Sport\nShare  Tweet\n\nTashkent and Bishkek agree on rail link\n\n"


def test_a_dateline_after_the_menus_of_a_page():
    text = _MENU + "Bishkek (Kabar) - Trade Minister Aibek Usubaliev and Uzbek Deputy Premier Jamshid Khodjaev met."
    assert dateline_countries(text) == ("KGZ", "KGZ")
    assert persons(text)["Aibek Usubaliev"][1] == "KGZ"
    text = "Home > World\nThu 14-03-2024 10:20\n\nDeal signed\n\nMANAMA, 14th March, 2024 (BNA) -- Oil talks went on."
    assert dateline_countries(text)[-1] == "BHR"


def test_an_agency_between_slashes():
    text = "Ulaanbaatar /MONTSAME/ Minister of Energy Bold Enkhbat met a delegation of the Korean power company."
    assert dateline_countries(text) == ("MNG", "MNG")
    assert persons(text)["Bold Enkhbat"] == ("Minister of Energy", "MNG")


def test_a_dateline_state_the_story_never_names_again_is_not_a_side():
    text = (
        "NEW YORK, May 2, 2022 - The World Bank approved a grant for Nepal's roads. Finance Secretary Ram Adhikari "
        "welcomed the grant for Nepal, the bank said."
    )
    assert persons(text)["Ram Adhikari"][1] == "NPL"
    text = (
        "NAIROBI, July 9 (Reuters) - The Islamic Development Bank lent $90 million to Somalia. Finance Minister "
        "Abdi Warsame said Somalia would repay it over twenty years."
    )
    assert persons(text)["Abdi Warsame"][1] == "SOM"


def test_a_masthead_names_the_outlet_and_its_state():
    text = (
        "Agência Brasil\nÚltimas notícias | Economia\n\nAcordo com Moçambique\n\nO ministro da Fazenda, "
        "Carlos Andrade Lima, recebeu em Maputo o presidente de Moçambique, Daniel Chapo. Moçambique e Moçambique."
    )
    assert persons(text, "pt")["Carlos Andrade Lima"][1] == "BRA"
    text = (
        "Ahram Online , Sunday 3 Mar 2024\n\nChina, Egypt firms sign deals\n\nChinese firms and Chinese banks and "
        "Chinese builders will join, zone chairman Tarek Fahmy said on Sunday."
    )
    assert persons(text)["Tarek Fahmy"][1] == "EGY"


def test_a_dateline_on_a_line_of_its_own_after_the_menus():
    text = (
        "europa press\nPortada > Economía\nCompartir:  Facebook\n\nAcuerdo ferroviario\n\nMADRID, 3 Abr. "
        "(EUROPA PRESS) -\n\nLa ministra de Transportes, Lucía Ferrer, y el ministro de Transporte de Marruecos, "
        "Karim Bennani, firmaron un acuerdo en Rabat. Marruecos y España y Marruecos."
    )
    assert dateline_countries(text) == ("ESP", "ESP")
    assert persons(text, "es")["Lucía Ferrer"][1] == "ESP"


def test_a_listed_name_that_states_its_office_and_state_after_it_is_the_other_side():
    text = (
        "DOHA, 2nd June, 2024 (QNA) -- The talks were attended by Sheikh Faisal bin Thani Al Thani, Minister of "
        "Commerce; Khalid bin Ali Al Sulaiti, Minister of Transport; and Timur Suleimenov, Minister of Trade of "
        "Kazakhstan. Kazakhstan and Qatar signed two deals."
    )
    found = persons(text)
    assert found["Khalid bin Ali Al Sulaiti"][1] == "QAT"
    assert found["Timur Suleimenov"][1] == "KAZ"
