"""The currency of an amount whose token has several readings (`$`, `Rs`, `dinars`, `¥`).

A token reads as the currency the text states (`Kenyan shillings`, or an explicit `A$` elsewhere in the
article); where its readings follow the context (`currencies.csv`, column `resolve`), as the currency of the
state that the amount's sentence, else the article, names most; else as its default.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import cache, lru_cache

from pipelines.extract.records import Span
from pipelines.extract.spans import sentence_around
from pipelines.knowledge import city_countries, country_names, demonyms
from pipelines.knowledge.actor_words import country_names_in, demonyms_in
from pipelines.knowledge.money_vocabulary import CurrencyToken, grammar_words, money_data

Readings = tuple[CurrencyToken, ...]
ROMANCE_LANGUAGES = ("es", "fr", "pt")  # languages with their own names of states


def _alternation(words) -> str:
    return "(?:" + "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True)) + ")"


def _country_of(qualifier: str | None) -> str | None:
    """The state a qualifier names: `Kenyan`, `US`, `Hong Kong`, `New Taiwan` (by its last word)."""
    if not qualifier:
        return None
    for name in (qualifier, qualifier.split()[-1]):
        found = country_names().get(name) or demonyms().get(name)
        if found:
            return found
    return None


@cache
def _place_countries(language: str) -> dict[str, str]:
    """Names, demonyms and cities of states, to the state: what says which state an article speaks of; in a
    Spanish, French or Portuguese article also the names and demonyms of that language ("Marruecos",
    "camerounais")."""
    places = {**city_countries(), **country_names(), **demonyms()}
    if language in ROMANCE_LANGUAGES:
        places.update({**country_names_in(language), **demonyms_in(language)})
    return places


@cache
def _clause_breaks(language: str) -> re.Pattern:
    """Where a new clause of a sentence opens: a semicolon or colon, or a comma before a conjunction ("; ",
    ", while ", ", y que ")."""
    conjunctions = _alternation(grammar_words(language)["clause_openers"])
    return re.compile(rf"[;:]\s|,\s+(?:{conjunctions})\s", re.IGNORECASE)


@lru_cache(maxsize=256)
def _country_pattern(countries: frozenset[str], language: str) -> re.Pattern:
    names = [name for name, country in _place_countries(language).items() if country in countries]
    return re.compile(rf"(?<!\w){_alternation(names)}(?![\w$])")  # "US$" is a currency, not a state


def _country_mentions(
    text: str, countries: frozenset[str], language: str, start: int = 0, end: int | None = None
) -> dict:
    places = _place_countries(language)
    counts = dict.fromkeys(countries, 0)
    for match in _country_pattern(countries, language).finditer(text, start, len(text) if end is None else end):
        code = places.get(" ".join(match.group().split()))
        if code in counts:
            counts[code] += 1
    return counts


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_NAME_WORDS = 3  # the longest name looked up in a run of capitalised words: "Papua New Guinea"
_POSSESSIVE = re.compile(r"(?:['’]s?|[.,])$")


def _capitalised_runs(text: str):
    """The runs of capitalised words of the text, split by anything but a space between them."""
    run: list[str] = []
    end = -1
    for word in _WORD.finditer(text):
        joined = word.start() > end and text[end : word.start()].strip(" \t") == ""
        if not word.group()[0].isupper() or text.startswith("$", word.end()):  # "US$" is a currency, not a state
            if run:
                yield run
            run, end = [], -1
            continue
        if run and not joined:
            yield run
            run = []
        run.append(word.group())
        end = word.end()
    if run:
        yield run


def state_mentions(text: str, language: str) -> dict[str, int]:
    """How often the text names each state (by name, demonym or city), read in one pass over its capitalised
    words: each run is looked up a few words at a time, so the cost grows with the text, not with the list of
    names."""
    places = _place_countries(language)
    counts: dict[str, int] = {}
    for words in _capitalised_runs(text):
        i = 0
        while i < len(words):
            for size in range(min(_NAME_WORDS, len(words) - i), 0, -1):
                name = " ".join(words[i : i + size])
                state = places.get(name) or places.get(_POSSESSIVE.sub("", name))
                if state:
                    counts[state] = counts.get(state, 0) + 1
                    i += size
                    break
            else:
                i += 1
    return counts


def _most_mentioned(counts: dict[str, int]) -> str | None:
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


@dataclasses.dataclass
class CurrencyReader:
    """Reads the currency of each figure of one article: a token with several readings takes the one the
    text states (`Kenyan shillings`, or an explicit `A$` elsewhere), then, where its readings follow the
    context, the state the article speaks of most, then its default."""

    text: str
    stated: set[str]
    rupee_default: str
    language: str = "en"
    outlet: str | None = None  # ISO3 of the page's own state, by its domain (`.lk`) or dateline: where it spends `Rs`
    declared: str | None = None  # the currency a note of the page states for its figures ("All figures in C$")
    explicit: tuple[tuple[int, str], ...] = ()  # (start, currency) of each figure whose token has one reading
    mentions: dict[frozenset[str], dict[str, int]] = dataclasses.field(default_factory=dict)
    # (token, currency) -> the other reading a conversion showed the writer's bare token to have
    locals_: dict[tuple[str, str], str] = dataclasses.field(default_factory=dict)
    states: dict[str, int] | None = None  # how often the article names each state, counted once

    def home_reading(self, readings: Readings, stated: set[str], default: str | None) -> str | None:
        """The reading of the state the article names most (no other state more, the default currency's state
        less), where its press writes its own dollar bare (`home_dollar_states`) and the writer qualifies no
        other dollar but the default one: "Ottawa has committed $135 million" in a story about Canada's aid to
        Haiti, beside "USAID has budgeted US$300 million"."""
        if readings[0].resolve != "stated" or not stated <= {default}:
            return None
        homes = set(money_data()["home_dollar_states"])
        local = {r.country: r.currency for r in readings if r.country in homes and r.currency != default}
        if not local:
            return None
        states = self._named_states()
        most = max(states.values(), default=0)
        leading = [state for state, count in states.items() if count == most]
        own = [state for state in leading if state in local]
        # named as often as another state is enough ("trade between Canada and Mexico"), as often as the default
        # currency's state is not (a story of Cuba, the US and Canada alike quotes US dollars)
        default_states = {r.country for r in readings if r.currency == default}
        if most < money_data()["home_dollar_mentions"] or len(own) != 1 or default_states & set(leading):
            return None
        return local[own[0]]

    def _named_states(self) -> dict[str, int]:
        """How often the article names each state, counted once per article."""
        if self.states is None:
            self.states = state_mentions(self.text, self.language)
        return self.states

    def default(self, readings: Readings) -> str | None:
        currencies = {r.currency for r in readings}
        if self.rupee_default in currencies and {"PKR", "INR"} <= currencies:
            return self.rupee_default
        return next((r.currency for r in readings if r.default), None)

    def by_context(self, readings: Readings, span: Span) -> str | None:
        """The state the amount's own clause names most; else the outlet's state, when the article names it
        (a Sri Lankan paper's `Rs` in a story about an Indian credit line is the rupee of Sri Lanka); else the
        state the article names most."""
        countries = frozenset(r.country for r in readings if r.country)
        if countries not in self.mentions:
            self.mentions[countries] = _country_mentions(self.text, countries, self.language)
        outlet = self.outlet if self.mentions[countries].get(self.outlet or "", 0) else None
        country = (
            self._named_in_clause(countries, span)
            or outlet
            or self._first_in_sentence(countries, span)
            or _most_mentioned(self.mentions[countries])
        )
        return next((r.currency for r in readings if r.country == country), None)

    def _default_leads(self, readings: Readings, default: str | None, stated: str, span: Span) -> bool:
        """Whether the state of the default reading is named more than that of the stated one: a story about
        Haiti's donors that names the US throughout and gives Canada's pledge as "C$3 million" spends its bare
        `$` in US dollars; one about Australia that writes "A$" once spends it in Australian dollars."""
        if readings[0].resolve != "stated" or default is None or default == stated:
            return False
        countries = {r.currency: r.country for r in readings if r.country}
        if default not in countries or stated not in countries:
            return False
        pair = frozenset((countries[default], countries[stated]))
        if pair not in self.mentions:  # counted once per article, not once per figure
            self.mentions[pair] = _country_mentions(self.text, pair, self.language)
        return self.mentions[pair][countries[default]] > self.mentions[pair][countries[stated]] or self._in_passing(
            countries[stated], stated, span
        )

    def _in_passing(self, country: str, currency: str, span: Span) -> bool:
        """Whether a sign qualified for the share of a state named in passing ("co-financed with A$40 million from
        Australia") in a story about another state named more (a lender's loan to Fiji) leaves the bare sign the
        default one; not where the bare figure goes on in the qualified one's sentence ("gave A$5 million and will
        add $20 million")."""
        states = self._named_states()
        start, _ = sentence_around(self.text, span)
        last = bisect.bisect_left(self.explicit, span[0], key=lambda figure: figure[0]) - 1  # in text order
        goes_on = last >= 0 and self.explicit[last][0] >= start and self.explicit[last][1] == currency
        named = states.get(country, 0)
        about_another = any(count > named for count in states.values())
        return not goes_on and about_another and named <= money_data()["passing_mentions"]

    def _of_several_stated(self, readings: Readings, stated: set[str], span: Span) -> str | None:
        """A bare token where the writer qualifies several of its readings (`A$` and `US$`): the one qualified last
        before it in its sentence ("trade reached US$18 billion, while investment rose to $620 million"), else the
        one whose state the article names most (a West Australian statement's `$5 billion`)."""
        start, _ = sentence_around(self.text, span)
        before = [currency for at, currency in self.explicit if start <= at < span[0] and currency in stated]
        if before:
            return before[-1]
        countries = frozenset(r.country for r in readings if r.currency in stated and r.country)
        if countries not in self.mentions:
            self.mentions[countries] = _country_mentions(self.text, countries, self.language)
        country = _most_mentioned(self.mentions[countries])
        return next((r.currency for r in readings if r.country == country and r.currency in stated), None)

    def _first_in_sentence(self, countries: frozenset[str], span: Span) -> str | None:
        """On a tie, the state named first in the amount's clause: the one that speaks is the issuer ("India's Exim
        Bank extended Rs 4,000 crore to Sri Lanka"; "la chilena Enap invertirá en el proyecto, y el Gobierno
        peruano pondrá 900 millones de soles": Peru's)."""
        first = _country_pattern(countries, self.language).search(self.text, *self._clause_around(span))
        return _place_countries(self.language).get(" ".join(first.group().split())) if first else None

    def _clause_around(self, span: Span) -> Span:
        """The clause of the sentence that holds the amount: another clause speaks of another side ("la Dirección
        de Vialidad invertirá 12.000 millones de pesos, y que Chile aportará US$ 40 millones": Argentina's pesos;
        "the ministry will add 4 million pesos; Colombia, the equivalent of US$250,000")."""
        start, end = sentence_around(self.text, span)
        breaks = _clause_breaks(self.language)
        opening = max((found.end() for found in breaks.finditer(self.text, start, span[0])), default=start)
        closing = breaks.search(self.text, span[1], end)
        return opening, closing.start() if closing else end

    def in_sentence(self, readings: Readings, span: Span) -> str | None:
        """The reading of the state the amount's own sentence names most ("The US gave $3 million")."""
        country = self._named_in_sentence(frozenset(r.country for r in readings if r.country), span)
        return next((r.currency for r in readings if r.country == country), None)

    def _named_in_sentence(self, countries: frozenset[str], span: Span) -> str | None:
        sentence = sentence_around(self.text, span)
        return _most_mentioned(_country_mentions(self.text, countries, self.language, *sentence))

    def _named_in_clause(self, countries: frozenset[str], span: Span) -> str | None:
        clause = self._clause_around(span)
        return _most_mentioned(_country_mentions(self.text, countries, self.language, *clause))

    def other_than(self, readings: Readings, currency: str, span: Span) -> str | None:
        """The reading other than `currency` that the text states or its context names: "$4 million
        (US$2.6 million)" in a story about Australia is Australian dollars; None when nothing says which."""
        others = tuple(r for r in readings if r.currency != currency and r.country)
        stated = {r.currency for r in others} & self.stated
        if len(stated) == 1:
            return stated.pop()
        if not others:
            return None
        return self.by_context(others, span)

    def converted(self, token: str, readings: Readings, currency: str, span: Span) -> str:
        """The currency of a figure converted into `currency` ("$4 million (US$2.6 million)"): another reading
        of its token, which the story's other bare figures of that token then share."""
        other = self.other_than(readings, currency, span)
        if other is None:
            return currency
        self.locals_.setdefault((token, currency), other)
        return other

    def local(self, token: str, readings: Readings, currency: str | None, span: Span) -> str | None:
        """The local reading a conversion showed the bare token to have, unless the figure's own sentence names
        the state of `currency` ("The US gave $3 million")."""
        local = self.locals_.get((token, currency)) if currency and len(readings) > 1 else None
        if local is None or self.in_sentence(readings, span) == currency:
            return currency
        return local

    def currency(self, readings: Readings, qualifier: str | None, span: Span, conversion: bool) -> str | None:
        """The currency of an amount written with a token of these readings; None when nothing decides."""
        currencies = {r.currency for r in readings}
        if len(currencies) == 1:
            return readings[0].currency
        country = _country_of(qualifier)
        qualified = next((r.currency for r in readings if country and r.country == country), None)
        if qualified:
            return qualified
        if self.declared in currencies:  # the page's note says which of the token's readings it writes bare
            return self.declared
        if conversion and readings[0].resolve == "stated":  # "A$30 million ($20 million)" converts to the default
            return self.default(readings)
        stated = currencies & self.stated
        default = self.default(readings)
        home = self.home_reading(readings, stated, default)
        if home:
            return home
        if readings[0].resolve == "context" and readings[0].kind == "symbol" and stated == {default}:
            # "US$ 4.700 millones" in the story, "$ 300 millones" here: a writer who qualifies the default
            # currency uses the bare sign for the local one, that of the state the context names; a name is no
            # bare sign ("AZN 1.6bn" and "312 million manats" are one money)
            return self.other_than(readings, default, span) or default
        if len(stated) == 1:
            only = stated.pop()
            return default if self._default_leads(readings, default, only, span) else only
        if len(stated) > 1 and readings[0].resolve == "stated":
            return self._of_several_stated(readings, stated, span) or default
        if readings[0].resolve == "context":
            return self.by_context(readings, span) or self.default(readings)
        return self.default(readings)


def stated_currencies(tokens: list[tuple[Readings, str | None]]) -> set[str]:
    """Currencies an article names unambiguously, from the readings and qualifier of each of its amounts."""
    stated = set()
    for readings, qualifier in tokens:
        currencies = {r.currency for r in readings}
        country = _country_of(qualifier)
        qualified = {r.currency for r in readings if country and r.country == country}
        stated |= currencies if len(currencies) == 1 else qualified
    return stated
