"""One alternation of many named patterns, tried only where a word starts with a character that some of
them can start with.

Python's regex engine tries every branch of an alternation at every position. Grouping the branches by
the first character each can match, and running at each word start only the branches for its first
character, keeps a grammar of dozens of forms at the speed of a few (the result is the same as one
`finditer` over the whole alternation anchored at word starts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as sre  # the parser's node names (stable since 3.11)
from re import _parser as sre_parse

ANY = None  # a branch that may start with any character
_DIGITS = frozenset("0123456789")
_WORD_START = re.compile(r"(?<!\w)\w")


def _first_of_class(items: list) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
            chars.update(_DIGITS)
        else:  # a negated set or a class such as \w: anything
            return ANY
    return frozenset(chars)


def _first(items) -> tuple[frozenset[str] | None, bool]:
    """(the characters a parsed sequence can start with or ANY, whether it can match the empty string)."""
    found: set[str] = set()
    for op, av in items:
        if op is sre.ASSERT_NOT and not av[1]:
            return frozenset(), False  # `(?!)`, an empty vocabulary's stand-in: the sequence never matches
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width
        if op is sre.LITERAL:
            first, nullable = frozenset(chr(av)), False
        elif op is sre.IN:
            first, nullable = _first_of_class(av), False
        elif op is sre.BRANCH:
            results = [_first(branch) for branch in av[1]]
            first = ANY if any(r[0] is ANY for r in results) else frozenset().union(*(r[0] for r in results))
            nullable = any(r[1] for r in results)
        elif op is sre.SUBPATTERN:
            first, nullable = _first(av[3])
        elif op is sre.ATOMIC_GROUP:
            first, nullable = _first(av)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            first, nullable = _first(av[2])
            nullable = nullable or av[0] == 0
        else:
            return ANY, False
        if first is ANY:
            return ANY, False
        found |= first
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased characters a match of `pattern` can start with; ANY when it cannot be told."""
    first, nullable = _first(sre_parse.parse(pattern, flags))
    if first is ANY or nullable:
        return ANY
    return frozenset(c.lower() for c in first)


def grouped_alternation(branches: Iterable[tuple[str, str]]) -> str:
    """Regex branches given as (first, rest) as one alternation with each `first` written once, in the order
    the firsts and rests come: `a(?:greed|nnounced)|b(?:...)`. The engine tries every branch at every position;
    this way a position tries only the rests of its own first character, and gets the same match as the plain
    alternation when no two firsts can match at the same place."""
    groups: dict[str, list[str]] = {}
    for first, rest in branches:
        groups.setdefault(first, []).append(rest)
    return "|".join(first if rests == [""] else f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


class DispatchedAlternation:
    """`finditer` over `(?:branch1|branch2|...)` at word starts: each branch is compiled once, and a word
    tries, in order, only the branches that can start with its first character."""

    def __init__(self, branches: list[str], flags: int = 0):
        compiled = [re.compile(b, flags) for b in branches]
        firsts = [first_chars(b, flags) for b in branches]
        alphabet = set().union(*(f for f in firsts if f is not ANY))
        self._by_char: dict[str, tuple[re.Pattern, ...]] = {
            char: tuple(p for p, f in zip(compiled, firsts, strict=True) if f is ANY or char in f) for char in alphabet
        }
        self._fallback = tuple(p for p, f in zip(compiled, firsts, strict=True) if f is ANY)

    def finditer(self, text: str) -> Iterator[re.Match]:
        position = 0
        by_char, fallback = self._by_char, self._fallback
        for word in _WORD_START.finditer(text):
            start = word.start()
            if start < position:
                continue
            for pattern in by_char.get(text[start].lower(), fallback):
                match = pattern.match(text, start)
                if match is not None:
                    position = match.end()
                    yield match
                    break
