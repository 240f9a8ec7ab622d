"""Acronyms never spelled out that the sentence shows to be bodies: by their officers or as an agent at work.

Reports name a state's agencies, regulators, police forces and firms by an acronym they never spell out (`METI`,
`JETRO`, `WAPCOS`). No list can hold them all; the grammar around the acronym tells a body from a concept (`GDP`,
`LNG`, `FTA`):
- an officer of it: `the director general of SASSI`, `the head of the PMDA`, `JOGMEC's president`, and in
  Spanish, French and Portuguese `le directeur général de l'APIX`, `el presidente del INE`, `o diretor da ANP`;
- the agent of a body's work in the passive: `is being built by WAPCOS`, `a fund administered by CIDA`,
  `financé par la BEI`, `executado pela EDM`;
- the subject of a future or perfect of doing: `JETRO will open`, `NAME and MVM will raise`, `JOGMEC has been
  exploring`, when the text never writes the acronym in the plural (`FTAs`, `SEZs` are things one has many of).
The acronym stands alone (a capitalised word before it makes it the end of a longer name: `Oman LNG`), is no
state, currency, office or known body, and the text does not spell it out (the bracket rules read those).
"""

from __future__ import annotations

import re

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import LEADING_NOISE, phrases
from pipelines.extract.actors.names import ROLE_WORD
from pipelines.extract.actors.organizations import OrgMention
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import country_names, currency_codes, demonyms, organization_lookup, slug

_ACRONYM = r"[A-Z][A-Z&]{1,6}[A-Z]"
# "the director general of SASSI", "the head of the PMDA", "le directeur général de l'APIX", "presidente del INE"
_OFFICER_OF = re.compile(
    rf"(?<![\w-])(?:(?:{phrases('acronym_officers', either_case=True)})[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?"
    rf"|(?:{phrases('acronym_officers_romance', either_case=True)})[ \t]+"
    r"(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|d['’]|de[ \t]+|del[ \t]+|du[ \t]+|d[ao][ \t]+))"
    rf"(?P<acr>{_ACRONYM})(?![\w&'’/-])"
)
# "JOGMEC's president", "the RFMF's commander"
_OFFICER_AFTER = re.compile(rf"(?<![\w&/.'’-])(?P<acr>{_ACRONYM})['’]s[ \t]+(?:{phrases('acronym_officers')})(?![\w-])")
# "is being built by WAPCOS", "administered by CIDA", "financé par la BEI", "executado pela EDM"
_AGENT = re.compile(
    rf"(?<![\w-])(?:{phrases('agent_participles')})[ \t]+(?:by[ \t]+(?:the[ \t]+)?"
    r"|par[ \t]+(?:la[ \t]+|le[ \t]+|l['’])?|por[ \t]+(?:la[ \t]+|el[ \t]+)?|pel[oa][ \t]+)"
    rf"(?P<acr>{_ACRONYM})(?![\w&'’/-])"
)
# "JETRO will open", "JOGMEC has been exploring", "NAME and MVM will raise": a future or perfect of doing
# ("has been signed" is a passive: after `been` only a present participle acts)
_DOES = re.compile(
    rf"(?<![\w&/.'’-])(?P<acr>{_ACRONYM})[ \t]+(?:will|would|plans[ \t]+to|(?:has|have|had)(?P<been>[ \t]+been)?)"
    r"[ \t]+(?:also[ \t]+|now[ \t]+|already[ \t]+)?(?P<verb>[a-z]{3,})(?![\w-])"
)
_NOT_DOING = frozenset({"been", "not", "also"})
# "Exports of LNG will rise": after a preposition the acronym is a noun's complement, not the verb's subject
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:of|in|for|on|with|from|to|by|than|about)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[A-Z][\w'’.-]*)[ \t]+(?:and[ \t]+)?$")
_LOOK_BACK = 40


def acronym_role_claims(text: str, skip: tuple[Span, ...], claimed: tuple[Span, ...]) -> list[Claim]:
    """Acronyms shown to be bodies by an officer or by an agent's clause, and every other use of each, as
    organisation claims. `claimed`: the sorted, disjoint spans other rules claimed."""
    found = {m.group("acr") for pattern in (_OFFICER_OF, _OFFICER_AFTER, _AGENT) for m in pattern.finditer(text)}
    found |= {m.group("acr") for m in _DOES.finditer(text) if _does(text, m)}
    claims = []
    for acronym in sorted(found):
        if not _a_body_s_acronym(text, acronym):
            continue
        mention = OrgMention(slug(acronym), acronym, None)
        for use in re.finditer(rf"(?<![\w&/-]){re.escape(acronym)}(?![\w&/-])", text):
            if not overlaps_any(use.span(), skip) and not overlaps_any(use.span(), claimed):
                claims.append(Claim(use.span(), "organization", mention))
    return claims


def _does(text: str, match: re.Match) -> bool:
    """A verb of doing after the auxiliary, the acronym not the end of a longer name."""
    verb = match.group("verb")
    if verb in _NOT_DOING or (match.group("been") and not verb.endswith("ing")):
        return False
    if _PREPOSITION_BEFORE.search(text, max(0, match.start("acr") - 12), match.start("acr")):
        return False
    return not _ends_a_name(text, match.start("acr"))


def _ends_a_name(text: str, start: int) -> bool:
    """ "Oman LNG will", "Inter RAO will": a capitalised word right before, no state's adjective, ends a name."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if before is None or " and" in before.group() or "\tand" in before.group():
        return False
    return before.group("word") not in demonyms() and before.group("word") not in LEADING_NOISE


def _a_body_s_acronym(text: str, acronym: str) -> bool:
    """No state, currency, office, known body nor acronym the text spells out; never written in the plural."""
    if acronym in country_names() or acronym in currency_codes() or acronym in organization_lookup():
        return False
    if ROLE_WORD.fullmatch(acronym):
        return False
    if re.search(rf"\([ \t]*{re.escape(acronym)}[ \t]*\)|{re.escape(acronym)}[ \t]*(?:\(|[|—–-][ \t]*[A-Z])", text):
        return False  # spelled out in brackets or a page's head ("KOTRA | Korea Trade..."): the name rules read it
    if re.search(rf"(?<![\w&/-]){re.escape(acronym)}s(?![\w'’-])", text):
        return False
    return not _counted(text, acronym)


# "sign a comprehensive FTA with China", "an LNG, a fuel": a thing counted by an indefinite article, which no body's
# acronym is (not "a JICA loan", where the acronym qualifies the noun after it)
_COUNTED_AFTER = (
    r"(?=[ \t]*[.,;:)]|[ \t]+(?:with|between|in|on|for|to|of|and|or|that|which|is|was|will|would)(?![\w-]))"
)


def _counted(text: str, acronym: str) -> bool:
    """The text counts the acronym as a thing: an indefinite article, up to two lower-case words, the acronym."""
    return (
        re.search(
            rf"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Ee]ach|[Aa]nother)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}"
            rf"{re.escape(acronym)}(?![\w&/-]){_COUNTED_AFTER}",
            text,
        )
        is not None
    )
