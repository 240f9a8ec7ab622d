"""A month written right before the figures a report counts for it, with no article ("GM said October sales fell",
"September industrial production rose"), is that month: the latest one, as figures are counted after it, though a
forecast of a month just ahead keeps it (sentences written for these tests, in the style of business wires)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

THURSDAY = date(1989, 11, 2)


def months(text: str, pub: date = THURSDAY) -> list[tuple[str, str]]:
    return [(d.text, d.date_start.isoformat()) for d in extract_dates(text, pub) if d.granularity == "month"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chrysler said October sales of its cars fell 14%.", [("October", "1989-10-01")]),
        ("September industrial production rose 0.4%, the Federal Reserve said.", [("September", "1989-09-01")]),
        ("Nissan's August exports to Europe jumped 20%.", [("August", "1989-08-01")]),
        ("The ministry in Tokyo will publish September trade data next week.", [("September", "1989-09-01")]),
        ("Economists expect October payrolls to show a gain of 150,000 jobs.", [("October", "1989-10-01")]),
        ("Brazil's March inflation reached 84%, the statistics bureau said.", [("March", "1989-03-01")]),
        ("December sales are expected to be the strongest of the year.", [("December", "1989-12-01")]),
        ("Spanish car maker SEAT said July output was cut by a strike.", [("July", "1989-07-01")]),
    ],
)
def test_a_month_before_its_figures_is_that_month(text, expected):
    assert months(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "April Glaspie said sales of arms to Baghdad were not discussed.",  # a first name before a verb
        "June raised prices at her bakery in Leeds.",
        "August Busch said sales were weak.",
        "May sales be as strong next year.",  # `May`: a verb as often as a month
        "Analysts said March Industries posted higher sales.",  # a company's name
    ],
)
def test_a_name_or_a_verb_is_no_month(text):
    assert months(text) == []
