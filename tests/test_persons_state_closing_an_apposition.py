"""A state that closes a person's apposition, after the office: a programme's, a list of speakers' or a signature
block's line "NAME, Minister of Energy, Italy" (or "..., State of Qatar", "..., Kingdom of Tonga") gives the person
that state, whatever state hosts the event. Lines and sentences written for these tests; the last ones must not
read a state that does not close the apposition."""

import pytest

from pipelines.extract.actors import extract_actors


def person(text, name):
    return next(a for a in extract_actors(text) if a.name == name)


PROGRAMME = """Morocco-Portugal Investment Forum: speakers
Rabat, Sofitel Jardin des Roses

OPENING
Aziz Benali, Minister of Industry and Trade, Kingdom of Morocco
Ana Ferreira, Minister of Economy and the Sea, Portugal
Rui Costa Pinto, Secretary of State for Internationalisation, Portuguese Republic
Karim Tazi, Director General, Moroccan Investment Agency

PANEL
Fatima Al Kuwari, former Minister of Energy, State of Qatar
Sione Fifita, Minister for Trade, Kingdom of Tonga; chair of the Pacific trade group
Morocco hopes to double trade with Portugal by 2030.
"""


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Ana Ferreira", "PRT"),
        ("Aziz Benali", "MAR"),
        ("Fatima Al Kuwari", "QAT"),
        ("Sione Fifita", "TON"),
    ],
)
def test_a_state_closing_a_programme_line(name, state):
    assert person(PROGRAMME, name).country == state


def test_a_signature_block_and_a_sentence():
    text = (
        "Kenya and France signed the loan in Nairobi.\n\nSigned for the lender: Claire Dubois, Director of Operations, "
        "France.\nSigned for the borrower: Peter Otieno, Principal Secretary, Republic of Kenya.\n"
    )
    assert person(text, "Claire Dubois").country == "FRA"
    assert person(text, "Peter Otieno").country == "KEN"
    text = (
        "The panel in Accra was chaired by Lars Holm, Minister for Development Cooperation, Denmark. Ghana and "
        "Ghanaian firms spoke after him."
    )
    assert person(text, "Lars Holm").country == "DNK"


def test_a_state_that_goes_on_into_the_sentence_is_no_closing_state():
    text = (
        "Vietnam and Japan discussed rail. Tran Van Minh, Minister of Transport, Japan and Korea both offered loans, "
        "said officials in Hanoi. Vietnam will choose in May."
    )
    assert person(text, "Tran Van Minh").country == "VNM"
    text = (
        "Egypt and China signed a port deal in Cairo. Ahmed Samir, head of the Suez Canal Economic Zone, China "
        "Harbour's partner, welcomed it. Egypt expects more."
    )
    assert person(text, "Ahmed Samir").country == "EGY"
