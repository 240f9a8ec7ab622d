"""The one matcher of the kind rules (`pipelines/knowledge/money_kind_rules.toml`): a rule names cue lists and the
window of text each is looked for in, grammar predicates that must hold, and the kind it gives or the grammar step
it runs. The grammar (predicates and steps) lives in `money_kind`; the rules are data."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from pipelines.extract.money_kind_cues import KindCues, shaped_cue
from pipelines.knowledge.money_vocabulary import money_kind_rule_data

FORMS = ("in", "ends", "governs", "heads")
_CONDITION = re.compile(
    rf"^(?P<cue>\w+) (?P<form>{'|'.join(FORMS)}) (?P<window>[a-z_]+)(?:(?P<sign>[+-])(?P<size>\d+))?$"
)


@dataclass(frozen=True, slots=True)
class Condition:
    """A cue looked for in a window of text (`before-40` is the last 40 characters of `before`), in one of the
    `FORMS`: `in` anywhere; `ends` and `governs` right before the end of the window (the figure); `heads` as a
    word of the noun phrase the window opens on, within its first three words where the head comes last ("$40
    billion foreign debt early next year"), its first word where it comes first. A cue of `in` is a compiled
    pattern of `KindCues` where it has one, else a list of `money_cues.toml`."""

    cue: str
    form: str
    window: str
    sign: str
    size: int

    def holds(self, texts: Mapping[str, str], c: KindCues) -> bool:
        text = texts[self.window]
        if self.sign == "-":
            text = text[-self.size :]
        elif self.sign == "+":
            text = text[: self.size]
        if self.form == "in" and self.cue in _COMPILED:
            return getattr(c, self.cue).search(text) is not None
        pattern = shaped_cue(c.language, self.cue, self.form)
        if self.form != "heads":
            return pattern.search(text) is not None
        compound = c.compound.match(text)
        words = compound["phrase"].split() if compound["lead"] is None else []
        # a head-last language names the head within a few words ("$40 billion foreign debt early next year")
        heads = words[:3] if c.head_last else words[:1]
        return any(pattern.fullmatch(word.strip("'’")) for word in heads)


_COMPILED = frozenset(KindCues.__dataclass_fields__) - {"language"}


@dataclass(frozen=True, slots=True)
class KindRule:
    all: tuple[Condition, ...]
    any: tuple[Condition, ...]
    none: tuple[Condition, ...]
    test: tuple[str, ...]
    kind: tuple[str, ...]
    subject: tuple[str, ...]
    then: str | None
    step: str | None


def condition(spec: str) -> Condition:
    found = _CONDITION.match(spec)
    if found is None:
        raise ValueError(f"a kind rule's condition is '<cue> in <window>[-N|+N]': {spec!r}")
    return Condition(found["cue"], found["form"], found["window"], found["sign"] or "", int(found["size"] or 0))


def _rule(row: dict) -> KindRule:
    return KindRule(
        all=tuple(condition(s) for s in row.get("all", ())),
        any=tuple(condition(s) for s in row.get("any", ())),
        none=tuple(condition(s) for s in row.get("none", ())),
        test=tuple(row.get("test", ())),
        kind=tuple(row.get("kind", ())),
        subject=tuple(row.get("subject", ())),
        then=row.get("then"),
        step=row.get("step"),
    )


@cache
def kind_rules(table: str) -> tuple[KindRule, ...]:
    """The rules of one table (`clause` or `override`), in order."""
    return tuple(_rule(row) for row in money_kind_rule_data()[table])


Test = Callable[[object], bool]
Step = Callable[[object, str, str], tuple[str, str]]


def matches(rule: KindRule, ctx, found: tuple[str | None, str | None], tests: Mapping[str, Test]) -> bool:
    """Whether the rule applies to the figure: `ctx.texts` are its windows, `ctx.cues` the language's cues,
    `found` the kind and subject found so far."""
    kind, subject = found
    if (rule.kind and kind not in rule.kind) or (rule.subject and subject not in rule.subject):
        return False
    texts, c = ctx.texts, ctx.cues
    if not all(cond.holds(texts, c) for cond in rule.all):
        return False
    if rule.any and not any(cond.holds(texts, c) for cond in rule.any):
        return False
    if any(cond.holds(texts, c) for cond in rule.none):
        return False
    return all(tests[name](ctx) for name in rule.test)


def first_kind(ctx, tests: Mapping[str, Test]) -> str | None:
    """The kind the first `clause` rule that matches gives, else None."""
    return next((r.then for r in kind_rules("clause") if matches(r, ctx, (None, None), tests)), None)


def overridden(ctx, found: tuple[str, str], tests: Mapping[str, Test], steps: Mapping[str, Step]) -> tuple[str, str]:
    """The kind and subject after every `override` rule, in order, has had its say."""
    kind, subject = found
    for rule in kind_rules("override"):
        if not matches(rule, ctx, (kind, subject), tests):
            continue
        if rule.step is not None:
            kind, subject = steps[rule.step](ctx, kind, subject)
        elif rule.then is not None:
            kind = rule.then
    return kind, subject
