"""A season without a year: ahead, the one under way counts (`will be presented in the spring` on 1 March);
in a Spanish, French or Portuguese sentence with no verb of the past, the season nearest publication; sentences
written for these tests."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def season(text: str, pub: date, language: str = "en") -> tuple[str, str]:
    (found,) = [d for d in extract_dates(text, pub, (), language) if d.granularity == "season"]
    return str(found.date_start), str(found.date_end)


@pytest.mark.parametrize(
    ("text", "pub", "language", "expected"),
    [
        # ahead, a season under way at publication
        ("The bill will be sent to parliament in the spring.", date(2022, 3, 2), "en", ("2022-03-01", "2022-05-31")),
        ("Le texte doit être adopté au printemps.", date(2019, 4, 15), "fr", ("2019-03-01", "2019-05-31")),
        ("The port will reopen in the winter.", date(2021, 1, 20), "en", ("2020-12-01", "2021-02-28")),
        # ahead, a season that has ended is next year's
        ("The port will reopen in the spring.", date(2021, 6, 20), "en", ("2022-03-01", "2022-05-31")),
        # no verb of the past in a Romance sentence: the nearest season
        (
            "Las lluvias empiezan en primavera, y las agencias temen inundaciones.",
            date(2012, 2, 1),
            "es",
            ("2012-03-01", "2012-05-31"),
        ),
        ("A colheita começa no outono, dizem os produtores.", date(2016, 8, 10), "pt", ("2016-09-01", "2016-11-30")),
    ],
)
def test_a_season_without_a_year(text, pub, language, expected):
    assert season(text, pub, language) == expected


def test_a_past_season_is_the_latest_begun():
    assert season("The talks collapsed in the spring.", date(2022, 2, 10)) == ("2021-03-01", "2021-05-31")
