"""Acronyms never spelled out that the sentence shows to be bodies: by their officers or as an agent at work.

Reports name a state's agencies, regulators, police forces and firms by an acronym they never spell out (`METI`,
`JETRO`, `WAPCOS`). No list can hold them all; the grammar around the acronym tells a body from a concept (`GDP`,
`LNG`, `FTA`):
- an officer of it: `the director general of SASSI`, `the head of the PMDA`, `JOGMEC's president`, and in
  Spanish, French and Portuguese `le directeur général de l'APIX`, `el presidente del INE`, `o diretor da ANP`;
- the agent of a body's work in the passive: `is being built by WAPCOS`, `a fund administered by CIDA`,
  `financé par la BEI`, `executado pela EDM`;
- the subject of a future or perfect of doing: `JETRO will open`, `NAME and MVM will raise`, `JOGMEC has been
  exploring`, or of a body's own act in the simple past or present: `EDCF pledged`, `PHCN pays`, `la BEI accorde`;
- a party to a pact between two acronyms (`an MoU between ISRO and JAXA`), a place where people meet or wait that
  closes its clause (`met at METI, said`, `approvals at the PMDA, even`), or one bidden to act (`asked MIDA to`);
when the text never writes the acronym in the plural (`FTAs`, `SEZs` are things one has many of).
The acronym stands alone (a capitalised word before it makes it the end of a longer name: `Oman LNG`), is no
state, currency, office or known body, and the text does not spell it out (the bracket rules read those).
"""

from __future__ import annotations

