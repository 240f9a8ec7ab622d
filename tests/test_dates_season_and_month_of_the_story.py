"""A season or a month said of the date the story told last, not of publication: `that summer`, `the following
spring`, `the previous winter`, `the autumn of that year`, `August that year`, `that same year`, `ese verano`,
`l'été suivant`, `o verão seguinte` (`season_anaphor`, `season_anaphor_before`, `season_anaphor_after` of
date_words.csv). With no date told before, the mention has no value. Sentences written for these tests, from every
region, published on Wednesday 8 July 2015."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUB = date(2015, 7, 8)

CASES = [
    (
        "en",
        "Senegal elected Macky Sall in March 2012. That summer, he visited Paris and Madrid.",
        "That summer",
        ("2012-06-01", "2012-08-31"),
    ),
    (
        "en",
        "Gaddafi visited Rome in June 2009. That winter, Italian firms signed gas contracts in Tripoli.",
        "That winter",
        ("2009-12-01", "2010-02-28"),
    ),
    (
        "en",
        "Brazil suspended payments to its creditors in 1987; the following spring it reopened talks in New York.",
        "the following spring",
        ("1988-03-01", "1988-05-31"),
    ),
    (
        "en",
        "Mongolia joined the WTO in January 1997, having reformed its customs code the previous autumn.",
        "the previous autumn",
        ("1996-09-01", "1996-11-30"),
    ),
    (
        "en",
        "The Kenyan port of Lamu opened in 2009, and in August that year the first Chinese freighter docked there.",
        "August that year",
        ("2009-08-01", "2009-08-31"),
    ),
    (
        "en",
        "Ghana found oil offshore in 2007; that same year it agreed a $3 billion loan with China.",
        "that same year",
        ("2007-01-01", "2007-12-31"),
    ),
    (
        "en",
        "Floods hit Sindh in September 2011. In the autumn of that year, Turkish engineers rebuilt two bridges.",
        "the autumn of that year",
        ("2011-09-01", "2011-11-30"),
    ),
    (
        "en",
        "Vietnam and Cambodia reopened the Moc Bai crossing on 2 May 2013, and the following summer trade doubled.",
        "the following summer",
        ("2013-06-01", "2013-08-31"),
    ),
    (
        "es",
        "El acuerdo con Bolivia se firmó en marzo de 2012. Ese verano, el presidente viajó a Madrid.",
        "Ese verano",
        ("2012-06-01", "2012-08-31"),
    ),
    (
        "fr",
        "Le traité avec le Mali a été signé en 2011. L'été suivant, les deux parlements l'ont ratifié.",
        "été suivant",
        ("2012-06-01", "2012-08-31"),
    ),
    (
        "pt",
        "Angola e o Brasil assinaram o acordo em abril de 2010. No inverno seguinte, as primeiras obras começaram.",
        "inverno seguinte",
        ("2010-12-01", "2011-02-28"),
    ),
]


@pytest.mark.parametrize(("language", "text", "mention", "interval"), CASES)
def test_a_season_or_month_of_the_story_counts_from_its_last_date(language, text, mention, interval):
    got = [(d.text, str(d.date_start), str(d.date_end)) for d in extract_dates(text, PUB, language=language)]
    assert any(mention.casefold() in t.casefold() and (s, e) == interval for t, s, e in got), got


def test_with_no_date_told_before_it_has_no_value():
    got = [(d.text, d.date_start) for d in extract_dates("That summer, the Chilean minister visited Lima.", PUB)]
    assert got == [("That summer", None)]


def test_this_season_and_next_season_still_count_from_publication():
    got = [(d.text, str(d.date_start)) for d in extract_dates("Talks resumed in 2009 and end next summer.", PUB)]
    assert ("next summer", "2016-06-01") in got
