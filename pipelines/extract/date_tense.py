"""The tense of a date's sentence: whether a date without a year or a week lies ahead of publication or
behind it, read from the cue words of `date_cues.csv` (will, expected, was, signed ...), the verb forms of
Spanish, French and Portuguese, and a few English grammar patterns (a past verb after its subject, a plan
that had been made, a deadline)."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extract.records import Span
from pipelines.extract.regex_dispatch import grouped_alternation
from pipelines.extract.spans import sentence_around
from pipelines.knowledge.calendars import ENGLISH, date_cues, date_words

# An intent's object or verb follows it ("agreed to run", "invited Tokayev to visit"); not a preposition of a
# past act ("invited by the emir", "invited in March").
_INTENT_OBJECT = r"\s+(?!(?:the|a|an|this|that|it|them|by|in|on|at|last|earlier)\b)(?=\S)"


def phrase(text: str) -> str:
    """A regex for a vocabulary phrase: any run of spaces between words, either apostrophe."""
    return r"\s+".join(re.escape(w) for w in text.split()).replace("'", "['’]")


@cache
def cue(kind: str, suffix: str = r"\b", prefix: str = "") -> re.Pattern:
    """Any cue phrase of one kind of `date_cues.csv`, as a whole word, between `prefix` and `suffix`."""
    phrases = sorted(date_cues(kind), key=len, reverse=True)  # the longest phrase at a place ("had expected")
    return re.compile(prefix + r"\b(?:" + _by_first_letter(phrases) + ")" + suffix, re.IGNORECASE)


def _by_first_letter(phrases: list[str]) -> str:
    """The phrases as one case-insensitive alternation with each first letter written once (`a(?:greed|nnounced)`),
    in their order within a letter. The engine tries every branch at every word start; this way a word tries only
    the phrases of its own first letter, and gets the same match, since phrases of other letters cannot match there.
    A phrase that does not open with a letter stays a branch of its own."""
    branches = []
    for text in phrases:
        pattern = phrase(text)
        if text[0].isalpha() and pattern[0] == text[0]:
            branches.append((text[0].lower(), pattern[1:]))
        else:
            branches.append((pattern, ""))
    letters = {first for first, _ in branches if len(first) == 1}
    if any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for a in letters for b in letters if a != b):
        return "|".join(map(phrase, phrases))  # two first letters one case-insensitive match can stand for
    return grouped_alternation(branches)


@cache
def _perfect_auxiliary(language: str) -> re.Pattern:
    """The auxiliary of a past perfect, in English or the article's language (`perfect_auxiliary` of date_cues.csv:
    had, había, avait, tinha): a deadline it is said with is behind ("had left by May 10", "tinha arrecadado até 30
    de setembro")."""
    words = sorted({*date_cues("perfect_auxiliary", ENGLISH), *date_cues("perfect_auxiliary", language)}, key=len)
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, reversed(words))) or '(?!)'})(?![\w'’-])", re.I)


# `had (been)`, perhaps with an adverb ("had originally been planned for March").
_HAD_BEEN = re.compile(r"\bhad\s+(?:[a-z]+ly\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?$", re.IGNORECASE)


@cache
def _unmet_plan() -> re.Pattern:
    """A plan said in the past that did not hold (`unmet_plan` of date_cues.csv: was meant, were supposed), right
    before the plan's own future cue ("the treaty was meant to be signed in September, but ..."): a past plan, its
    date behind or near, as after `had been`."""
    words = "|".join(map(phrase, sorted(date_cues("unmet_plan"), key=len, reverse=True))) or "(?!)"
    return re.compile(rf"(?<![\w'’-])(?:{words})\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


# A clause of time in the simple present, which English uses for a time ahead ("to raise market access when Chinese
# Vice Premier Wu Yi leads a delegation to Washington in April", "once the committee approves the loan in May"):
# `when`, `once`, `before` or `after`, a subject (a name and its titles, or a noun after `the`), its verb in -s.
_PRESENT_TIME_CLAUSE = re.compile(
    r"(?<![\w'’-])(?:when|once|before|after)\s+(?:(?:(?-i:[A-Z])[\w.'’-]*\s+){1,6}|the\s+[a-z]+\s+)"
    r"(?P<verb>(?!(?:was|has|does|is|this|its|his)\b)[a-z]{3,}(?<![su'’])s)(?![\w'’-])"
)


# An infinitive in the passive looks ahead ("with the first tranche to be disbursed in the autumn").
_TO_BE_DONE = re.compile(r"\bto\s+be\s+[a-z]{2,}(?:ed|en|id|lt|ld|wn|nt)\b", re.IGNORECASE)
# A cue that ends in `to` before a capitalised word is a noun and a preposition ("his plan to Congress").
_NOT_BEFORE_A_NAME = r"\b(?!(?<=\bto)\s+(?-i:[A-Z]))"
# A regular past verb right after its subject, a pronoun, `who`/`which` or a name ("Bush ordered", "who vetoed");
# not a participle before `by` ("the date set by"), nor `hundred`.
_SUBJECT = (
    r"(?:(?<![\w'’-])(?i:who|which|he|she|they|we|it)|(?<![\w'’.-])(?!(?:The|An?|This|That|These|Those|Its|His|Her"
    r"|Their|Our|In|On|At|For|By|With|From|Of|To|As|If|When|Once|After|Before|Since|During|Under|Over)\b)[A-Z][\w.-]*)\s+"
)
_REGULAR_PAST_VERB = r"(?P<verb>(?!hundred\b)[a-z]{2,}[^e\W]ed)(?![\w'’-])(?!\s+by\b)"
_SUBJECT_AND_PAST_VERB = re.compile(_SUBJECT + _REGULAR_PAST_VERB)
# ... or after an adverb, for a date's reading ("Berlin also shipped shelters in July", "Cairo quietly renewed")
_SUBJECT_ADVERB_AND_PAST_VERB = re.compile(
    _SUBJECT + r"(?:(?:also|then|later|already|first|again|[a-z]{3,}ly)\s+)?" + _REGULAR_PAST_VERB
)


@cache
def _subject_and_bare_past() -> re.Pattern:
    """A verb whose past is its bare form (`put`, `cut`: `past_bare` of date_cues.csv; not `set`, which sets a day
    ahead: "set sentencing for April 27") after a subject that would make its present end in -s (`he`, `it`, a
    name: "Minsk put the debt at ...") or after a quantifier (`several banks cut`); not before `to` or `for`."""
    verbs = "|".join(map(re.escape, date_cues("past_bare")))
    return re.compile(
        r"(?:(?<![\w'’-])(?i:who|which|he|she|it)|(?<![\w'’.-])(?!(?:The|An?|This|That|These|Those|Its|His|Her"
        r"|Their|Our|In|On|At|For|By|With|From|Of|To|As|If|When|Once|After|Before|Since|During|Under|Over)\b)"
        r"[A-Z][\w.-]*|(?<![\w'’-])(?i:several|many|some|most|both)\s+[a-z]+)\s+"
        rf"(?P<verb>{verbs or '(?!)'})(?![\w'’-])(?!\s+(?:to|for)\b)"
    )


# A regular past verb after a noun subject that a determiner opens ("the court ruled", "an arbitral tribunal
# ruled"); no auxiliary between them ("the deal will be signed" is no past).
_NOUN_SUBJECT_AND_PAST_VERB = re.compile(
    r"(?<![\w'’-])(?i:the|an?|its|their|his|her|our)\s+"
    r"(?:(?!(?:will|would|shall|to|be|been|being|is|are|can|could|may|might|must|should|not)\b)[A-Za-z][\w.-]*\s+){1,3}?"
    r"(?P<verb>(?!hundred\b)[a-z]{2,}[^e\W]ed)(?![\w'’-])(?!\s+by\b)"
)

# ... or after a plural noun subject with no determiner ("Months of queues and protests forced the president to flee
# in July", "exports climbed in May"); not a word in -s that is no plural noun (`this`, `was`, `less`), nor a verb
# of intent before its infinitive ("members wanted to see the contract before the vote in June"), nor a participle
# before a figure or a kind ("two new lines estimated at €450m", "projects described as ...").
_PLURAL_SUBJECT_AND_PAST_VERB = re.compile(
    r"(?<![\w'’-])(?!(?:this|was|has|does|is|as|us|yes|less|unless|plus|thus|perhaps|always|sometimes|whereas|"
    r"besides|towards|afterwards|nevertheless|its|his|hers|ours|theirs|yours)\b)[a-z]{2,}[^s\W'’]s\s+"
    r"(?P<verb>(?!hundred\b)[a-z]{2,}[^e\W]ed)(?![\w'’-])(?!\s+(?:by|to|at|as)\b)"
)

# A regular past participle right before the date, after its noun ("the doses delivered in March", "a plan
# approved on May 2"): a reduced relative clause, a past act; not a passive after `be` ("will be delivered in March"),
# nor one in the present, a schedule ("a second round is pencilled in for March"), nor a deadline ("completed by
# June").
_PARTICIPLE_BEFORE_DATE = re.compile(
    r"(?<![\w'’-])(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?P<verb>[a-z]{2,}[^e\W]ed)\s+(?:(?:in|on|during)\s+)?$"
)


# A participle before `for` and a date names the date aimed at ("the exchange of notes targeted for December", "a
# shipment booked for May"), a schedule, not a past act.
_TARGET_FOR = re.compile(r"for\s", re.IGNORECASE)
# ... and the participle and `for` right before the date point ahead ("the lifting of the visa requirement, promised
# for December 1"); not after `been` ("had been paid for March").
_PARTICIPLE_FOR_DATE = re.compile(r"(?<![\w'’-])(?<!\bbeen\s)[a-z]{2,}[^e\W]ed\s+(?P<lead>for\s+)?$")
# The modal `may` in lower case before a verb looks ahead ("Sharif may attend the meeting in the autumn"); not `may
# have` (a past), nor the month in a page written in lower case ("in may the talks", "may and june").
_MODAL_MAY = re.compile(
    r"(?<![\w'’-])(?<!\bin\s)(?<!\bof\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\buntil\s)(?-i:may)\s+"
    r"(?:(?:not|also|well|still|soon|even)\s+)?"
    r"(?!(?:have|the|a|an|of|and|or|to|in|on|at|for|from|by|this|that|last|next|\d+)\b)(?-i:[a-z]{2,})(?![\w'’-])"
)


@cache
def _bare_participle_before_date() -> re.Pattern:
    """An irregular participle that is its bare past (`past_bare`: put, cut, spread), perhaps with its particle, right
    before the date: "an idea first put forward in April", "the tariffs cut in March"."""
    verbs = "|".join(map(re.escape, date_cues("past_bare")))
    return re.compile(
        rf"(?<![\w'’-])(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?P<verb>{verbs or '(?!)'})"
        r"(?:\s+(?:forward|out|up|off|down|back))?\s+(?:(?:in|on|during)\s+)?$"
    )


@cache
def _participle_and_agent_before_date(language: str) -> re.Pattern | None:
    """A past participle, its agent and a few words of it right before the date, with no comma between: a reduced
    relative clause that reports a past act ("the schools destroyed by the April 25 earthquake", "the plan endorsed
    by the Group of Eight leaders in July", "as pontes destruídas pelo ciclone Freddy em março", "les routes
    emportées par les crues de mars"), whatever the tense of the main verb; not a passive after `be` or its Romance
    forms of the present and the future (`passive_be_ahead`: "will be signed by both ministers in May", "sera signé
    par le ministre en mai"). `agent_preposition` of date_cues.csv: by, por, par, pelo."""
    agents = date_cues("agent_preposition", language)
    if not agents:
        return None
    agent = "|".join(map(phrase, sorted(agents, key=len, reverse=True)))
    bes = "".join(rf"(?<!\b{re.escape(b)}\s)" for b in date_cues("passive_be_ahead", language))
    if language == ENGLISH:
        participle = r"[a-z]{2,}[^e\W]ed"
    else:
        endings = date_cues("appositive_participle_ending", language)
        participle = r"[a-zà-ÿ]{2,}(?:" + "|".join(map(re.escape, sorted(endings, key=len, reverse=True))) + ")"
    word = r"[^\W\d_][\w'’.-]*\s+"  # a word of the agent's phrase; no comma, no figure: a clause ends there
    return re.compile(
        rf"(?<![\w'’-]){bes}(?P<verb>{participle})\s+(?:{word}){{0,4}}?(?:{agent})\s+(?:{word}){{0,5}}$",
        re.IGNORECASE,
    )


# A regular past verb after the comma that closes its subject's apposition, before its object ("The finance minister,
# Abul Maal Abdul Muhith, presented a budget ... on Thursday"): the sentence's verb, a past act.
_APPOSITION_AND_PAST_VERB = re.compile(
    r"(?<=\w),\s+(?P<verb>[a-z]{2,}[^e\W]ed)\s+(?=(?:a|an|the|its|his|her|their|\d)(?![\w'’-]))"
)
# A participle with its agent after a comma is a past act ("the arrangement, cleared by the Treasury in July,
# would let ..."): a reduced relative clause.
_PARTICIPLE_AND_AGENT = re.compile(r",\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{2,}[^e\W]ed)\s+by\b")


def _past_verb(match: re.Match) -> bool:
    """Whether a past cue is one: a regular verb after its subject that is itself a future cue ("they
    expected") is not."""
    verb = match.groupdict().get("verb") or match.group(0)  # a past form listed as a future cue is one ("vencía")
    if _MODAL_HAVE.search(verb) and not _participle_follows(match.string, match.end()):
        return False  # "should have urea in their sheds by May": `have` is the verb, and the modal points ahead
    if len(verb) > 1 and verb.isupper() and _LOWER_CASE_WORD.search(match.string, max(0, match.start() - 30)):
        return False  # "the meeting (RAN) in Madrid", "the MET Office": an acronym in a sentence in lower case
    if verb.casefold() in _adjectives_in_ed() or _complement_of_a_state(match):
        return False  # "keep the rate unchanged at its meeting on May 20", "inflation to remain elevated in June"
    return verb.casefold() not in _future_words()


@cache
def _adjectives_in_ed() -> frozenset[str]:
    """Words in -ed that are adjectives, never a past verb (`adjective_in_ed` of date_cues.csv: unchanged,
    unexpected, undisclosed)."""
    return frozenset(p.casefold() for p in date_cues("adjective_in_ed"))


def _complement_of_a_state(match: re.Match) -> bool:
    """A verb that takes a state as its complement (`state_verb` of date_cues.csv: remain, stay, seem), perhaps
    with an adverb, right before the word: an adjective ("to remain elevated"), not a past verb."""
    start = match.start("verb") if "verb" in match.re.groupindex else match.start()
    state_verb = cue("state_verb", r"\s+(?:[a-z]+ly\s+)?$", prefix=_WORD_START)
    return bool(state_verb.search(match.string, max(0, start - 30), start))


_LOWER_CASE_WORD = re.compile(r"\b[a-z]{3,}\b")
# A modal and `have` are a past ("should have signed", "could have been") only before a participle; before an
# object, `have` is the verb (the modal's own tense: "should have the funds").
_MODAL_HAVE = re.compile(r"\b(?:would|could|might|should|must|may)\s+have$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+(?:[a-z]+ly\s+|not\s+)*(?P<word>[a-z]+)(?![\w'’-])", re.IGNORECASE)
_REGULAR_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|en|wn|ne|un)", re.IGNORECASE)


def _participle_follows(text: str, position: int) -> bool:
    """Whether the word after `position` (past an adverb or `not`) is a past participle: a regular one, or an
    irregular past of `past` or `past_bare` in date_cues.csv (`held`, `met`, `cost`)."""
    found = _NEXT_WORD.match(text, position)
    if found is None:
        return True  # the text stops: nothing says it is no past
    word = found.group("word")
    return bool(_REGULAR_PARTICIPLE.fullmatch(word)) or word.casefold() in _past_words()


@cache
def _past_words() -> frozenset[str]:
    return frozenset(p.casefold() for kind in ("past", "past_bare") for p in date_cues(kind) if " " not in p)


@cache
def _future_words() -> frozenset[str]:
    return frozenset(p.casefold() for p in date_cues("future"))


@cache
def _plural_schedule() -> re.Pattern:
    """A verb of a schedule in the plural present after a plural subject (`schedule_plural` of date_cues.csv): news
    writes what is set to happen so ("EC foreign ministers meet in Brussels Thursday", "the talks resume Monday",
    "markets in Tokyo reopen Friday", "they fly to Tokyo on Friday"). The word before it is `they`, `we`, `the two`,
    a name (a plural verb after a name is its own subject's, or a plural's beyond a place: "ministers from Chile and
    Peru meet"), or a word in -s that is no verb or small word (`was`, `this`, `Congress`; the words in -s and the
    capitalised words that are no such subject: `schedule_subject_not_plural`, `schedule_subject_not_name` of
    date_cues.csv); not a possessive, whose noun follows ("Tokayev's visit in April"), nor a verb before `to` and
    another verb ("prices start to rise in May": a habit). The verb is in lower case: `the US Open on Sunday` is a
    name."""
    verbs = "|".join(map(phrase, sorted(date_cues("schedule_plural"), key=len, reverse=True))) or "(?!)"
    not_plural = "|".join(map(re.escape, date_cues("schedule_subject_not_plural"))) or "(?!)"
    not_name = "|".join(map(re.escape, date_cues("schedule_subject_not_name"))) or "(?!)"
    return re.compile(
        r"(?:(?<![\w'’-])(?i:they|we|which|who|the\s+two|both\s+sides)"
        rf"|(?<![\w'’.-])(?!(?i:{not_plural})\b)[A-Za-z][a-z]*[^\Ws]s"
        rf"|(?!(?:{not_name})\b)[A-Z][\w.’'-]*[\w.](?<!['’]s))"
        rf"\s+(?:(?:[a-z]+ly|again|also|next|then|now)\s+)?(?P<verb>{verbs})(?![\w'’-])(?!\s+to\s+[a-z])"
    )


# A regular past verb right after the date, perhaps after a comma ("its last session, on May 2, authorized"):
# the date is the verb's; not a participle with its agent ("on May 2 signed by both").
_PAST_VERB_RIGHT_AFTER = re.compile(r",?\s+(?:[a-z]+ly\s+)?[a-z]{2,}[^e\W]ed(?![\w'’-])(?!\s+by\b)")
# A forecast after `than` or `as` is a comparison with it ("rose faster than expected in March", "went ahead as
# planned"), no look ahead.
_NOT_COMPARED = r"(?<!\bthan )(?<!\bas )"
# A participle after `be` is a passive whose auxiliary sets the tense ("will be held on April 10"), after `is` or
# `are` a passive in the present ("once it is signed in June"); after `stay` or `remain`, a state whose verb does
# ("will remain closed until Monday"); after an article, an adjective ("the closed season runs until March 1").
_NOT_PASSIVE = r"(?<!\bbe )(?<!\bbe\n)(?<!\bis )(?<!\bare )(?<!\bstay )(?<!\bremain )(?<!\bthe )(?<!\ba )(?<!\ban )"
# ... also after `be` and an adverb ("will be officially inaugurated"), checked behind the cue.
_BE_AND_ADVERB = re.compile(r"\bbe\s+[a-z]+ly\s+$", re.IGNORECASE)


def is_future(text: str, span: Span) -> bool:
    """Whether the sentence around `span` speaks of the future (the past when no word says)."""
    return bool(tense(text, span))


def tense(text: str, span: Span, language: str = ENGLISH, requests: bool = False) -> bool | None:
    """True for the future, False for the past, None when no word of the sentence sets the tense.

    `requests`: a request and the infinitive of the act asked for point ahead ("asked Ankara to release more
    water during the summer"): when the act happens, for a date; a figure said with it is not one asked for. So do
    the modal `may` and a participle with `for` before a date ("may attend in the autumn", "promised for December
    1"), not before a figure ("accounted for $661 million").

    The cue nearest before the mention decides ("met on July 3-4 and will meet again"); with none before
    it, a future cue shortly after does ("In February the minister will visit"). An intent before the date
    points ahead ("agreed to run trains from March"); after it, it does not. In Spanish, French and
    Portuguese a verb's ending tells its tense too (`firmó`, `se rendra`, `retomarão`, `a signé`).
    """
    if _led_by(text, span, "since"):
        return False  # "since late February", "depuis mars": a date a span runs from is behind
    if _led_by(text, span, "since_or_from") and (
        _state_participle_before_since(text, span, language)
        or not _tense_before(text, sentence_around(text, span)[0], span, language)
    ):
        # `desde` is "from" after a future verb ("realizarán patrullajes desde septiembre"), else "since"; after a
        # participle of a state it is "since" whatever the verb ("pagará los salarios congelados desde noviembre")
        return False
    if _in_a_since_phrase(text, span, language):
        return False  # "since the collapse of the talks in September", "depuis le retour du Maroc en janvier"
    if _in_an_ahead_phrase(text, span, language):
        return True  # "assured him of support ahead of the election on October 9": the event has yet to come
    if _for_a_forward_deal().search(text, max(0, span[0] - 30), span[0]):
        return True  # "bought soybeans for shipment between May and July": a contract's date lies ahead
    if _led_by(text, span, "until") and _present_clause_before(text, span, language):
        return True  # "said it needs $190 million through December": the span a present clause runs ends ahead
    if requests and language == ENGLISH and _figure_in_a_subject_apposition(text, span, language):
        return False  # "exports, worth $2.6 billion in August, are expected to fall": a figure measured then
    if _starts_an_effect(text, span, language):
        return True  # "signed a protocol cutting tariffs by 8 percent from 1 April": a change takes effect ahead
    return _sentence_tense(text, span, language, requests)


@cache
def _for_a_forward_deal() -> re.Pattern:
    """The purpose of a forward deal right before the date (`forward_for` of date_cues.csv: for shipment, for
    delivery, para embarque, pour livraison): the date the goods are to move, ahead."""
    leads = "|".join(map(phrase, sorted(date_cues("forward_for"), key=len, reverse=True))) or "(?!)"
    return re.compile(rf"(?<![\w'’-])(?:{leads})\s+$", re.IGNORECASE)


@cache
def _ahead_phrase(language: str) -> re.Pattern:
    """A lead of an event yet to come (`ahead_lead` of date_cues.csv: ahead of, in the run-up to, en vue de, de cara
    a) and up to six words of the event's noun phrase, right before the date; no mark, conjunction or relative word
    between, which would open a clause of its own ("ahead of his president and spent Tuesday evening")."""
    leads = sorted({*date_cues("ahead_lead", ENGLISH), *date_cues("ahead_lead", language)}, key=len, reverse=True)
    words = (
        r"(?:(?!(?:and|or|but|then|that|which|who|when|while|after|since|y|e|et|ou|que|qui)\b)[^\s.,;:!?()\"“”]+\s+)"
    )
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(phrase, leads)) or '(?!)'})\s+{words}{{0,6}}$", re.IGNORECASE)


