"""The patterns that introduce a person: an office before or after a name, an honorific, a counterpart."""

from __future__ import annotations

import re

from pipelines.extract.actors.lexicon import (
    CITY,
    COUNTRY,
    DEMONYM,
    HONORIFIC,
    NAME_END,
    NAME_HONORIFIC,
    NAME_LINK,
    OFFICE_FIELD_WORDS,
    OFFICE_FIELDS,
    ORG_HEADS,
    PORTFOLIO_NOUN,
    RANK,
    ROLE_FIELD,
    ROLE_HEAD,
    ROLE_MODIFIER,
    SEAT,
    UPPER,
    alternation,
    alternation_by_first_character,
    phrases,
)
from pipelines.knowledge import distinctive_surnames, office_holder_names
from pipelines.knowledge.actor_words import actor_word_map, actor_words

# A province's kind closes the place an office is of ("Governor of the Capital District", "Administrator of the
# Northern Territory"): a word of the office, not of the name after it.
_PLACE_KIND = rf"(?:{alternation(actor_words('province_kind_words'))})(?![\w-])"
# A word of a portfolio: a known one, an abstract noun ("Competition"), or a word before one ("Climate Action",
# "Job Creation"); in a list closed by `and`, any capitalised word ("Labour, Skills and Job Creation").
_TAIL_WORD = (
    rf"(?:{OFFICE_FIELD_WORDS}|{PORTFOLIO_NOUN}|{_PLACE_KIND}"
    rf"|[A-Z][a-z]+(?=\s+(?:{OFFICE_FIELD_WORDS}|{PORTFOLIO_NOUN})))"
)
# The item that closes a list of portfolios after `and` is the office's, whatever the word ("Minister of Education
# and Training NAME", "Minister of Hajj and Umrah NAME"), where a name of two words or more follows it (not
# "Minister of Finance and Ali Khan") and it opens no office or honorific of its own ("and Deputy Prime Minister").
_CLOSING_ITEM = (
    rf"(?!(?:{ROLE_MODIFIER}|{ROLE_HEAD}|{HONORIFIC}|{phrases('ranks', either_case=True)})(?![\w-]))"
    rf"[{UPPER}][a-z]+(?=[ \t]+[{UPPER}][^\W\d_]+[ \t]+[{UPPER}])"
)
# A portfolio may open with an abstract noun's phrase ("Ecological Transition"), not with a body's name
# ("Shanghai Cooperation Organization").
_FIRST_WORD = (
    rf"[A-Z][a-z]+(?=\s+{PORTFOLIO_NOUN}(?!\s+(?:{alternation(ORG_HEADS)})(?![\w-])))"
    # or one ("Minister of Construction NAME")
    rf"|{PORTFOLIO_NOUN}(?!\s+(?:{alternation(ORG_HEADS)})(?![\w-]))"
    # or with the few capitalised words or the acronym that qualify an office's field ("East African Community
    # Affairs", "Consumer Affairs", "EAC Affairs")
    rf"|(?:[A-Z]{{2,6}}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})"
    rf"(?=\s+{OFFICE_FIELD_WORDS}(?!\s+(?:{alternation(ORG_HEADS)})(?![\w-])))"
)
# "African Cooperation" in "Minister of Foreign Affairs, African Cooperation and ...": a word, then a portfolio's
_PORTFOLIO_PAIR = rf"[A-Z][a-z]+\s+(?:{OFFICE_FIELD_WORDS}|{PORTFOLIO_NOUN})"
# "for Latin America and the Caribbean", "for Europe, Central Asia and the Americas", "for Western Hemisphere
# Affairs": the world regions an office is for, a part of one named by a compass word
_REGION_NAME = rf"(?:{alternation({*actor_words('region_names'), *actor_words('office_region_words')})})(?![\w-])"
_REGION = rf"(?:the\s+)?(?:(?:{alternation(actor_words('region_compass_words'))})\s+)?{_REGION_NAME}"
_REGIONS = rf"{_REGION}(?:(?:\s*,\s*|\s+and\s+){_REGION}){{0,3}}(?:\s+{OFFICE_FIELD_WORDS})?"
# the regions an office is for name no state it serves ("Director for Latin America": not the United States')
REGIONS_SERVED = re.compile(rf"\s+for\s+{_REGIONS}")
_ROLE_TAIL = (
    rf"(?:\s+for\s+{_REGIONS}"
    # a state's name is where the office is held or whom it serves, no portfolio ("Ambassador to South Africa")
    rf"|\s+(?:of|for|on|to|Responsible\s+for|responsible\s+for)\s+(?:the\s+)?(?!(?:{COUNTRY})(?![\w-]))"
    rf"(?:{OFFICE_FIELD_WORDS}|{_FIRST_WORD})"
    # a list of portfolios may put a comma before its `and` ("Energy, Power, and Petroleum")
    # and the word that closes such a list may be any capitalised one too ("Tourism, Wildlife and Antiquities")
    rf"(?:(?:\s+|,?\s+and\s+(?:the\s+)?|\s+&\s+){_TAIL_WORD}"
    rf"|(?:,?\s+and\s+|\s+&\s+){_CLOSING_ITEM}"
    rf"|,\s+(?!(?:{COUNTRY})(?![\w-]))(?=\w+,?\s+and\s|{_PORTFOLIO_PAIR},?\s+and\s)"
    rf"(?:{_TAIL_WORD}|[A-Z][a-z]+)(?:,?\s+and\s+[A-Z][a-z]+(?![\w-]))?){{0,6}}"
    rf"|\s+of\s+(?:{CITY})\b(?:\s+{_PLACE_KIND})?)?"
)  # "Mayor of London", "Minister Responsible for Financial Affairs"
# A lower-case office counts after a capitalised field: "Trade envoy", "Commerce minister".
_FIELD_HEAD_LOWER = rf"{ROLE_FIELD}\s+(?:{alternation(actor_words('field_heads_lower'))})"
# "Adviser to the Prime Minister (on Finance)": an office serving another office
_TO_OFFICE = rf"(?:\s+to\s+the\s+(?:{ROLE_FIELD}\s+)?(?:{ROLE_HEAD})(?![\w-]))"
# a modifier joins its office with a space or a hyphen ("Vice-President", "Deputy-Governor")
# a status joined with a hyphen: "Ambassador-designate", "Prime Minister-designate", "Governor-elect"
_STATUS = rf"(?:-(?:{alternation(actor_words('office_status_suffixes'))})(?![\w-]))?"
_ROLE_ONE = (
    rf"(?:{ROLE_MODIFIER}(?:\s+|-(?=[A-Z])))*(?:{_FIELD_HEAD_LOWER}|(?:{ROLE_FIELD}(?:\s+(?:and|&)\s+{ROLE_FIELD})?\s+)?{ROLE_HEAD}){_STATUS}"
    rf"(?:\s+Extraordinary\s+and\s+Plenipotentiary)?"
    rf"(?:\s+\((?:[A-Z][\w ]*)\))?{_TO_OFFICE}?{_ROLE_TAIL}"
)
ROLE = rf"{_ROLE_ONE}(?:\s+and\s+{_ROLE_ONE})?"
# a name's word may open with an accented capital (`Álvaro`, `Óscar`, `Éric`), or with a capital and an apostrophe
# (`O'Leary`, `D'Alema`, `N'Diaye`); a possessive before another capitalised word ends the name ("President NAME's
# Big Four agenda", "NAME's State Visit"): the name runs on over no possessive
_POSSESSIVE_THEN_WORD = r"[sS][ \t]+[A-Z]"
_NAME_TOKEN = (
    rf"(?:(?:[{UPPER}]['’](?=[{UPPER}]))?[{UPPER}][^\W\d_]+"
    rf"(?:(?:-|['’](?!{_POSSESSIVE_THEN_WORD}))[A-Za-zÀ-ÖØ-öø-ÿ][^\W\d_]*)*"
    rf"|[A-Z]{{3,}}(?=\s+[A-Z][a-z]))"
)
# Initials before a name: "A.P.J.", "P. B.", and two or more without stops ("K M R").
# A Cyrillic letter spelled with two may make one ("Ch. Ulaan", "Ts.Batbayar").
_SHORT_GIVEN = alternation((*actor_words("digraph_initials"), *actor_words("abbreviated_given_names")))
_INITIALS = rf"(?:(?:(?:{_SHORT_GIVEN}|[A-Z])\.[ \t]?){{1,4}}|(?:[A-Z][ \t]){{2,4}})"
# a name never runs over a line end; it may hold a middle initial or two ("Jan P. Hansen", "Agus D.W. Martowardojo")
NAME = (
    rf"(?:{_INITIALS}(?!(?:{HONORIFIC})\s))?{_NAME_TOKEN}"
    rf"(?:[ \t]+(?:(?:[A-Z]\.){{1,3}}[ \t]+)?(?:{NAME_LINK}[ \t]+){{0,2}}{_NAME_TOKEN}){{0,5}}{NAME_END}"
)
# A Spanish name joins the mother's surname to the father's with "y" ("Pedro Cerisola y Weber"): one word after
# "y" and no capitalised word after it ("NAME y María López" lists two persons)
JOINED_SURNAME = re.compile(rf"[ \t]+y[ \t]+(?P<surname>{_NAME_TOKEN})(?![\w'’-]|[ \t]+[{UPPER}])")
# an honorific before a name, glued to it after its stop at times ("Prime Minister Dr.Aisake NAME")
_HON = rf"{HONORIFIC}(?:\s+|(?<=\.)(?![^A-Z]))"
# "Pakistan's", and the plural "Solomon Islands’"
_POSSESSIVE = r"(?:['’]s|(?<=s)['’])"
# "the Egyptian", "China's", "Pakistan": the state a side, body or office belongs to
_STATE = rf"(?:(?P<dem>{DEMONYM})|(?P<poss>{COUNTRY}){_POSSESSIVE}|(?P<adj>{COUNTRY}))"
# Honorifics and ranks before a name are kept out of it ("H.E. Dr NAME", "General NAME")
_TITLED_NAME = rf"(?:{_HON}|{RANK})*(?P<name>{NAME})"
# A state's name before a demonym ("Russian Federation President"): a demonym that opens the name is not one.
_AFFIL_BEFORE = (
    rf"(?:(?P<adj>{COUNTRY})\s+|(?:(?P<poss>{COUNTRY}){_POSSESSIVE}\s+|(?P<dem>{DEMONYM})\s+)(?P<aff>)"
    rf"|(?P<seat>{SEAT})(?:['’]s)?\s+)?"
)
# "Ambassador of Kazakhstan (to Pakistan)", "(to Islamabad)": the state served, then the host
# "Ambassador in Pakistan" (`host`): the state or city where the office is held, not the state served
# "Ambassador to Kenya" (`host` too): an envoy to a state serves another one ("Japanese Ambassador to Kenya").
_OF_COUNTRY = (
    rf"(?:\s+(?:of|from)\s+(?:the\s+)?(?P<of>{COUNTRY})"
    rf"(?:\s+(?:to|in)\s+(?:the\s+)?(?:{COUNTRY}|{CITY})(?![\w-]))?"
    rf"|\s+(?:in|to)\s+(?:the\s+)?(?P<host>{COUNTRY}|{CITY})(?![\w-])"
    # "Special Envoy for Afghanistan": another state's; "Country Director for Nepal and Bhutan" too
    rf"|\s+for\s+(?:the\s+)?(?P<portfolio>{COUNTRY})(?:(?:\s*,\s*|\s+and\s+)(?:{COUNTRY}))*(?![\w-]))?"
)

