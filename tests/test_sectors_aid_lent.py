"""Aid that is lent: a word of aid in a sentence that names a loan and no gift ("the yen loans bring Japan's official
development assistance to ¥500bn") is development lending, no humanitarian work; aid beside a gift, relief or a grant,
or aid set beside loans as another thing ("aid and loans"), stays aid. Every sentence was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str = "en") -> set[str]:
    return {h.sector for h in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The new yen loans, repayable over 40 years, lift Japan's official development assistance to Laos to "
            "¥90 billion this year.",
            "en",
        ),
        ("Korea will lend Ghana $200 million for a port, part of its development assistance for 2025.", "en"),
        ("The loan forms part of the aid package Kuwait announced for Jordan in March, worth $1.2 billion.", "en"),
        ("Official development assistance: ¥120 billion, a 40-year loan at 0.2% for the Dhaka metro.", "en"),
        (
            "The Export-Import Bank of China lent Kenya about $3 billion in 2015 under its aid programme for Africa.",
            "en",
        ),
        ("Francia otorgará a Bolivia un préstamo de 40 millones de euros como parte de su ayuda al desarrollo.", "es"),
        ("L'AFD accordera au Bénin un prêt de 60 millions d'euros au titre de son aide au développement.", "fr"),
        (
            "O empréstimo de 50 milhões de euros integra a ajuda ao desenvolvimento que Portugal presta a Cabo Verde.",
            "pt",
        ),
    ],
)
def test_aid_that_is_lent_is_no_humanitarian_work(text: str, language: str) -> None:
    assert "humanitarian" not in _sectors(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Australia will provide A$80 million in development assistance to Vanuatu this year, including grants "
            "for schools.",
            "en",
        ),
        ("The aid and loans pledged to Tonga in 2023 reached $310 million, the most in a decade.", "en"),
        ("Beyond the loan, Norway will give $20 million in humanitarian aid to Sudan's refugees.", "en"),
        ("Canada will send $15 million in aid to Malawi after the floods, the minister said.", "en"),
        ("Japan extended ¥2 billion in grant aid to Mongolia, on top of a yen loan for the airport.", "en"),
        ("España destinará 12 millones de euros en ayuda humanitaria a Haití y un préstamo para escuelas.", "es"),
        ("Le Japon accorde au Niger un don de 5 millions d'euros d'aide alimentaire, sans prêt.", "fr"),
    ],
)
def test_aid_given_or_set_beside_loans_stays_aid(text: str, language: str) -> None:
    assert "humanitarian" in _sectors(text, language)
