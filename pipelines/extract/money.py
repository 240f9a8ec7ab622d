"""Monetary amounts: value in units of the currency, ISO 4217 currency, kind, subject and target year."""

from __future__ import annotations

import dataclasses
import re

from pipelines.extract.records import MonetaryAmount, Span
from pipelines.extract.settings import CorpusSettings, default_settings
from pipelines.extract.spans import overlaps_any, sentence_around

SCALES = {
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "tr": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mio": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "thousand": 1e3,
    "k": 1e3,
}
WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a": 1,
}
# Symbols and codes written before the number.
PREFIX_CURRENCIES = {
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "yen": "JPY",
    "cny": "CNY",
    "rmb": "CNY",
    "yuan": "CNY",
    "sar": "SAR",
    "aed": "AED",
    "rm": "MYR",
    "myr": "MYR",
    "pkr": "PKR",
    "inr": "INR",
    "rs": "RUPEE",
    "rs.": "RUPEE",
    "tk": "BDT",
    "bdt": "BDT",
    "kzt": "KZT",
    "try": "TRY",
    "chf": "CHF",
    "qar": "QAR",
    "a$": "AUD",
    "c$": "CAD",
    "s$": "SGD",
    "hk$": "HKD",
    "uzs": "UZS",
    "azn": "AZN",
}
# Currency words written after the number; longest first in the regex.
SUFFIX_CURRENCIES = {
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "british pounds": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "pakistani rupees": "PKR",
    "pakistani rupee": "PKR",
    "indian rupees": "INR",
    "rupees": "RUPEE",
    "rupee": "RUPEE",
    "saudi riyals": "SAR",
    "riyals": "SAR",
    "riyal": "SAR",
    "qatari riyals": "QAR",
    "dirhams": "AED",
    "dirham": "AED",
    "ringgit": "MYR",
    "turkish lira": "TRY",
    "lira": "TRY",
    "liras": "TRY",
    "tenge": "KZT",
    "taka": "BDT",
    "manat": "AZN",
    "som": "UZS",
    "sum": "UZS",
    "pkr": "PKR",
    "inr": "INR",
    "eur": "EUR",
    "gbp": "GBP",
    "jpy": "JPY",
    "cny": "CNY",
    "sar": "SAR",
    "aed": "AED",
}

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORD_NUM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|one\s+hundred|hundred)"
_SCALE = r"(?:trillion|billion|million|thousand|crores?|lakhs?|lac|bln|mln|trn|mio|bn|tn|tr|mn|cr|b|m|k)"
_PREFIX = r"(?:US\s?\$|USD|HK\$|A\$|C\$|S\$|\$|€|£|¥|EUR|GBP|JPY|CNY|RMB|SAR|AED|RM|MYR|PKR|INR|Rs\.?|Tk|BDT|KZT|CHF|QAR|UZS|AZN|yen|yuan)"
_SUFFIX = "|".join(sorted((re.escape(k) for k in SUFFIX_CURRENCIES), key=len, reverse=True))

_AMOUNT = re.compile(
    rf"(?<![\w$€£¥.])(?:(?P<pre>{_PREFIX})\s?(?P<n1>{_NUM}|{_WORD_NUM}(?=\s+{_SCALE}))"
    rf"(?:\s*(?:-|–|to)\s*(?:{_PREFIX})?\s?(?P<n1b>{_NUM}))?"
    rf"(?:[\s-]?(?P<sc1>{_SCALE})(?!\w))?"
    rf"|(?P<n2>{_NUM}|{_WORD_NUM}(?=[\s-]+{_SCALE}))(?:\s*(?:-|–|to)\s*(?P<n2b>{_NUM}))?[\s-]?(?:(?P<sc2>{_SCALE})\s+)?"
    rf"(?P<suf>{_SUFFIX})(?![\w]))",
    re.IGNORECASE,
)
_CASE_SENSITIVE_PREFIX = {"rm", "tk", "rs", "rs."}
_BETWEEN = re.compile(r"\bbetween\s*$", re.IGNORECASE)