def _in_an_ahead_phrase(text: str, span: Span, language: str) -> bool:
    """Whether the date is the one of an event a phrase looks ahead to ("ahead of the summit this weekend", "in the
    run-up to the vote on March 3", "en vue des élections du 9 octobre")."""
    return _ahead_phrase(language).search(text, max(0, span[0] - _AHEAD_CHARS), span[0]) is not None


_AHEAD_CHARS = 90


# The word right before a date's `desde`/`since` lead (its last letters are checked against the participle endings).
_WORD_BEFORE_LEAD = re.compile(r"(?<![\w'’-])(?P<word>[^\W\d_]{3,})\s+$")


def _state_participle_before_since(text: str, span: Span, language: str) -> bool:
    """Whether a participle of a state that lasts (`state_since_participle` of date_cues.csv, in any gender and
    number: `congelados`, `paradas`, `adeudados`) stands right before the date's `desde`: the state has held since
    then ("los salarios congelados desde noviembre", "as obras paradas desde dezembro"), a date behind whatever the
    clause's verb; not a participle of the act's manner ("realizarán patrullajes coordinados desde septiembre")."""
    lead = cue("since_or_from", r"\s+$", prefix=_WORD_START).search(text, max(0, span[0] - 10), span[0])
    if lead is None:
        lead = cue("since_or_from", r"\s").match(text, span[0])
    if lead is None:
        return False
    word = _WORD_BEFORE_LEAD.search(text, max(0, lead.start() - 30), lead.start())
    return word is not None and _lemma_of_participle(word.group("word")) in _state_since_participles(language)


