"""Officials of regional lenders and bodies serve no state, in any of the languages read: a body whose name has a
region's adjective and the head of a multilateral body (`Eurasian Development Bank`, `Banque ouest-africaine de
développement`), though the knowledge base does not list it. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_an_english_regional_lender_before_an_office():
    text = (
        "The Eurasian Fund for Stabilization and Development (EFSD) will lend $80 million to Armenia. EFSD "
        "Director Arkady Belov said Armenia and Armenia would repay it in ten years."
    )
    assert persons(text)["Arkady Belov"] == ("Director", None)
    text = "Kenya drew on the Trade and Development Bank. Caribbean Development Fund President Lionel Baptiste spoke."
    assert persons(text)["Lionel Baptiste"][1] is None


def test_a_french_or_portuguese_regional_lender_in_the_office():
    text = (
        "La Banque ouest-africaine de développement (BOAD) a accordé un prêt au Togo. Le représentant de la BOAD "
        "au Togo, Kossi Amegan, a signé l'accord avec le Togo."
    )
    assert persons(text, "fr")["Kossi Amegan"][1] is None
    text = (
        "O Banco Africano de Desenvolvimento (BAD) aprovou um empréstimo para Angola. A representante do BAD em "
        "Angola, Joana Tavares Mendes, assinou o acordo em Luanda."
    )
    assert persons(text, "pt")["Joana Tavares Mendes"][1] is None


def test_a_state_body_with_a_region_word_keeps_its_state():
    text = "South African Reserve Bank Governor Lesetja Mohale said South Africa would keep rates."
    assert persons(text)["Lesetja Mohale"][1] == "ZAF"


def test_a_name_then_its_office_at_a_regional_lender():
    text = (
        "El Banco Centroamericano de Integración Económica (BCIE) prestará 300 millones a Honduras, dijo Rosa "
        "Elena Durán, gerente de país del BCIE en Honduras."
    )
    assert persons(text, "es")["Rosa Elena Durán"][1] is None


def test_an_honorific_between_the_office_and_the_name():
    text = (
        "Le Fonds africain de garantie (FAG) finance une route au Niger. Selon la "
        "représentante du FAG au Niger, Mme Salma Idriss Kane, les travaux commencent en mai."
    )
    assert persons(text, "fr") == {"Salma Idriss Kane": ("représentante", None)}
