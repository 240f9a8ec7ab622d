"""Subject of a government's own share of works said to come from its budget of a year or from its counterpart
funding ("will contribute K300 million from its 2024 national budget", "from the 2022/23 state budget", "do
Orçamento Geral do Estado de 2024"): the works' money (project), whatever year or budget word stands between; taxes
paid into a state budget and budget support lent stay what they were. Every sentence here was written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Zambia will contribute K300 million from its 2024 national budget, the finance minister said.", "en"),
        ("Tanzania will add TSh 60 billion from the 2022/23 state budget, officials said.", "en"),
        ("The Ghanaian government will provide GH¢ 120 million from the 2025 national budget for the rail line.", "en"),
        ("El Gobierno destinará 40 millones de dólares del presupuesto general del Estado, dijo el ministro.", "es"),
        ("Le gouvernement financera 50 milliards de francs guinéens du budget de l'État 2025.", "fr"),
        ("O Governo destinará 12 mil milhões de kwanzas do Orçamento Geral do Estado de 2024, disse o ministro.", "pt"),
    ],
)
def test_a_governments_share_from_its_budget_of_a_year_is_the_works_money(text, language):
    assert _subjects(text, language) == ["project"]


@pytest.mark.parametrize(
    "text, subject",
    [
        ("The mining company paid $300 million in royalties to the state budget last year.", "other"),
        ("The IMF approved $500 million in budget support for Zambia.", "loan"),
    ],
)
def test_taxes_paid_into_a_budget_or_budget_support_lent_keep_their_subject(text, subject):
    assert _subjects(text) == [subject]