# Goal verbs in their base or -ing form: "agreed to boost trade to $5 billion". A past form
# ("increased to $35 billion") reports a figure.
_TARGET = re.compile(
    r"\b(?:target|targets|targeted|aim|aims|aimed|aiming|goal|boost|boosting|increase|increasing|raise|raising|"
    r"enhance|enhancing|take|taking|reach|reaching|double|doubling|expand|expanding|triple|push|elevate)\b",
    re.IGNORECASE,
)
_TARGET_TO = re.compile(
    r"\b(?:to|at)\s+(?:around\s+|about\s+|over\s+|more than\s+|the\s+level\s+of\s+)?$", re.IGNORECASE
)
_CURRENT = re.compile(r"\b(?:current|currently|existing|present|now)\b", re.IGNORECASE)
# "from (the current) $1 billion to $5 billion": the figure after "to" is the goal, the one after "from" is not.
_FROM_FIGURE_TO = re.compile(r"\bfrom\b[^.]*\d[^.]*\bto\s+(?:around\s+|about\s+|over\s+|more than\s+)?$", re.IGNORECASE)
# A figure to be reached: "aims to reach $5 billion", "is expected to cross $5 billion".
_TO_REACH = re.compile(
    r"\b(?:to|will|would|could|can|shall)\s+(?:reach|cross|exceed|surpass|touch|achieve)\s+"
    r"(?:around\s+|about\s+|over\s+|more than\s+|nearly\s+|almost\s+|the\s+)?$",
    re.IGNORECASE,
)
_POTENTIAL = re.compile(r"\bpotential\b", re.IGNORECASE)
# Money pledged, granted, lent, invested or contracted.
_COMMITMENT = re.compile(
    r"\b(?:loans?|grants?|granted|pledged?|pledges|invest|invests|investing|invested|investments?|worth|"
    r"signed|agreements?|deals?|contracts?|contracted|financing|provide|provided|providing|extend|extended|"
    r"allocated?|committed|commitment|package|assistance|aid|donat\w*|lend|lent|lending|amounting|"
    r"swap|facility|arrangement|projects?|deposit|deposits|deposited|joint\s+ventures?)\b",
    re.IGNORECASE,
)
# Trade flows and other reported figures.
_FLOW = re.compile(
    r"\b(?:trade|exports?|exported|imports?|imported|turnover|volume|totall?ed|stood|surged|rose|fell|"
    r"declined|dropped|grew|earned|contribut\w*|remittances|annually|recorded|registered)\b",
    re.IGNORECASE,
)
_STRONG_COMMITMENT = re.compile(
    r"\b(?:loans?|grants?|pledged?|invest\w*|financing|provided?|amounting|swap|extended|lent|package)\b", re.IGNORECASE
)
_SIGNED = re.compile(r"\b(?:agreements?|deals?|contracts?|signed|MoUs?|memorand\w*)\b", re.IGNORECASE)
# "agreements worth $3 billion": the value of what was signed, whatever field it is in
_WORTH = re.compile(r"\bworth\s+(?:(?:around|about|over|more than|nearly|some|up to|almost)\s+)?$", re.IGNORECASE)
_ACTUAL = re.compile(
    r"\b(?:current|currently|stood|stands|stand|was|were|is|reached|amounted|totall?ed|recorded|registered|"
    r"last year|figure)\b",
    re.IGNORECASE,
)
_SUBJECTS = (
    ("loan", re.compile(r"\b(?:loans?|lend|lent|lending|credit|borrow\w*|concessional|financing)\b", re.I)),
    (
        "aid",
        re.compile(
            r"\b(?:grants?|aid|assistance|donat\w*|relief|humanitarian|development cooperation|"
            r"financial cooperation)\b",
            re.I,
        ),
    ),
    ("investment", re.compile(r"\b(?:invest\w*|fdi|joint\s+ventures?)\b", re.I)),
    (
        "trade",
        re.compile(r"\b(?:trade|trading|exports?|imports?|exported|imported|turnover|commerce|commercial)\b", re.I),
    ),
    ("project", re.compile(r"\bprojects?\b", re.I)),
)
# The name of a body says what it does, not what a figure is ("Asian Infrastructure Investment Bank").
_BODY_NAME = re.compile(
    r"\b(?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|&)\s+)?)+(?:Bank|Authority|Board|Corporation|Council|Agency|Fund|"
    r"Commission|Ministry|Division|Department|Organi[sz]ation|Chamber|Forum)\b"
    r"|\b(?:Board|Ministry|Department|Division|Chamber|Council|Bank)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*)*"
)
# Any case: "By 2025" in a title-case headline
_TARGET_YEAR = re.compile(r"\b(?:by|in|until|till|before)\s+(?:the\s+end\s+of\s+)?(20\d\d)\b", re.IGNORECASE)


