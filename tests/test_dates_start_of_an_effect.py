"""A day or month that a change, a service or a rule starts from, written without a year and with no end (`from 1
April`, `with effect from 1 March`, `a partir de março`, `à compter du 1er juillet`): the change takes effect ahead
of the report, even where the sentence's verb is a past one of another act ("signed a protocol cutting tariffs by 8
percent from 1 April") or is far back ("attention was paid to ... the return of workers under the scheme from
March"). Not when a past verb governs the date with nothing between ("deposited the money in instalments from
November"), nor a comparison ("up 4% from March"), a weekday, or the first date of a span. `effect_from`,
`gerund_ending` and `compared_from` of date_cues.csv. Sentences written for these tests, from every region."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

# Wednesday 10 February 2016, Wednesday 23 September 2009, Wednesday 19 May 2021.
P1, P2, P3 = date(2016, 2, 10), date(2009, 9, 23), date(2021, 5, 19)

AHEAD = [
    (
        P1,
        "en",
        "Kazakhstan Temir Zholy signed an accord with Georgian Railway last week cutting grain tariffs by 12 percent "
        "from 1 April.",
        "1 April",
        ("2016-04-01", "2016-04-01"),
    ),
    (
        P1,
        "en",
        "Nepal Airlines announced on Monday a second weekly Kathmandu-Osaka service, operating from June.",
        "June",
        ("2016-06-01", "2016-06-30"),
    ),
    (
        P1,
        "en",
        "The new reference rate for the cedi applies from 15 March, the Bank of Ghana said.",
        "15 March",
        ("2016-03-15", "2016-03-15"),
    ),
    (
        P1,
        "en",
        "The ministers discussed the return of Filipino nurses to Saudi hospitals under the revised labour "
        "agreement, and the recognition of their diplomas from April.",
        "April",
        ("2016-04-01", "2016-04-30"),
    ),
    (
        P2,
        "en",
        "Officials in Hanoi said a joint commission had approved a plan raising the quota for Vietnamese workers in "
        "Malaysia from January.",
        "January",
        ("2010-01-01", "2010-01-31"),
    ),
    (
        P2,
        "en",
        "The Andean Community's new certificate of origin is valid from 1 November, the secretariat in Lima said.",
        "1 November",
        ("2009-11-01", "2009-11-01"),
    ),
    (
        P3,
        "en",
        "Under the agreement reached in Abuja, Nigerian and Beninese customs officers run joint checks at Seme from "
        "July.",
        "July",
        ("2021-07-01", "2021-07-31"),
    ),
    (
        P3,
        "en",
        "Uzbekistan Airways said it expanded its codeshare with Turkish Airlines, adding Samarkand flights from 1 "
        "June.",
        "1 June",
        ("2021-06-01", "2021-06-01"),
    ),
    (
        P1,
        "es",
        "Los cancilleres firmaron un memorando que fija cupos de importación para la carne uruguaya a partir del 1 "
        "de abril.",
        "1 de abril",
        ("2016-04-01", "2016-04-01"),
    ),
    (
        P3,
        "es",
        "Las nuevas tarifas portuarias de Callao rigen a partir de julio, informó la autoridad.",
        "julio",
        ("2021-07-01", "2021-07-31"),
    ),
    (
        P2,
        "pt",
        "Os dois presidentes assinaram um acordo, prevendo voos diretos entre Luanda e Recife a partir de dezembro.",
        "dezembro",
        ("2009-12-01", "2009-12-31"),
    ),
    (
        P1,
        "fr",
        "Le nouveau tarif douanier s'applique à compter du 1er mars, a indiqué le ministère à Dakar.",
        "1er mars",
        ("2016-03-01", "2016-03-01"),
    ),
]


@pytest.mark.parametrize(("pub", "language", "text", "mention", "interval"), AHEAD)
def test_a_date_a_change_starts_from_lies_ahead(pub, language, text, mention, interval):
    got = {(d.text, str(d.date_start), str(d.date_end)) for d in extract_dates(text, pub, language=language)}
    assert any(mention in t and (s, e) == interval for t, s, e in got), got


BEHIND = [
    (
        P3,
        "en",
        "Saudi Arabia deposited $3 billion with the central bank in Islamabad in instalments from November.",
        "November",
        ("2020-11-01", "2020-11-30"),
    ),
    (
        P3,
        "en",
        "Exports of Kenyan tea to Pakistan were up 14 percent from March, the board said.",
        "March",
        ("2021-03-01", "2021-03-31"),
    ),
    (
        P2,
        "en",
        "Arrivals of Chinese tourists in Cambodia rose in August, up a fifth from July.",
        "July",
        ("2009-07-01", "2009-07-31"),
    ),
    (
        P2,
        "en",
        "From January to July, remittances from Gulf states to Kerala totalled $6 billion.",
        "January to July",
        ("2009-01-01", "2009-07-31"),
    ),
    (
        P2,
        "en",
        "The Jordanian king spent three days in Baghdad from 2 to 4 September.",
        "2 to 4 September",
        ("2009-09-02", "2009-09-04"),
    ),
]


@pytest.mark.parametrize(("pub", "language", "text", "mention", "interval"), BEHIND)
def test_a_past_act_or_a_comparison_keeps_its_date_behind(pub, language, text, mention, interval):
    got = {(d.text, str(d.date_start), str(d.date_end)) for d in extract_dates(text, pub, language=language)}
    assert any(mention in t and (s, e) == interval for t, s, e in got), got
