"""Days of one month listed with commas before the last pair (`les 24, 25 et 26 octobre`, `los días 3, 4 y 5 de
mayo`, `on 24, 25 and 26 October`, `October 24, 25 and 26`) are one span from the first day to the last, as two
days joined by `and` are; a range of days written without its `from` (`3 a 7 de julho`, `12 al 15 de marzo`,
`14 au 18 juin`, `3 to 7 July`), as agendas print it, is the span from the first day to the last; a pair of months
joined by a hyphen after `de`/`of` (`la cosecha de septiembre-octubre`, `les vendanges de septembre-octobre`) is
one span of months. Every sentence is written for these tests."""

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.settings import default_settings


def _dates(text: str, published: str = "2014-09-22"):
    article = extract_article(f" date {published}\n\nHeadline\n\n{text}\n", default_settings())
    return [(d.text, str(d.date_start), str(d.date_end)) for d in article.dates]


@pytest.mark.parametrize(
    "text, mention, start, end",
    [
        (
            "Les Tunisiens de l'étranger voteront les 24, 25 et 26 octobre.",
            "24, 25 et 26 octobre",
            "2014-10-24",
            "2014-10-26",
        ),
        (
            "Los tunecinos votarán los días 24, 25 y 26 de octubre.",
            "24, 25 y 26 de octubre",
            "2014-10-24",
            "2014-10-26",
        ),
        ("Os eleitores votam nos dias 24, 25 e 26 de outubro.", "24, 25 e 26 de outubro", "2014-10-24", "2014-10-26"),
        (
            "Voters abroad will cast ballots on 24, 25 and 26 October.",
            "24, 25 and 26 October",
            "2014-10-24",
            "2014-10-26",
        ),
        (
            "Voters abroad will cast ballots on October 24, 25 and 26.",
            "October 24, 25 and 26",
            "2014-10-24",
            "2014-10-26",
        ),
        (
            "La feria abrirá el 3, 4, 5 y 6 de noviembre en Lima.",
            "3, 4, 5 y 6 de noviembre",
            "2014-11-03",
            "2014-11-06",
        ),
        ("Le salon se tiendra les 1er, 2 et 3 décembre à Dakar.", "1er, 2 et 3 décembre", "2014-12-01", "2014-12-03"),
        (
            "- 3 a 7 de novembro: curso de formação de professores, Praia.",
            "3 a 7 de novembro",
            "2014-11-03",
            "2014-11-07",
        ),
        ("- 12 al 15 de diciembre: misión comercial a Shanghái.", "12 al 15 de diciembre", "2014-12-12", "2014-12-15"),
        ("- 14 au 18 décembre : semaine du cinéma à Almaty.", "14 au 18 décembre", "2014-12-14", "2014-12-18"),
        ("The fair runs 3 to 7 November in Accra.", "3 to 7 November", "2014-11-03", "2014-11-07"),
        (
            "La segunda partida saldrá tras la cosecha de septiembre-octubre.",
            "septiembre-octubre",
            "2014-09-01",
            "2014-10-31",
        ),
        (
            "Les envois reprendront après les vendanges de septembre-octobre.",
            "septembre-octobre",
            "2014-09-01",
            "2014-10-31",
        ),
        ("A colheita de outubro-novembro deve render mais.", "outubro-novembro", "2014-10-01", "2014-11-30"),
    ],
)
def test_one_span_from_the_first_day_to_the_last(text, mention, start, end):
    found = _dates(text)
    assert any(m.endswith(mention) or m == mention for m, _, _ in found) and (start, end) in [
        (s, e) for _, s, e in found
    ], found
    assert len(found) == 1, found


@pytest.mark.parametrize(
    "text, unwanted",
    [
        ("Les tours de scrutin des 3, 10 et 17 octobre ont été reportés.", ("2013-10-03", "2013-10-17")),
        ("The rounds on October 3, 10 and 17 were postponed.", ("2013-10-03", "2013-10-17")),
        ("Los puntos 3, 4 y 5 del acuerdo fueron aprobados.", None),
    ],
)
def test_days_that_do_not_follow_each_other_are_no_span(text, unwanted):
    found = [(s, e) for _, s, e in _dates(text)]
    assert unwanted not in found and (unwanted is not None or not found), found
    if unwanted:  # a mention per day
        assert [s for s, e in found] == ["2013-10-03", "2013-10-10", "2013-10-17"] and all(s == e for s, e in found)
