"""Subject of a line of a state's own budget that funds works: an allocation or an outlay for a body or a purpose
that builds ("the allocation for the Ministry of Railways", "the Roads Division's allocation", "la dotación para
carreteras"), or capital spending and a development programme, which are the state's works by name: the
project's money, even where the works are named only inside a body's name. An allocation for a service, a
budget as a whole, and money a lender or a donor gives keep their subject. Every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


def _subjects(text: str, language: str = "en") -> list[str]:
    return [m.subject for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The allocation for the Ministry of Railways has been raised to Rs 52,000 crore.", "en"),
        ("The Roads Division's allocation rises to Tk 9,100 crore.", "en"),
        (
            "The finance minister proposed a capital expenditure of Rs 90,000 crore for the national highways "
            "authority in 2024-25.",
            "en",
        ),
        ("Capital spending is set at QR 70 billion for the year.", "en"),
        ("The revised annual development programme was cut to Tk 2,10,000 crore.", "en"),
        ("The Ministry of Energy's allocation for 2024 stands at GH¢1.9 billion.", "en"),
        ("La asignación para el Ministerio de Obras Públicas sube a 4.500 millones de soles.", "es"),
        ("La dotation du ministère des Infrastructures atteint 310 milliards de francs CFA.", "fr"),
        ("A dotação do Ministério das Obras Públicas sobe para 42 mil milhões de kwanzas.", "pt"),
    ],
)
def test_a_budget_line_for_works_is_the_projects(text, language):
    assert _subjects(text, language) == ["project"]


@pytest.mark.parametrize(
    ("text", "language", "subjects"),
    [
        ("The allocation for the Ministry of Health rises to Rs 9,000 crore.", "en", ["other"]),
        ("Ghana's 2024 budget of GH¢226 billion was read in parliament on Wednesday.", "en", ["other"]),
        ("The World Bank's allocation for Nepal's roads rises to $300 million in loans.", "en", ["loan"]),
        ("The allocation for bilateral aid to Afghanistan rises to £150 million.", "en", ["aid"]),
    ],
)
def test_other_budget_lines_keep_their_subject(text, language, subjects):
    assert _subjects(text, language) == subjects