@cache
def _state_since_participles(language: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in date_cues("state_since_participle", language))


def _lemma_of_participle(word: str) -> str:
    """A Spanish or Portuguese participle or adjective in its masculine singular (`paradas` -> `parado`,
    `pendientes` -> `pendiente`)."""
    word = word.casefold()
    word = word[:-1] if word.endswith(("os", "as", "es")) else word
    return word[:-1] + "o" if word.endswith("a") else word


# A `since` phrase runs to the date through words only: no stop, comma, colon, bracket or line break between.
_PHRASE_WORDS = re.compile(r"[^,;:.!?()\n]*$")
_SINCE_PHRASE_CHARS = 70


def _in_a_since_phrase(text: str, span: Span, language: str) -> bool:
    """Whether the date stands in a phrase that `since` (`since` of date_cues.csv: since, depuis) leads, a few words
    before it with no verb between: the date of the event the phrase names, which a span runs from, is behind
    ("trade has recovered since the reopening of the border in February", "Depuis le retour du Maroc au sein de l'UA
    en janvier, Rabat a multiplié les visites"). `depuis` is also "from" a place ("parlera depuis Genève en mars"):
    in French only a `depuis` that opens the sentence or a clause after a comma. Not a causal `since` with a verb of
    its own ("since the ministers will meet in April")."""
    window_start = max(sentence_around(text, span)[0], span[0] - _SINCE_PHRASE_CHARS)
    leads = list(cue("since", r"\s+", prefix=_WORD_START).finditer(text, window_start, span[0]))
    if not leads:
        return False
    lead = leads[-1]
    if lead.end() >= span[0] or not _PHRASE_WORDS.match(text[lead.end() : span[0]]):
        return False
    if language != ENGLISH and not (
        _starts_a_sentence(text, lead.start()) or text[: lead.start()].rstrip().endswith(",")
    ):
        return False
    return _tense_before(text, lead.end(), span, language) is None


