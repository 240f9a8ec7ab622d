"""Kind of a level of trade that a wish, a set goal or a modal verb of reaching points to: "both sides want
$9 billion by 2030" and "want it at $1 billion by 2028" (a wish governing the figure itself, a year closing it),
"the $6 billion the two ministries have set for 2027" (a goal the clause after the figure sets), "against a target
of $4 billion by 2026" (a comparison with a goal is no base reported), "deberían llegar a", "poderão chegar aos"
(every person of a modal verb of reaching) are goals; the level the same sentence reports stays reported, and a sum
"set aside for" works or wished for with no year is no goal. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ghana-Turkey trade stood at $1.4 billion in 2021; both capitals want $3 billion by 2027.", "en"),
        ("Chile's trade with Korea hit $9.2 billion last year; the two leaders want it at $15 billion by 2030.", "en"),
        ("Trade with Nepal was $610 million in 2019; Dhaka wants two-way commerce lifted to $2 billion by 2025.", "en"),
        ("Turnover reached $3.3 billion, short of the $6 billion the two ministries have set for 2027.", "en"),
        ("Exports came to A$4.1 billion in the year to June, against a target of A$7 billion by 2028.", "en"),
        ("Sales to Japan came to NZ$2.2 billion in 2023, against the NZ$3 billion targeted for 2026.", "en"),
        ("El comercio sumó 700 millones de dólares en 2022 y debería llegar a 1.500 millones en 2026.", "es"),
        ("As trocas somaram 90 milhões de euros em 2019 e poderão chegar aos 200 milhões até 2024.", "pt"),
        ("As vendas de caju atingiram 80 milhões de dólares em 2020 e devem atingir 150 milhões em 2025.", "pt"),
        ("Les échanges ont atteint 400 millions d'euros en 2021 et pourront dépasser 900 millions d'ici 2026.", "fr"),
    ],
)
def test_the_level_a_wish_a_set_goal_or_a_modal_points_to_is_a_target(text, language):
    assert _kinds(text, language) == ["actual", "target"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a sum set aside for works is a budget line, no goal
        ("The ministry has set aside $40 million for the Tema bypass in 2024.", "en"),
        # a wish with no year after it says nothing of a level to reach
        ("Lima wants $200 million from the fund, officials said.", "en"),
        # a comparison with a level, not a goal, is the base reported
        ("Exports reached $2.9 billion in 2023, against $2.1 billion in 2022.", "en"),
    ],
)
def test_sums_set_aside_wished_without_a_year_or_compared_are_no_targets(text, language):
    assert "target" not in _kinds(text, language)
