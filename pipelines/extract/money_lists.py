"""Amounts listed under one verb: "The United States pledged $480 million; the European Union €150 million;
Germany €60 million". An item that names only who (a state, a body) before its figure, after a comma or a
semicolon, says what the first item is by the verb they share, whatever clause break stands between them."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from pipelines.extract.records import MonetaryAmount
from pipelines.knowledge.money_vocabulary import cue_pattern, cue_words

# a capitalised word of a name ("European", "Union", "CAF", "Coreia"), or one elided into the word before
# ("l'Allemagne", "d'Algérie")
_NAME_WORD = r"(?:[lLdD]['’])?[A-ZÀ-ÖØ-Þ][\w'’.&-]*"
_LOWER_WORD = r"[a-zà-öø-ÿ][\w-]*"
# what may be left of the first item's phrase after its figure ("$90 million in grants; Japan $40 million")
_FIRST_ITEM_TAIL = r"(?:\s+[^\s;,.:\d]+){0,4}?"
# a listed item's lead is short: a name of a few words, never a clause
_ITEM_REACH = 80


@cache
def _list_patterns(language: str) -> tuple[re.Pattern, re.Pattern | None]:
    """The text between two listed figures when the second names only who: what is left of the first item's
    phrase ("in grants"), a comma or a semicolon, small words (a conjunction, an article, "of"), at least one
    capitalised name word (with its adjective where a name's head comes first: "l'Union européenne"), and an
    optional comma; and, where a compound ends on its head, the end of a labelled item, a name and its own noun
    before the figure ("; EBRD loan "), which shares no verb."""
    words = cue_words(language)
    small = cue_pattern(words["list_item_word"])
    item = rf"(?:(?:{small})\s+)*{_NAME_WORD}"
    named = rf"{item}(?:\s+{item})*"
    head_last = words["compound_head"] == ["last"]
    adjective = "" if head_last else rf"(?:\s+{_LOWER_WORD})?"
    name_only = re.compile(rf"{_FIRST_ITEM_TAIL}\s*[;,]\s*{named}{adjective}\s*,?\s*")
    labelled = re.compile(rf"[;,:]\s*{named}\s+{_LOWER_WORD}\s*$") if head_last else None
    return name_only, labelled


def listed_items_follow_the_first(text: str, amounts: list[MonetaryAmount], language: str) -> list[MonetaryAmount]:
    """Each figure whose own words are only a name after a comma or a semicolon takes the kind, subject and year
    of the figure before it, the item whose verb the list shares."""
    name_only, labelled = _list_patterns(language)
    out: list[MonetaryAmount] = []
    for amount in amounts:
        first = out[-1] if out else None
        gap = text[first.char_end : amount.char_start] if first else ""
        shares_verb = (
            first is not None
            and len(gap) <= _ITEM_REACH
            and name_only.fullmatch(gap) is not None
            # "AIIB loan USD 27.5 million; Government of Tajikistan USD 16 million": items each with its own noun
            and (
                labelled is None
                or labelled.search(text, max(0, first.char_start - _ITEM_REACH), first.char_start) is None
            )
        )
        if shares_verb:
            amount = dataclasses.replace(amount, kind=first.kind, subject=first.subject, year=first.year)
        out.append(amount)
    return out
