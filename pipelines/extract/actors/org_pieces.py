"""Where organisation names start and end in a run of capitalised words: cut at a participle hyphened to a
name, a menu's gap, an honorific or a possessive; widened over a list of portfolios; a currency trimmed."""

from __future__ import annotations

import re

from pipelines.extract.actors.lexicon import COUNTRY, OFFICE_FIELDS, ORG_HEADS, alternation
from pipelines.extract.actors.org_names import CAP_RUN, is_org_name, split_run
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import city_countries, country_names, demonyms, organization_lookup
from pipelines.knowledge.actor_words import actor_words, language_names
from pipelines.knowledge.calendars import page_cues

# "Ministry of Economy, Trade and Industry", "Commission on Energy, Transport and Customs": a list of portfolios
# after `of`, `for` or `on` closes with `and`.
# "Osaka-based NAME", "NAME-owned NAME": a participle hyphened to a name ends it, and what follows is another name.
_PORTFOLIO = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
# "Agriculture, Water and the Environment"; "Relaciones Exteriores, Comercio Internacional y Culto"
_PORTFOLIO_LIST = re.compile(rf"(?:,[ \t]+{_PORTFOLIO})+,?[ \t]+(?:and|&|y|e|et)[ \t]+(?:the[ \t]+)?{_PORTFOLIO}")
_OF_PHRASE = re.compile(r"\s(?:of|for)\s")
# `on` only after a body's head ("Commission on Energy, ..."; not "Adviser to the PM on Commerce, ...")
_ON_PHRASE = re.compile(rf"(?<![\w-])(?:{alternation(ORG_HEADS)})\s+on\s")
_PORTFOLIO_BEFORE = re.compile(r"(?:(?<![\w-])[Tt]he[ \t]+|^[ \t]*|:[ \t]+)(?P<field>[A-Z][\w'’-]*\w),[ \t]+$", re.M)
_FIGURE_NEXT = re.compile(r"[ \t]*\d")
# "the Customs Union of Russia, Belarus and Kazakhstan": the states a body's `of` phrase lists close its name
_STATE_AT_END = re.compile(rf"[ \t]of[ \t]+(?:the[ \t]+)?(?:{COUNTRY})$")
# "the State Bank of India and Russia's Vneshtorgbank": a state in the possessive owns what follows, no item
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
_STATE_LIST = re.compile(rf"(?:,[ \t]+(?:{COUNTRY}))*,?[ \t]+and[ \t]+(?:{COUNTRY})(?![\w'’-])")
# a state's mission is of one state: "the Embassy of Japan, China and Korea" lists three embassies' states
_HEAD_BEFORE_OF = re.compile(
    rf"(?<![\w-])(?:{alternation(ORG_HEADS - set(actor_words('mission_heads')))})[ \t]+of[ \t]"
)
_FOR_UNIT = re.compile(r"[ \t]+(?:for|of)[ \t]+[A-Z]{2,4}$")
_LIST_CLOSE = re.compile(r"[ \t](?:and|&)[ \t]")
_POSSESSIVE = re.compile(r"['’]s[ \t]+(?=[A-Z])")
# "People's Republic of Bangladesh", "Lao People’s Democratic Republic": a state's name with a possessive in it
_STATES_WITH_POSSESSIVE = [re.escape(n).replace("'", "['’]") for n in country_names() if "'s " in n]
_STATE_WITH_POSSESSIVE = re.compile("|".join(_STATES_WITH_POSSESSIVE)) if _STATES_WITH_POSSESSIVE else None
HYPHENED_MODIFIER = re.compile(rf"-(?:{alternation(actor_words('hyphened_modifiers'))})(?![\w-])[ \t]*")
_HONORIFIC_AHEAD = rf"[ \t]+(?=(?:{alternation(actor_words('honorifics_ending_a_body'))})(?![\w'’-]))"
# "Ministry of Health - Press Service", "ICPDR - International Commission for ...": a dash between spaces parts a
# page's labels, as a menu's gap does
_SPACED_DASH = r"[ \t]+-[ \t]+"
_ONE_WORD_BEFORE_DASH = re.compile(rf"[A-ZÀ-Ý][a-zß-ÿ][\w'’]*{_SPACED_DASH}")
_PART_BREAK = re.compile(rf"{HYPHENED_MODIFIER.pattern}|[ \t]{{2,}}|{_HONORIFIC_AHEAD}|{_SPACED_DASH}")


# "RFE/RL's Kyrgyz Service", "the BBC's Persian Service": a language's, a people's or a city's desk after an owner's
# possessive is the outlet's own unit, named by the outlet; no body of its own
_UNIT = re.compile(rf"(?P<field>[A-Z][\w'’-]*)[ \t]+(?:{alternation(actor_words('outlet_unit_heads'))})")
_OWNER_BEFORE = re.compile(r"['’]s[ \t]+$")