# The comma that opens an apposition a few words before a date, the words between holding a figure ("exports to
# Japan, worth a combined US$2.6 billion in August, ..."), and the comma that closes it right after the date, before
# the verb of the subject the apposition follows (an auxiliary, a modal, `to`: "..., are expected to fall",
# "inflation, 50.6 percent in February, to fall", "arrears, about GH¢5.2 billion at the end of December, would be
# cleared"); not a list of a schedule after its verb ("in two tranches, $50 million in June, officials said").
_APPOSITION_FIGURE_BEFORE = re.compile(r",[ \t]*[^,;:()\n]{0,40}\d[^,;:()\n]{0,30}$")
_APPOSITION_CLOSE_AND_VERB = re.compile(
    r"[^,;:.()\n]{0,12},\s+(?:is|are|was|were|will|would|could|can|may|might|should|must|has|have|had|to|remains?)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)


def _figure_in_a_subject_apposition(text: str, span: Span, language: str) -> bool:
    """Whether the date stands in an apposition to a subject that gives a figure of that date, between commas, with no
    verb of its own, before the subject's verb: the figure was measured then, a past date whatever that verb's tense
    ("he expects inflation, 50.6 percent in February, to fall to single digits")."""
    sentence_start = sentence_around(text, span)[0]
    opened = _APPOSITION_FIGURE_BEFORE.search(text, max(sentence_start, span[0] - 72), span[0])
    closed = _APPOSITION_CLOSE_AND_VERB.match(text, span[1])
    if opened is None or closed is None:
        return False
    close = text.index(",", span[1], closed.end())
    return _tense_before(text, opened.start() + 1, (close, close), language, at_mention=False) is None


# A word that starts where no word, apostrophe or hyphen comes before it.
_WORD_START = r"(?<![\w'’-])"


@cache
def _gerund(language: str) -> re.Pattern:
    """A verb in its gerund (`gerund_ending` of date_cues.csv: -ing, -ando, -endo)."""
    endings = "|".join(map(re.escape, date_cues("gerund_ending", language))) or "(?!)"
    return re.compile(rf"(?<![\w'’-])[^\W\d_]{{2,}}(?:{endings})(?![\w'’-])", re.IGNORECASE)


@cache
def _weekday_or_span_end() -> re.Pattern:
    """A weekday name (a bare weekday after `from` is the nearest one, ahead or behind), or the second date of a span
    (`range_to` of date_words.csv, a dash)."""
    weekdays = {w.word for w in date_words("weekday")}
    joiners = {w.word for w in date_words("range_to")} | set(date_cues("until"))
    return re.compile(
        rf"(?<![\w'’-])(?:{'|'.join(map(phrase, sorted(weekdays, key=len, reverse=True)))})(?![\w'’-])"
        rf"|\s*[-–]|(?<![\w'’-])\s*(?:{'|'.join(map(phrase, sorted(joiners, key=len, reverse=True)))})(?![\w'’-])",
        re.IGNORECASE,
    )


def _starts_an_effect(text: str, span: Span, language: str) -> bool:
    """Whether the date is one a change or service starts from, with no end ("cutting transit tariffs by 8 percent
    from 1 April", "the return of migrant workers under the scheme from March", "prevendo 150 bolsas a partir de
    março"): it lies ahead, unless a verb of the past governs it with nothing between ("deposited $3 billion in
    instalments from November"); not a weekday, nor the first date of a span, nor a comparison ("up 4% from March")."""
    # the words that lead in the date a state of affairs starts from (`effect_from` of date_cues.csv: `from`, `with
    # effect from`, `a partir de`, `à compter du`), right before it or as the mention's own first words
    lead = cue("effect_from", r"\s*$", prefix=_WORD_START).search(text, max(0, span[0] - 20), span[0])
    lead_start, date_start = span[0], span[0]
    if lead is not None:
        lead_start = lead.start()
    elif own := cue("effect_from", r"\s+").match(text, span[0], span[1]):
        date_start = own.end()  # the lead is the mention's own first words ("a partir de dezembro")
    else:
        return False
    mention = text[date_start : span[1]]
    if _weekday_or_span_end().search(mention) or _weekday_or_span_end().match(text, span[1]):
        return False
    # a word of comparison a few words before `from` (`compared_from` of date_cues.csv): "up 4% from March" compares
    # with a date, it starts nothing; "cutting tariffs by 8 percent from 1 April" does not compare
    compared = cue("compared_from", r"\s+(?:[^\s,;]+\s+){0,3}$", prefix=_WORD_START)
    if compared.search(text, max(0, lead_start - 40), lead_start):
        return False
    sentence_start = sentence_around(text, span)[0]
    near_start = max(sentence_start, span[0] - _NEAR_CHARS)
    gerunds = list(_gerund(language).finditer(text, near_start, lead_start))
    start = gerunds[-1].end() if gerunds else near_start
    return _tense_before(text, start, span, language) is not False


@cache
def _present_subject_and_verb(language: str) -> re.Pattern:
    """A clause's subject (`clause_subject` of date_cues.csv: `it`, `which`; or `whose` and its noun) and its verb in
    the present ("it needs", "which runs", "they are", "whose country holds"); not `was`, `has` or `does`, which go
    with a past or another verb."""
    subjects = "|".join(map(phrase, sorted(date_cues("clause_subject", language), key=len, reverse=True))) or "(?!)"
    return re.compile(
        rf"(?<![\w'’-])(?:{subjects}|whose\s+[a-z]+)\s+(?:(?:still|now|also|only)\s+)?"
        r"(?:is|are|(?!(?:was|has|does)\b)[a-z]{2,}(?<![su'’])s)(?![\w'’-])",
        re.IGNORECASE,
    )


def _present_clause_before(text: str, span: Span, language: str) -> bool:
    """Whether the date ends a span in a clause in the present that stands between it and any verb of the past
    ("said it needs $190 million through December", "the appeal, which runs until March"); no cue of either tense
    between that clause's verb and the date."""
    window_start = max(sentence_around(text, span)[0], span[0] - _NEAR_CHARS)
    led_by_until = _UNTIL_WORD.match(text, span[0]) or _UNTIL_WORD.search(text, max(0, span[0] - 7), span[0])
    if language == ENGLISH and led_by_until and _COORDINATED_PRESENT_BEFORE.search(text, window_start, span[0]):
        return True  # "the fair, which opened on Wednesday and runs until Sunday"
    verbs = list(_present_subject_and_verb(language).finditer(text, window_start, span[0]))
    return bool(verbs) and _tense_before(text, verbs[-1].end(), span, language) is None


# A verb in the present joined by `and` to the clause before, right before `until` ("opened on Wednesday and runs
# until Sunday"); not before `through`, which a plural noun after `and` precedes as often ("exports and imports
# through May").
_COORDINATED_PRESENT_BEFORE = re.compile(
    r"(?<![\w'’-])and\s+(?:(?:still|now|only)\s+)?(?!(?:was|has|does)\b)[a-z]{2,}(?<![su'’])s\s+(?:(?:until|till)\s+)?$"
)
_UNTIL_WORD = re.compile(r"(?:until|till)(?:\s+$|\s)", re.IGNORECASE)


def _led_by(text: str, span: Span, kind: str) -> bool:
    """Whether a cue of `kind` leads the date in, right before it or as its own first word."""
    return bool(cue(kind, r"\s+$").search(text, max(0, span[0] - 10), span[0]) or cue(kind, r"\s").match(text, span[0]))


def _sentence_tense(text: str, span: Span, language: str, requests: bool) -> bool | None:
    """The tense the cues of the sentence around `span` set (see `tense`)."""
    sentence_start, sentence_end = sentence_around(text, span)
    near_start = max(sentence_start, span[0] - _NEAR_CHARS)
    while near_start > sentence_start and text[near_start - 1].isalpha():
        near_start -= 1  # the window starts at a word's start: a verb it cuts ("told") still counts
    opens = _opens_clause(text, sentence_start, span[0], language)
    future_after, past_after = _cues_after(text, span, sentence_end, language, requests, opens)
    near = (
        None
        if opens and (future_after, past_after) != (None, None)
        else _tense_before(text, near_start, span, language, requests=requests)
    )
    if near is not None:
        return near
    if future_after is not None:
        return past_after is None or future_after < past_after
    if opens and past_after is not None:
        return False  # "In January the two banks merged": the verb of the clause the date opens
    if (
        past_after is not None
        and near_start == sentence_start
        and _starts_a_sentence(text, sentence_start)
        and not _CLAUSE_BEFORE_VERB.search(text, span[1], past_after)
    ):
        return False  # "The rate in May was 5%": no verb before the date, the sentence's verb after it
    # Else the verb that governs a long clause, further back in the sentence ("he would hold a conference in
    # December and present a plan soon after his inauguration on Jan. 20").
    if _led_by(text, span, "until"):
        # "the talks continue until Thursday", "the ban stays until December" (the preposition is the mention's first
        # word there): with no verb of the past near, a span runs ahead
        return True
    if requests and language == ENGLISH and near_start > sentence_start and _far_request(text, sentence_start, span):
        return True
    if near_start > sentence_start:
        # The far window runs a few words into the near one, so an intent the cut leaves without its object
        # keeps it ("agreed to | hold the first session ... in the second half").
        far_end = near_start + _OBJECT_CHARS
        while far_end < span[0] and text[far_end].isalpha():
            far_end += 1
        return _tense_before(
            text, sentence_start, (min(far_end, span[0]), span[1]), language, at_mention=False, requests=requests
        )
    return None


def _cues_after(
    text: str, span: Span, sentence_end: int, language: str, requests: bool, opens: bool
) -> tuple[int | None, int | None]:
    """Where the first future and the first past cue after the mention start (None: none). After the mention, the
    first cue decides: "on Friday signed a deal that will ..." is past. A noun the date modifies is no verb of the
    sentence ("the Jan. 15 deadline passed"): the window starts after it. A date that opens its clause before a long
    subject ("On Monday, engineers serving with the UN mission in Haiti (MINUSTAH) will start ...") has its verb
    looked for further on, when none is near."""
    modified = cue("noun_after_date", prefix=r"\s+").match(text, span[1])
    after_start = modified.end() if modified else span[1]
    future_after_cues = (cue("future", prefix=_NOT_COMPARED), *_verb_forms("future", language, requests))
    if language == ENGLISH:
        future_after_cues = (*future_after_cues, _plural_schedule(), *((_MODAL_MAY,) if requests else ()))
    past_cues = (cue("past", prefix=_NOT_PASSIVE), *_verb_forms("past", language))
    if language == ENGLISH:
        subject_and_past = _SUBJECT_ADVERB_AND_PAST_VERB if requests else _SUBJECT_AND_PAST_VERB
        past_cues = (*past_cues, subject_and_past, _NOUN_SUBJECT_AND_PAST_VERB, _subject_and_bare_past())
    future_after = past_after = None
    for reach in (60, _OPENING_SUBJECT_CHARS) if opens else (60,):
        after = (after_start, min(sentence_end, after_start + reach))
        future_after = _first_future(text, after, future_after_cues, requests)
        past_after = (
            after_start if _PAST_VERB_RIGHT_AFTER.match(text, after_start) else _firstcue(text, after, past_cues)
        )
        if future_after is not None or past_after is not None or after[1] >= sentence_end:
            break
    return future_after, past_after


_OBJECT_CHARS = 12
# How far after a date that opens its clause its verb is looked for, when none is near.
_OPENING_SUBJECT_CHARS = 140


def _far_request(text: str, sentence_start: int, span: Span) -> bool:
    """Whether a request that starts before the near window asks for the act the date is of: its long addressee
    brings its infinitive close to the date ("instructed Foreign Minister Datuk Seri Anifah Aman and his counterpart
    Retno Marsudi to hold technical talks in September"), and no cue of either tense stands between."""
    asked = list(_request_and_infinitive().finditer(text, sentence_start, span[0]))
    return bool(asked) and _tense_before(text, asked[-1].end(), span, ENGLISH, requests=True) is None


# The end of the sentence before: a stop, perhaps with a closing quote or bracket, or a blank line (a line that a
# column wraps in mid-sentence starts no sentence).
_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?:;]['’\"”)]?[ \t]*\n?|\n[ \t]*\n)\s*$")


# A comma or a relative pronoun between the date and the verb: the verb may be another clause's ("the forum on
# April 4, which was announced ...").
_CLAUSE_BEFORE_VERB = re.compile(r"[,;(]|\b(?:which|who|that|whose|where|when)\b", re.IGNORECASE)


def _starts_a_sentence(text: str, start: int) -> bool:
    """Whether `start` begins a sentence of the text, not a line that a hard wrap begins."""
    return not text[:start].strip() or bool(_SENTENCE_END_BEFORE.search(text, max(0, start - 12), start))


@cache
def _clause_opening(language: str) -> re.Pattern:
    """What ends right before a date that opens a clause: a comma and a conjunction (`, and`, `, y`), or a word
    that opens a clause by itself (`that`, `que`, `but`), then perhaps the word that leads the date in (`on`,
    `el`, `in`). The word before the comma is kept in group `prior`."""

    def words(kind: str) -> str:
        found = {*date_cues(kind, language), *date_cues(kind, ENGLISH)}
        return "|".join(map(phrase, sorted(found, key=len, reverse=True))) or "(?!)"

    return re.compile(
        rf"(?:(?P<prior>[\w.]*)[,;]\s*(?:{words('clause_conjunction')})\s+"
        rf"|(?<![\w'’-])(?:{words('clause_opener')})\s+)"
        rf"(?P<lead>(?:{words('lead')}|{words('preposition_lead')})\s+)?$",
        re.IGNORECASE,
    )


def _opens_clause(text: str, sentence_start: int, start: int, language: str) -> bool:
    """Whether the date at `start` opens its sentence or a clause of it ("..., y el viernes viajará"); not a
    date listed after another without its own lead word ("on Monday, Tuesday and Wednesday")."""
    head = text[max(sentence_start, start - 40) : start]
    pattern = _clause_opening(language)
    if start - sentence_start <= 40 and pattern.match("that " + head.lstrip()):  # the sentence's own start
        return True
    found = pattern.search(head)
    prior = (found.group("prior") or "").rstrip(".").casefold() if found else ""
    listed = prior[-1:].isdigit() or prior in _calendar_words()
    return found is not None and (not listed or found.group("lead") is not None)


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(w.word.casefold() for kind in ("month", "weekday") for w in date_words(kind))


# The tense of a mention is read this far before it first.
_NEAR_CHARS = 90


def _tense_before(
    text: str, start: int, span: Span, language: str, at_mention: bool = True, requests: bool = False
) -> bool | None:
    """The tense the cue nearest the end of text[start:span[0]] sets, None when it holds none; a deadline word
    right before the mention (`at_mention`) sets the future."""
    before = text[start : span[0]]
    future_cues = (
        cue("future", _NOT_BEFORE_A_NAME, _NOT_COMPARED),
        cue("intent", _NOT_BEFORE_A_NAME + _INTENT_OBJECT),  # "pledged to President Duterte in January" is past
        _TO_BE_DONE,
        *_verb_forms("future", language, requests),
    )
    past_cues = (cue("past", prefix=_NOT_PASSIVE), *_verb_forms("past", language))
    if language == ENGLISH:
        future_cues = (*future_cues, _plural_schedule(), *((_MODAL_MAY,) if requests else ()))
        future_cues = (*future_cues, _intent_adverbial_and_infinitive(), _PRESENT_TIME_CLAUSE)
        future_cues = (*future_cues, _request_and_infinitive()) if requests else future_cues
        past_cues = (
            *past_cues,
            _SUBJECT_ADVERB_AND_PAST_VERB if requests else _SUBJECT_AND_PAST_VERB,
            _NOUN_SUBJECT_AND_PAST_VERB,
            _PLURAL_SUBJECT_AND_PAST_VERB,
            _PARTICIPLE_AND_AGENT,
            *((_APPOSITION_AND_PAST_VERB,) if requests else ()),
            _subject_and_bare_past(),
        )
        if at_mention:
            past_cues = (*past_cues, _PARTICIPLE_BEFORE_DATE, _bare_participle_before_date())
    elif at_mention and (appositive := _appositive_participle_before_date(language)) is not None:
        past_cues = (*past_cues, appositive)
        if _led_to_a_point(text, span, language):
            past_cues = (*past_cues, _participle_after_its_noun_before_date(language))
    if at_mention and (agent := _participle_and_agent_before_date(language)) is not None:
        past_cues = (*past_cues, agent)
    # The cue that ends nearest before the mention; of two that end together, the longer ("to be held" over
    # "held", "had expected" over "expected"). A plan after `had (been)` was made in the past ("had been
    # scheduled to start in October").
    # the cues of a relative clause closed before the date are that clause's ("Lula, que esteve em Maputo em 2003,
    # volta na sexta-feira"); not a date right after its closing comma, an apposition of the clause's own ("que llegó
    # la víspera de la cumbre, el jueves, regresó")
    closed = (
        [m.span() for m in _closed_relative_clause(language).finditer(before) if _A_WORD.search(before, m.end())]
        if requests
        else []
    )

    def own(found: re.Match) -> bool:
        return not any(first <= found.start() < last for first, last in closed)

    futures = [
        (m.end(), -m.start())
        for pattern in future_cues
        for m in pattern.finditer(before)
        if not _plural_noun(m) and not (requests and _attributive(m)) and own(m)
    ]
    aimed_at = at_mention and _TARGET_FOR.match(text, span[0]) is not None
    # (a date's reading only, as a request's: "accounted for $661 million" aims at no figure)
    target = _PARTICIPLE_FOR_DATE.search(before) if at_mention and requests and language == ENGLISH else None
    if target is not None and (target.group("lead") or aimed_at):  # "promised for December 1", "booked | for May"
        futures.append((target.end(), -target.start()))
    pasts = [
        (m.end(), -m.start())
        for pattern in past_cues
        for m in pattern.finditer(before)
        if _past_verb(m)
        and own(m)
        and not _BE_AND_ADVERB.search(before, max(0, m.start() - 20), m.start())
        and not (aimed_at and not before[m.end() :].strip())
    ]
    pasts += [
        found
        for found in futures
        if _HAD_BEEN.search(before, max(0, -found[1] - 40), -found[1])
        or _unmet_plan().search(before, max(0, -found[1] - 40), -found[1])
    ]
    if language != ENGLISH:
        # a Romance schedule said in a past form is a past plan or act ("estaba prevista para fines de junio", "fue
        # convocado en mayo"): a future cue right after a past one
        past_ends = {end for end, _ in pasts}
        pasts += [found for found in futures if len(before[: -found[1]].rstrip()) in past_ends]
    future = max((found for found in futures if found not in pasts), default=(-1, 0))
    past = max(pasts, default=(-1, 0))
    if at_mention and (cue("deadline", r"\s*$").search(before[-12:]) or cue("deadline", r"\s").match(text, span[0])):
        # "by Dec. 16", "by July" set a deadline ahead, unless a past perfect: "had left by May 10"
        return not (past > future and _perfect_auxiliary(language).search(before, max(future[0], 0)))
    if future[0] >= 0 or past[0] >= 0:
        return future >= past
    return None


@cache
def _intent_adverbial_and_infinitive() -> re.Pattern:
    """An intent verb whose `to` (`intent` of date_cues.csv: `agreed to`, `decided to`) comes after an adverbial of
    the act, a time, place or meeting ("agreed in Kampala on Friday to open", "decided last month to launch",
    "pledged at the summit to cut"), and the infinitive after it: a date after it is the infinitive's, ahead, as after
    `agreed to open`. Not a `to` before a noun ("agreed in March to the terms"), a name or a figure."""
    verbs = sorted({p[:-3] for p in date_cues("intent") if p.endswith(" to")}, key=len, reverse=True)
    return re.compile(
        rf"(?<![\w'’-])(?:{'|'.join(map(phrase, verbs)) or '(?!)'})\s+(?:(?!to\b)[\w'’.-]+\s+){{1,6}}?to\s+"
        rf"(?!{_NOT_AN_INFINITIVE}\b)(?-i:[a-z]{{2,}})(?![\w'’-])",
        re.IGNORECASE,
    )


# Words after `to` that open a noun phrase, not an infinitive ("agreed in March to the terms").
_NOT_AN_INFINITIVE = (
    r"(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|it|them|him|us|me|all|each|both|some|any|what"
    r"|which|whom|date|be)"
)


# The capitalised words of a name and its titles, a few in a row: a request's addressee may hold several
# ("instructed Foreign Minister Datuk Seri Anifah Aman and his counterpart Retno Marsudi to hold"), besides at most
# five other words. A capitalised word and another word start differently, so each word has one way to match.
_NAME_WORDS = r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,6}"


