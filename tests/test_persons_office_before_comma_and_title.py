"""An office with its portfolio or body, then a comma and titles of address, then the name: the name holds it,
without the state it names; an office after another name and a comma is that name's. Sentences written for
these tests."""

from pipelines.extract.actors import extract_actors


def role(text, name):
    return next(a.role for a in extract_actors(text) if a.name == name)


def test_an_office_then_a_comma_and_titles_of_address():
    text = (
        "Nigeria and China signed a loan. The Honourable Minister of Finance, Dr. (Mrs.) Amara Nwosu, welcomed the "
        "approval of the loan by China."
    )
    assert role(text, "Amara Nwosu") == "Minister of Finance"
    text = (
        "Ghana and Togo met. The Minister for Foreign Affairs, Regional Integration and NEPAD, Hon. Kofi "
        "Mensah-Boateng, received a delegation from Togo."
    )
    assert role(text, "Kofi Mensah-Boateng") == "Minister for Foreign Affairs, Regional Integration and NEPAD"
    text = (
        "Present were the chief executive officer of the Malaysian Investment Development Authority (MIDA), Datuk "
        "Lim Wei Seng, and officials from China."
    )
    assert role(text, "Lim Wei Seng").startswith("chief executive officer of the Malaysian")


def test_without_the_state_the_office_names():
    text = (
        "Today the Ambassador of the Federal Republic of Germany to the Republic of Serbia, Dr. Klaus Hartmann, "
        "signed two agreements with Serbia."
    )
    assert role(text, "Klaus Hartmann") == "Ambassador"


def test_an_office_after_another_name_is_that_name_s():
    text = (
        "He met Crown Prince Sione Tuita, Lavinia Fifita, Prime Minister of Tonga, Mele Vaipulu, Deputy Prime "
        "Minister and Minister for Justice, and others."
    )
    assert role(text, "Mele Vaipulu") != "Prime Minister"
