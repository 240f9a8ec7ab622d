"""Dates of English news wires and broadcast transcripts of the 1990s, as TimeML reads them, on sentences written
for these tests: relative days and weeks on the dateline, quarters, halves and fiscal years, this/last/next year,
seasons, decades, dates in quotations and speakers' lines, tense for bare weekdays and months, words that are no
date (`now`, `currently`), months before a noun after any determiner (`a December deadline`, `Hashimoto's July
visit`) and months with a year in two digits (`May '95`, `April of '96`)."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates


def _same(a: str, b: str) -> bool:
    a, b = " ".join(a.lower().split()), " ".join(b.lower().split())
    return a in b or b in a


def _unmatched(pub: str, text: str, expected: list[tuple[str, str, str]]):
    """The expected dates not found (a mention overlapping the text, with that interval) and the mentions left."""
    got = [
        (d.text, d.date_start.isoformat() if d.date_start else None, d.date_end.isoformat() if d.date_end else None)
        for d in extract_dates(text, date.fromisoformat(pub))
    ]
    missed = []
    for want in expected:
        hit = next((g for g in got if _same(g[0], want[0]) and g[1:] == want[1:]), None)
        if hit is None:
            missed.append(want)
        else:
            got.remove(hit)
    return missed, got


# Publication days: Thursday 1997-10-23, Monday 1994-03-07, Friday 1999-01-29, Tuesday 1991-07-16, Sunday
# 1996-05-12, Wednesday 1989-11-01, Thursday 1998-01-08, Thursday 1990-04-12.
CASES = [
    (
        "1997-10-23",
        "The Bundesbank raised its securities repurchase rate yesterday, dealers in Frankfurt said.",
        [("yesterday", "1997-10-22", "1997-10-22")],
    ),
    (
        "1997-10-23",
        "Ministers from Chile and Peru met last Tuesday in Lima.",
        [("last Tuesday", "1997-10-21", "1997-10-21")],
    ),
    ("1997-10-23", "The delegation will return to Seoul next Tuesday.", [("next Tuesday", "1997-10-28", "1997-10-28")]),
    (
        "1997-10-23",
        "Talks between Athens and Ankara are scheduled to resume Monday in Vienna.",
        [("Monday", "1997-10-27", "1997-10-27")],
    ),
    (
        "1997-10-23",
        "Prime Minister Ryutaro Hashimoto said Wednesday that Tokyo would not intervene in the currency market.",
        [("Wednesday", "1997-10-22", "1997-10-22")],
    ),
    ("1997-10-23", "The Hang Seng index stood at 13,000 a week ago.", [("a week ago", "1997-10-16", "1997-10-16")]),
    (
        "1997-10-23",
        "Two days ago, rebels shelled the airport at Brazzaville.",
        [("Two days ago", "1997-10-21", "1997-10-21")],
    ),
    (
        "1997-10-23",
        "Earlier this week, Foreign Minister Amr Moussa flew to Damascus.",
        [("this week", "1997-10-20", "1997-10-26")],
    ),
    (
        "1997-10-23",
        "Kenyan opposition leaders held a rally in Nairobi over the weekend.",
        [("the weekend", "1997-10-18", "1997-10-19")],
    ),
    (
        "1997-10-23",
        "Protesters marched in Jakarta the past weekend.",
        [("the past weekend", "1997-10-18", "1997-10-19")],
    ),
    ("1997-10-23", "Voters in Poland go to the polls this weekend.", [("this weekend", "1997-10-25", "1997-10-26")]),
    ("1997-10-23", "Chancellor Helmut Kohl flies to Warsaw tomorrow.", [("tomorrow", "1997-10-24", "1997-10-24")]),
    (
        "1997-10-23",
        "The Thai cabinet met last night to discuss the baht.",
        [("last night", "1997-10-22", "1997-10-22")],
    ),
    (
        "1997-10-23",
        "Officials said the two leaders would talk by telephone later this week.",
        [("this week", "1997-10-20", "1997-10-26")],
    ),
    ("1997-10-23", "The Mexican peso fell sharply last week.", [("last week", "1997-10-13", "1997-10-19")]),
    (
        "1997-10-23",
        "The foreign ministers of Mercosur will gather in Montevideo next week.",
        [("next week", "1997-10-27", "1997-11-02")],
    ),
    (
        "1997-10-23",
        "The envoy arrived in Kinshasa on Sunday and left the following day.",
        [("Sunday", "1997-10-19", "1997-10-19"), ("the following day", "1997-10-20", "1997-10-20")],
    ),
    (
        "1997-10-23",
        "Tuesday's vote in the Knesset was delayed by a walkout.",
        [("Tuesday", "1997-10-21", "1997-10-21")],
    ),
    (
        "1997-10-23",
        "Shares rose on Friday and fell again on Monday in Sao Paulo.",
        [("Friday", "1997-10-17", "1997-10-17"), ("Monday", "1997-10-20", "1997-10-20")],
    ),
    (
        "1997-10-23",
        "Hashimoto is to meet President Jiang Zemin on Saturday.",
        [("Saturday", "1997-10-25", "1997-10-25")],
    ),
    ("1997-10-23", "The Senate is expected to vote on the measure Friday.", [("Friday", "1997-10-24", "1997-10-24")]),
    ("1997-10-23", "An earthquake struck northern Iran early today.", [("today", "1997-10-23", "1997-10-23")]),
    (
        "1997-10-23",
        "Gold closed at $310 an ounce this afternoon in London.",
        [("this afternoon", "1997-10-23", "1997-10-23")],
    ),
    (
        "1997-10-23",
        "Earlier this month, the Czech central bank widened the koruna's band.",
        [("this month", "1997-10-01", "1997-10-31")],
    ),
    (
        "1997-10-23",
        "The Brazilian Congress will vote on the budget later this month.",
        [("this month", "1997-10-01", "1997-10-31")],
    ),
    ("1997-10-23", "Indonesia asked the IMF for help late last month.", [("last month", "1997-09-01", "1997-09-30")]),
    (
        "1997-10-23",
        "A team of Fund economists arrives in Seoul early next month.",
        [("next month", "1997-11-01", "1997-11-30")],
    ),
    ("1997-10-23", "The president will visit Beijing in March.", [("March", "1998-03-01", "1998-03-31")]),
    ("1997-10-23", "The treaty was signed in March by both governments.", [("March", "1997-03-01", "1997-03-31")]),
    (
        "1997-10-23",
        "Inflation in Argentina slowed in September, the statistics office said.",
        [("September", "1997-09-01", "1997-09-30")],
    ),
    ("1997-10-23", "Parliamentary elections in Chile are due in December.", [("December", "1997-12-01", "1997-12-31")]),
    (
        "1997-10-23",
        "The law took effect Dec. 1, and critics say it has failed.",
        [("Dec. 1", "1996-12-01", "1996-12-01")],
    ),
    ("1997-10-23", "Ecuadoreans will vote on Nov. 30 on a new assembly.", [("Nov. 30", "1997-11-30", "1997-11-30")]),
    ("1997-10-23", "The Fed left rates unchanged at its Sept. 30 meeting.", [("Sept. 30", "1997-09-30", "1997-09-30")]),
    ("1997-10-23", "A month ago, the won traded at 915 to the dollar.", [("A month ago", "1997-09-01", "1997-09-30")]),
    (
        "1999-01-29",
        "Brazil's economy grew 0.5 percent last year and is expected to shrink this year.",
        [("last year", "1998-01-01", "1998-12-31"), ("this year", "1999-01-01", "1999-12-31")],
    ),
    (
        "1999-01-29",
        "The euro's first full year of trading ends next year.",
        [("next year", "2000-01-01", "2000-12-31")],
    ),
    ("1999-01-29", "Earlier this year, the real was allowed to float.", [("this year", "1999-01-01", "1999-12-31")]),
    (
        "1999-01-29",
        "Late last year, Moscow defaulted on its domestic debt.",
        [("last year", "1998-01-01", "1998-12-31")],
    ),
    (
        "1999-01-29",
        "A year ago, few analysts expected the ruble to collapse.",
        [("A year ago", "1998-01-01", "1998-12-31")],
    ),
    (
        "1999-01-29",
        "Exports to Asia fell 20 percent in 1998 from the year before.",
        [("1998", "1998-01-01", "1998-12-31"), ("the year before", "1997-01-01", "1997-12-31")],
    ),
    (
        "1997-10-23",
        "Intel said net income rose 12 percent in the third quarter.",
        [("the third quarter", "1997-07-01", "1997-09-30")],
    ),
    (
        "1997-10-23",
        "Boeing expects deliveries to rise in the fourth quarter.",
        [("the fourth quarter", "1997-10-01", "1997-12-31")],
    ),
    (
        "1997-10-23",
        "Net income rose to $50 million in the third quarter from $40 million in the year-earlier period.",
        [("the third quarter", "1997-07-01", "1997-09-30"), ("the year-earlier period", "1996-07-01", "1996-09-30")],
    ),
    (
        "1997-10-23",
        "Sales in the latest quarter were $2.1 billion, up from $1.9 billion in the year-earlier quarter.",
        [("the latest quarter", "1997-07-01", "1997-09-30"), ("the year-earlier quarter", "1996-07-01", "1996-09-30")],
    ),
    (
        "1997-10-23",
        "Third-quarter earnings at Philips fell short of forecasts.",
        [("Third-quarter", "1997-07-01", "1997-09-30")],
    ),
    (
        "1997-10-23",
        "Daewoo posted a loss in the first half, compared with a profit a year earlier.",
        [("the first half", "1997-01-01", "1997-06-30"), ("a year earlier", "1996-01-01", "1996-06-30")],
    ),
    (
        "1997-10-23",
        "Analysts expect growth to pick up in the second half of next year.",
        [("the second half of next year", "1998-07-01", "1998-12-31")],
    ),
    (
        "1997-10-23",
        "The Pentagon's budget for fiscal 1998 includes $2 billion for Bosnia.",
        [("fiscal 1998", "1997-10-01", "1998-09-30")],
    ),
    (
        "1997-10-23",
        "The company's revenue rose 8 percent in the quarter ended Sept. 30.",
        [("the quarter ended Sept. 30", "1997-07-01", "1997-09-30")],
    ),
    (
        "1997-10-23",
        "Profit for the first quarter of 1997 was $3 million.",
        [("the first quarter of 1997", "1997-01-01", "1997-03-31")],
    ),
    (
        "1997-10-23",
        "In the same period last year, the bank earned $12 million.",
        [("the same period last year", "1996-01-01", "1996-12-31")],
    ),
    (
        "1994-03-07",
        "The Clinton administration hopes to send the bill to Congress this spring.",
        [("this spring", "1994-03-01", "1994-05-31")],
    ),
    (
        "1994-03-07",
        "Floods devastated the Mississippi valley last summer.",
        [("last summer", "1993-06-01", "1993-08-31")],
    ),
    (
        "1994-03-07",
        "The Russian army plans to withdraw from Estonia by next fall.",
        [("next fall", "1994-09-01", "1994-11-30")],
    ),
    ("1994-03-07", "Japan's banks lent heavily in the 1980s.", [("the 1980s", "1980-01-01", "1989-12-31")]),
    (
        "1994-03-07",
        "The debt crisis of the '80s still haunts Latin America.",
        [("the '80s", "1980-01-01", "1989-12-31")],
    ),
    ("1994-03-07", "Oil prices collapsed in the mid-1980s.", [("the mid-1980s", "1980-01-01", "1989-12-31")]),
    ("1994-03-07", "The ceasefire has held since last autumn.", [("last autumn", "1993-09-01", "1993-11-30")]),
    (
        "1997-10-23",
        '"We will sign the accord on Friday," the minister told reporters in Harare.',
        [("Friday", "1997-10-24", "1997-10-24")],
    ),
    (
        "1997-10-23",
        '"Yesterday was a black day for the markets," a trader in Manila said.',
        [("Yesterday", "1997-10-22", "1997-10-22")],
    ),
    (
        "1997-10-23",
        'The spokesman said: "The troops will leave next month, not in January."',
        [("next month", "1997-11-01", "1997-11-30"), ("January", "1998-01-01", "1998-01-31")],
    ),
    (
        "1997-10-23",
        "JENNINGS: Good evening. We begin tonight in Moscow, where President Yeltsin said today he will not resign.",
        [("tonight", "1997-10-23", "1997-10-23"), ("today", "1997-10-23", "1997-10-23")],
    ),
    (
        "1997-10-23",
        "SMITH: The secretary of state travels to the Middle East next week, and she'll be in Jerusalem on Sunday.",
        [("next week", "1997-10-27", "1997-11-02"), ("Sunday", "1997-10-26", "1997-10-26")],
    ),
    ("1997-10-23", "The dollar is now trading at 121 yen.", []),
    ("1997-10-23", "Some 40,000 troops are currently stationed in South Korea.", []),
    (
        "1991-07-16",
        "Gorbachev met the leaders of the Group of Seven on Monday.",
        [("Monday", "1991-07-15", "1991-07-15")],
    ),
    ("1991-07-16", "Bush will fly to Moscow on Thursday for the summit.", [("Thursday", "1991-07-18", "1991-07-18")]),
    ("1991-07-16", "The accord is to be signed on July 31 in Moscow.", [("July 31", "1991-07-31", "1991-07-31")]),
    ("1991-07-16", "Iraq submitted a list of nuclear sites on July 7.", [("July 7", "1991-07-07", "1991-07-07")]),
    ("1996-05-12", "Israeli voters go to the polls May 29.", [("May 29", "1996-05-29", "1996-05-29")]),
    ("1996-05-12", "Yeltsin campaigned in Siberia over the weekend.", [("the weekend", "1996-05-11", "1996-05-12")]),
    ("1996-05-12", "Yeltsin returns to Moscow next week.", [("next week", "1996-05-13", "1996-05-19")]),
    (
        "1994-03-07",
        "Sarajevo was calm last weekend, UN officials said.",
        [("last weekend", "1994-03-05", "1994-03-06")],
    ),
    (
        "1994-03-07",
        "Muslim and Croat leaders will sign the federation accord in Washington on Friday.",
        [("Friday", "1994-03-11", "1994-03-11")],
    ),
    ("1994-03-07", "The mortar attack on the market came on Feb. 5.", [("Feb. 5", "1994-02-05", "1994-02-05")]),
    (
        "1989-11-01",
        "Texaco said third-quarter net income fell 20% from the year-ago period.",
        [("third-quarter", "1989-07-01", "1989-09-30"), ("the year-ago period", "1988-07-01", "1988-09-30")],
    ),
    (
        "1989-11-01",
        "Revenue in the current quarter is expected to be flat.",
        [("the current quarter", "1989-10-01", "1989-12-31")],
    ),
    (
        "1989-11-01",
        "Net fell 30% in the second quarter from the first quarter.",
        [("the second quarter", "1989-04-01", "1989-06-30"), ("the first quarter", "1989-01-01", "1989-03-31")],
    ),
    ("1989-11-01", "In the 1988 period, the bank earned $1.3 billion.", [("1988", "1988-01-01", "1988-12-31")]),
    (
        "1989-11-01",
        "The company's stock closed yesterday at $34.50, down 25 cents.",
        [("yesterday", "1989-10-31", "1989-10-31")],
    ),
    (
        "1989-11-01",
        "Late yesterday, the dollar rebounded against the mark.",
        [("yesterday", "1989-10-31", "1989-10-31")],
    ),
    ("1989-11-01", "Friday's 190-point drop rattled investors in Tokyo.", [("Friday", "1989-10-27", "1989-10-27")]),
    (
        "1989-11-01",
        "On Oct. 13, the Dow Jones Industrial Average plunged 190.58 points.",
        [("Oct. 13", "1989-10-13", "1989-10-13")],
    ),
    ("1989-11-01", "Stocks have recovered since the Oct. 13 plunge.", [("Oct. 13", "1989-10-13", "1989-10-13")]),
    (
        "1989-11-01",
        "The plan must be approved by shareholders at a meeting Dec. 15.",
        [("Dec. 15", "1989-12-15", "1989-12-15")],
    ),
    (
        "1989-11-01",
        "Holders of record Nov. 10 will receive the dividend Dec. 1.",
        [("Nov. 10", "1989-11-10", "1989-11-10"), ("Dec. 1", "1989-12-01", "1989-12-01")],
    ),
    ("1989-11-01", "Two weeks ago, the Fed eased credit slightly.", [("Two weeks ago", "1989-10-18", "1989-10-18")]),
    (
        "1989-11-01",
        "Housing starts fell 3% last month, the Commerce Department said.",
        [("last month", "1989-10-01", "1989-10-31")],
    ),
    ("1989-11-01", "Auto sales in early October were sluggish.", [("early October", "1989-10-01", "1989-10-31")]),
    (
        "1989-11-01",
        "Profit for 1990 will be lower than in 1989, the chairman said.",
        [("1990", "1990-01-01", "1990-12-31"), ("1989", "1989-01-01", "1989-12-31")],
    ),
    (
        "1989-11-01",
        "The company had 12,000 employees at the end of 1988.",
        [("the end of 1988", "1988-01-01", "1988-12-31")],
    ),
    (
        "1989-11-01",
        "The company said fourth-quarter earnings would rise.",
        [("fourth-quarter", "1989-10-01", "1989-12-31")],
    ),
    ("1989-11-01", "The 1987 crash wiped out $500 billion in paper wealth.", [("1987", "1987-01-01", "1987-12-31")]),
    (
        "1989-11-01",
        "Analysts expect earnings of $2.10 a share in 1990, up from $1.80 this year.",
        [("1990", "1990-01-01", "1990-12-31"), ("this year", "1989-01-01", "1989-12-31")],
    ),
    (
        "1989-11-01",
        "Separately, the company said Tuesday it would sell its paper unit.",
        [("Tuesday", "1989-10-31", "1989-10-31")],
    ),
    (
        "1989-11-01",
        "The offer expires at midnight Nov. 21, unless extended.",
        [("Nov. 21", "1989-11-21", "1989-11-21")],
    ),
    ("1989-11-01", "The board will meet Monday to consider the bid.", [("Monday", "1989-11-06", "1989-11-06")]),
    (
        "1989-11-01",
        "The trade deficit narrowed in September from August.",
        [("September", "1989-09-01", "1989-09-30"), ("August", "1989-08-01", "1989-08-31")],
    ),
    (
        "1989-11-01",
        "Prices are likely to rise in the spring, economists said.",
        [("the spring", "1990-03-01", "1990-05-31")],
    ),
    ("1989-11-01", "The bill cleared the House in the summer.", [("the summer", "1989-06-01", "1989-08-31")]),
    ("1989-11-01", "The unit was sold in the late 1970s.", [("the late 1970s", "1970-01-01", "1979-12-31")]),
    (
        "1998-01-08",
        "And in Jakarta this evening, the rupiah hit another record low.",
        [("this evening", "1998-01-08", "1998-01-08")],
    ),
    (
        "1998-01-08",
        "Good morning. Indonesia's president promised this morning to cut spending.",
        [("this morning", "1998-01-08", "1998-01-08")],
    ),
    (
        "1998-01-08",
        "The IMF team arrived Tuesday night and met Suharto Wednesday morning.",
        [("Tuesday night", "1998-01-06", "1998-01-06"), ("Wednesday morning", "1998-01-07", "1998-01-07")],
    ),
    (
        "1998-01-08",
        "We'll have more on this story on tomorrow's broadcast.",
        [("tomorrow", "1998-01-09", "1998-01-09")],
    ),
    (
        "1998-01-08",
        "Earlier today, the Japanese finance minister spoke to reporters.",
        [("today", "1998-01-08", "1998-01-08")],
    ),
    (
        "1998-01-08",
        "ROTH: Well, Bernie, the Security Council meets again on Monday.",
        [("Monday", "1998-01-12", "1998-01-12")],
    ),
    (
        "1998-01-08",
        "The president's State of the Union address is set for Jan. 27.",
        [("Jan. 27", "1998-01-27", "1998-01-27")],
    ),
    ("1998-01-08", "Thai stocks lost a third of their value in December.", [("December", "1997-12-01", "1997-12-31")]),
    ("1998-01-08", "The ruling party picks its candidate in March.", [("March", "1998-03-01", "1998-03-31")]),
    (
        "1998-01-08",
        "Over the past weekend, thousands queued at banks in Seoul.",
        [("the past weekend", "1998-01-03", "1998-01-04")],
    ),
    (
        "1990-04-12",
        "Late last week, the Lithuanian parliament rejected Moscow's demands.",
        [("last week", "1990-04-02", "1990-04-08")],
    ),
    ("1990-04-12", "Vilnius declared independence March 11.", [("March 11", "1990-03-11", "1990-03-11")]),
    (
        "1990-04-12",
        "Gorbachev gave Lithuania two days to renounce the declaration, on Friday.",
        [("Friday", "1990-04-06", "1990-04-06")],
    ),
    ("1990-04-12", "The deadline expires at the weekend.", [("the weekend", "1990-04-14", "1990-04-15")]),
    (
        "1990-04-12",
        "The talks could resume as early as next Wednesday.",
        [("next Wednesday", "1990-04-18", "1990-04-18")],
    ),
    ("1990-04-12", "East Germans vote May 6 in local elections.", [("May 6", "1990-05-06", "1990-05-06")]),
    (
        "1990-04-12",
        "East Germany held its first free elections last month.",
        [("last month", "1990-03-01", "1990-03-31")],
    ),
    ("1990-04-12", "Monetary union could come as soon as July 1.", [("July 1", "1990-07-01", "1990-07-01")]),
    ("1990-04-12", "The wall was opened last November.", [("last November", "1989-11-01", "1989-11-30")]),
    ("1990-04-12", "The wall was opened in November.", [("November", "1989-11-01", "1989-11-30")]),
    ("1990-04-12", "The two Germanys could be united by December.", [("December", "1990-12-01", "1990-12-31")]),
    (
        "1997-10-20",
        "Chip makers such as Intel Corp., whose third-quarter profit of $1.6 billion rose 40% from the year-earlier"
        " quarter but missed Wall Street's estimates, slid last week.",
        [
            ("third-quarter", "1997-07-01", "1997-09-30"),
            ("the year-earlier quarter", "1996-07-01", "1996-09-30"),
            ("last week", "1997-10-13", "1997-10-19"),
        ],
    ),
    (
        "1999-11-22",
        "China must still close talks with the European Union, which resume Monday.",
        [("Monday", "1999-11-22", "1999-11-22")],
    ),
    (
        "1999-11-22",
        "Premier Zhu Rongji, whose April visit to Washington ended badly, joined the final session.",
        [("April", "1999-04-01", "1999-04-30")],
    ),
    (
        "1996-03-20",
        "The council approved it last spring -- actually April of '95 -- after months of haggling.",
        [("last spring", "1995-03-01", "1995-05-31"), ("April of '95", "1995-04-01", "1995-04-30")],
    ),
    (
        "1997-10-23",
        "Talks with the European Union, which resume Monday, will focus on farm trade.",
        [("Monday", "1997-10-27", "1997-10-27")],
    ),
    ("1997-10-23", "The talks resume Monday in Geneva.", [("Monday", "1997-10-27", "1997-10-27")]),
    (
        "1997-10-23",
        "China must still close talks with the European Union, which resume Monday.",
        [("Monday", "1997-10-27", "1997-10-27")],
    ),
    (
        "1997-10-23",
        "China must still close talks with the European Union, which resume Thursday.",
        [("Thursday", "1997-10-23", "1997-10-23")],
    ),
    ("1997-10-23", "Kohl was due to arrive in Warsaw on Saturday.", [("Saturday", "1997-10-25", "1997-10-25")]),
    ("1997-10-23", "The envoy was scheduled to leave for Cairo on Sunday.", [("Sunday", "1997-10-26", "1997-10-26")]),
    ("1997-10-23", "The envoy was expected to leave for Cairo next week.", [("next week", "1997-10-27", "1997-11-02")]),
    (
        "1997-10-23",
        "Voters will choose a new parliament in the November elections.",
        [("November", "1997-11-01", "1997-11-30")],
    ),
    ("1997-10-23", "Opposition parties boycotted the June elections.", [("June", "1997-06-01", "1997-06-30")]),
    ("1997-10-23", "The April summit in Santiago ended without an accord.", [("April", "1997-04-01", "1997-04-30")]),
    (
        "1997-10-23",
        "Negotiators face a December deadline to finish the accord.",
        [("December", "1997-12-01", "1997-12-31")],
    ),
    (
        "1997-10-23",
        "Hashimoto's July visit to Moscow ended with a pledge of aid.",
        [("July", "1997-07-01", "1997-07-31")],
    ),
    (
        "1997-10-23",
        "The March 1996 election returned the Socialists to power.",
        [("March 1996", "1996-03-01", "1996-03-31")],
    ),
    ("1997-10-23", "The cease-fire of May '95 collapsed within weeks.", [("May '95", "1995-05-01", "1995-05-31")]),
    ("1997-10-23", "The accord dates from September of '93.", [("September of '93", "1993-09-01", "1993-09-30")]),
    (
        "1997-10-23",
        "The crisis began in the summer of '97 in Bangkok.",
        [("the summer of '97", "1997-06-01", "1997-08-31")],
    ),
    (
        "1997-10-23",
        "He has lived in Geneva since the fall of 1989.",
        [("the fall of 1989", "1989-09-01", "1989-11-30")],
    ),
    ("1997-10-23", "Oil prices peaked in the winter of '90.", [("the winter of '90", "1990-12-01", "1991-02-28")]),
    (
        "1997-10-23",
        "Rebels seized the town in May '95 and held it for a year.",
        [("May '95", "1995-05-01", "1995-05-31")],
    ),
    ("1997-10-23", "Since March '96, the peso has lost half its value.", [("March '96", "1996-03-01", "1996-03-31")]),
    ("1997-10-23", "The embargo was lifted in June of '94.", [("June of '94", "1994-06-01", "1994-06-30")]),
    ("1997-10-23", "The council's March meeting approved the plan.", [("March", "1997-03-01", "1997-03-31")]),
    ("1997-10-23", "Parliament set a January deadline for the budget.", [("January", "1998-01-01", "1998-01-31")]),
    (
        "1997-10-23",
        "Jiang's November trip to Washington will be his first.",
        [("November", "1997-11-01", "1997-11-30")],
    ),
    (
        "1997-10-23",
        "Many voters stayed home in an April referendum on the constitution.",
        [("April", "1997-04-01", "1997-04-30")],
    ),
    ("1997-10-23", "A May deal now looks unlikely.", []),
    ("1997-10-23", "Theresa May's government was not in office; Teresa's May plans were vague.", []),
]


@pytest.mark.parametrize(("pub", "text", "expected"), CASES, ids=[c[1][:50] for c in CASES])
def test_wire_dates(pub, text, expected):
    assert _unmatched(pub, text, expected) == ([], [])


# `Today` with a subject and `have` is a day when `have` is a perfect's auxiliary, regular or not ("have begun",
# "have taken", "have met"); before an object it is the state of things nowadays, no date.
PERFECTS = [
    (
        "1997-10-23",
        '"Today we have begun a new chapter," President Nelson Mandela said Tuesday in Pretoria.',
        [("Today", "1997-10-21", "1997-10-21"), ("Tuesday", "1997-10-21", "1997-10-21")],
    ),
    (
        "1997-10-23",
        "Today the two sides have signed a protocol on fishing rights.",
        [("Today", "1997-10-23", "1997-10-23")],
    ),
    (
        "1997-10-23",
        "Today the foreign ministers have taken the first step toward a customs union.",
        [("Today", "1997-10-23", "1997-10-23")],
    ),
    (
        "1997-10-23",
        "Today the ministers have met for the third time this year.",
        [("Today", "1997-10-23", "1997-10-23"), ("this year", "1997-01-01", "1997-12-31")],
    ),
    (
        "1997-10-23",
        '"Today our peoples have given the world a lesson," Arafat said.',
        [("Today", "1997-10-23", "1997-10-23")],
    ),
    ("1994-03-07", "Today the two countries have close ties in trade and defence.", []),
    ("1994-03-07", "Today the two nations have more than 40 joint ventures.", []),
    ("1994-03-07", "Today both states have embassies in each other's capitals.", []),
    ("1994-03-07", "Today the two countries are close partners.", []),
]


@pytest.mark.parametrize(("pub", "text", "expected"), PERFECTS, ids=[c[1][:50] for c in PERFECTS])
def test_today_before_a_perfect_is_the_day(pub, text, expected):
    assert _unmatched(pub, text, expected) == ([], [])
