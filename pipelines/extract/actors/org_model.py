"""The model's organisations: companies and bodies named by a word the rules' lists do not foresee.

A company is often named by a brand alone (`Thales`, `Transnet`, `Flydubai`), with no head noun, trade or legal
form to tell it. The model proposes, the rules decide. The clause says who acts: a name that is the subject of
a verb of doing (`X said`, `X will build`), the agent after `by` or the borrower after `lend`, or that an
apposition calls a company (`X, the largest investor`). Only such names are shown to the model (so it reads few
sentences), and its ORG proposal is kept when it is a proper name of its own (no state, city, people, office,
programme or calendar word makes it up), outside page furniture, where no rule claimed anything, and not a word
of a person the article names. Places are the model's usual mistake (`at El-Dabaa`, `over Sinai`): they are
rarely said to act. Acronyms are left to the rules (the model reads units and codes, `LNG`, `MW`, as bodies).
"""

from __future__ import annotations

import re

from pipelines.extract.actors.claims import Claim
from pipelines.extract.actors.lexicon import (
    CALENDAR_WORDS,
    CONNECTORS,
    COUNTRY,
    DEMONYM,
    LEADING_NOISE,
    NOT_ORG_WORDS,
    OFFICE_FIELDS,
    ORG_HEADS,
    POSSESSIVE_END,
    alternation,
    phrases,
    words,
)
from pipelines.extract.actors.model import Entity, furniture, may_be_name_word
from pipelines.extract.actors.org_phrases import is_place_or_office, is_place_pair
from pipelines.extract.actors.org_pieces import outlet_unit
from pipelines.extract.actors.organizations import OrgMention, known_body, named_body
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge import (
    city_countries,
    country_names,
    demonyms,
    organization_lookup,
    subdivision_names,
    town_names,
)

