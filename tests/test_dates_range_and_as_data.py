"""The word that joins the two ends of a span after `between` (`and`, `y`, `et`, `e`) is data (`range_and` of
date_words.csv), not a pattern's literal: a new language adds a row. After `between` it joins days, months, years
and fiscal years into one span; without `between` two dates it joins stay two mentions. Sentences written for the
class, in English, Spanish, French and Portuguese."""

import re
from importlib import resources

import pytest

from pipelines.extract.dates import vocabulary
from pipelines.knowledge.calendars import date_words
from tests.conftest import date_rows


def test_range_and_has_a_word_in_every_language_of_the_month_names():
    languages = {w.language for w in date_words("month") if w.language in {"en", "es", "fr", "pt"}}
    words = date_words("range_and")
    assert {w.language for w in words} == languages
    assert {w.word for w in words} == {"and", "y", "et", "e"}


def test_each_range_and_word_is_also_a_range_to_word():
    """`and` is a span's joiner only after `between`: it is listed among the joiners, and the grammar takes it out."""
    joiners = {(w.language, w.word) for w in date_words("range_to")}
    assert {(w.language, w.word) for w in date_words("range_and")} <= joiners


@pytest.mark.parametrize(
    ("language", "joins", "not_joined"), [("en", "and", "et"), ("es", "y", "et"), ("fr", "et", "y"), ("pt", "e", "y")]
)
def test_the_placeholder_holds_english_and_the_articles_language(language, joins, not_joined):
    pattern = re.compile(vocabulary(language)["RANGE_AND"], re.IGNORECASE)
    assert pattern.fullmatch(joins) and pattern.fullmatch("and")
    assert not pattern.fullmatch(not_joined)


@pytest.mark.parametrize("module", ["date_rules", "date_rules_fiscal", "date_rules_years", "dates"])
def test_no_span_pattern_spells_the_coordinators_out(module):
    """Neither the guard that keeps `and` out of a span without `between`, nor the joiner after `between`, nor the
    set of coordinators is a literal of the code (a list of months, `June and July 2023`, is another matter)."""
    source = resources.files("pipelines.extract").joinpath(f"{module}.py").read_text(encoding="utf-8")
    assert not re.search(r"\(\?!\(\?:and\|y\|e\|et\)|\\s\+\(\?:and\|y\|e\|et\)\\s\+|\{\"and\", \"y\"", source)


# (published, language, sentence, mention, first day, last day)
SPANS = [
    (
        "2022-01-10",
        "en",
        "Rains flooded the Sindh plains between March and May, the provincial authority said.",
        "between March and May",
        "2021-03-01",
        "2021-05-31",
    ),
    (
        "2019-11-04",
        "en",
        "Kenyan and Ugandan officials met between 10 June and 2 July to settle the border row.",
        "between 10 June and 2 July",
        "2019-06-10",
        "2019-07-02",
    ),
    (
        "2019-11-04",
        "en",
        "Vietnam's exports to Chile doubled between 2014 and 2018, the trade office in Hanoi said.",
        "between 2014 and 2018",
        "2014-01-01",
        "2018-12-31",
    ),
    (
        "2023-02-01",
        "en",
        "Bangladesh's garment exports grew between FY2019 and FY2021, the bureau said in Dhaka.",
        "between FY2019 and FY2021",
        "2018-07-01",
        "2021-06-30",
    ),
    (
        "2021-09-01",
        "es",
        "Las exportaciones de Paraguay a Taiwán crecieron entre enero y abril de 2021.",
        "entre enero y abril de 2021",
        "2021-01-01",
        "2021-04-30",
    ),
    (
        "2021-09-01",
        "es",
        "El puerto de Callao movió más carga entre 2016 y 2019, según la autoridad peruana.",
        "entre 2016 y 2019",
        "2016-01-01",
        "2019-12-31",
    ),
    (
        "2021-09-01",
        "es",
        "La misión de Uruguay visitó Pekín entre el 3 de mayo y el 9 de junio.",
        "entre el 3 de mayo y el 9 de junio",
        "2021-05-03",
        "2021-06-09",
    ),
    (
        "2018-12-12",
        "fr",
        "Les exportations du Sénégal vers le Maroc ont reculé entre 2015 et 2017.",
        "entre 2015 et 2017",
        "2015-01-01",
        "2017-12-31",
    ),
    (
        "2018-12-12",
        "fr",
        "La délégation gabonaise a séjourné à Rabat entre le 4 juin et le 8 juillet.",
        "entre le 4 juin et le 8 juillet",
        "2018-06-04",
        "2018-07-08",
    ),
    (
        "2020-10-05",
        "pt",
        "As obras da estrada entre Nacala e Cuamba decorreram entre 2012 e 2016.",
        "entre 2012 e 2016",
        "2012-01-01",
        "2016-12-31",
    ),
    (
        "2020-10-05",
        "pt",
        "A missão de Cabo Verde esteve em Lisboa entre 2 de março e 5 de abril.",
        "entre 2 de março e 5 de abril",
        "2020-03-02",
        "2020-04-05",
    ),
    # two weekdays with their days, joined by the word
    (
        "2023-03-10",
        "es",
        "El canciller boliviano viajará a Lima el martes 14 y miércoles 15.",
        "el martes 14 y miércoles 15",
        "2023-03-14",
        "2023-03-15",
    ),
    (
        "2023-03-10",
        "en",
        "Fiji's envoy meets officials in Wellington on Tuesday 14 and Wednesday 15.",
        "on Tuesday 14 and Wednesday 15",
        "2023-03-14",
        "2023-03-15",
    ),
]


@pytest.mark.parametrize(("published", "language", "sentence", "mention", "first", "last"), SPANS)
def test_the_word_joins_one_span(published, language, sentence, mention, first, last):
    assert (mention, first, last) in date_rows(sentence, published, language)


# Without `between`, the word lists two dates: two mentions.
LISTS = [
    (
        "2023-05-10",
        "en",
        "The statements of 10 November 2022 and 11 January 2023 were read out in Nairobi.",
        ["10 November 2022", "11 January 2023"],
    ),
    (
        "2023-05-10",
        "es",
        "Chile y Bolivia firmaron actas el 3 de marzo de 2021 y el 9 de junio de 2022.",
        ["3 de marzo de 2021", "9 de junio de 2022"],
    ),
    (
        "2023-05-10",
        "fr",
        "Le Niger a reçu des fonds le 2 mai 2019 et le 8 octobre 2020.",
        ["2 mai 2019", "8 octobre 2020"],
    ),
    (
        "2023-05-10",
        "pt",
        "Angola pagou tranches em 4 de maio de 2018 e em 7 de julho de 2020.",
        ["4 de maio de 2018", "7 de julho de 2020"],
    ),
]


@pytest.mark.parametrize(("published", "language", "sentence", "mentions"), LISTS)
def test_without_between_two_dates_stay_two(published, language, sentence, mentions):
    found = [row[0] for row in date_rows(sentence, published, language)]
    assert all(any(m in f for f in found) for m in mentions) and len(found) == len(mentions)
