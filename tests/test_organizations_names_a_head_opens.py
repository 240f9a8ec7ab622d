"""A head noun that opens a name as well as ends one: `Bank` written first, then capitalised words with no `of`
(`Bank Indonesia`, `Bank Negara Malaysia`, `Bank Muscat`), names a bank of that name, up to an office, a sentence
word or a date; a common compound (`Bank Holiday`) or the bank's staff (`Bank officials`) stays no name.
Sentences written for these tests, banks of every region."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, language="en") if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bank Indonesia cut its benchmark rate by 25 basis points on Thursday.", "Bank Indonesia"),
        ("The loan was arranged by Bank Muscat and two other lenders.", "Bank Muscat"),
        ("Bank Handlowy will lead the bond issue for the Polish utility.", "Bank Handlowy"),
        (
            "The swap line between Bank Negara Malaysia and the People's Bank of China was renewed.",
            "Bank Negara Malaysia",
        ),
        ("Bank Al-Maghrib kept the key rate at 3 percent.", "Bank Al-Maghrib"),
        ("Bank Mandiri signed a $500 million facility with the Japanese lender.", "Bank Mandiri"),
        ("Shares of Bank Leumi rose after the results.", "Bank Leumi"),
        ("Bank Pekao and PKO agreed to finance the terminal.", "Bank Pekao"),
        ("The credit was extended by Bank Alfalah to the textile exporters.", "Bank Alfalah"),
        ("Bank Dhofar opened a branch in Salalah.", "Bank Dhofar"),
        ("Bank Windhoek will finance the solar plant near Keetmanshoop.", "Bank Windhoek"),
        ("Bank Gospodarstwa Krajowego provided guarantees to the exporters.", "Bank Gospodarstwa Krajowego"),
        ("The sanctions hit Bank Melli and Bank Saderat.", "Bank Saderat"),
        ("Bank Audi closed its branch in Amman.", "Bank Audi"),
        ("Bank Rakyat Indonesia disbursed microloans to farmers.", "Bank Rakyat Indonesia"),
        ("Bank Asia signed a deal with the Bangladeshi exporters.", "Bank Asia"),
        ("Bank Negara Malaysia Governor Zeti Akhtar Aziz said growth would slow.", "Bank Negara Malaysia"),
    ],
)
def test_a_name_bank_opens_is_the_banks(text, expected):
    assert expected in organizations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bank officials said the loan would be signed in May.", set()),
        ("Bank Holiday traffic was heavy on the roads to the coast.", set()),
        ("World Bank President Ajay Banga visited Nairobi.", {"World Bank"}),
        ("The Bank of Ghana raised its policy rate.", {"Bank of Ghana"}),
        ("The World Bank Group approved a $300 million credit.", {"World Bank Group"}),
    ],
)
def test_a_compound_or_a_name_bank_ends_is_read_as_before(text, expected):
    assert organizations(text) == expected
