"""Subject of a sum whose clause names works only by a plural of a works noun ("the Poti and Batumi ports"), by a
part of them (stations, a grid, a runway) or by what is done to them (rehabilitation, modernisation, dredging,
retrofit): the project's, where the clause names no loan, aid, investment or trade; a lender's money for the same
works stays a loan. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The four stations of the Almaty light-rail line are estimated at $727 million.", "en"),
        ("Armenia will pay for runway repairs at Gyumri, estimated at 9 billion drams.", "en"),
        ("Brussels will put €45 million into the modernisation of the Poti and Batumi ports.", "en"),
        ("The dredging of the Mombasa channel will cost KSh 4.2 billion.", "en"),
        ("The retrofit of 120 schools in Lima is put at 300 million soles.", "en"),
        ("The rehabilitation of the Tazara line is estimated at $1.1 billion.", "en"),
        ("Works on the Chittagong grid link are valued at Tk 2,300 crore.", "en"),
        ("Fiji's three airports will share F$60 million over five years.", "en"),
        ("La rehabilitación del ferrocarril Belgrano Cargas costará 2.100 millones de dólares.", "es"),
        ("Le dragage du port de Cotonou est estimé à 40 milliards de francs CFA.", "fr"),
        ("A reabilitação da linha de Sena está orçada em 300 milhões de dólares.", "pt"),
        ("O empreendimento, orçado em 4,5 mil milhões de dólares, é gerido pelo gabinete do Kwanza.", "pt"),
    ],
)
def test_works_named_by_a_part_a_plural_or_what_is_done_to_them_are_the_project(text, language):
    assert _subjects(text, language) == ["project"]


def test_a_loan_for_the_same_works_stays_a_loan():
    assert _subjects("The World Bank lent $200 million for the rehabilitation of the Tazara line.") == ["loan"]


@pytest.mark.parametrize(
    "text",
    [
        "The 1,200-km line to the Red Sea coast is estimated at $9 billion.",
        "The 42-km rail line to the port of Lobito is put at $610 million.",
        "The 380-kilometre line from Tashkent to Andijan will cost $1.4 billion.",
        "Engineers put the new power line from Inga at $2.1 billion.",
        "The dredging of the Lomé channel will cost 40 billion CFA francs.",
        "Hanoi has set the redevelopment of the Hai Phong terminal at VND 1,900 billion.",
    ],
)
def test_a_line_named_by_its_length_or_its_use_is_works(text):
    assert _subjects(text) == ["project"]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan Railways reported a net loss of 90 million manat.",
        "Kenya Railways paid a dividend of KSh 400 million.",
        "Adani Ports raised $750 million from the bond sale.",
        "Abu Dhabi Ports posted revenue of AED 6 billion.",
        "Pakistan Railways was given Rs 5 billion to pay its pensioners.",
        "Dubai Airports reported earnings of AED 2 billion.",
    ],
)
def test_a_firm_named_after_works_names_no_works(text):
    assert _subjects(text) != ["project"]
