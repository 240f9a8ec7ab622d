"""Company officers: an office held at a company, said next to a person's name, makes the person of the company's
state, not of the article's host nor of a minister nearby ("Vestas CEO NAME", "the head of Russian Railways, NAME",
"NAME, vice president of sales for Africa at Boeing", "l'administrateur délégué d'Eni, NAME").

The company's state is the one its body carries (`person_bodies.bodies_of`: a state before its name, a state word
in it, the tables of known organisations and companies). A state the text gives the person wins, and so does a
known office holder's; a company of no known state leaves the person to the other rules.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache

from pipelines.extract.actors.lexicon import HONORIFIC, phrases
from pipelines.extract.actors.person_bodies import Body, body_before, body_meant_before
from pipelines.extract.actors.persons import Introduction
from pipelines.extract.records import Span
from pipelines.extract.spans import sentence_around
from pipelines.knowledge import office_holder


def give_company_states(text: str, introductions: Iterable[Introduction], bodies: list[Body]) -> None:
    """Give each introduction without a state the state of the company its office is held at, if any."""
    starts = [body[0] for body in bodies]
    for introduction in introductions:
        if introduction.country or introduction.stateless or office_holder(introduction.name):
            continue
        body = _company_at(text, introduction.span, bodies, starts)
        if body and body[2] and not body[3] and body[2] != introduction.not_country:
            introduction.country = body[2]


@cache
def _office() -> str:
    """A company office, with the words that qualify it ("former chief executive", "president and CEO")."""
    one = (
        rf"(?:(?:{phrases('company_office_modifiers', either_case=True)})[ \t]*)*"
        rf"(?:{phrases('company_offices', either_case=True)})(?![\w-])"
    )
    return rf"{one}(?:[ \t]+(?:and|&|et|y|e)[ \t]+{one})?"


# "of", "at", "de", "d'": an office's link to the body it is held at, with an article
_AT = (
    r"(?:[ \t]+(?:of|at|with|de|del|do|da|du|des)[ \t]+(?:(?:the|la|le|el|o|a|los|las|os|as)[ \t]+|l['’])?"
    r"|[ \t]+d['’])"
)
_ARTICLE = r"(?:(?:the|a|an|le|la|el|o|un|une|um|uma)[ \t]+|l['’])?"
_REACH = 80


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    honorifics = rf"(?:(?:{HONORIFIC})[ \t]+)*"
    office_before = re.compile(rf"(?<![\w-])(?P<office>{_office()}),?[ \t]+{honorifics}$")
    office_of = re.compile(rf"(?<![\w-])(?:{_office()}){_AT}$")
    body_to_name = re.compile(rf"[ \t]*,?[ \t]+{honorifics}")
    # "NAME, vice president of sales for Africa at Boeing": an office, a few words, a link, a capitalised body
    office_after = re.compile(rf",[ \t]+{_ARTICLE}(?:{_office()})(?:[ \t]+[\w'’-]+){{0,6}}?{_AT}(?=[A-Z])")
    return office_before, office_of, body_to_name, office_after


_COMPANY_ONLY = re.compile(
    rf"(?:(?:{phrases('company_office_modifiers', either_case=True)})[ \t]*)*"
    rf"(?:{phrases('company_only_offices', either_case=True)})"
)


def _company_of_sentence(text: str, position: int, bodies: list[Body], starts: list[int]) -> Body | None:
    """The company a bare office before a name is held at ("Codelco wants partners, as chairman NAME put it"):
    the first body the sentence names before it, when all those it names belong to one state."""
    sentence_start = sentence_around(text, (position, position))[0]
    first = bisect.bisect_left(starts, sentence_start)
    named = []
    for body in bodies[first:]:
        if body[0] >= position:
            break
        if body[1] <= position and not body[3]:
            named.append(body)
    return named[0] if named and len({b[2] for b in named}) == 1 else None


def _company_at(text: str, span: Span, bodies: list[Body], starts: list[int]) -> Body | None:
    """The body an office next to the name is held at: "BODY CEO NAME", "the head of BODY, NAME", "NAME, CEO of
    BODY"."""
    office_before, office_of, body_to_name, office_after = _patterns()
    start, end = span
    office = office_before.search(text, max(0, start - _REACH), start)
    # "Vale BODY CEO NAME", or "its chief executive, NAME": the body named before that "its" stands for
    body = (
        (body_before(text, office.start(), bodies) or body_meant_before(text, office.start(), bodies))
        if office
        else None
    )
    if body:
        return body
    if office and _COMPANY_ONLY.fullmatch(office.group("office")):
        return _company_of_sentence(text, office.start(), bodies, starts)
    first = bisect.bisect_left(starts, start - 2 * _REACH)
    for body in bodies[first:]:
        if body[0] >= start:
            break
        if body_to_name.fullmatch(text, body[1], start) and office_of.search(text, max(0, body[0] - _REACH), body[0]):
            return body
    # "NAME, BP's regional president for Azerbaijan", "NAME, Siemens' chief executive": the body owns the office
    comma = _COMMA_AFTER.match(text, end)
    at = bisect.bisect_left(starts, comma.end()) if comma else len(bodies)
    if at < len(bodies) and starts[at] == comma.end() and _owns_office().match(text, bodies[at][1]):
        return bodies[at]
    after = office_after.match(text, end)
    # "NAME, Chairman of the Board of Executive Directors of BASF SE", "NAME, head of the Africa division of
    # Siemens": the first link may open a unit of the body, of no state of its own; the body is at a later link on
    # (up to the clause's end)
    unit = None
    while after:
        at = bisect.bisect_left(starts, after.end())
        if at < len(bodies) and starts[at] == after.end():
            if bodies[at][2] or bodies[at][3]:
                return bodies[at]
            unit = unit or bodies[at]
        after = _LINK.search(text, after.end(), min(len(text), after.end() + _REACH))
        after = after if after and not _CLAUSE_END.search(text, end + 1, after.start()) else None
    return unit


_LINK = re.compile(rf"{_AT}(?=[A-Z])")
_COMMA_AFTER = re.compile(r",[ \t]+(?:the[ \t]+)?")


@cache
def _owns_office() -> re.Pattern:
    """A body's possessive and the office it owns ("'s regional president", "' chief executive")."""
    return re.compile(rf"['’]s?[ \t]+{_office()}(?![\w-])")


_CLAUSE_END = re.compile(r"[,;:.!?()\n]")