def pieces(text: str):
    """Spans of a text's runs of capitalised words that may each name one organisation."""
    done = 0
    for run in CAP_RUN.finditer(text):
        if run.start() < done:
            continue
        for part_start, part_end in _modified_parts(text, run.start(), run.end()):
            for start, end in split_run(text, part_start, part_end):
                end = _with_state_list(text, start, _with_portfolio_list(text, start, end))
                start = _with_portfolio_before(text, start, end)
                start = _with_ordinal_before(text, start, end)
                end = _without_figure_unit(text, start, end)
                done = max(done, end)
                if not outlet_unit(text, start, end):
                    yield from _at_owner(text, start, end)


# "the 18th Mechanised Division", "the 102nd Military Base": an ordinal in figures opens a military unit's name
_ORDINAL_BEFORE = re.compile(r"(?<![\w.,-])\d{1,3}(?:st|nd|rd|th)[ \t]+$")
_MILITARY_UNIT_END = re.compile(rf"(?<![\w-])(?:{alternation(actor_words('military_unit_heads'))})$")


def _with_ordinal_before(text: str, start: int, end: int) -> int:
    """Where a military unit's name starts when an ordinal in figures comes right before it."""
    if _MILITARY_UNIT_END.search(text, start, end) is None:
        return start
    ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 8), start)
    return ordinal.start() if ordinal else start


def outlet_unit(text: str, start: int, end: int) -> bool:
    """An outlet's language or city desk after its owner's possessive ("VOA's Urdu Service")."""
    unit = _UNIT.fullmatch(text, start, end)
    if unit is None or _OWNER_BEFORE.search(text, max(0, start - 3), start) is None:
        return False
    field = unit.group("field")
    return field in language_names() or field in demonyms() or field in city_countries()


# The header line a corpus file may open with (` date 2024-03-01 Headline`): not the page's own first line
_HEADER_LINE = re.compile(r"[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}\b")
_MASTHEAD_CHARS = 100
_MASTHEAD_MENU_LINES = 3  # the lines of a page's head above its first menu line
# A byline that credits its writer's outlet in brackets, maybe before the day ("Ana Reyes (The Example Post)",
# "Ana Reyes (The Example Star) - March 2, 2017 - 12:00am"): a name, the bracket, no sentence after it
_BYLINE_CREDIT = re.compile(
    r"^[ \t]*(?:By[ \t]+)?[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}[ \t]*\((?P<outlet>[^()\n]{3,60})\)"
    r"[^\n.!?]{0,40}$",
    re.M,
)
_BYLINE_LINES = 12
# not `Agency`: a state's agency heads its own release ("KOTRA | Korea Trade-Investment Promotion Agency")
_OUTLET_HEADS = frozenset(actor_words("outlet_heads")) - {"Agency"}


def own_outlet_lines(text: str) -> tuple[Span, ...]:
    """Lines where the page names its own outlet: its masthead, a first line without a sentence end ("KISUMU TIMES |
    Nyanza's own newspaper", "LONDON EVENING POST"), and a byline crediting the outlet in brackets."""
    found = []
    start = 0
    for line in text.split("\n"):
        if line.strip() and not _HEADER_LINE.match(line):
            if len(line) <= _MASTHEAD_CHARS and not line.rstrip().endswith((".", "!", "?")):
                found.append((start, start + len(line)))
            break
        start += len(line) + 1
    head = "\n".join(text.split("\n", _BYLINE_LINES)[:_BYLINE_LINES])
    found += [m.span() for m in _BYLINE_CREDIT.finditer(head)]
    return tuple(found)


# A release's masthead: its first lines above the first line of prose (a sentence's end, or a line of many words)
_MASTHEAD_LINES = 8
_PROSE_WORDS = 14
_SEPARATOR = r"(?:[ \t]*[,|–—-][ \t]*)"
_MENU = re.compile(r"[ \t][|>»›][ \t]")  # a menu's or a trail's items, however many words: no prose
# the state's name after the government's: capitalised words and their small words ("the Republic of Ghana")
_STATE_NAME = r"(?:(?:the|la|le|el)[ \t]+)?[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’-]*|of|the|de|du|la)){0,5}"


def _masthead_government_pattern() -> re.Pattern:
    """A state's government alone on a masthead's line or beside its issuer's name after a comma, a bar or a dash
    ("Government of Fiji", "Ministry of Health, Government of Fiji", "Secretaría de Salud | Gobierno de Chile")."""
    governments = alternation(page_cues("masthead_government"))
    issuers = alternation(page_cues("issuer_head") + page_cues("issuer_head_romance"))
    return re.compile(
        rf"^[ \t]*(?:(?P<before>(?:{issuers})[^\n]*?){_SEPARATOR})?(?P<government>(?:{governments})[ \t]+{_STATE_NAME})"
        rf"(?:{_SEPARATOR}(?P<after>(?:{issuers})[^\n]*))?[ \t]*$"
    )