# the acronym of the state or body an office names: "Minister of Trade of the Republic of Korea (RoK) NAME"
_ACRONYM = r"(?:\s+\([A-Za-z.]{2,10}\))?"
# Between an office and its holder's name: spaces, or a comma and at most one line end. An office ending a line
# (a headline, a signature) is not the office of the next line's first word ("... Prime Minister\nThank you").
_TITLE_GAP = r"(?:,(?:[ \t]+|[ \t]*\n[ \t]*)|[ \t]+)"
# Turkish President Recep Tayyip Erdogan; Deputy Minister of Foreign Affairs of Kazakhstan H.E. Roman Vassilenko
TITLE_NAME = re.compile(
    # Every title starts a word with a capital or a lower-case modifier; checking that first is much faster.
    # after a demonym or a possessive, a portfolio of another word too: "Iranian Roads Minister NAME" (not after
    # a bare state name: "the Pakistan-Turkey Business Forum Prime Minister NAME")
    rf"(?<!\w)(?=[A-Z]|caretaker\b|then-|former\b|acting\b){_AFFIL_BEFORE}"
    rf"(?P<role>(?(aff)(?:[A-Z][a-z]+\s+)?){ROLE}){_OF_COUNTRY}{_TITLE_GAP}"
    rf"{_TITLED_NAME}(?:\s+of\s+(?:the\s+)?(?P<of2>{COUNTRY}))?"
)
# Presidents A, B and C; Foreign Ministers A and B: each holds the office
PLURAL_TITLE_NAMES = re.compile(
    rf"(?<![\w-])(?=[A-Z]){_AFFIL_BEFORE}(?P<role>(?:{ROLE_MODIFIER}\s+)*(?:{_FIELD_HEAD_LOWER}s|(?:{ROLE_FIELD}\s+)?(?:{ROLE_HEAD})s))\s+"
    rf"(?P<names>{NAME}(?:\s*,\s*{NAME})*,?\s+and\s+{NAME})"
)
# Where those can be: a plural office before a capitalised word.
PLURAL_TITLE_WORD = re.compile(rf"(?:{ROLE_HEAD}|{alternation(actor_words('field_heads_lower'))})s\s+[A-Z]")
# "the foreign ministers of the three countries, A, B and C", "trade ministers A and B": a lower-case plural office
# and, of the sides it is said of, each holder in turn
PLURAL_OFFICES_LOWER = actor_word_map("plural_offices_lower")
# "the Ministers of Foreign Affairs of the two countries, A and B", "Deputies A and B": the plural may open with a
# capital, and a portfolio said after it is each holder's, if no capitalised word goes on after it ("the chief
# ministers of West Bengal, Assam and ...": places) (es/fr/pt plurals: `role_plurals_romance`)
_PLURAL_OFFICE = alternation([*PLURAL_OFFICES_LOWER, *(word[:1].upper() + word[1:] for word in PLURAL_OFFICES_LOWER)])
_PLURAL_PORTFOLIO = (
    rf"(?P<portfolio>\s+(?:{alternation(actor_words('plural_office_portfolio_links'))})\s*(?:the\s+)?"
    rf"(?!(?:{COUNTRY})(?![\w-])){_TAIL_WORD}"
    rf"(?:(?:[ \t]+|,?[ \t]+and[ \t]+|[ \t]+&[ \t]+){_TAIL_WORD}){{0,5}}(?![ \t]+[A-Z]))?"
)
LOWER_PLURAL_TITLE_NAMES = re.compile(
    rf"(?<![\w-])(?P<role>(?:(?:{alternation(actor_words('lower_office_modifiers'))})\s+)?(?:(?i:{ROLE_FIELD})\s+)?"
    rf"(?P<plural>{_PLURAL_OFFICE})(?![\w-])){_PLURAL_PORTFOLIO}"
    rf"(?:\s+of\s+(?:the|both|all)\s+(?:[a-z]+\s+)?(?:{alternation(actor_words('plural_office_scopes'))}))?,?\s+"
    rf"(?P<names>{NAME}(?:\s*,\s*{NAME})*,?\s+and\s+{NAME})"
)
LOWER_PLURAL_TITLE_WORD = re.compile(rf"(?<![\w-])(?:{_PLURAL_OFFICE})(?![\w-])")
# Roman Vassilenko, Deputy Minister of Foreign Affairs of Kazakhstan
# Between the name's comma and the office: a style of address ("the Honourable Minister of ..."), and the owner of an
# office who is no state (a province or a person: "Alberta's Minister of ...", "the Prime Minister's Adviser on ...")
_ADDRESSED = rf"(?:(?:{alternation(actor_words('office_styles'))})\s+)?"
_OWNER = rf"(?:(?!(?:{COUNTRY}){_POSSESSIVE})(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}){_POSSESSIVE}\s+)?"
NAME_TITLE = re.compile(
    rf"(?<![\w-])(?=[{UPPER}])(?:{_HON})*(?P<name>{NAME}),\s+(?:the\s+|who\s+is\s+(?:the\s+)?)?{_OWNER}{_AFFIL_BEFORE}"
    rf"{_ADDRESSED}(?P<role>{ROLE})(?!['’]s(?![\w-]))"
    rf"{_OF_COUNTRY}"
)
# his Egyptian counterpart Sameh Shoukry; "and Mauritanian counterpart NAME"
COUNTERPART = re.compile(
    rf"(?:\b(?:his|her|their|the)\s+(?:visiting\s+)?(?:(?:(?P<dem>{DEMONYM})|(?P<adj>{COUNTRY})(?:['’]s)?)\s+)?"
    rf"|(?<![\w-])(?P<dem2>{DEMONYM})\s+)counterparts?,?\s+"
    rf"(?:{_HON})*(?P<name>{NAME})"
)
# An office named without its holder, the subject of a sentence about counterparts: "the Prime Minister would hold
# talks with his counterpart NAME" (no name after it: "the President Xi" is a titled name)
UNNAMED_OFFICE = re.compile(
    rf"(?<![\w-])[Tt]he\s+(?P<role>(?:{ROLE_MODIFIER}\s+)?(?:{ROLE_FIELD}\s+)?(?:{ROLE_HEAD}))(?![\w-])(?!\s+[{UPPER}])"
)
# "their counterparts NAME and NAME": the names after the first that a plural counterparts lists
COUNTERPARTS_MORE = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{_HON})*(?P<name>{NAME})")
# Lee Park, principal deputy assistant secretary for Pakistan; Omar Ali, chairman of the Board of Investment
_LOWER_OFFICE = (
    rf"(?:(?:{alternation(actor_words('lower_office_modifiers'))})\s+)*"
    rf"(?:{alternation(actor_words('lower_offices'))})\b"
)
# A lower-case word that may qualify an office ("food and water safety minister"), not one that opens a clause.
QUALIFIER_WORD = (
    r"(?!(?:the|a|an|of|to|with|and|or|for|in|on|by|at|from|that|who|whose|which|said|says|told|was|is|were|are"
    r"|has|had|have|his|her|their|its|also|will|would)\s)[a-z][\w-]*"
)
_LOWER_QUALIFIERS = rf"(?:{QUALIFIER_WORD}\s+){{0,3}}?"
# Lower-case portfolios and modifiers of an office: "trade", "foreign", "deputy", "external affairs".
_LOWER_MODIFIER = rf"(?:{alternation(w.lower() for w in actor_words('role_modifiers') + actor_words('role_fields'))})"
# A Spanish, French or Portuguese article after the comma opens the language's own words, no English office; after a
# conjunction it opens the next person's office ("NAME, e o director-executivo da X, NAME").
_ROMANCE_CONJUNCTION = rf"(?:(?:{alternation(actor_words('romance_conjunctions'))})\s+)?"
_ROMANCE_ARTICLE = rf"{_ROMANCE_CONJUNCTION}(?:{alternation(actor_words('romance_articles'))})\s"
# ... and so does a preposition: "NAME, au premier jour", "NAME, en presencia del director general" name no office
_ROMANCE_PREPOSITION = rf"(?:{alternation(actor_words('romance_prepositions'))})\s"
# A person's age between the name and the office: "NAME, 87, the former Cuban leader"
_AGE = r"\d{1,3}"
NAME_LOWER_TITLE = re.compile(
    rf"(?<![\w-])(?=[{UPPER}])(?:{_HON})*(?P<name>{NAME}),\s+(?:{_AGE},\s+)?(?!{_ROMANCE_ARTICLE}|{_ROMANCE_PREPOSITION})(?:the\s+|an?\s+)?(?P<role>(?:former\s+)?(?:[A-Z][\w&'’-]*\s+){{0,4}}"
    rf"(?:(?:{_LOWER_MODIFIER}|{QUALIFIER_WORD})\s+(?:and\s+)?){{0,4}}?{_LOWER_OFFICE}"
    rf"(?:\s+and\s+{_LOWER_OFFICE})?)(?:\s+for\s+(?P<portfolio>{COUNTRY})(?![\w-])|\s+of\s+(?:the\s+)?(?P<of>{COUNTRY})(?![\w-]))?"
)
# "NAME, the Bank's Director General for East Africa", "NAME, the company's chief executive", "NAME, its
# chairman": an office at a body the article named before, which a noun or "its" names again
_BODY_ANAPHOR = rf"(?:[Tt]he\s+(?i:{alternation(actor_word_map('body_anaphors'))})['’]s|[Ii]ts)"
NAME_ANAPHOR_OFFICE = re.compile(
    rf"(?<![\w-])(?=[{UPPER}])(?:{_HON})*(?P<name>{NAME}),\s+{_BODY_ANAPHOR}\s+"
    rf"(?P<role>{ROLE}|(?:{_LOWER_MODIFIER}\s+){{0,2}}{_LOWER_OFFICE}(?:\s+and\s+{_LOWER_OFFICE})?)(?![\w-])"
)
# "NAME, the country's economy minister", "the nation's finance minister, NAME": an office of the state the article
# named before, which a noun names again
_STATE_ANAPHOR = rf"[Tt]he\s+(?:{alternation(actor_words('state_anaphors'))})['’]s\s+"
_STATE_ANAPHOR_ROLE = (
    rf"(?P<role>{ROLE}|(?:{_LOWER_MODIFIER}\s+){{0,2}}{_LOWER_OFFICE}(?:\s+and\s+{_LOWER_OFFICE})?)(?![\w-])"
)
NAME_STATE_ANAPHOR_OFFICE = re.compile(
    rf"(?<![\w-])(?=[{UPPER}])(?:{_HON})*(?P<name>{NAME}),\s+{_STATE_ANAPHOR}{_STATE_ANAPHOR_ROLE}"
)
STATE_ANAPHOR_OFFICE_NAME = re.compile(rf"{_STATE_ANAPHOR}{_STATE_ANAPHOR_ROLE}(?:,\s+|[ \t]+){_TITLED_NAME}")
STATE_ANAPHOR = re.compile(_STATE_ANAPHOR)
# "ministro de Hacienda del país", "ministre des Finances du pays": the same after an es/fr/pt office
STATE_ANAPHOR_ROMANCE = re.compile(rf"(?<![\w-])(?:{alternation(actor_words('state_anaphors_romance'))})(?![\w-])")
# Where those can be.
BODY_ANAPHOR_AFTER_COMMA = re.compile(rf",\s+{_BODY_ANAPHOR}\s")
# "NAME, who heads Nigeria's central bank": the body (and its state) the person heads
HEADING_VERBS = actor_word_map("heading_verbs")
# "NAME, who now heads the ministry"
_HEADING_ADVERB = rf"(?:(?:{alternation(actor_words('heading_verb_adverbs'))})\s+)?"
NAME_WHO_HEADS = re.compile(
    rf"(?<![\w-])(?=[{UPPER}])(?P<name>{NAME}),\s+who\s+{_HEADING_ADVERB}(?P<verb>{alternation(HEADING_VERBS)})\s+"
    rf"(?P<body>[^,.;:\n]{{3,80}})"
)
# Where those can be.
WHO_HEADS_WORDS = re.compile(rf",\s+who\s+{_HEADING_ADVERB}(?:{alternation(HEADING_VERBS)})\s")
# "NAME, who took over as chairman in April", "NAME, who has been running the Bank as interim president", "NAME, a
# deputy expected to be sworn in as agriculture minister", "NAME, who was appointed as envoy": the office a verb of
# taking or holding it names after "as", in the clause after the name's comma
_TAKING = (
    rf"(?:{alternation(actor_words('office_taking_verbs'))}"
    rf"|(?:(?:{alternation(actor_words('office_given_auxiliaries'))})\s+)(?:{alternation(actor_words('office_given_participles'))}))"
)
NAME_TAKES_OFFICE = re.compile(
    rf"(?<![\w-])(?=[{UPPER}])(?P<name>{NAME}),\s+(?:[^,.;:()\n]{{0,60}}?\s)?(?:{_TAKING}"
    rf"|(?<=,\s)(?:{alternation(actor_words('office_given_participles'))}))"
    rf"(?:\s[^,.;:()\n]{{0,40}}?)?\s+as\s+(?:the\s+|an?\s+)?"
    rf"(?P<role>{ROLE}|(?:{QUALIFIER_WORD}\s+){{0,2}}?{_LOWER_OFFICE})(?![\w-])"
)
# Where those can be.
_GIVEN = alternation(actor_words("office_given_participles"))
TAKES_OFFICE_WORDS = re.compile(rf"(?<![\w-])(?:{_TAKING}|(?:{_GIVEN}))\s")
# "the governor of Russia's Sakhalin region, NAME", "a spokesman for the presidential palace, NAME", "the Rector of
# the Kyiv university, Prof. NAME", "the agency's head, Brig. Gen. NAME": an office, its complement (any words of a
# clause, no known body needed) or an owner's possessive before it, a comma and titles right before a name
_PHRASE_OPENER = alternation(actor_words("office_phrase_openers"))
_PHRASE_OFFICE = rf"(?:{QUALIFIER_WORD}\s+){{0,2}}?(?:{_LOWER_OFFICE})|(?:{ROLE_MODIFIER}\s+)*(?:{ROLE_HEAD})"
OFFICE_OF_A_PHRASE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_PHRASE_OPENER})\s+(?:"
    rf"(?P<office>{_PHRASE_OFFICE})\s+(?:of|for|at|to)\s+[^,.;:()\n]{{2,70}}?(?:\s*\([^()\n]{{1,40}}\))?"
    rf"|[a-z][\w-]*{_POSSESSIVE}\s+(?P<owned>{_PHRASE_OFFICE}))"
    rf",\s+(?:{_HON}|{RANK})*\Z"
)
# The Turkish envoy, Mehmet Pacaci; the Chinese ambassador Li Wei; Pakistan's envoy to Kazakhstan, Ali Khan
DEMONYM_OFFICE_NAME = re.compile(
    rf"(?<![\w-])(?=[A-Z])(?:(?P<dem>{DEMONYM})|(?P<poss>{COUNTRY}){_POSSESSIVE})"
    rf"\s+(?P<role>{alternation(actor_words('demonym_offices'))})"
    rf"(?:\s+(?:in|to)\s+(?:{CITY}|{COUNTRY})(?![\w-]))?,?\s+(?:{_HON})*(?P<name>{NAME})"
)
# "Mr NAME", "His Highness Sheikh NAME", "Datuk Seri Dr NAME": a chain of honorifics and ranks
# after a royal style, a ruler's title is no given name ("His Majesty Sultan NAME")
_ROYAL_STYLE = (
    rf"(?:{alternation(actor_words('royal_styles'))})\s+(?:(?:{alternation(actor_words('ruler_titles'))})\s+)?"
)
HONORIFIC_NAME = re.compile(rf"(?<!\w)(?:{_ROYAL_STYLE}|(?:{NAME_HONORIFIC})\s+){_TITLED_NAME}")
# Persons the knowledge base knows, named in full without a title.
KNOWN_PERSON = re.compile(
    rf"(?<![\w-])(?=[{UPPER}])(?:{alternation_by_first_character(name for name, _ in office_holder_names())})(?![\w-])"
)
# A known office holder's surname alone ("my brother Aliyev"), when no other capitalised word is next to it.
# Before `bin` it is a given name ("Salman bin Hamad"), not the leader's surname; after an apostrophe it ends
# another name ("D'Amato"); after "the" it names a plan or a government ("the Miyazawa plan"), no person.
KNOWN_SURNAME = re.compile(
    rf"(?<![\w'’-])(?<![Tt]he )(?:{alternation_by_first_character(distinctive_surnames())})"
    r"(?![\w-])(?!\s+(?:[A-Z]|(?:bin|bint|ibn)\b))"
)
# An office held at an organisation or a mission: "Secretary, Economic Affairs Division, NAME",
# "Commercial Counselor at the Pakistan High Commission London NAME", "Dhaka Chamber ... president NAME".
_MISSION_HEAD = alternation(actor_words("mission_heads"))
MISSION = re.compile(rf"(?<![\w-])(?=[A-Z])(?P<side>{DEMONYM}|{COUNTRY})\s+(?:{_MISSION_HEAD})\b")
ROLE_BEFORE_BODY = re.compile(rf"(?P<role>{ROLE})\s*,?\s+(?:(?:at|of|in|with)\s+)?(?:the\s+)?$")
BODY_THEN_NAME = re.compile(
    rf"(?:\s*\([A-Z][A-Za-z&.-]+\))?(?:\s+(?:{CITY}|{COUNTRY})(?![\w-]))?\s*,?\s+"
    rf"(?:{_HON})*(?P<name>{NAME})"
)
# "chairman of Azerbaijan Railways NAME": a lower-case office of the body that follows, at a clause's start or
# after an article ("said the head of Russian Railways, NAME")
LOWER_OFFICE_OF_BODY = re.compile(
    rf"(?:(?:^|(?<=[,;:.]\s)|(?<=\n))(?:[Tt]he\s+)?|(?<![\w-])[Tt]he\s+)(?P<role>{_LOWER_OFFICE})\s+of\s+(?:the\s+)?$"
)
# "Azerbaijan Railways, headed by NAME", "le Conseil du café-cacao (CCC), dirigé par NAME": the body's head; "An IMF
# mission led by NAME", "la misión del FMI encabezada por NAME": the head of the body's mission (a mission noun after
# an English body, before a Spanish, French or Portuguese one: `MISSION_BEFORE_BODY`)
HEADED_BY_VERBS = actor_word_map("headed_by_verbs")
MISSION_CHIEFS = actor_word_map("mission_chiefs")
# "dirigé par Mme NAME", "presidida por la Sra. NAME": the honorific stays out of the name
_ROMANCE_HON = alternation(actor_words("honorifics_romance_stopped"))
_MISSION_NOUN = alternation({key.split()[0] for key in MISSION_CHIEFS})
BODY_HEADED_BY = re.compile(
    rf"(?:\s*\([A-Z][\w&.-]*\))?(?:\s+(?P<mission>{_MISSION_NOUN}))?,?\s+(?:which\s+is\s+|that\s+was\s+)?"
    rf"(?P<verb>{alternation(HEADED_BY_VERBS)})\s+(?P<by>by|par|por|pel[ao])\s+"
    rf"(?:{_HON}|(?:{_ROMANCE_HON})[ \t]+)*(?P<name>{NAME})"
)
MISSION_BEFORE_BODY = re.compile(
    rf"(?<![\w-])(?P<mission>{_MISSION_NOUN})\s+(?:d[aou]|del|de(?:\s+la)?|de\s+l['’]|of(?:\s+the)?)\s*$",
    re.I,
)


