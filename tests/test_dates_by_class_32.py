"""Round 32's date classes, each a battery of sentences written for it (en/es/fr/pt, every region):

- a bare month that ends a sentence or paragraph before a numbered paragraph, a clock time or a list item on the
  next line is the month, not a day of it ("shipped to Kramatorsk in July.\\n\\n3. Exports ...");
- two months in a row led by a word of a stretch of time are one span ("over July and August", "durante julio y
  agosto", `across_months` of date_cues.csv).
"""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

# Wednesday
PUB = date(2024, 3, 13)


def found(text, language="en", pub=PUB):
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat()) for d in extract_dates(text, pub, (), language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "2. Berlin shipped 120 modular shelters to Kramatorsk in July.\n\n3. Exports to Germany rose.",
            "en",
            ("in July", "2023-07-01", "2023-07-31"),
        ),
        (
            "A further Tk 18 crore was released in February.\n\n3. Constraints Field staff lost nine days.",
            "en",
            ("in February", "2024-02-01", "2024-02-29"),
        ),
        (
            "Sharif met Xi after the attack on a convoy near Besham in January.\n\n10:10 How we got here",
            "en",
            ("in January", "2024-01-01", "2024-01-31"),
        ),
        (
            "The Lagos port authority cleared the backlog of reefer containers in December.\n4. Outlook",
            "en",
            ("in December", "2023-12-01", "2023-12-31"),
        ),
        (
            "Las exportaciones de cobre a Corea cayeron en enero.\n\n2. Perspectivas para el segundo semestre",
            "es",
            ("en enero", "2024-01-01", "2024-01-31"),
        ),
        (
            "Le Sénégal a reçu la deuxième tranche en février.\n\n5. Prochaines étapes",
            "fr",
            ("en février", "2024-02-01", "2024-02-29"),
        ),
        (
            "A Vale retomou os embarques de minério para Omã em janeiro.\n\n3. Próximos passos",
            "pt",
            ("em janeiro", "2024-01-01", "2024-01-31"),
        ),
    ],
)
def test_a_month_before_a_numbered_paragraph_is_the_month(text, language, expected):
    assert expected in found(text, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The talks ran on Sept. 3 in Tashkent.", "en", ("Sept. 3", "2023-09-03", "2023-09-03")),
        ("The quota lapses on July\n3, the ministry in Jakarta said.", "en", ("July\n3", "2024-07-03", "2024-07-03")),
    ],
)
def test_a_day_after_its_month_is_still_the_day(text, language, expected):
    assert [(s, e) for t, s, e in found(text, language) if t.endswith(expected[0])] == [expected[1:]]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Through October and November the two treasuries traded drafts of the swap line.",
            "en",
            ("Through October and November", "2023-10-01", "2023-11-30"),
        ),
        (
            "Thirty trainees from Fiji will work resort kitchens in Queenstown over July and August.",
            "en",
            ("over July and August", "2024-07-01", "2024-08-31"),
        ),
        (
            "Ghana's cocoa board kept the farm-gate price unchanged throughout January and February.",
            "en",
            ("throughout January and February", "2024-01-01", "2024-02-29"),
        ),
        (
            "Kazakh grain moved by rail to Iran during September and October.",
            "en",
            ("during September and October", "2023-09-01", "2023-10-31"),
        ),
        (
            "Las obras del puerto de Chancay siguieron durante julio y agosto.",
            "es",
            ("durante julio y agosto", "2023-07-01", "2023-08-31"),
        ),
        (
            "Les équipes marocaines ont travaillé à Dakar pendant juin et juillet.",
            "fr",
            ("pendant juin et juillet", "2023-06-01", "2023-07-31"),
        ),
        (
            "As chuvas em Moçambique continuaram ao longo de janeiro e fevereiro.",
            "pt",
            ("ao longo de janeiro e fevereiro", "2024-01-01", "2024-02-29"),
        ),
    ],
)
def test_two_months_in_a_row_across_a_stretch_are_one_span(text, language, expected):
    assert found(text, language) == [expected]


def test_two_months_listed_without_a_stretch_word_or_figure_stay_two():
    assert found("Monsoon floods in Sindh in July and August displaced thousands.") == [
        ("in July", "2023-07-01", "2023-07-31"),
        ("August", "2023-08-01", "2023-08-31"),
    ]
    # months apart across a stretch word: two months
    assert [t for t, _, _ in found("Chilean ore moved over May and July to Qingdao.")] == ["over May", "July"]
