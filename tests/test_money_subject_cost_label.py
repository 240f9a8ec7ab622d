"""Subject of a project's cost written as a label: a cost word, what it covers in brackets, a colon and the figure
("Total project cost (all contracts): $420 million", "Costo total estimado: US$ 90 millones") is the value of the
works, a project's, whatever lender the rest of the line names. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subject_of(text: str, figure: str, language: str = "en") -> str:
    return next(m.subject for m in extract_money(text, language=language) if m.text == figure)


@pytest.mark.parametrize(
    "text, figure, language",
    [
        (
            "Total project cost (all packages): $420 million, of which the JICA loan covers $300 million.",
            "$420 million",
            "en",
        ),
        (
            "Loan amount: US$ 80 million. Local counterpart: US$ 20 million. Estimated total cost: US$ 100 million.",
            "US$ 100 million",
            "en",
        ),
        (
            "Monto del préstamo: US$ 60 millones. Costo total estimado (incluida la contraparte): US$ 75 millones.",
            "US$ 75 millones",
            "es",
        ),
        (
            "Montant du prêt de la BAD : 40 millions d'euros. Coût total (hors taxes) : 55 millions d'euros.",
            "55 millions d'euros",
            "fr",
        ),
    ],
)
def test_money_a_cost_label_is_the_projects(text, figure, language):
    assert _subject_of(text, figure, language) == "project"
