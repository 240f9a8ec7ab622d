"""Two dates that a span's words join are one span (`from 1 May until the end of the year`, `du lundi 3 au
vendredi 7 mars 2025`, `2026~2028`, `between the first quarter and the end of 2027`), the first taking the year
(and the month) the second writes; two days that follow each other joined by `and` are one span (`on Monday and
Tuesday`, `el 31 de diciembre y el 1 de enero`); a weekday with a day of the month and no month is that day of a
month near publication that falls on that weekday (`el lunes 12`, `le mardi 14`, `na quinta-feira, 9`)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def spans(text, pub, language="en"):
    return [(d.text, str(d.date_start), str(d.date_end)) for d in extract_dates(text, pub, language=language)]


@pytest.mark.parametrize(
    "text, pub, language, expected",
    [
        (
            "Creditors agreed to freeze Zambia's debt service from 1 March until the end of the year.",
            date(2021, 2, 10),
            "en",
            [("from 1 March until the end of the year", "2021-03-01", "2021-12-31")],
        ),
        (
            "From Monday 3 March until 30 June 2025, lorries to Ukraine may cross at Medyka without permits.",
            date(2025, 2, 20),
            "en",
            [("From Monday 3 March until 30 June 2025", "2025-03-03", "2025-06-30")],
        ),
        (
            "The Hanoi fair will be held from Tuesday 8 to Friday 11 December 2026 at the expo centre.",
            date(2026, 9, 1),
            "en",
            [("from Tuesday 8 to Friday 11 December 2026", "2026-12-08", "2026-12-11")],
        ),
        (
            "Works on the Lobito line are planned from Q2 2024 to the end of 2026.",
            date(2023, 5, 2),
            "en",
            [("from Q2 2024 to the end of 2026", "2024-04-01", "2026-12-31")],
        ),
        (
            "KOICA will fund the clinics in Ulaanbaatar over 2026~2028.",
            date(2025, 6, 3),
            "en",
            [("2026~2028", "2026-01-01", "2028-12-31")],
        ),
        (
            "Le corridor sera fermé du lundi 3 au vendredi 7 mars 2025 pour travaux.",
            date(2025, 2, 1),
            "fr",
            [("du lundi 3 au vendredi 7 mars 2025", "2025-03-03", "2025-03-07")],
        ),
        (
            "Les départs sont attendus entre le 1er et le 20 août, selon le port de Tanger.",
            date(2024, 6, 3),
            "fr",
            [("entre le 1er et le 20 août", "2024-08-01", "2024-08-20")],
        ),
        (
            "La campaña irá del sábado 7 de junio al lunes 15 de septiembre de 2025 en Algeciras.",
            date(2025, 5, 2),
            "es",
            [("del sábado 7 de junio al lunes 15 de septiembre de 2025", "2025-06-07", "2025-09-15")],
        ),
        (
            "A feira decorre entre 10 de março e 2 de abril de 2027 em Maputo.",
            date(2026, 12, 1),
            "pt",
            [("entre 10 de março e 2 de abril de 2027", "2027-03-10", "2027-04-02")],
        ),
    ],
)
def test_two_dates_joined_by_a_span_word_are_one_span(text, pub, language, expected):
    assert spans(text, pub, language) == expected


@pytest.mark.parametrize(
    "text, pub, language, expected",
    [
        # not joined: a figure between them, another joining word, two days a dash lists without a year
        (
            "Inflation in Ghana fell from 23% in 2023 to 19% in 2024.",
            date(2025, 1, 8),
            "en",
            [("in 2023", "2023-01-01", "2023-12-31"), ("in 2024", "2024-01-01", "2024-12-31")],
        ),
        (
            "The envoys from Lima met in March or in May.",
            date(2025, 8, 8),
            "en",
            [("in March", "2025-03-01", "2025-03-31"), ("in May", "2025-05-01", "2025-05-31")],
        ),
        (
            "Figures for 12 March - 5 April were published by the bureau in Kampala.",
            date(2019, 6, 1),
            "en",
            [("12 March", "2019-03-12", "2019-03-12"), ("5 April", "2019-04-05", "2019-04-05")],
        ),
        # the second ends before the first: no span
        (
            "Fiji's budget runs from 1 August, the minister said on 5 June.",
            date(2024, 6, 6),
            "en",
            [("1 August", "2024-08-01", "2024-08-01"), ("on 5 June", "2024-06-05", "2024-06-05")],
        ),
    ],
)
def test_dates_not_joined_stay_apart(text, pub, language, expected):
    assert spans(text, pub, language) == expected


@pytest.mark.parametrize(
    "text, pub, language, expected",
    [
        (
            "The Nepali and Indian ministers will meet in Kathmandu next Wednesday and Thursday.",
            date(2023, 5, 30),
            "en",
            [("next Wednesday and Thursday", "2023-05-31", "2023-06-01")],
        ),
        (
            "Mercosur ministers met in Asunción on Saturday and Sunday.",
            date(2019, 7, 2),
            "en",
            [("on Saturday and Sunday", "2019-06-29", "2019-06-30")],
        ),
        (
            "Las oficinas de la embajada en Rabat cerrarán el 31 de diciembre y el 1 de enero.",
            date(2018, 12, 10),
            "es",
            [("el 31 de diciembre y el 1 de enero", "2018-12-31", "2019-01-01")],
        ),
        (
            "The Senate in Canberra sits on 4 and 5 June.",
            date(2024, 5, 20),
            "en",
            [("on 4 and 5 June", "2024-06-04", "2024-06-05")],
        ),
        # not one span: days that do not follow, day words, `or`
        (
            "Talks in Tbilisi were held on Monday and Thursday.",
            date(2022, 3, 11),
            "en",
            [("on Monday", "2022-03-07", "2022-03-07"), ("Thursday", "2022-03-10", "2022-03-10")],
        ),
        (
            "Les ministres sénégalais se sont réunis hier et aujourd'hui à Dakar.",
            date(2020, 2, 12),
            "fr",
            [("hier", "2020-02-11", "2020-02-11"), ("aujourd'hui", "2020-02-12", "2020-02-12")],
        ),
        (
            "The tanker will dock at Ceyhan on Friday or Saturday.",
            date(2016, 4, 13),
            "en",
            [("on Friday", "2016-04-15", "2016-04-15"), ("Saturday", "2016-04-16", "2016-04-16")],
        ),
    ],
)
def test_two_days_that_follow_each_other_joined_by_and_are_one_span(text, pub, language, expected):
    assert spans(text, pub, language) == expected


@pytest.mark.parametrize(
    "text, pub, language, expected",
    [
        (
            "El canciller firmó el acuerdo con su par de Panamá el lunes 12.",
            date(2022, 9, 29),
            "es",
            [("el lunes 12", "2022-09-12", "2022-09-12")],
        ),
        (
            "- Martes 14 y miércoles 15: misión comercial a Tánger.",
            date(2006, 11, 10),
            "es",
            [("Martes 14 y miércoles 15", "2006-11-14", "2006-11-15")],
        ),
        (
            "Le mardi 14, le ministre ivoirien recevra son homologue ghanéen à Abidjan.",
            date(2023, 11, 6),
            "fr",
            [("Le mardi 14", "2023-11-14", "2023-11-14")],
        ),
        (
            "O primeiro-ministro chega a Luanda na quinta-feira, 9, para a cimeira.",
            date(2023, 11, 6),
            "pt",
            [("na quinta-feira, 9", "2023-11-09", "2023-11-09")],
        ),
        (
            "The Kenyan delegation visited the Mombasa terminal on Monday, the 26th.",
            date(2015, 1, 28),
            "en",
            [("on Monday, the 26th", "2015-01-26", "2015-01-26")],
        ),
        # a count after the weekday is no day of the month
        (
            "Os presidentes assinaram neste sábado 15 acordos de cooperação em Brasília.",
            date(2020, 1, 25),
            "pt",
            [("neste sábado", "2020-01-25", "2020-01-25")],
        ),
    ],
)
def test_a_weekday_with_a_day_of_the_month_is_that_day(text, pub, language, expected):
    assert spans(text, pub, language) == expected


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # a week runs Monday to Sunday; a month's first week is the first with most of its days in the month
        ("Punjab's delegation will go to Toronto in the second week of November.", date(2011, 10, 12), "2011-11-07"),
        ("Malawi's floods began in the second week of January.", date(2015, 1, 27), "2015-01-05"),
        ("The Chilean envoy arrived in the first week of July 2011.", date(2011, 9, 1), "2011-07-04"),
        ("Tunisia's harvest began in the first week of February 2017.", date(2017, 3, 1), "2017-01-30"),
        ("Chad's envoy arrived in the third week of March 2014.", date(2014, 4, 2), "2014-03-17"),
    ],
)
def test_a_week_of_a_month_runs_monday_to_sunday(text, pub, expected):
    (mention,) = extract_dates(text, pub)
    assert str(mention.date_start) == expected
    assert (mention.date_end - mention.date_start).days == 6 and mention.date_start.weekday() == 0


@pytest.mark.parametrize(
    "text, pub, language, expected",
    [
        (
            "General Giang reached Hanoi on 20 December; he had opened the arms fair the day before with a speech.",
            date(2024, 12, 20),
            "en",
            [("on 20 December", "2024-12-20", "2024-12-20"), ("the day before", "2024-12-19", "2024-12-19")],
        ),
        (
            "Le président a reçu ce jeudi son homologue mauritanien, arrivé la veille à Dakar.",
            date(2020, 12, 17),
            "fr",
            [("ce jeudi", "2020-12-17", "2020-12-17"), ("la veille", "2020-12-16", "2020-12-16")],
        ),
        (
            "La délégation vietnamienne arrivera à Paris le 9 octobre. Le lendemain, elle sera reçue à l'Élysée.",
            date(2016, 10, 6),
            "fr",
            [("le 9 octobre", "2016-10-09", "2016-10-09"), ("Le lendemain", "2016-10-10", "2016-10-10")],
        ),
        (
            "El canciller uruguayo llegó a Lima el martes 15. La víspera se había reunido con su par chileno.",
            date(2020, 12, 17),
            "es",
            [("el martes 15", "2020-12-15", "2020-12-15"), ("La víspera", "2020-12-14", "2020-12-14")],
        ),
        (
            "O ministro angolano chegou a Maputo a 15 de dezembro. Na véspera, reuniu-se com o embaixador.",
            date(2020, 12, 17),
            "pt",
            [("15 de dezembro", "2020-12-15", "2020-12-15"), ("Na véspera", "2020-12-14", "2020-12-14")],
        ),
        # a day said of an event counts from the event, which no date gives: no mention
        ("The Kenyan minister resigned the day before the vote.", date(2022, 8, 20), "en", []),
        ("Les Sénégalais voteront la veille de la fête nationale.", date(2022, 3, 20), "fr", []),
    ],
)
def test_the_day_before_and_after_the_date_said(text, pub, language, expected):
    assert spans(text, pub, language) == expected


@pytest.mark.parametrize(
    "text, pub, expected",
    [
        # the months an article states for a fiscal year win over its owner's calendar
        (
            "The Bank's board will commit $600 million to Uganda in fiscal year 2026, which runs from July 2025 to "
            "June 2026.",
            date(2025, 4, 8),
            ("fiscal year 2026", "2025-07-01", "2026-06-30"),
        ),
        (
            "The Fund's FY2024 closes on 30 April; its lending to Egypt and Jordan rose.",
            date(2024, 2, 1),
            ("FY2024", "2023-05-01", "2024-04-30"),
        ),
        (
            "Ottawa will disburse C$40 million to Haiti in fiscal year 2004-2005, which ends March 31.",
            date(2004, 7, 15),
            ("fiscal year 2004-2005", "2004-04-01", "2005-03-31"),
        ),
        (
            "The cooperative's financial year, which closed on the 30th of September, saw exports to Kenya rise.",
            date(2019, 11, 4),
            ("the 30th of September", "2019-09-30", "2019-09-30"),
        ),
    ],
)
def test_the_months_stated_for_a_fiscal_year_win(text, pub, expected):
    assert expected in [m[:3] for m in spans(text, pub)] or expected in [
        (t.removeprefix("on "), s, e) for t, s, e in spans(text, pub)
    ]


@pytest.mark.parametrize(
    "text, pub, language, expected",
    [
        (
            "The first car carrier is due at Mongla on Monday next week, followed two days later by a second.",
            date(2019, 8, 12),
            "en",
            [("on Monday next week", "2019-08-19", "2019-08-19"), ("two days later", "2019-08-21", "2019-08-21")],
        ),
        (
            "Peru's trade minister met the Korean envoy on Friday last week.",
            date(2019, 8, 14),
            "en",
            [("on Friday last week", "2019-08-09", "2019-08-09")],
        ),
        (
            "El canciller paraguayo llegará a Brasilia el lunes de la próxima semana.",
            date(2019, 8, 14),
            "es",
            [("el lunes de la próxima semana", "2019-08-19", "2019-08-19")],
        ),
        (
            "Le ministre malien arrivera à Niamey mardi de la semaine prochaine.",
            date(2019, 8, 14),
            "fr",
            [("mardi de la semaine prochaine", "2019-08-20", "2019-08-20")],
        ),
    ],
)
def test_a_weekday_of_a_week_said(text, pub, language, expected):
    assert spans(text, pub, language) == expected