@cache
def _request_and_infinitive() -> re.Pattern:
    """A request, its addressee and the infinitive of what is asked (`asked Ankara to release`, `called on donors to
    deliver`; `request` of date_cues.csv): a date after it is when the act asked for is to happen, ahead, whatever
    the tense of the request. The addressee is at most five words besides the capitalised words of names and titles
    (`instructed Foreign Minister Anifah Aman and his counterpart Retno Marsudi to hold`). Not a request without an
    infinitive ("asked about the deal in March"), nor `to` before a name ("asked about a loan extended to Ghana")."""
    verbs = "|".join(map(phrase, sorted(date_cues("request"), key=len, reverse=True)))
    return re.compile(
        rf"(?<![\w'’-])(?:{verbs or '(?!)'})\s+(?=(?!to\b)[\w'’.-]+\s)"
        rf"(?:{_NAME_WORDS}(?!to\b)(?-i:[^\W_A-Z])[\w'’.-]*\s+){{0,5}}{_NAME_WORDS}to\s+(?!be\b)(?-i:[a-z]{{2,}})(?![\w'’-])",
        re.IGNORECASE,
    )


@cache
def _appositive_participle_before_date(language: str) -> re.Pattern | None:
    """A past participle set off by a comma right before the date, in a language that writes its past without
    `did` (`M. Dupont, arrivé mercredi, doit ...`, `el ministro, llegado el martes, firmará ...`, `chegado na
    segunda-feira`): an apposition that reports a past act, whatever the tense of the main verb after it.
    `appositive_participle_ending` of date_cues.csv: the regular endings only (`-é`, `-ado`, `-ido`), not the
    short ones (`-i`, `-u`) that other words end in too (`puis`, `mais`). Not a participle of a schedule, a future
    cue of the language (`prevista`, `programmée`): "la cumbre, programada para septiembre" is ahead."""
    endings = date_cues("appositive_participle_ending", language)
    if not endings:
        return None
    alternation = "|".join(map(re.escape, sorted(endings, key=len, reverse=True)))
    return re.compile(
        rf",\s+{_not_scheduled(language)}[a-zà-ÿ]{{2,}}(?:{alternation})(?:\s+[a-zà-ÿ]{{1,3}})?\s+$"  # its article
    )


