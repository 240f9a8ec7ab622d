"""An office at an international body said right before its holder's name, in any order and with any words of
office between: the holder serves no state, whatever states the story names. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.person_bodies import office_of_body_before


def country(text, name, language="en"):
    return next(a.country for a in extract_actors(text, language=language) if a.name == name)


def test_the_body_then_its_office():
    text = (
        "Uzbekistan and Pakistan discussed a railway. We discussed its financing with the Asian Development Bank's "
        "country director, Mr. Naoki Tanabe, on Tuesday. Pakistan welcomed the plan."
    )
    assert country(text, "Naoki Tanabe") is None
    text = (
        "The World Bank's regional vice president, Maria Lindqvist, said Kenya's reforms were on track. Kenya and "
        "Uganda signed a pact."
    )
    assert country(text, "Maria Lindqvist") is None


def test_the_office_then_its_body_and_the_host_it_serves():
    text = (
        "Ghana and Togo signed a power deal. President Akufo met the President of the African Development Bank (AfDB) "
        "Group, Dr. Kwame Mensah, in Accra. Ghana will get $200 million."
    )
    assert country(text, "Kwame Mensah") is None
    text = "Serbia and Hungary opened a rail line. Head of the EU Delegation to Serbia Johan Berglund welcomed it."
    assert country(text, "Johan Berglund") is None
    text = (
        "Armenia and Georgia met in Tbilisi. The meeting was attended by the Head of the EU Delegation to Georgia, "
        "Ambassador Anna Kowalczyk. Armenia's minister spoke."
    )
    assert country(text, "Anna Kowalczyk") is None


def test_in_spanish():
    text = (
        "Colombia y Ecuador firmaron un acuerdo en Quito. Asistió el representante del Banco Interamericano de "
        "Desarrollo (BID) en el país, Óscar Ramírez Soto. Ecuador recibirá US$ 50 millones."
    )
    assert country(text, "Óscar Ramírez Soto", "es") is None


def test_a_clause_or_a_state_between_the_body_and_the_name_is_no_office_of_it():
    text = "The IMF approved the loan on Monday, Finance Minister Ali Hassan said."
    assert not office_of_body_before(text, text.index("Ali"))
    text = "At the United Nations, Kenya's Foreign Minister Ruth Achieng spoke."
    assert not office_of_body_before(text, text.index("Ruth"))
    text = "At the UN, Foreign Minister Ruth Achieng spoke."
    assert not office_of_body_before(text, text.index("Ruth"))