def extract_money(
    text: str, skip: tuple[Span, ...] = (), settings: CorpusSettings | None = None
) -> list[MonetaryAmount]:
    """Every amount of money outside `skip`, in text order."""
    rupee = _rupee_currency(text, (settings or default_settings()).rupee_currency)
    found: list[MonetaryAmount] = []
    for match in _AMOUNT.finditer(text):
        if overlaps_any(match.span(), skip):
            continue
        parsed = _parse(match, rupee)
        if parsed is None:
            continue
        amount, amount_max, currency = parsed
        sentence = sentence_around(text, match.span())
        kind, subject, year = _classify(text, match.span(), sentence)
        found.append(
            MonetaryAmount(match.group(), match.start(), match.end(), amount, amount_max, currency, kind, subject, year)
        )
    return _join_between(text, _repeats_share_a_subject(_conversions_follow_their_source(text, found)))


def _repeats_share_a_subject(amounts: list[MonetaryAmount]) -> list[MonetaryAmount]:
    """One figure repeated in an article is one fact: a mention without a subject takes the others'."""
    subjects: dict[tuple, str] = {}
    for amount in amounts:
        if amount.subject != "other":
            subjects.setdefault((amount.amount, amount.amount_max, amount.currency), amount.subject)
    return [
        dataclasses.replace(a, subject=subjects.get((a.amount, a.amount_max, a.currency), a.subject))
        if a.subject == "other"
        else a
        for a in amounts
    ]


def _conversions_follow_their_source(text: str, amounts: list[MonetaryAmount]) -> list[MonetaryAmount]:
    """`304 billion riyals ($80 billion)`: the bracketed conversion is the same figure, classified alike."""
    out: list[MonetaryAmount] = []
    for amount in amounts:
        if out and re.fullmatch(
            r"\s*\(\s*(?:about\s+|around\s+|approximately\s+|or\s+)?", text[out[-1].char_end : amount.char_start]
        ):
            source = out[-1]
            amount = dataclasses.replace(amount, kind=source.kind, subject=source.subject, year=source.year)
        out.append(amount)
    return out


def _number(value: str) -> float | None:
    value = value.strip().lower()
    if value in WORD_NUMBERS:
        return float(WORD_NUMBERS[value])
    if value.startswith("one") and value.endswith("hundred"):
        return 100.0
    try:
        return float(value.replace(",", ""))
    except ValueError:
        return None


def _parse(match: re.Match, rupee: str) -> tuple[float, float | None, str] | None:
    if match.group("pre"):
        symbol = re.sub(r"\s", "", match.group("pre")).lower()
        if symbol in _CASE_SENSITIVE_PREFIX and not match.group("pre")[0].isupper():
            return None
        if symbol in {"rm", "tk"} and match.group("pre") not in {"RM", "Tk"}:
            return None
        currency = PREFIX_CURRENCIES[symbol]
        low, high, scale = match.group("n1"), match.group("n1b"), match.group("sc1")
    else:
        currency = SUFFIX_CURRENCIES[" ".join(match.group("suf").lower().split())]
        low, high, scale = match.group("n2"), match.group("n2b"), match.group("sc2")
    if scale and len(scale) == 1 and match.group("pre") is None:
        return None  # "5 m dollars" is too rare to be worth the false alarms of "5 m"
    if currency == "RUPEE":
        currency = rupee
    factor = SCALES[scale.lower()] if scale else 1.0
    first = _number(low)
    if first is None or (low.lower() in WORD_NUMBERS and not scale):
        return None
    second = _number(high) if high else None
    amount = round(first * factor, 2)
    amount_max = round(second * factor, 2) if second is not None else None
    if amount_max is not None and amount_max <= amount:
        amount_max = None
    if amount <= 0:
        return None
    return amount, amount_max, currency


def _rupee_currency(text: str, default: str) -> str:
    """Rupees are Pakistani in a Pakistani context and Indian in an Indian one; else the corpus's default."""
    if re.search(r"\bIndian rupees?\b|\bINR\b", text):
        return "INR"
    pakistan = len(re.findall(r"\bPakistan", text))
    india = len(re.findall(r"\bIndia(?:n)?\b", text))
    if india == pakistan:
        return default
    return "INR" if india > pakistan else "PKR"