# A capitalised word that is not in capitals: the one word a brand may be ("Transnet", "Bumar-Labedy").
_BRAND_WORD = re.compile(r"(?<![\w'’&.-])[A-Z][a-z][\w&'’-]*\w")
# Up to five capitalised words: a name the clause may show acting.
_NAME_RUN = re.compile(r"(?<![\w'’&.-])[A-Z][\w&'’-]*\w(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&'’-]*\w){0,4}")
# "X are building", "X have signed": an auxiliary before a participle; not a passive ("X was signed by")
_PARTICIPLE = (
    rf"(?:{alternation(words('org_agent_progressive'))})[ \t]+(?:now[ \t]+|also[ \t]+)?[a-z]{{3,}}ing"
    rf"|(?:{alternation(words('org_agent_perfect'))})[ \t]+(?:now[ \t]+|also[ \t]+)?[a-z]{{3,}}ed"
)
# "X and Y signed", "X, Y and Z operate": the other names of a subject the verb shares; a comma before `and`
# closes a list ("X, Y, and Z"), not two names ("a service to X, and Y plans": two clauses)
_ITEM = r"(?:the[ \t]+)?[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3}"
_JOINED_NAMES = (
    rf"(?:(?:,[ \t]*{_ITEM}){{1,2}},?[ \t]+and[ \t]+{_ITEM}|[ \t]+and[ \t]+{_ITEM}|(?:,[ \t]*{_ITEM}){{1,3}})?"
)
_AUXILIARIES = alternation(words("org_agent_perfect"))
# "X on Tuesday signed": a day between the name and its verb
_WHEN = rf"(?:[ \t]+(?:on[ \t]+)?(?:{alternation(CALENDAR_WORDS)}))?"
_ACTS_AFTER = re.compile(
    rf"(?:['’]s)?{_JOINED_NAMES}[ \t]*(?:,[^,.;:\n]{{1,80}},[ \t]*)?{_WHEN}[ \t]*"
    rf"(?P<verb>{phrases('org_agent_verbs')}|{_PARTICIPLE})(?![\w-])"
    # "X, the largest investor": not "X, the bank said", where the noun opens a clause of its own
    rf"|,[ \t]+(?:a|an|the)[ \t]+[^,.;:\n]{{0,50}}?(?<![\w-])(?:{phrases('org_apposition_nouns')})(?![\w-])"
    rf"(?![ \t]+(?:{phrases('org_agent_verbs')})(?![\w-]))"
    # "X, which bought 49 percent": a relative clause that shows it acting
    rf"|,[ \t]+which[ \t]+(?:(?:{_AUXILIARIES})[ \t]+)?(?:also[ \t]+)?(?:{phrases('org_agent_verbs')})(?![\w-])"
)
# "X gained", "X now employs": a verb in its past form (its ending, no list), or a listed verb after an adverb;
# only a name the model reads as an organisation is taken on these (a person or a place keeps the list alone)
_ADVERBS = alternation(words("org_agent_adverbs"))
_ACTS_BY_FORM = re.compile(
    rf"(?:['’]s)?{_JOINED_NAMES}[ \t]*{_WHEN}[ \t]+(?:(?:{_ADVERBS})[ \t]+)?"
    rf"(?:[a-z]{{2,}}ed(?<!eed)|{phrases('org_agent_verbs')})(?![\w'’-])"
)
# "the post of X averaged": a name after `of` is a place's or a thing's, not one who acts
_OF_BEFORE = re.compile(r"(?<![\w-])of[ \t]+(?:the[ \t]+)?$")
# "Speakers noted", "Analysts expected": people in the plural acting, no brand
_PEOPLE_PLURAL = re.compile(rf"\w(?:{alternation(words('people_plural_endings'))})$")
_SPEECH_VERBS = words("org_speech_verbs")
_REGIONS = words("region_names")
_ACTS_BEFORE = re.compile(
    rf"(?<![\w-])(?:{phrases('org_agent_before', either_case=True)})[ \t]+(?:the[ \t]+)?"
    rf"(?:(?:{COUNTRY})['’]s[ \t]+|(?:{DEMONYM})[ \t]+)?$"
)
_STRONG_BEFORE = re.compile(
    rf"(?<![\w-])(?:{phrases('org_agent_before_strong', either_case=True)})[ \t]+(?:the[ \t]+)?"
    rf"(?:(?:{COUNTRY})['’]s[ \t]+|(?:{DEMONYM})[ \t]+)?$"
)
_LOOK_BACK = 60
# "Japan's Sumitomo", "Mexico's Grupo Domos": a state's possessive right before a name the model reads as a body
_STATE_OWNS = re.compile(rf"(?<![\w-])(?:{COUNTRY})['’]s[ \t]+$")
_AT_PLACE = re.compile(rf"(?<![\w-])(?:{phrases('org_place_prepositions')})[ \t]+(?:the[ \t]+)?$")
_PLACE_CUE_BEFORE = re.compile(rf"(?<![\w-])(?:{phrases('place_cues', either_case=True)})[ \t]+$")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]|[A-Z]{2}")
# "RusHydro", "TeraGroup": a brand's camel case (not "MoUs", nor a family name's "MacLeod")
_CAMEL_CASE = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+")
_NAME_PREFIXES = tuple(words("person_name_prefixes"))
_COMPANY_WORDS = words("company_heads") | words("company_trades") | words("sector_company_heads")
_CAPITALS_PREFIX = 4  # "LG Innotek", "APEX National Investment": capitals of at most four letters open a brand
_STATE_AFTER = re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?:{COUNTRY})(?![\w-])")
_STATE_FORMS = words("state_forms")
_LEADING_THE = re.compile(r"^[Tt]he\s+")
_MENU_LINE = re.compile(r"[|>•]")
_MAX_WORDS = 5
_PROPOSED_NAME = r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,2}"
_JOINED_PROPOSAL = re.compile(rf"(?P<left>{_PROPOSED_NAME})[ \t]+and[ \t]+(?P<right>{_PROPOSED_NAME})")


# "el-Sisi", "al-Kadhimi", "ul-Haq": an article joined to a surname by a hyphen, which the text may drop ("Sisi said")
_ARTICLE_BEFORE_SURNAME = re.compile(r"^(?:[Aa](?:l|d|s|t|z|sh|n|r)|[Ee]l|[Uu][ld])-(?=[A-Z])")


def person_name_words(persons: list[str]) -> set[str]:
    """The words of the persons' names, each also without an article joined to it (`el-Sisi`: `Sisi`)."""
    found = {w for name in persons for w in name.split()}
    return found | {_ARTICLE_BEFORE_SURNAME.sub("", w) for w in found}


def brand_words(text: str, skip: tuple[Span, ...], claimed: tuple[Span, ...], persons: list[str] = ()) -> list[Span]:
    """Capitalised words no rule claimed, in a name the clause shows acting: where the model should look. A word
    of a person the rules found (`Khan said` after `Imran Khan`) is that person's, and no sentence is read for it.
    """
    person_words = person_name_words(persons)
    found = []
    for run in _NAME_RUN.finditer(text):
        acting = acts(text, run.span()) or acts_by_form(text, run.span())
        if not acting and "'s " not in run.group() and "’s " not in run.group():
            continue
        for match in _BRAND_WORD.finditer(text, *run.span()):
            if not acting and not _owned(text, match.start()):
                continue  # "courting Japan's NAME": the word a state's possessive owns
            word = POSSESSIVE_END.sub("", match.group())
            if word in LEADING_NOISE or word in person_words or not may_be_name_word(word) or word in CALENDAR_WORDS:
                continue
            if not overlaps_any(match.span(), claimed) and not overlaps_any(match.span(), skip):
                found.append(match.span())
    return found


