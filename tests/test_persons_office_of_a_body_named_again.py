"""An office after the name at a body the article named before and names again by a noun or "its" ("NAME, the
Bank's Director General for East Africa", "NAME, its chairman"): the person holds it, of the body's state, or of
none at an international body. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_an_international_lender_named_again_serves_no_state():
    found = persons(
        'The African Development Bank approved a loan for Ethiopia. "Droughts hit hard," said Nnenna Okafor, the '
        "Bank's Director General for East Africa."
    )
    assert found["Nnenna Okafor"] == ("Director General for East Africa", None)
    found = persons(
        'The World Bank approved $200 million for Ghana. "This is key," said Maria Lopes, the Bank\'s Country '
        "Director for Ghana."
    )
    assert found["Maria Lopes"] == ("Country Director", None)


def test_a_state_s_body_named_again_gives_its_state():
    found = persons(
        "Kenya Railways signed a deal with a Chinese lender. Joseph Mwangi, the corporation's managing director, "
        "said the line would open in 2026."
    )
    assert found["Joseph Mwangi"] == ("managing director", "KEN")
    found = persons(
        "Uganda's Ministry of Energy said exports to Kenya rose. Ruth Nankya, the ministry's spokeswoman, said "
        "Uganda would sell more power."
    )
    assert found["Ruth Nankya"] == ("spokeswoman", "UGA")


def test_its_office_and_an_office_where_no_body_fits():
    found = persons(
        "The deal was signed on behalf of the zone by its Chairman and on behalf of Petrovia Holdings by Ali Rahimi, "
        "its Chairman, in Oman."
    )
    assert found["Ali Rahimi"][0] == "Chairman"
    # no body named before holds "company": the office alone
    found = persons("Vale signed a deal with Oman. Carlos Mendes, the company's chief executive, said it would grow.")
    assert found["Carlos Mendes"][0] == "chief executive"


def test_not_an_office_after_the_comma():
    found = persons("The bank lent Ghana $50 million. Kwame Boateng, the bank's client, said the loan was welcome.")
    assert found.get("Kwame Boateng", (None, None))[0] is None
