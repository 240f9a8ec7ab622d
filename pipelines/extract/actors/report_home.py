"""Where a report is filed from and for: its dateline (place and news agency), its byline's place, and the
national outlet its masthead names. A report leaves the officials of that home side unqualified."""

from __future__ import annotations

import re

from pipelines.extract.actors.lexicon import COUNTRY, alternation
from pipelines.knowledge import city_countries, country_names, organization_lookup
from pipelines.knowledge.actor_words import actor_words

# The dateline that opens a report: `ISLAMABAD:`, `New Delhi [India], May 2 (ANI):`, `BEIJING, Sept. 2 --`,
# `NEW DELHI, India (AP) --`,
# `Bishkek (Kabar) -`, `Ulaanbaatar /MONTSAME/`, `ALGIERS- `.
_DATELINE = re.compile(
    r"^[ \t]*(?:date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+)?(?P<place>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,2})"
    r"(?:(?:,[ \t]*(?P<state>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,2}))?"
    r"[ \t]*[\[(][^\])\n]{1,40}[\])][ \t]*(?:[,:]|[-–—]+(?:[ \t]|$))|[ \t]*/[A-Z][\w .&-]{1,30}/[ \t]"
    r"|[ \t]*[:]|[ \t]+[-–—]+[ \t]|(?<=[A-Z]-)[ \t]|,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+)?\d)",
    re.M,
)
_DATELINE_AGENCY = re.compile(
    r"[^\n(/]{0,30}?(?:\((?P<agency>[A-Z][\w .&-]{1,30})\)|/(?P<slashed>[A-Z][\w .&-]{1,30})/)"
)
_HEAD_LINES = 6
# The opening paragraph, which carries the dateline, may come after menus and a headline: the first line this
# long, among the first lines of the page.
_PARAGRAPH_CHARS = 80
_PAGE_HEAD_LINES = 25
# "By Chinedu Eze, Abuja": a byline that says where its writer files from
_BYLINE_PLACE = re.compile(
    r"^[ \t]*By[ \t]+[A-Z][^\n,]{2,60},[ \t]*(?P<place>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,2})[ \t]*$", re.M
)
_BYLINE_LINES = 12
# A masthead line: the outlet's name alone, or before a separator and words that are all capitalised or numbers
# (`Ahram Online , Thursday 16 Feb 2023`, `WAM | Emirates News Agency`); a headline has lower-case words.
_MASTHEAD = re.compile(r"^[ \t]*(?P<outlet>[^\n|,·]{2,40}?)[ \t]*(?:[|,·](?P<rest>[^\n]*))?$", re.M)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]")
_MASTHEAD_LINES = 4


def dateline_countries(text: str) -> tuple[str | None, ...]:
    """The states a report is filed for, surest first: its dateline's news agency's (`(APP)`), its place's; else
    the place its byline files from (`By NAME, Abuja`)."""
    for match in _DATELINE.finditer(_dateline_head(text)):
        place = match.group("place").rstrip("-")
        place = place.title() if place.isupper() else place
        # "NEW DELHI, India (AP) --", "VALLETTA, Malta (UPI) --": a wire's city, then its state
        found = city_countries().get(place) or country_names().get(place) or country_names().get(match["state"] or "")
        if found:
            agency = _DATELINE_AGENCY.match(match.string, match.end("place"))
            name = (agency.group("agency") or agency.group("slashed")).strip() if agency else None
            known = organization_lookup().get(name) if name else None
            return (known.country if known else None, found)
    head = "\n".join(text.lstrip().split("\n", _BYLINE_LINES)[:_BYLINE_LINES])
    byline = _BYLINE_PLACE.search(head)
    return (city_countries().get(byline.group("place")),) if byline else ()


def _dateline_head(text: str) -> str:
    """The first lines of the text, and its opening paragraph when menus and a headline push it further down."""
    lines = text.lstrip().split("\n", _PAGE_HEAD_LINES)[:_PAGE_HEAD_LINES]
    head = lines[:_HEAD_LINES]
    # a long headline among the first lines is no opening paragraph: look past them
    opening = next((at for at in range(_HEAD_LINES, len(lines)) if len(lines[at]) >= _PARAGRAPH_CHARS), len(lines))
    before = next((at for at in range(opening - 1, _HEAD_LINES - 1, -1) if lines[at].strip()), None)
    # the opening paragraph, and the line before it ("MADRID, 5 Mar. (EUROPA PRESS) -" on a line of its own)
    head += [lines[at] for at in (before, opening) if at is not None and _HEAD_LINES <= at < len(lines)]
    return "\n".join(head)


def masthead_country(text: str) -> str | None:
    """The state of the national outlet a masthead line at the top of the page names (`Agência Brasil`)."""
    head = "\n".join(text.lstrip().split("\n", _MASTHEAD_LINES)[:_MASTHEAD_LINES])
    for match in _MASTHEAD.finditer(head):
        rest = match.group("rest")
        if rest and _LOWER_WORD.search(rest):
            continue
        known = organization_lookup().get(match.group("outlet").strip())
        if known and known.country:
            return known.country
    return None


# The head of a state body's own page: the body and its state end the line or come before a separator
# ("Ministry of Foreign Affairs of Mongolia", "Gov.kz | Ministry of Foreign Affairs of the Republic of Kazakhstan")
_HEAD_BODY = re.compile(
    rf"(?<![\w-])(?:{alternation(actor_words('page_head_bodies'))})"
    rf"(?:[ \t]+[A-Z][\w'’&-]*|[ \t]+(?:of|and|for|the)){{0,8}}?"
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:Republic|Kingdom|Sultanate|State)[ \t]+of[ \t]+(?:the[ \t]+)?)?"
    rf"(?P<state>{COUNTRY})[ \t]*(?=$|[|›»/>])",
    re.M,
)
# A page's trail of sections with one named after a state ("AL-NILE DAILY › Egypt › Economy")
_SECTION_STATE = re.compile(rf"(?:^|[|›»>])[ \t]*(?P<state>{COUNTRY})[ \t]*(?=[|›»>]|$)", re.M)
_SEPARATOR = re.compile(r"[|›»>]")


def page_head_state(text: str) -> str | None:
    """The state whose own body's page this is, by its head ("Ministry of Foreign Affairs of Mongolia"), or whose
    section of a site the trail of sections names ("NEWS › Egypt › Economy"): its officials are the page's own,
    even where it names their state."""
    head = "\n".join(text.lstrip().split("\n", _MASTHEAD_LINES)[:_MASTHEAD_LINES])
    body = _HEAD_BODY.search(head)
    if body:
        return country_names()[body.group("state")]
    for line in head.split("\n"):
        section = _SECTION_STATE.search(line) if _SEPARATOR.search(line) else None
        if section:
            return country_names()[section.group("state")]
    return None
