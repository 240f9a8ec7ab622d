"""Money that emigrants send home is labour however it is written: a sum sent home ("sent home an estimated $20
billion") or the transfers of a people living abroad ("les transferts des Marocains résidant à l'étranger"). A people
abroad named without money sent (a vote, a ministry's name) and things sent home are no labour. Every sentence was
written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str = "en") -> set[str]:
    return {h.sector for h in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Filipinos in Saudi Arabia sent home an estimated $2.3 billion last year, the central bank said.", "en"),
        ("Nepalis in Qatar sent home about $1.1 billion in the fiscal year.", "en"),
        ("Kyrgyz nationals in Russia send home more than $2 billion a year.", "en"),
        ("Ghanaians abroad sent back home $4.6 billion in 2023, according to the Bank of Ghana.", "en"),
        ("Les transferts des Marocains résidant à l'étranger ont atteint 40 milliards de dirhams à fin juin.", "fr"),
        ("Les transferts des Sénégalais résidant à l'étranger ont progressé de 8 % en 2022.", "fr"),
        ("Las transferencias de los residentes en el exterior sumaron 1.200 millones de dólares.", "es"),
        ("As transferências dos cabo-verdianos residentes no exterior cresceram 6% no semestre.", "pt"),
    ],
)
def test_money_sent_home_is_labour(text: str, language: str) -> None:
    assert "labour" in _sectors(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The team was sent home after the match in Doha, the coach said.", "en"),
        ("Les Tunisiens résidant à l'étranger voteront les 24, 25 et 26 octobre.", "fr"),
        ("The minister sent home a delegation of 20 officials after the talks.", "en"),
    ],
)
def test_people_abroad_or_things_sent_home_are_no_labour(text: str, language: str) -> None:
    assert "labour" not in _sectors(text, language)