def _not_scheduled(language: str) -> str:
    """A lookahead: not a participle of a schedule, a word of a future cue of the language (`prevista`, `prévu`)."""
    alternation = "|".join(map(re.escape, date_cues("appositive_participle_ending", language)))
    scheduled = sorted(
        {word for w in date_cues("future", language) for word in w.split() if re.search(rf"(?:{alternation})$", word)},
        key=len,
        reverse=True,
    )
    return rf"(?!(?:{'|'.join(map(re.escape, scheduled))})(?![\w'’-]))" if scheduled else ""


@cache
def _participle_after_its_noun_before_date(language: str) -> re.Pattern:
    """A Romance past participle right after its noun, with no comma, and right before a date that is a point in
    time opens a reduced relative clause that reports a past act ("le prêt de 15 millions signé en juillet", "el
    crédito firmado en noviembre", "a ponte inaugurada em dezembro"), whatever the tense of the main verb, as English
    `the loan agreed in December` does. Not after a determiner, a preposition or a passive or future auxiliary
    (`participle_not_after`, `passive_be_ahead` of date_cues.csv: "le comité en juillet", "sera signé en juillet"), a
    future form or an adverb ("quedará terminada", "será formalmente firmado"); not a noun of that shape
    (`participle_like_noun`: `temporada`, `année`, `dívida`), nor a participle of a schedule ("le sommet prévu en
    juillet")."""
    endings = date_cues("appositive_participle_ending", language)
    alternation = "|".join(map(re.escape, sorted(endings, key=len, reverse=True)))
    not_scheduled = _not_scheduled(language)
    nouns = sorted(date_cues("participle_like_noun", language), key=len, reverse=True)
    not_a_noun = rf"(?!(?:{'|'.join(map(re.escape, nouns))})(?![\w'’-]))" if nouns else ""
    guards = {
        *date_cues("participle_not_after", language),
        *date_cues("passive_be_ahead", language),
        *(w for w in date_cues("future", language) if " " not in w),
    }
    not_after = "".join(rf"(?<!\b(?i:{re.escape(w)})\s)" for w in sorted(guards, key=len, reverse=True))
    # nor after a verb of the future or an adverb ("quedará terminado", "será formalmente firmado"), nor, where an
    # infinitive is not also a noun's ending, after one ("debe quedar concluido en diciembre")
    endings_before = {*date_cues("future_ending", language), "ment", "mente"}
    if language != "fr":  # `dossier`, `chantier`: French nouns end in -er
        endings_before |= set(date_cues("infinitive_ending", language))
    not_after += "".join(rf"(?<!{re.escape(e)}\s)" for e in sorted(endings_before, key=len, reverse=True))
    # its noun (or the bracket that closes the noun's acronym), the participle, perhaps an adverb in -ment(e)
    return re.compile(
        rf"(?:(?<=[^\W\d_]\s)|(?<=\)\s)){not_after}{not_scheduled}{not_a_noun}[a-zà-ÿ]{{2,}}(?:{alternation})"
        rf"(?:\s+[a-zà-ÿ]{{3,}}(?:ment|mente))?\s+$"
    )