def _clause(text: str, span: Span, sentence: Span) -> tuple[str, str]:
    """Text before and after the amount within its sentence, bounded so a long sentence stays local."""
    before = text[max(sentence[0], span[0] - 120) : span[0]]
    after = text[span[1] : min(sentence[1], span[1] + 80)]
    # A semicolon or a new clause introduced by "while"/"whereas" starts another statement.
    before = re.split(r";|\bwhile\b|\bwhereas\b", before)[-1]
    after = re.split(r";|\bwhile\b|\bwhereas\b", after)[0]
    return before, after


def _classify(text: str, span: Span, sentence: Span) -> tuple[str, str, int | None]:
    before, after = _clause(text, span, sentence)
    near = before + " " + after
    kind = _kind(before, after)
    subject = _subject(near) or _subject(text[sentence[0] : sentence[1]])
    previous = sentence_around(text, (max(0, sentence[0] - 2), max(0, sentence[0] - 2)))
    # Nothing in its own clause, or an item of a breakdown ("citrus fruits ($16.8 million)"): the
    # sentence continues the previous one, which says what the figure is.
    continued = kind is None or before.rstrip().endswith("(")
    if kind is None:
        kind = _kind(text[previous[0] : sentence[0]], "") or "other"
    if subject is None and continued:
        subject = _subject(text[previous[0] : sentence[0]])
    subject = subject or "other"
    if kind == "target" and subject == "other":
        subject = "trade"
    year = None
    if kind == "target":
        next_amount = _AMOUNT.search(after)  # "to $5 billion, against $1.4 billion in 2023": not its year
        own_after = after[: next_amount.start()] if next_amount else after
        found = _TARGET_YEAR.search(own_after) or _TARGET_YEAR.search(before)
        year = int(found.group(1)) if found else None
    return kind, subject, year


def _kind(before: str, after: str) -> str | None:
    near = before + " " + after
    if _POTENTIAL.search(before[-30:]):
        return "other"
    if _WORTH.search(before) and _SIGNED.search(before):
        return "commitment"
    target_verb = None
    if _TARGET_TO.search(before):
        target_verb = max(_TARGET.finditer(before), key=lambda m: m.end(), default=None)
    if target_verb is not None:
        goal_wording = before[target_verb.end() :]
        if _FROM_FIGURE_TO.search(goal_wording) or not _CURRENT.search(goal_wording):
            return "target"
    if _TO_REACH.search(before):
        return "target"
    if re.search(r"\btarget", near, re.I):
        return "target"
    if (
        _FLOW.search(near)
        and not _STRONG_COMMITMENT.search(before[-40:] + " " + after[:25])
        and not _SIGNED.search(after[:30])
    ):
        return "actual"
    if _COMMITMENT.search(near):
        return "commitment"
    if _ACTUAL.search(near):
        return "actual"
    return None


def _subject(context: str) -> str | None:
    """The first subject, in order of precedence, that the context speaks of (names of bodies aside)."""
    context = _BODY_NAME.sub(" ", context)
    for subject, pattern in _SUBJECTS:
        if pattern.search(context):
            return subject
    return None


def _join_between(text: str, amounts: list[MonetaryAmount]) -> list[MonetaryAmount]:
    """`between $3 billion and $5 billion` and `$1bn-$2bn` are one range, not two amounts."""
    joined: list[MonetaryAmount] = []
    i = 0
    while i < len(amounts):
        first = amounts[i]
        if i + 1 < len(amounts):
            second = amounts[i + 1]
            gap = text[first.char_end : second.char_start]
            between = _BETWEEN.search(text[max(0, first.char_start - 10) : first.char_start]) and re.fullmatch(
                r"\s+and\s+", gap
            )
            if (
                (between or re.fullmatch(r"\s*[-–]\s*", gap))
                and first.currency == second.currency
                and first.amount_max is None
                and second.amount > first.amount
            ):
                joined.append(
                    MonetaryAmount(
                        text[first.char_start : second.char_end],
                        first.char_start,
                        second.char_end,
                        first.amount,
                        second.amount,
                        first.currency,
                        first.kind,
                        first.subject,
                        first.year,
                    )
                )
                i += 2
                continue
        joined.append(first)
        i += 1
    return joined