def mission_chief(noun: str, by: str) -> str:
    """The office of the head of a body's mission, in the language of the noun and of its agent word ("mission ...
    par" is French)."""
    noun = noun.lower()
    return MISSION_CHIEFS.get(f"{noun} {by}") or MISSION_CHIEFS[noun]


BODY_OFFICE_NAME = re.compile(
    rf"(?:\s*\([A-Z][A-Za-z&.-]+\))?\s+(?P<role>(?i:(?:(?:{phrases('body_office_modifiers')})\s+)*"
    rf"(?:{phrases('body_offices')})))\s*,?\s+(?P<name>{NAME})"
)
# "NAME, EBRD Director for Energy", "NAME, Aramco President and CEO": a name, a comma, a body (checked by the
# caller) and the office held there; a middle initial may sit in the name ("Amin H. Nasser").
NAME_BODY_OFFICE = re.compile(
    rf"(?<![\w-])(?=[{UPPER}])(?P<name>(?:{NAME}[ \t]+[A-Z]\.[ \t]+)?{NAME}),[ \t]+(?:the[ \t]+)?"
    rf"(?P<body>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){{0,4}}?)(?:['’]s)?[ \t]+(?P<role>{ROLE})(?![\w-])"
)
BODY_JOIN = re.compile(r",?\s+(?:(?:at|of|in|with)\s+)?(?:the\s+)?")
# "the visiting Pakistani minister", "visiting Pakistan Foreign Minister": a side that visits; not "tourists
# visiting Egypt", the state visited
VISITING = re.compile(
    rf"\bvisiting\s+(?:(?P<dem>{DEMONYM})|(?P<state>{COUNTRY})(?=\s+(?:{phrases('other_side_nouns')})(?![\w-])))(?![\w-])"
)
# Introductions side by side in a list ("Foreign Minister A, Defence Minister B and ...", "..., and the President,
# H.E. B").
LIST_SEPARATOR = re.compile(rf"\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:{_HON})*")
# Lines of "NAME, office" one under the other (the signatories atop a media release) list their holders too.
LINE_LIST_SEPARATOR = re.compile(
    r"(?:[ \t]+(?:MP|MEP|MNA|MPA|QC|KC))?,[ \t]+[^\n.!?:;]{1,80}\n[ \t]*(?:(?:the|[A-Z][\w.]*)[ \t]+){0,3}"
)
# The office around a name found otherwise: "NAME, Ambassador of Pakistan to the UAE", "NAME, a spokesperson",
# "Pakistan's Ambassador NAME", "Chinese foreign ministry spokesperson NAME".
ROLE_AFTER_NAME = re.compile(rf",\s+(?:the\s+|who\s+is\s+(?:the\s+)?)?{_AFFIL_BEFORE}(?P<role>{ROLE}){_OF_COUNTRY}")
LOWER_ROLE_AFTER_NAME = re.compile(
    rf",\s+(?:the\s+|an?\s+)?{_AFFIL_BEFORE}(?P<role>(?:[A-Z][\w&'’-]*\s+){{0,4}}{_LOWER_OFFICE})"
)
ROLE_BEFORE_NAME = re.compile(
    rf"(?<![\w-]){_AFFIL_BEFORE}(?P<role>{ROLE}){_OF_COUNTRY}{_ACRONYM},?\s+(?:{_HON}|{RANK})*$"
)
LOWER_ROLE_BEFORE_NAME = re.compile(rf"(?<![\w-]){_AFFIL_BEFORE}(?:[\w&'’-]+\s+){{0,3}}(?P<role>{_LOWER_OFFICE}),?\s+$")
# An office at the body written just before it: "UN Secretary-General", "the IMF's mission chief".
# "Export-Import Bank of India (Exim Bank) Chief General Manager": the body's short name in brackets may come between
BODY_BEFORE_JOIN = re.compile(r"(?:['’]s)?(?:[ \t]+\([A-Z][\w&.-]{0,15}(?:[ \t]+[A-Z][\w&.-]{0,15}){0,3}\))?[ \t]+$")
# A lower-case office before a name: "Japanese trade minister NAME", "Kenya's Treasury chief NAME",
# "the ministry's spokesperson NAME", "AU Commission chair NAME", "external affairs minister of Israel, Mr. NAME".
_LOWER_ROLE_BEFORE_NAME = (
    rf"(?:{_LOWER_MODIFIER}\s+(?:and\s+)?){{0,3}}"
    rf"(?:{alternation(actor_words('lower_offices_before_name'))}){_STATUS}"
)
# A lower-case portfolio after the office: "minister for economic affairs", "minister in charge of energy".
_LOWER_FIELD = rf"(?:{alternation(w.lower() for w in OFFICE_FIELDS)})(?![\w-])"
_LOWER_ROLE_TAIL = (
    rf"(?:\s+(?:for|of|on|in\s+charge\s+of)\s+{_LOWER_FIELD}(?:(?:\s+|,\s+|\s+and\s+){_LOWER_FIELD}){{0,4}})?"
)
LOWER_TITLE_NAME = re.compile(
    rf"(?<![\w-])(?:(?:(?P<poss>{COUNTRY}){_POSSESSIVE}\s+|(?P<dem>{DEMONYM})\s+)(?P<stated>){_LOWER_QUALIFIERS}"
    rf"|(?P<adj>{COUNTRY})\s+|(?P<seat>{SEAT})(?:['’]s)?\s+|(?P<holder>[A-Z][\w'’-]+)['’]s\s+{_LOWER_QUALIFIERS}|[a-z]+['’]s\s+)?"
    # after a state, a capitalised portfolio too: "Kenya's Treasury chief" (not "Commerce & Industry president")
    rf"(?P<role>(?(stated)(?:{ROLE_FIELD}\s+)?){_LOWER_ROLE_BEFORE_NAME}{_LOWER_ROLE_TAIL})(?:\s+(?:of|from)\s+(?:the\s+)?(?P<of>{COUNTRY})(?![\w-]))?"
    rf"(?:\s+(?:to|in)\s+(?:the\s+)?(?P<host>{COUNTRY}|{CITY})(?![\w-])|\s+for\s+(?:the\s+)?(?P<portfolio>{COUNTRY})(?![\w-]))?"
    rf",?\s+{_TITLED_NAME}"
)
# A lower-case office that opens a sentence or a line, its first word capitalised as the sentence's ("Chief executive
# NAME said", "General manager NAME", "Managing director of the IMF NAME"): the office is checked against the
# lower-case offices (`SENTENCE_CASE_OFFICE`), a body after "of" against the article's bodies, by the caller.
SENTENCE_CASE_TITLE = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’)][ \t]))"
    r"(?P<role>[A-Z][a-z]+(?:[ \t]+(?!(?:of|the|and)[ \t])[a-z][a-z-]*){1,3})"
    r"(?:(?P<of>[ \t]+of[ \t]+(?:the[ \t]+)?)(?=[A-Z]))?",
    re.M,
)
SENTENCE_CASE_OFFICE = re.compile(_LOWER_ROLE_BEFORE_NAME)
SENTENCE_CASE_NAME = re.compile(rf",?[ \t]+{_TITLED_NAME}")
# Where those can be: a lower-case office word; "led by".
LOWER_OFFICE_WORD = re.compile(rf"\b(?:{alternation(actor_words('lower_offices_before_name'))})\b")
LED_BY_WORDS = re.compile(r"\b(?:led|headed)\s+by\b")
# "the Egyptian side led by NAME", "a Japanese delegation headed by Foreign Minister NAME"
LED_BY = re.compile(
    rf"(?<![\w-]){_STATE}\s+"
    rf"(?:{alternation(actor_words('led_sides'))})\s*,?\s+(?:(?:which|that|who)\s+)?(?:(?:was|were|is)\s+)?"
    rf"(?:led|headed)\s+by\s+(?:(?:its|their|the)\s+)?(?:(?:{ROLE}|{_LOWER_ROLE_BEFORE_NAME}),?\s+)?"
    rf"{_TITLED_NAME}"
)
# A name and a comma, then a few lower-case words: an apposition about that name follows ("A, the new ").
# "A, and B's minister" lists a new item.
# "in NAME, embassy spokesperson ...": the capitalised words are a place
PLACE_PREPOSITION_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation(actor_words('place_prepositions'))})[ \t]+$")
# the same before the first words of a capitalised run that ends right here ("in Eastern " + "Visayas")
PLACE_PREPOSITION_BEFORE_RUN = re.compile(
    rf"(?<![\w-])(?:{alternation(actor_words('place_prepositions'))})[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{0,3}}$"
)
APPOSITION_OPEN = re.compile(r"([A-Z][\w'’-]+),(?:\s+(?!(?:and|or)\s)[a-z][\w-]*){0,3}\s+$")
# A state in brackets right after a name: "NAME (Mongolia)", a list of participants by state.
STATE_IN_BRACKETS = re.compile(rf"[ \t]*\((?:the[ \t]+)?(?P<adj>{COUNTRY})\)")
# A state's possessive right before a name: "Poland's NAME", "the Philippines’ NAME".
STATE_BEFORE_NAME = re.compile(rf"(?<![\w-])(?P<poss>{COUNTRY}){_POSSESSIVE}\s+$")
# A body of a state after an office: "(spokesperson) for the Afghan Taliban embassy", "of China's foreign ministry".
# A government named after an office and its body: "NAME, Secretary, Ministry of Energy, Government of Nepal".
GOVERNMENT_AFTER = re.compile(
    r"(?:,\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?(?:the\s+)?[A-Z][\w&'’-]*){0,6}){0,2}"
    rf",\s+(?:the\s+)?(?:Government|Republic|Kingdom)\s+of\s+(?:the\s+)?(?P<of>{COUNTRY})(?![\w-])"
)
# A state that closes a person's apposition on its line, after the office and its words ("NAME, Minister of Economy
# and the Sea, Portugal", "NAME, former Minister of Energy, State of Qatar;"): a programme's, a list of speakers' or a
# signature block's line; the state ends the line, a clause (";", ")") or the sentence.
_APPOSITION_PART = r"(?:[^,;.!?\n]|\.(?=\S))"
STATE_CLOSING_AFTER = re.compile(
    rf"{_APPOSITION_PART}{{0,60}}(?:,[ \t]+{_APPOSITION_PART}{{1,60}}){{0,2}},[ \t]+(?:the[ \t]+)?"
    rf"(?:(?:[A-Z][\w'’]*[ \t]+){{0,2}}(?:Government|{alternation(actor_words('state_forms'))})[ \t]+of[ \t]+"
    rf"(?:the[ \t]+)?)?(?P<of>{COUNTRY})(?![\w-])(?=[ \t]*(?:[;\n)]|\.(?:\s|$)|$))"
)
STATE_BODY_AFTER = re.compile(
    rf"\s+(?:for|of|at|with)\s+(?:the\s+)?{_STATE}"
    rf"\s+(?:[A-Z][\w-]*\s+){{0,3}}(?:{phrases('affiliation_nouns', either_case=True)})(?![\w-])"
)