def _led_to_a_point(text: str, span: Span, language: str) -> bool:
    """Whether the date is a point in time, not a span's start, end or aim: a month or a day with no lead word, or
    one of `point_lead` of date_cues.csv (`en`, `em`, `le`, `el`, `no`); not `desde`, `hasta`, `para`, `avant`."""
    first = _FIRST_WORD.match(text, span[0], span[1])
    if first is None:
        return True
    word = first.group(0).casefold()
    return word in _calendar_words() or word in date_cues("point_lead", language)


_FIRST_WORD = re.compile(r"[^\W\d_]+(?:['’])?")


@cache
def _clause_boundary(language: str) -> re.Pattern:
    """Where the clause that holds a date begins: after a comma or semicolon, or a subordinating word
    (`subordinator` of date_cues.csv: `which`, `once`, `que`, `lorsque`)."""
    words = sorted({*date_cues("subordinator", language), *date_cues("subordinator", ENGLISH)}, key=len, reverse=True)
    return re.compile(rf"[,;]|(?<![\w'’-])(?:{'|'.join(map(phrase, words)) or '(?!)'})(?![\w'’-])", re.IGNORECASE)


def past_of_another_clause(text: str, span: Span, language: str = ENGLISH) -> bool:
    """Whether the past that the sentence around `span` speaks in is another clause's: the date stands in a
    clause of its own (after a comma or a subordinating word) that holds no verb of either tense ("has sold
    corn for shipment in March", "the games, which open on 4 July", "pidió que los recursos lleguen antes
    de diciembre"). Such a date is a schedule or a noun's, not the past act's; not one a span runs from, which
    its own word puts behind ("losses that have mounted since early October")."""
    if _led_by(text, span, "since") or _led_by(text, span, "since_or_from"):
        return False
    sentence_start = sentence_around(text, span)[0]
    boundaries = list(_clause_boundary(language).finditer(text, max(sentence_start, span[0] - _NEAR_CHARS), span[0]))
    if not boundaries:
        return False
    return _tense_before(text, boundaries[-1].start(), span, language) is None


@cache
def _announcement_and_object(language: str) -> re.Pattern:
    """A past verb of announcing or discussing (`announcement` of date_cues.csv) and the first word after it, when
    that word opens its object, not an adjunct of the act (`act_adjunct`: "announced on Monday", "discussed with")."""
    verbs = sorted({*date_cues("announcement", language), *date_cues("announcement", ENGLISH)}, key=len, reverse=True)
    adjuncts = sorted({*date_cues("act_adjunct", language), *date_cues("act_adjunct", ENGLISH)}, key=len, reverse=True)
    return re.compile(
        rf"(?<![\w'’-])(?:{'|'.join(map(phrase, verbs)) or '(?!)'})\s+"
        rf"(?!(?:{'|'.join(map(phrase, adjuncts)) or '(?!)'})(?![\w'’-]))(?=[^\W\d_])",
        re.IGNORECASE,
    )


# An announced plan's object may be long ("views on the situation in X and on the preparations for the Games in
# August"); no verb of its own may stand in it.
_PLAN_CHARS = 160


def in_an_announced_plan(text: str, span: Span, language: str = ENGLISH) -> bool:
    """Whether the date is said of the thing a past verb of announcing or discussing names, with no verb between
    them ("announced a ban on grain exports from August 15", "discussed a summit in Johannesburg in August",
    "a annoncé l'ouverture d'un bureau en juin"): the date is the plan's, ahead or behind, not the act's. Not a
    date right after the verb or after an adjunct of the act ("announced on Monday", "discussed with him in May")."""
    window_start = max(sentence_around(text, span)[0], span[0] - _PLAN_CHARS)
    verbs = list(_announcement_and_object(language).finditer(text, window_start, span[0]))
    if not verbs or verbs[-1].end() >= span[0] or _led_by(text, span, "since"):
        return False
    found = verbs[-1]
    return _tense_before(text, found.end(), span, language) is None


def _firstcue(text: str, window: Span, patterns) -> int | None:
    return min((m.start() for p in patterns if (m := p.search(text, *window))), default=None)