def acts(text: str, span: Span) -> bool:
    """The clause shows the name acting: a verb of doing after it, an apposition calling it a company, an
    agent's word before it, or a state that owns it (`Japan's NAME`)."""
    return bool(
        _ACTS_AFTER.match(text, span[1])
        or _ACTS_BEFORE.search(text, max(0, span[0] - _LOOK_BACK), span[0])
        or _owned(text, span[0])
    )


def acts_by_form(text: str, span: Span) -> bool:
    """A verb in its past form right after the name (`X gained`, `X expanded`), or a listed verb after an
    adverb (`X now employs`): the clause shows a name acting that the model reads as an organisation."""
    return bool(
        _ACTS_BY_FORM.match(text, span[1])
        and not _OF_BEFORE.search(text, max(0, span[0] - 8), span[0])
        and not _PEOPLE_PLURAL.search(text, span[0], span[1])
    )


def _owned(text: str, start: int) -> bool:
    """A state's possessive right before the position: `Japan's NAME`."""
    if not text[max(0, start - 4) : start].rstrip(" \t").endswith(("'s", "’s")):
        return False  # the look-up of states runs only after a possessive
    return _STATE_OWNS.search(text, max(0, start - _LOOK_BACK), start) is not None


def model_org_claims(
    text: str,
    skip: tuple[Span, ...],
    entities: list[Entity],
    claimed: tuple[Span, ...],
    persons: list[str],
    bodies: tuple[OrgMention, ...] = (),
) -> list[Claim]:
    """The model's organisations that the rules accept, as claims: unclaimed proper names of their own.
    `claimed`: the sorted, disjoint spans of organisation and person claims (a state may be named in a body's
    name); `persons`: the names of the persons claimed; `bodies`: the organisations claimed, which a proposal
    that is the first word of one's name names again ("Astarta" after "Astarta-Agrotrading")."""
    person_words = person_name_words(persons)
    short_forms = {re.split(r"[ \t-]", body.name, maxsplit=1)[0]: body for body in bodies}
    claims = []
    for start, end, label in entities:
        if label not in ("ORG", "GPE", "PERSON"):
            continue
        own = _name_span(text, start, end)
        if own is None or overlaps_any(own, skip) or overlaps_any(own, claimed):
            continue
        if label == "PERSON" and " " in text[own[0] : own[1]]:
            continue  # two words or more read as a person are the person rules' to judge
        span = _with_state_after(text, own)
        # a joined proposal is cut in two only when the whole is a name ("Transit and Trade Framework" is none)
        if not _acts_as(text, span, label) or not _a_name_of_its_own(text[own[0] : own[1]], person_words):
            continue
        for part, part_span in _parts(text, own, span, label):
            name = text[part_span[0] : part_span[1]]
            if (
                _a_name_of_its_own(text[part[0] : part[1]], person_words)
                and not _a_persons_name(text, text[part[0] : part[1]])
                and not _not_a_body_here(text, part)
            ):
                known = organization_lookup().get(name)
                mention = known_body(known) if known else short_forms.get(name) or named_body(name)
                claims.append(Claim(part_span, "organization", mention))
    return claims


def _parts(text: str, own: Span, span: Span, label: str) -> list[tuple[Span, Span]]:
    """ "built by Statnett and National Grid": a proposal of two names joined by `and` is two names, each judged
    on its own; one name is itself (its span without and with a state's name after it)."""
    joined = _JOINED_PROPOSAL.fullmatch(text, *own) if label == "ORG" else None
    if joined is None:
        return [(own, span)]
    return [(joined.span("left"), joined.span("left")), (joined.span("right"), (joined.start("right"), span[1]))]


def _acts_as(text: str, span: Span, label: str) -> bool:
    """A place the tables lack may be read as a state or city (GPE): only a subject that acts is a body. A brand
    word the model reads as a person (`Darvenko`) is a company at work, not a person speaking."""
    if label == "ORG":
        # the past form shows a brand of one word acting ("Taisei completed"), not a longer proposal
        return acts(text, span) or (" " not in text[span[0] : span[1]] and acts_by_form(text, span))
    after = _ACTS_AFTER.match(text, span[1])
    if label == "GPE":
        return after is not None
    if after is not None and after.group("verb"):
        return after.group("verb").split()[0] not in _SPEECH_VERBS
    return _STRONG_BEFORE.search(text, max(0, span[0] - _LOOK_BACK), span[0]) is not None


def _name_span(text: str, start: int, end: int) -> Span | None:
    """The proposal without a leading `the` and a trailing possessive; None across a line or a bracket."""
    literal = text[start:end]
    if any(c in literal for c in "\n()[]/|@#$%0123456789"):
        return None
    the = _LEADING_THE.match(literal)
    if the:
        start += the.end()
    literal = text[start:end]
    possessive = POSSESSIVE_END.search(literal)
    if possessive:
        end -= 2
    literal = text[start:end].rstrip(".,;:")
    return (start, start + len(literal)) if literal else None


