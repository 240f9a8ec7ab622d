"""Officials of international bodies serve no state, on sentences written for these tests: a well-known official
named with no body, a union's commissioner in an article that names the union, and the Romance offices whose own
words name a region's body whatever portfolio follows."""

from pipelines.extract.actors import extract_actors


def countries(text, language="en"):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_a_well_known_official_named_without_a_body_serves_none():
    text = 'NAIROBI -- Kenya secured a new loan. "The reforms are on track," said Kristalina Georgieva in Nairobi.'
    assert countries(text)["Kristalina Georgieva"] is None
    text = "Ghana and the bloc signed a partnership in Accra. Josep Borrell said they would stay engaged with Ghana."
    assert countries(text)["Josep Borrell"] is None


def test_a_state_the_text_gives_outweighs_the_list():
    text = "German Defence Minister Ursula von der Leyen visited Lithuania on Monday."
    assert countries(text)["Ursula von der Leyen"] == "DEU"


def test_a_commissioner_in_an_article_naming_the_union_serves_none():
    text = (
        "Serbia hopes to open new chapters soon. Energy Commissioner Marta Kovalenko told Serbian ministers in "
        "Belgrade that the European Commission would help."
    )
    assert countries(text)["Marta Kovalenko"] is None
    text = 'Kenya welcomed the step. "This is a good day," said Henrik Lindqvist, the European Commissioner for Trade.'
    assert countries(text)["Henrik Lindqvist"] is None


def test_a_high_commissioner_is_an_envoy_not_a_union_official():
    text = "The EU and Kenya met in Nairobi. British High Commissioner Jane Marriott said London backed the plan."
    assert countries(text)["Jane Marriott"] == "GBR"


def test_romance_offices_that_name_their_region_serve_none_whatever_portfolio_follows():
    text = "Chile y la Unión Europea firmaron el acuerdo. La comisaria europea de Energía, Marta Kovalenko, lo celebró."
    assert countries(text, "es")["Marta Kovalenko"] is None
    text = "Chile conversó con la alta representante de la UE, Marta Kovalenko, sobre el acuerdo."
    assert countries(text, "es")["Marta Kovalenko"] is None


def test_a_lenders_mission_chief_serves_none():
    text = "The IMF approved $2 billion for Ghana. Senior Mission Chief Stefan Maurer said Ghana had done well."
    assert countries(text)["Stefan Maurer"] is None
    text = 'The IMF approved $2 billion for Ghana. "Ghana did well," said Stefan Maurer, Mission Chief for Ghana.'
    assert countries(text)["Stefan Maurer"] is None


def test_a_hyphenated_office_at_a_lender_is_the_lenders():
    text = "The EIB signed a loan with Serbia. It was signed by EIB Vice-President Marta Kovac in Belgrade."
    assert extract_actors(text)[-1].role == "Vice-President"
    assert countries(text)["Marta Kovac"] is None


def test_an_office_in_a_unit_of_an_international_body_said_after_the_name():
    text = (
        "The Asian Development Bank lent $90 million to Nepal. Nepal will build roads, said Karin Lund, Senior "
        "Transport Specialist in ADB's South Asia Department."
    )
    assert countries(text)["Karin Lund"] is None
    text = (
        "The African Development Bank approved a loan to Tunisia. Omar Haddad, Director of the Bank's North "
        "Africa Regional Department, said Tunisia would gain."
    )
    assert countries(text)["Omar Haddad"] is None


def test_a_unit_of_a_national_body_keeps_the_state():
    text = (
        "Kenya's central bank cut rates. Kenya will borrow less, said Ruth Njeri, Director of the Bank's Research "
        "Department, in Nairobi."
    )
    assert countries(text)["Ruth Njeri"] == "KEN"