def _first_future(text: str, window: Span, patterns, requests: bool = False) -> int | None:
    """The start of the first future cue in the window that is no noun in -s (see `_plural_noun`)."""
    return min(
        (
            next(
                (
                    m.start()
                    for m in p.finditer(text, *window)
                    if not _plural_noun(m) and not (requests and _attributive(m))
                ),
                None,
            )
            for p in patterns
        ),
        key=lambda found: (found is None, found or 0),
        default=None,
    )


@cache
def _noun_before_s() -> re.Pattern:
    """A determiner, a possessive or a noun of a fixed compound (`noun_before_s_cue` of date_cues.csv: `the`,
    `housing`, `tax`) right before a word."""
    words = "|".join(map(phrase, sorted(date_cues("noun_before_s_cue"), key=len, reverse=True))) or "(?!)"
    return re.compile(rf"(?:(?<![\w'’-])(?:{words})|\w['’]s)\s+$", re.IGNORECASE)


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)

# A schedule's participle between a determiner (perhaps with an ordinal or an adverb) and a noun of a service that
# runs to a timetable is the kind of service, not a plan ("operated its first scheduled flight ... on Tuesday", "the
# regularly scheduled ferries"): `service_participle` and `service_noun` of date_cues.csv. A plan's noun keeps the
# participle's look ahead ("after Israel's planned withdrawal from Gaza in August").
_ATTRIBUTIVE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|\w+['’]s)\s+"
    r"(?:(?:first|second|third|fourth|next|new|only|regular|[a-z]+ly)\s+)?|[a-z]+ly\s+)$",
    re.IGNORECASE,
)


@cache
def _service_noun_after() -> re.Pattern:
    nouns = sorted(date_cues("service_noun"), key=len, reverse=True)
    return re.compile(rf"\s+(?:{'|'.join(map(phrase, nouns)) or '(?!)'})(?![\w'’-])", re.IGNORECASE)


def _attributive(match: re.Match) -> bool:
    """Whether a future cue is a participle of a timetable (`service_participle`: scheduled) that qualifies a noun of
    a service after it, between a determiner and that noun (see `_ATTRIBUTIVE_BEFORE`)."""
    word = match.group(0).strip().casefold()
    if word not in _service_participles():
        return False
    text = match.string
    return bool(
        _ATTRIBUTIVE_BEFORE.search(text, max(0, match.start() - 40), match.start())
        and _service_noun_after().match(text, match.end())
    )


@cache
def _service_participles() -> frozenset[str]:
    return frozenset(w.casefold() for w in date_cues("service_participle"))


# A word of the main clause between a closed relative clause and the date, not only the date's lead (`el`, `on`).
_A_WORD = re.compile(r"[^\W\d_]{4,}")


@cache
def _closed_relative_clause(language: str) -> re.Pattern:
    """A relative clause set off by commas and closed (`relative_pronoun` of date_cues.csv: who, which, que, qui),
    a few words long: its verbs are its own, not the tense of what follows it."""
    words = sorted(
        {*date_cues("relative_pronoun", language), *date_cues("relative_pronoun", ENGLISH)}, key=len, reverse=True
    )
    return re.compile(rf",\s*(?:{'|'.join(map(phrase, words)) or '(?!)'})\s[^,;:()\n]{{3,120}},", re.IGNORECASE)


def _plural_noun(match: re.Match) -> bool:
    """Whether a future cue that is a verb in -s (`starts`, `returns`, `heads`, `votes`) is a plural noun there: after
    a determiner, a possessive or the noun of a fixed compound ("housing starts fell in December", "the votes cast on
    Sunday", "Tuesday's forecasts", "tax returns filed in April"), or before `of` ("heads of state met Tuesday")."""
    word = match.group(0)
    if " " in word.strip() or not word.endswith("s") or word.endswith("ss"):
        return False
    text = match.string
    return bool(
        _noun_before_s().search(text, max(0, match.start() - 20), match.start()) or _OF_AFTER.match(text, match.end())
    )


_LOWER_WORD = r"(?<![\w'’-])[a-zà-ÿ]"


@cache
def _verb_forms(tense_: str, language: str, requests: bool = False) -> tuple[re.Pattern, ...]:
    """Verbs of one tense in a Romance language by their form: a future or past ending (`firmó`, `versera`),
    or a past auxiliary and a participle (`a signé`, `han firmado`); `requests`: a date's reading (see
    `_intent_and_infinitive`)."""
    patterns = []
    endings = date_cues(f"{tense_}_ending", language)
    if endings:
        patterns.append(re.compile(rf"{_LOWER_WORD}[a-zà-ÿ]+(?:{'|'.join(endings)})(?![\w'’-])"))
    auxiliaries = date_cues(f"{tense_}_auxiliary", language)
    participles = date_cues(f"{tense_}_participle_ending", language)
    if auxiliaries and participles:
        patterns.append(
            re.compile(
                rf"(?<![\w'’-])(?:{'|'.join(map(phrase, auxiliaries))})\s+(?:[a-zà-ÿ]+\s+)?"
                rf"[a-zà-ÿ]+(?:{'|'.join(participles)})(?![\w'’-])"
            )
        )
    if tense_ == "future" and (intent := _intent_and_infinitive(language, requests)) is not None:
        patterns.append(intent)
    return tuple(patterns)


def _intent_and_infinitive(language: str, requests: bool = False) -> re.Pattern | None:
    """A modal or intent verb before an infinitive points ahead, whatever its own tense (`doit signer`, `deve
    chegar`, `acordaron reanudar`, `a convenu de publier`); not before another word (`acordaron este lunes`). For a
    date's reading (`requests`), also across an adverb or the preposition that leads the infinitive in."""
    verbs, endings = date_cues("intent_verb", language), date_cues("infinitive_ending", language)
    if not verbs or not endings:
        return None

    def words_before(kind: str) -> str:
        return "|".join(
            phrase(w) + (r"\s*" if w.endswith("'") else r"\s+")
            for w in sorted(date_cues(kind, language), key=len, reverse=True)
        )

    leads = words_before("infinitive_lead")
    prepositions = words_before("infinitive_preposition") if requests else ""
    # an adverb may stand between the verb and its infinitive ("acordaron además reunir", "prévoit également de
    # lancer", "pretende finalmente assinar"): a word of `intent_adverb`, or one with its language's adverb ending
    adverb_endings = "|".join(map(re.escape, date_cues("adverb_ending", language))) if requests else ""
    adverbs = "|".join(
        [
            *(phrase(w) for w in date_cues("intent_adverb", language) if requests),
            *([rf"[a-zà-ÿ]{{3,}}(?:{adverb_endings})"] * bool(adverb_endings)),
        ]
    )
    return re.compile(
        rf"(?<![\w'’-])(?:{'|'.join(map(phrase, sorted(verbs, key=len, reverse=True)))})\s+"
        rf"(?:(?:{adverbs or '(?!)'})\s+)?(?:{prepositions or '(?!)'})?(?:{leads or '(?!)'})?"
        rf"[a-zà-ÿ]+(?:{'|'.join(endings)})(?![\w'’-])",
        re.IGNORECASE,
    )


def marks_every_past(language: str) -> bool:
    """Whether the language's past verbs are known by their form (`firmó`, `a signé`): a sentence of it with
    none is no report of the past."""
    return bool(date_cues("past_ending", language) or date_cues("past_auxiliary", language))


@cache
def _any_past_after() -> tuple[re.Pattern, ...]:
    marked = sorted({w.language for w in date_words("month")} - {ENGLISH})  # languages whose past shows by its form
    return (
        cue("past", prefix=_NOT_PASSIVE),
        _SUBJECT_AND_PAST_VERB,
        _NOUN_SUBJECT_AND_PAST_VERB,
        *(form for language in marked for form in _verb_forms("past", language)),
    )


def past_verb_after(text: str, span: Span) -> bool:
    """Whether a verb of the past follows the date in its sentence, in English or by its Romance form ("No período
    outubro-dezembro, as vendas recuaram 3%"), though a comma stands between."""
    end = sentence_around(text, span)[1]
    return _firstcue(text, (span[1], end), _any_past_after()) is not None