_MASTHEAD_GOVERNMENT = _masthead_government_pattern()
_ISSUER_LINE = re.compile(
    rf"^[ \t]*(?:{alternation(page_cues('issuer_head') + page_cues('issuer_head_romance'))})"
    rf"|^[ \t]*(?:[A-Z][\w'’-]*[ \t]+){{1,4}}(?:{alternation(ORG_HEADS)})[ \t]*$"
)


def masthead_government_lines(text: str) -> tuple[Span, ...]:
    """Spans of a state's government named in a release's masthead beside its issuer ("Ministry of Mines" /
    "Government of Ghana"): the issuing body's state, written as its letterhead; no actor of the story. The
    issuer stands on the same line or on the line above or below; a government the story itself names is one."""
    lines, start = [], 0
    for line in text.split("\n")[: _MASTHEAD_LINES + 1]:
        lines.append((start, line))
        start += len(line) + 1
    found = []
    for i, (start, line) in enumerate(lines):
        stripped = line.strip()
        if stripped.endswith((".", "!", "?")) or (len(stripped.split()) >= _PROSE_WORDS and not _MENU.search(line)):
            break
        government = _MASTHEAD_GOVERNMENT.match(line)
        if government is None:
            continue
        beside = [lines[j][1] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if government.group("before") or government.group("after") or any(_ISSUER_LINE.match(b) for b in beside):
            found.append((start + government.start("government"), start + government.end("government")))
    return tuple(found)


def names_an_outlet(name: str) -> bool:
    """A name of two words or more whose last word is an outlet's ("Example Times", "World Radio")."""
    words_ = name.split()
    return len(words_) > 1 and words_[-1] in _OUTLET_HEADS


def menu_lines(text: str) -> tuple[Span, ...]:
    """Lines of page furniture: items parted by two bars or more ("Home | About Us | Press Releases") or a trail
    of two `>` or more ("Home > News > Media"). A body the knowledge base knows may still be named there, and so
    may the body that publishes the page, named by its head noun as the first item of the page's first menu line
    ("Ghana Chamber of Mines | Members' news | 28.05.2024"): its masthead, no section's or outlet's name."""
    found, start, before = [], 0, 0
    for line in text.split("\n"):
        if line.count(" | ") >= 2 or line.count(" > ") >= 2:
            issuer = re.split(r" [|>] ", line, maxsplit=1)[0] if not found and before < _MASTHEAD_MENU_LINES else ""
            kept = len(issuer) if _names_a_publisher(issuer) else 0
            found.append((start + kept, start + len(line)))
        elif line.strip() and not _HEADER_LINE.match(line):
            before += 1
        start += len(line) + 1
    return tuple(found)


# A section's or a column's label of two words joined by `&` ("Money & Markets", "News & Events", "Energia &
# Recursos"): an item of a masthead or a trail after a separator (a bar, a dash, `>`) or before a trail's `>`, or a
# unit in brackets after an office ("Senior Assistant Director (Legal & Licensing)"). One word each side: a firm
# that joins two names ("Larsen & Toubro") in running text is no item of a line of furniture.
_LABEL = r"[A-ZÀ-Ý][a-zà-ÿ]+[ \t]+&[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+"
_SECTION_LABEL = re.compile(
    rf"(?:(?<=[ \t][|>—–][ \t])(?P<after>{_LABEL})(?=[ \t]*(?:$|[ \t][|>—–][ \t]))"
    rf"|^(?P<trail>{_LABEL})(?=[ \t]+>[ \t])"
    rf"|(?<=\()(?P<unit>{_LABEL})(?=\)))",
    re.MULTILINE,
)


def section_labels(text: str) -> tuple[Span, ...]:
    """The spans of the section and column labels of two words joined by `&` on lines of page furniture: no
    body's names ("NEPAL BUSINESS WEEKLY — Money & Markets", "University of X | News & Events", "News & Media >
    Press releases")."""
    return tuple(m.span() for m in _SECTION_LABEL.finditer(text)) if "&" in text else ()


def _names_a_publisher(item: str) -> bool:
    """A body's name by its head noun, all in a name's words ("Oman Chamber of Commerce and Industry"); no outlet's,
    no section's ("Parliament news")."""
    return (
        len(item.split()) > 1
        and CAP_RUN.fullmatch(item.strip()) is not None
        and is_org_name(item)
        and not names_an_outlet(item)
    )


def _modified_parts(text: str, start: int, end: int) -> list[Span]:
    """The run cut where a participle is hyphened to a word ("Tata Motors-owned Jaguar Land Rover"): the name
    before it (a place or a body, judged as any piece) and the name after it; cut at a gap of two spaces or
    more, which parts the items of a menu ("Home  About  Airlines"), and before an honorific ("Datuk")."""
    parts = []
    for cut in _PART_BREAK.finditer(text, start, end):
        if _ONE_WORD_BEFORE_DASH.fullmatch(text, start, cut.end()) or _between_states(text, start, cut):
            continue  # "Camões - Instituto da Cooperação e da Língua": a body's short name styled before its full one
        parts.append((start, cut.start()))
        start = cut.end()
    parts.append((start, end))
    return [(a, b) for a, b in parts if b > a]


_STATE_ENDS = re.compile(rf"(?<![\w-])(?:{COUNTRY})$")
_STATE_OPENS = re.compile(rf"(?:{COUNTRY})(?![\w'’-])")


def _between_states(text: str, start: int, cut: re.Match) -> bool:
    """ "the India - Japan Chamber of Commerce", "the Russia - Belarus Union State": a dash between two states joins
    them in one body's name."""
    return bool(
        re.fullmatch(_SPACED_DASH, cut.group())
        and _STATE_ENDS.search(text, max(start, cut.start() - 40), cut.start())
        and _STATE_OPENS.match(text, cut.end())
    )


def _at_owner(text: str, start: int, end: int) -> list[Span]:
    """ "the World Economic Forum's Special Meeting": a body's possessive ends its name, and what it owns is
    judged apart; "Prime Minister's Office" stays whole (an office owns it, not a body), and so does a state's name
    that holds a possessive ("Embassy of the People's Republic of China")."""
    states = () if _STATE_WITH_POSSESSIVE is None else tuple(_STATE_WITH_POSSESSIVE.finditer(text, start, end))
    states = tuple(m.span() for m in states)
    owner = next((m for m in _POSSESSIVE.finditer(text, start, end) if not overlaps_any(m.span(), states)), None)
    if owner is None:
        return [(start, end)]
    name = text[start : owner.start()]
    if outlet_unit(text, owner.end(), end):  # "VOA's Urdu Service": the outlet alone
        return [(start, owner.start())]
    if name in organization_lookup() or is_org_name(name) or name in ORG_HEADS:
        return [(start, owner.start()), (owner.end(), end)]
    return [(start, end)]


def _with_portfolio_list(text: str, start: int, end: int) -> int:
    """Where a body's name ends when a list of portfolios continues its `of` phrase."""
    if not text.startswith(",", end):
        return end
    listed = _PORTFOLIO_LIST.match(text, end)
    if listed is None or not (_OF_PHRASE.search(text, start, end) or _ON_PHRASE.search(text, start, end)):
        return end
    items = re.split(r",\s+|\s+(?:and|&|y|e|et)\s+(?:the\s+)?", listed.group().lstrip(", "))
    if any(_not_a_portfolio(item) for item in items):
        return end
    return listed.end()


def _with_state_list(text: str, start: int, end: int) -> int:
    """Where a body's name ends when its `of` phrase lists states ("Customs Union of Belarus, Kazakhstan and
    Russia")."""
    if not _STATE_AT_END.search(text, start, end) or not _HEAD_BEFORE_OF.search(text, start, end):
        return end
    listed = _STATE_LIST.match(text, end)
    # "the Development Bank of Kazakhstan and China Development Bank": a last state that opens a longer name is
    # that name's, and the list is no list
    return listed.end() if listed and not _NAME_GOES_ON.match(text, listed.end()) else end


def _with_portfolio_before(text: str, start: int, end: int) -> int:
    """ "the Foreign, Commonwealth & Development Office", "From: Foreign, ...": a portfolio and a comma before a
    name that closes its list with `and` or `&` open the name (after `the`, a colon or at a line's start)."""
    before = _PORTFOLIO_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group("field") not in OFFICE_FIELDS or not _LIST_CLOSE.search(text, start, end):
        return start
    return before.start("field")


def _without_figure_unit(text: str, start: int, end: int) -> int:
    """ "Rongsheng Petrochemical Co. for SAR 13.5 billion": a last word before a figure, after `for` or `of`, is
    the figure's currency, not a word of the name."""
    if not _FIGURE_NEXT.match(text, end):
        return end
    unit = _FOR_UNIT.search(text, start, end)
    return unit.start() if unit else end


def _not_a_portfolio(item: str) -> bool:
    """A state, a city, a demonym or a body of its own is a new item of a sentence's list, not a portfolio."""
    words = item.split()
    return (
        item in country_names()
        or item in city_countries()
        or item in demonyms()
        # "Services" is a head noun and a portfolio: a portfolio alone in its item is the list's
        or any((w in ORG_HEADS and not (len(words) == 1 and w in OFFICE_FIELDS)) or w in country_names() for w in words)
    )