def _with_state_after(text: str, span: Span) -> Span:
    """ "Electric Networks of Armenia": a name runs on over `of` and the state it serves."""
    state = _STATE_AFTER.match(text, span[1])
    return (span[0], state.end()) if state else span


def _a_name_of_its_own(name: str, person_words: set[str]) -> bool:
    """Capitalised words, not in capitals, none a state's, a city's, a people's, an office's, a calendar's or a
    programme's word, nor a word of a person the article names; and not a body's head noun alone."""
    name_words = name.split()
    if not name_words or len(name_words) > _MAX_WORDS or not name_words[0][:1].isupper():
        return False
    proper = [w for w in name_words if w not in CONNECTORS]
    if not proper or any(not w[:1].isupper() for w in proper) or any(_in_capitals(w) for w in proper[1:]):
        return False
    # a word in capitals alone is the acronym rules'; a short one may open a brand ("LG Innotek")
    if _in_capitals(proper[0]) and (len(proper) == 1 or len(proper[0]) > _CAPITALS_PREFIX):
        return False
    # "Kingdom NAME", "A.Japarov", "MoUs": a state's form, an initial, an acronym's plural
    if proper[0] in _STATE_FORMS or any("." in w or _odd_capitals(w) for w in proper if not _in_capitals(w)):
        return False
    if any(
        w in NOT_ORG_WORDS or w in person_words or is_place_or_office(w) or is_place_pair(w) or _a_people(w)
        for w in proper
    ):
        return False
    if " ".join(name_words) in country_names() or " ".join(name_words) in city_countries():
        return False  # "South Africa and Germany have agreed": a state of two words, each no state's alone
    if " ".join(name_words) in subdivision_names() and " ".join(name_words) not in organization_lookup():
        return False  # "Sindh and Punjab signed", "Ontario will buy": a province or region acting is no body
    if " ".join(name_words) in town_names() and " ".join(name_words) not in organization_lookup():
        return False  # "the consulates in Lviv and Lutsk would issue": a town the tables lack, acting, is no body
    # "Finance", "Defence Services": words of offices and heads only name no body of their own
    return not all(w in OFFICE_FIELDS or w in ORG_HEADS or w in CALENDAR_WORDS for w in proper)


def _a_people(word: str) -> bool:
    """ "Africans", "Brazilians", "Europeans": a people in the plural."""
    if not word.endswith("ns"):
        return False
    singular = word[:-1]
    return singular in demonyms() or word[:-2] in _REGIONS or word[:-3] in _REGIONS


def _in_capitals(word: str) -> bool:
    return word.isupper() and len(word) > 1


def _odd_capitals(word: str) -> bool:
    """A capital inside a word that is no brand's camel case ("MoUs", "MacLeod"; not "RusHydro")."""
    if _INNER_CAPITAL.search(word) is None:
        return False
    return _CAMEL_CASE.fullmatch(word) is None or word.startswith(_NAME_PREFIXES)


def _brand_shaped(word: str) -> bool:
    """A word no given name or family name is written as: in capitals or in a brand's camel case."""
    return _in_capitals(word) or (_INNER_CAPITAL.search(word) is not None and not _odd_capitals(word))


def _a_persons_name(text: str, name: str) -> bool:
    """Name words only ending the proposal (`Authority Ahmed Antar`), or one word the text writes elsewhere after
    a given name (`Antar said` after `Ahmed Antar`): a person the rules did not introduce."""
    name_words = name.split()
    if any(_brand_shaped(w) or w in _COMPANY_WORDS for w in name_words):
        return False  # "Grupo Andino", "Arab Contractors": a company's head or trade is no person's name
    if len(name_words) > 1:
        return all(may_be_name_word(w) for w in name_words[-2:])
    for before in re.finditer(rf"(?<![\w'’-])(?P<given>[A-Z][a-z]+)[ \t]+{re.escape(name)}(?![\w-])", text):
        if may_be_name_word(before.group("given")) and before.group("given") not in LEADING_NOISE:
            return True
    return False


def _not_a_body_here(text: str, span: Span) -> bool:
    """A place (`in Stevenage`, `the city of X`), a word of page furniture (a menu, a byline, a headline), or an
    outlet's desk after its possessive (`VOA's Pashto Service`)."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return bool(
        _MENU_LINE.search(line)
        or furniture(text, span[0])
        or _AT_PLACE.search(text, max(0, span[0] - 15), span[0])
        or _PLACE_CUE_BEFORE.search(text, max(0, span[0] - 30), span[0])
        or outlet_unit(text, *span)
    )