import re

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import LEADING_NOISE, phrases, words
from pipelines.extract.actors.names import ROLE_WORD
from pipelines.extract.actors.organizations import OrgMention
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import country_names, currency_codes, demonyms, organization_lookup, slug
from pipelines.knowledge.actor_words import country_names_in

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
# "el ICEX organizará", "a ANP assinará", "la BEI financera", "o BNDES vai financiar", "la AFD va a abrir": a Spanish,
# Portuguese or French future or near future of a body's own act
_ROMANCE_DOING = words("acronym_agent_infinitives_romance")
_ROMANCE_FUTURES = frozenset(
    {f"{verb}{ending}" for verb in _ROMANCE_DOING for ending in ("á", "án", "ão")}
    | {f"{verb[:-1] if verb.endswith('re') else verb}{ending}" for verb in _ROMANCE_DOING for ending in ("a", "ont")}
)
_DOES_ROMANCE = re.compile(
    rf"(?<![\w&/.'’-])(?P<acr>{_ACRONYM})[ \t]+(?:(?:también|aussi|também|ya|déjà|já)[ \t]+)?"
    r"(?:(?P<aux>va|van|vont|vai|vão)[ \t]+(?:a[ \t]+)?)?(?P<verb>[a-zà-ÿ]{4,})(?![\w-])"
)
# "PHCN pays", "TEDA already runs", "la BEI accorde", "EDCF pledged $100 million": a body's own act in the present,
# or in the past with its object after it (not "the PSDP approved for next year", a participle)
_OBJECT = r"[ \t]+(?:(?:a|an|the|its|their|another|some|more|over|nearly|almost|about|up)[ \t]|[$€£¥\d]|[A-Z])"
_ACTS = re.compile(
    rf"(?<![\w&/.'’-])(?P<acr>{_ACRONYM})[ \t]+(?:(?:also|already|now|still)[ \t]+)?"
    rf"(?:(?:{phrases('acronym_agent_verbs')})(?![\w-])|(?:{phrases('acronym_agent_past_verbs')})(?={_OBJECT}))"
)
_ARTICLE = r"(?:(?:the|la|le|el|o|a)[ \t]+|l['’])?"
# "an MoU between ISRO and JAXA", "entre la BEI et la BAD": the two parties a pact joins
_BETWEEN = re.compile(
    rf"(?<![\w-])(?:between|entre)[ \t]+{_ARTICLE}(?P<acr>{_ACRONYM})[ \t]+(?:and|et|y|e)[ \t]+{_ARTICLE}"
    rf"(?P<other>{_ACRONYM})(?![\w&'’/-])"
)
# "met at METI, said", "approvals at the PMDA, even after": where people meet or wait, closing its clause ("at the
# LNG terminal" goes on with the noun the acronym qualifies)
_AT = re.compile(
    rf"(?<![\w-])at[ \t]+(?:the[ \t]+)?(?P<acr>{_ACRONYM})(?=[ \t]*[,.;]|[ \t]+(?:to|on|after|in|and)[ \t])"
)
# "asked MIDA to monitor", "urged the NDMA to act": a body bidden to act
_BIDDEN = re.compile(
    rf"(?<![\w-])(?:{phrases('acronym_bidding_verbs')})[ \t]+(?:the[ \t]+)?(?P<acr>{_ACRONYM})[ \t]+to[ \t]"
)
# "a subsidiary of COMILOG", "a 20 percent stake in PTTEP", "filiale de la RATP", "participado pelo BFA", "a $40 million
# contract with GHACEM", "un contrat de 90 millions d'euros avec la SONEDE": a party to a company's dealings, its noun
# phrase closed after it ("a contract with EPC terms" and "a stake in LNG projects" name a thing, no party)
_PARTY_ARTICLE = r"(?:(?:the|la|le|el|o|a)[ \t]+|l['’])?"
_PARTY_GAP = r"(?:[ \t]+[^ \t.;:!?\n()]+){0,6}?"
_PARTY = re.compile(
    rf"(?<![\w-])(?:(?:{phrases('acronym_party_cues', either_case=True)})"
    rf"|(?:{phrases('acronym_party_nouns', either_case=True)}){_PARTY_GAP}[ \t]+(?:{phrases('acronym_party_with')}))"
    rf"[ \t]+{_PARTY_ARTICLE}(?P<acr>{_ACRONYM})(?![\w&'’/-])"
    rf"(?=[ \t]*(?:[,.;:)!?\n]|$)|[ \t]+(?:{phrases('acronym_party_closers')})(?![\w'’-]))"
)
# "Tarbela III", "Phase II": a number, not a body
_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
_LEGAL_FORMS = words("company_prefixes")
_ROMANCE_ARTICLES = words("determiners_romance")
# "Exports of LNG will rise": after a preposition the acronym is a noun's complement, not the verb's subject
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?:of|in|for|on|with|from|to|by|than|about)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[A-Z][\w'’.-]*)[ \t]+(?:and[ \t]+)?$")
_LOOK_BACK = 40
_ROMANCE_LANGUAGES = ("es", "fr", "pt")


def acronym_role_claims(text: str, skip: tuple[Span, ...], claimed: tuple[Span, ...]) -> list[Claim]:
    """Acronyms shown to be bodies by an officer or by an agent's clause, and every other use of each, as
    organisation claims. `claimed`: the sorted, disjoint spans other rules claimed."""
    shown = (_OFFICER_OF, _OFFICER_AFTER, _AGENT, _AT, _BIDDEN, _PARTY)
    found = {m.group("acr") for pattern in shown for m in pattern.finditer(text)}
    found |= {m.group("acr") for pattern in (_DOES, _ACTS) for m in pattern.finditer(text) if _does(text, m)}
    found |= {m.group("acr") for m in _DOES_ROMANCE.finditer(text) if _does_in_romance(text, m)}
    found |= {name for m in _BETWEEN.finditer(text) for name in (m.group("acr"), m.group("other"))}
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
    verb = match.groupdict().get("verb")
    if verb in _NOT_DOING or (match.groupdict().get("been") and not verb.endswith("ing")):
        return False
    if _PREPOSITION_BEFORE.search(text, max(0, match.start("acr") - 12), match.start("acr")):
        return False
    return not _ends_a_name(text, match.start("acr"))


def _does_in_romance(text: str, match: re.Match) -> bool:
    """A future of doing ("organizará", "financera") or a near future's infinitive ("vai financiar") of a body's act,
    the acronym not the end of a longer name."""
    verb = match.group("verb")
    doing = verb in _ROMANCE_DOING if match.group("aux") else verb in _ROMANCE_FUTURES
    return doing and not _ends_a_name(text, match.start("acr"))


def _ends_a_name(text: str, start: int) -> bool:
    """ "Oman LNG will", "Inter RAO will": a capitalised word right before, no state's adjective nor possessive
    ("Korea's EDCF pledged"), ends a name."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if before is None or " and" in before.group() or "\tand" in before.group():
        return False
    word = before.group("word")
    if word.endswith(("'s", "’s")) or word in _ROMANCE_ARTICLES:  # "La BEI accorde": the sentence's article
        return False
    return word not in demonyms() and word not in LEADING_NOISE


def _a_body_s_acronym(text: str, acronym: str) -> bool:
    """No state, currency, office, known body nor acronym the text spells out; never written in the plural."""
    if acronym in country_names() or acronym in currency_codes() or acronym in organization_lookup():
        return False
    if any(acronym in country_names_in(language) for language in _ROMANCE_LANGUAGES):
        return False  # "un accord avec la RDC", "acordo com os EUA": a state's acronym in its own language
    if ROLE_WORD.fullmatch(acronym) or _ROMAN_NUMERAL.fullmatch(acronym) or acronym in _LEGAL_FORMS:
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


# "a memorandum between KARI and CNES": a preposition between the article and the acronym ends the noun counted
_PREPOSITION = r"(?:between|with|by|of|for|from|to|at|on|in|and)"


def _counted(text: str, acronym: str) -> bool:
    """The text counts the acronym as a thing: an indefinite article, up to two lower-case words (no
    preposition), the acronym."""
    return (
        re.search(
            rf"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Ee]ach|[Aa]nother)[ \t]+(?:(?!{_PREPOSITION}[ \t])[a-z][\w-]*[ \t]+){{0,2}}"
            rf"{re.escape(acronym)}(?![\w&/-]){_COUNTED_AFTER}",
            text,
        )
        is not None
    )
