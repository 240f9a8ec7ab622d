"""Subject of earnings or losses a verb reports right before the figure ("last year, it earned", "the firm lost",
"la empresa ganó"): a result, other, whatever loan, aid or investment the sentence before speaks of. Every sentence
here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _last(text: str, language: str = "en") -> tuple[str, str]:
    found = extract_money(text, language=language)[-1]
    return found.kind, found.subject


@pytest.mark.parametrize(
    "text, language",
    [
        ("The bank's loan to the utility matures in 2027. Last year, it earned $1.2 million.", "en"),
        ("The investment fund opened in Nairobi. It lost $4 million in its first year.", "en"),
        ("The aid programme ended in 2020. It posted a net loss of $8 million.", "en"),
        ("El préstamo vence en 2030. El año pasado, la empresa ganó 20 millones de dólares.", "es"),
        ("Le prêt arrive à échéance en 2028. L'an dernier, la société a gagné 15 millions d'euros.", "fr"),
    ],
)
def test_earnings_after_a_sentence_on_a_loan_are_other(text, language):
    assert _last(text, language) == ("actual", "other")


def test_a_loan_the_figure_names_stays_a_loan():
    assert _last("The bank approved the project in May. It lent $40 million for the road.")[1] == "loan"
