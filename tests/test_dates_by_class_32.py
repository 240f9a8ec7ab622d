"""Round 32's date classes, each a battery of sentences written for it (en/es/fr/pt, every region):

- a bare month that ends a sentence or paragraph before a numbered paragraph, a clock time or a list item on the
  next line is the month, not a day of it ("shipped to Kramatorsk in July.\\n\\n3. Exports ...");
- two months in a row led by a word of a stretch of time are one span ("over July and August", "durante julio y
  agosto", `across_months` of date_cues.csv);
- `scheduled` between a determiner and a noun of a timetabled service is its kind, not the sentence's tense
  ("operated its first scheduled flight ... on Tuesday": `service_participle`, `service_noun` of date_cues.csv);
- a regular past verb after the comma that closes its subject's apposition is the sentence's verb ("The finance
  minister, Abul Maal Abdul Muhith, presented a budget ... on Thursday");
- a relative clause set off by commas keeps its verbs to itself ("Lula, que esteve em Maputo em 2003, volta a
  Brasília na sexta-feira": `relative_pronoun` of date_cues.csv);
- `last winter` in January or February is the one before the winter under way (the latest wholly before the
  publication month);
- a figure in an apposition to a subject, before the subject's verb, was measured in its month ("exports, worth
  $2.6 billion in August, are expected to fall");
- a Romance intent verb, an adverb or a preposition, then an infinitive looks ahead ("acordaron además reunir",
  "prévoit de lancer");
- a cargo's month before `loading` is ahead, as before `delivery`.
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


@pytest.mark.parametrize(
    ("text", "mention", "day"),
    [
        # an attributive schedule participle is no tense: the verb is
        ("Aeroflot operated its first scheduled flight to Antalya in ten weeks on Tuesday.", "on Tuesday", "03-12"),
        ("Kenya Airways flew the first scheduled service to Lagos on Monday.", "on Monday", "03-11"),
        ("Vietnam Airlines cancelled its regularly scheduled flights to Phnom Penh on Sunday.", "on Sunday", "03-10"),
        ("Qantas resumed regularly scheduled services to Port Moresby on Monday.", "on Monday", "03-11"),
        # a plan's noun keeps the participle's look ahead
        (
            "Aid was promised to rebuild after Israel's planned withdrawal from the camps on Friday.",
            "on Friday",
            "03-15",
        ),
        # the participle before a preposition or `to` still points ahead
        ("The deal expected to be signed on Friday will cut tariffs.", "on Friday", "03-15"),
        ("The Ethiopian minister is expected in Nairobi on Friday.", "on Friday", "03-15"),
        # a past verb after its subject and an adverb
        ("Berlin also shipped 120 modular shelters to Kramatorsk on Monday.", "on Monday", "03-11"),
        ("Cairo quietly renewed the gas contract with Amman on Sunday.", "on Sunday", "03-10"),
        # a past verb after its subject's apposition
        (
            "The finance minister, Abul Maal Abdul Muhith, presented a budget of Tk 500 crore in parliament on "
            "Thursday, telling lawmakers that he still expected the loan.",
            "on Thursday",
            "03-07",
        ),
        (
            "Peru's trade minister, María del Carmen Ramos, signed an accord with Korea in Lima on Monday, adding "
            "that talks would resume.",
            "on Monday",
            "03-11",
        ),
        # a schedule verb in the present singular
        ("The Jakarta trade fair closes on Friday.", "on Friday", "03-15"),
    ],
)
def test_weekday_by_the_verb_of_its_sentence(text, mention, day):
    days = {t: s for t, s, _ in found(text)}
    assert days[mention] == f"2024-{day}", found(text)


@pytest.mark.parametrize(
    ("text", "language", "mention", "day"),
    [
        (
            "Lula, que esteve em Moçambique pela primeira vez em novembro de 2003, volta a Brasília na sexta-feira.",
            "pt",
            "na sexta-feira",
            "03-15",
        ),
        (
            "Boric, quien visitó Pekín en octubre, viaja a Lima el viernes.",
            "es",
            "el viernes",
            "03-15",
        ),
        (
            "Le ministre, qui a reçu son homologue sénégalais en janvier, part pour Rabat vendredi.",
            "fr",
            "vendredi",
            "03-15",
        ),
        # a date right after the clause's closing comma is the clause's own
        ("Ibarra, que llegó a Évora la víspera de la cumbre, el lunes, regresó a Mérida.", "es", "el lunes", "03-11"),
        # inside its own relative clause, the clause's verb holds
        ("The delegation, which arrived on Monday, left Baku today.", "en", "on Monday", "03-11"),
        ("A ministra, que chegou na segunda-feira, parte hoje para Luanda.", "pt", "na segunda-feira", "03-11"),
    ],
)
def test_a_closed_relative_clause_keeps_its_tense(text, language, mention, day):
    days = {t: s for t, s, _ in found(text, language)}
    assert days[mention] == f"2024-{day}", found(text, language)


@pytest.mark.parametrize(
    ("text", "language", "pub", "expected"),
    [
        # last winter is the latest wholly before the publication month: in January or February, the one before the
        # winter under way
        ("Last winter Canadians accounted for one in six visitors.", "en", date(2008, 1, 14), "2006-12-01"),
        ("Iraq closed its market to Jordanian vegetables last winter.", "en", date(2019, 2, 5), "2017-12-01"),
        ("Last winter gas to Moldova ran short.", "en", date(2019, 3, 5), "2018-12-01"),
        ("Severe frosts hit Mongolian herders last winter.", "en", date(2007, 12, 5), "2006-12-01"),
        ("El invierno pasado, Bolivia racionó el gas a Argentina.", "es", date(2016, 2, 10), "2014-12-01"),
        ("L'hiver dernier, le Maroc a importé du blé russe.", "fr", date(2021, 1, 20), "2019-12-01"),
        ("No inverno passado, Angola importou trigo do Brasil.", "pt", date(2021, 11, 3), "2020-12-01"),
    ],
)
def test_last_winter_is_wholly_before_the_publication_month(text, language, pub, expected):
    assert [s for t, s, _ in found(text, language, pub)] == [expected]


@pytest.mark.parametrize(
    ("text", "pub", "mention", "expected"),
    [
        # a figure in an apposition to the subject, before the subject's verb: measured then, past
        (
            "Non-oil exports to China, worth a combined US$2.6 billion in August, are expected to fall.",
            date(2008, 10, 16),
            "in August",
            "2008-08-01",
        ),
        (
            "The governor expects inflation, 50.6 percent in February, to fall to single digits.",
            date(2023, 3, 21),
            "in February",
            "2023-02-01",
        ),
        (
            "Arrears to contractors, about GH¢5.2 billion at the end of December, would be cleared in instalments.",
            date(2023, 5, 18),
            "the end of December",
            "2022-12-01",
        ),
        (
            "Kenya's tea exports, 48 million kilos in September, will rise with the new Mombasa auction.",
            date(2015, 11, 2),
            "in September",
            "2015-09-01",
        ),
        # a schedule listed after its verb stays ahead
        (
            "The loan will be disbursed in two tranches, $50 million in June and $50 million in December, officials "
            "said.",
            date(2023, 3, 18),
            "in December",
            "2023-12-01",
        ),
    ],
)
def test_a_figure_in_a_subject_apposition_was_measured(text, pub, mention, expected):
    assert {t: s for t, s, _ in found(text, "en", pub)}[mention] == expected


@pytest.mark.parametrize(
    ("text", "language", "pub", "mention", "expected"),
    [
        # an intent verb, an adverb or a preposition, then the infinitive: ahead
        (
            "Las dos partes acordaron además reunir a su comisión mixta en febrero.",
            "es",
            date(2008, 10, 14),
            "en febrero",
            "2009-02-01",
        ),
        (
            "Ambos ministros se han comprometido a presentar un plan en marzo.",
            "es",
            date(2021, 6, 4),
            "en marzo",
            "2022-03-01",
        ),
        (
            "Le groupe marocain prévoit de lancer les travaux en janvier.",
            "fr",
            date(2017, 2, 25),
            "en janvier",
            "2018-01-01",
        ),
        (
            "Dakar compte également rouvrir la ligne aérienne vers Abidjan en mars.",
            "fr",
            date(2019, 6, 3),
            "en mars",
            "2020-03-01",
        ),
        (
            "O governo angolano pretende finalmente assinar o acordo em março.",
            "pt",
            date(2008, 10, 14),
            "em março",
            "2009-03-01",
        ),
        # no infinitive: the verb's own past
        ("Le gouvernement a reçu de l'argent en mars.", "fr", date(2008, 10, 14), "en mars", "2008-03-01"),
    ],
)
def test_romance_intent_before_an_adverb_or_preposition_and_infinitive(text, language, pub, mention, expected):
    assert {t: s for t, s, _ in found(text, language, pub)}[mention] == expected


def test_a_cargo_month_for_loading_is_ahead():
    assert found("Two VLCC cargoes for November loading were sold to Italian refiners.", "en", date(2009, 10, 16)) == [
        ("for November", "2009-11-01", "2009-11-30")
    ]
