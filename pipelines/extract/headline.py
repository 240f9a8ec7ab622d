"""The headline of a page: the line before the body that reads as one, past menus, banners and captions."""

from __future__ import annotations

import html
import re

from pipelines.extract.actors.countries import COUNTRY_PATTERN
from pipelines.extract.boilerplate import boilerplate_spans, is_related_item, related_spans
from pipelines.extract.head_block import headline_under_head_block
from pipelines.extract.issue_lines import headline_after_issue, is_broadcast_line, is_issue_line
from pipelines.extract.issuer_lines import names_only_issuers
from pipelines.extract.page_dates import (
    BODY_LINE,
    CITY_LEAD,
    DATE,
    MASTHEAD_STAMP,
    STAMP_LINE,
    STAMP_WEEKDAY,
    dateline,
    header_zone_end,
    opens_body,
    phrases,
    without_headline_stamp,
)
from pipelines.extract.page_head import (
    bare_dateline,
    headline_before_body,
    is_breadcrumb,
    is_outlet_and_section,
    is_page_furniture,
    is_site_notice,
    is_social_post,
    labelled_furniture,
)
from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.extract.stamp_lines import opens_with_number, segment_stamps
from pipelines.extract.transcript_turns import is_turn_or_programme
from pipelines.knowledge.calendars import page_cues

# A photo gallery's counter before a caption (`3 of 5 — ...`, `Foto 2 de 8: ...`, `Photo 4 sur 10 - ...`, `2/12 | ...`):
# a picture's number among the gallery's, perhaps after a photo's word (`gallery_counter_word` in page_cues.csv).
_GALLERY_COUNTER = re.compile(
    rf"\A(?:[^\W\d_]+[ \t]+)?\d{{1,3}}[ \t]*(?:/|(?:{phrases('gallery_counter_word')})(?!\w))[ \t]*\d{{1,3}}"
    r"[ \t]*(?:[-–—:|]|\.[ \t])",
    re.I,
)
# French sets a space before a colon (`Photo : DR`): a caption mark's colon may follow one.
_CAPTION_MARK = re.compile(phrases("caption_mark").replace(":", "[ \t\u00a0]?:"), re.I)
_NAVIGATION = re.compile(rf"(?:^|\s)(?:{phrases('navigation')})(?:\s|$)")
# A quotation in guillemets (`veulent « écrire un chapitre »`): its `»` closes a quote, it is no breadcrumb's.
_GUILLEMETS = re.compile(r"«[^«»\n]*»")
_NOT_TITLE_START = re.compile(rf"(?:{phrases('not_title_start')})\b", re.I)
# A site's slogan under its name (`The most trusted news source in the islands`) is no headline, nor a newsletter's
# line (`Subscribe to our newsletter`) but for the title a page's header gives (`Port Customer Newsletter – June 2016`).
_TAGLINE = re.compile(rf"\b(?:{phrases('tagline')})\b", re.I)
_NEWSLETTER = re.compile(rf"\b(?:{phrases('newsletter_word')})\b", re.I)
# `By Jane Roe`, `Por María López`, `Par Jean Dupont`: the byline words of the languages read (`byline_word`).
_BYLINE = re.compile(rf"(?:{phrases('byline_word')})[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){{0,3}}[ \t]*$")
_BYLINE_OPENING = re.compile(rf"(?:{phrases('byline_word')})[ \t]+[A-Z]")
# ... a byline in lower case under a headline (`by Anna Hakobyan | 29 September 2011, 14:20`, `par Jean Dupont`): the
# writer's name alone on its line or before a bar, a bullet, a spaced dash or a comma and the day; a sentence broken
# over lines goes on after the name (`by Foreign Minister Jane Roe and her host`).
_LOWER_BYLINE = re.compile(
    rf"(?i:{phrases('byline_word')})[ \t]+[A-ZÀ-Ý][\w.'’-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w.'’-]*|de|da|do|dos|del|van|von|bin))"
    r"{0,4}[ \t]*(?:$|\n|[|·•]|[-–—][ \t]|,[ \t]*\d)"
)
_QUOTES = {"‘": "’", "“": "”", '"': '"', "'": "'", "«": "»"}
URL = re.compile(r"https?://[^\s<>\"')\]]+")
# A web address written without its scheme (`www.example.org/news/2019/item`, `For more information: www.example.gov`):
# a host that opens with `www.`, not inside an e-mail address or another address, perhaps with its path.
WEB_ADDRESS = re.compile(r"(?<![\w@./-])www\.[\w-]+(?:\.[\w-]+)+(?:/[^\s<>\"')\]]*)?")
# A headline may end in an initialism's stop (`... work on trade, U.N.`), never in a sentence's.
_ENDS_IN_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}\Z")
# A signature line: a name, then an office in capitals only (`Senator Jane Roe, Minister for Trade and the
# Pacific`): who issued the release, not its headline (`Roe, Minister for Trade, arrives in ...` has a verb).
_SIGNATURE = re.compile(
    rf"\A[^,]{{3,80}},[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){{0,2}}(?:{phrases('office_word')})"
    r"(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|for|and|the|on|in|&))*\Z"
)
# A reporter's or official's line: an office, then a name and nothing else (`Special Representative Jane Roe`).
_OFFICE_AND_NAME = re.compile(
    rf"\A(?:[A-Z][\w'’-]*[ \t]+)?(?:{phrases('office_word')})(?:[ \t]+[A-Z][\w.'’-]*){{2,3}}\Z"
)
# A wire's tag before its headline (`(LEAD) ...`, `(2nd LD) ...`, `(URGENT) ...`): kept, the headline follows it.
# ... or a filing's kind in square brackets (`[Fair Disclosure] ...`, `[Correction] ...`).
_WIRE_TAG = re.compile(
    r"\A(?:\((?:\d+(?:st|nd|rd|th)[ \t]+)?[A-Z]{2,}(?:[ \t][A-Z]{2,})?\)"
    r"|\[[A-Z][\w'’&-]*(?:[ \t][\w'’&-]+){0,3}\])[ \t]+"
)
# A kicker before a headline (`EXCLUSIVE: ...`, `WATCH: ...`, `OPINION | ...`, `ANÁLISIS: ...`: `kicker_label` in
# page_cues.csv), then a colon, a bar or a dash: kept, the headline follows it; no city's lead, no menu's first item.
_KICKER = re.compile(rf"\A(?:{phrases('kicker_label')})[ \t]*(?:[:|]|[-–—](?=[ \t]))[ \t]*(?=\S)", re.I)
# One sentence ending and another beginning (`... of cookies. By continuing ...`): a notice or prose, no
# headline; the word before the stop is a lower-case word, never an abbreviation (`Gov. Roe`, `vs. Chile`, `$5 bil.
# Korean`: `headline_abbreviation` in page_cues.csv).
_SENTENCE_BREAK = re.compile(
    rf"(?<![\w.])(?!(?:{phrases('headline_abbreviation')})\.)[^\W\d_A-Z]{{3,}}[.!?][ \t]+[A-Z]"
)
_TITLE_MAX_WORDS = 30
# The stops that end a sentence, not a headline: Latin ones and those of the scripts without capitals (the Chinese and
# Japanese full stop, the Urdu one, the Devanagari danda, the Arabic comma and question mark).
_FINAL_STOPS = ".,;:!?。．，！？۔।،؟"
# Chinese and Japanese set no space between words: two ideographs or kana count as one word of a headline.
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
# One Chinese or Japanese sentence ending and another beginning on the line (`...欢迎。双方...`): prose.
_IDEOGRAPHIC_BREAK = re.compile(r"[。！？](?=[^\s」』”）)])")
_TITLE_MIN_WORDS = 4
_SHORT_TITLE_MIN_WORDS = 2  # a headline printed twice over
_SHORT_HEADLINE_WORDS = 12
# A field's label before the headline (`Subject:`, `Asunto:`, `Objet :`): not the headline's words, unlike a page's type
# label, which the headline line keeps (`News story: ...`).
_FIELD_LABEL = re.compile(rf"^(?:{phrases('subject_label')})\.?[ \t]*:[-–—]?[ \t]*(?=\S)", re.I)
# A subject line of its own, its label in capitals or title case (`Subject:`, `SUBJECT:`, `Objet :`).
_SUBJECT_LINE = re.compile(rf"^[ \t]*(?i:{phrases('subject_label')})\.?[ \t]*:[-–—]?[ \t]*\S[^\n]*", re.M)
# An honourable's name on a line of its own (`Senator the Hon Jane Roe`, `The Hon. Ken Doe MP`, `H.E. Ana Ruiz`): the
# head of a minister's release, not its headline; the office lines under it are the signature's too.
_HONOURABLE_NAME = re.compile(
    rf"\A(?:{phrases('honourable')})[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Mme|M)\.?[ \t]+)?"
    r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|da|do|dos|del|la|van|von|bin|al|el))*"
    r"(?:,?[ \t]+(?:MP|AO|AC|QC|KC|MLA|MNA|MPP|OBE|CBE|KBE|KC))*[ \t]*\Z"
)
_OFFICE_LINE = re.compile(
    rf"\A(?:[A-Z][\w'’-]*[ \t]+){{0,2}}(?:{phrases('office_word')}|{phrases('signature_office')})\b"
    # ... or the state the signer serves under the office (`Republic of the Philippines`): a state's form, then its name
    rf"|\A(?:{phrases('state_form')})(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*|of|the|de|del|la|du|des|da|do))*\Z"
)
# A byline with its place or desk after a comma (`Por Redação, de Brasília`, `Par Jean Dupont, à Dakar`, `By Ana Ruiz,
# Staff Reporter`): the byline word, names in capitals (with their particles), then a few words at most.
_BYLINE_LINE = re.compile(
    rf"\A(?:{phrases('byline_word')})[ \t]+[A-Z][\w.'’-]*"
    r"(?:[ \t]+(?:[A-Z][\w.'’-]*|de|da|do|dos|das|del|la|le|van|von|bin|y|e|et|and))*"
    # ... then a place after a comma (`Por Redação, de Brasília`), or the writer's post and place after a spaced dash
    # (`Por Ana Ruiz - Repórter da Agência X - Brasília`)
    r"(?:[ \t]*,[ \t]*[^\s,]+(?:[ \t]+[^\s,]+){0,4}|[ \t]+[-–—][ \t]+[^\s,]+(?:[ \t]+[^\s,]+){0,8})?[ \t]*\Z"
)
# A paper's masthead with its edition (`DAILY HERALD - English Edition`, `El Diario | Edición Internacional`,
# `MONITOR - Asia-Pacific edition`): the part after its last spaced dash or bar is a few words (a hyphen may join two)
# holding an edition word.
_EDITION_TAIL = re.compile(
    rf"[ \t](?:[-–—|:·•][ \t]+)(?=[^–—|:\n]*\b(?:{phrases('edition_word')})\b)(?:[^\s\-–—|:][^\s–—|:]*[ \t]*){{1,3}}\Z",
    re.I,
)
# A line that ends in a hyphen inside a word (`... Agree-`) or in a small word (`... Visit of`): the headline goes on
# on the next line.
_BROKEN_END = re.compile(rf"(?:[^\W\d_]-|[ \t](?:{phrases('joining_word')}))\Z", re.I)
_WRAPPED_HEADLINE_LINES = 4
_WORD = re.compile(r"[^\W\d_]{2,}")
_FIGURE = re.compile(r"\d+")
_MASTHEAD_WORDS = 6
# A site's name, then what it is after a spaced dash or a bar (`Notes from the Rift — a correspondent's blog`, `Carnets
# du Sahel | le blog d'un reporter`): an article, then lower-case words ending in a site's kind (`site_kind` in
# page_cues.csv); a headline after a dash says something else (`Kenya votes — a test for the region`).
_SITE_DESCRIPTION = re.compile(
    rf"[ \t][-–—|·•:][ \t]+(?i:{phrases('site_article')})[ \t]+(?:[^\W\d_A-Z][\w'’-]*[ \t]+){{0,5}}"
    rf"(?i:{phrases('site_kind')})(?:[ \t]+[^\W\d_A-Z][\w'’-]*){{0,4}}[ \t]*\Z"
)
# ... or on a line of its own under the site's name (`Notes from the Liffey` / `A blog about Irish politics, by a Dublin
# reporter`, `Le blog d'un reporter au Sahel`, `Un boletín semanal sobre minería andina`): an article, perhaps a few
# lower-case words, then a site's kind and its subject; the name above it is no headline either.
_SITE_DESCRIPTION_LINE = re.compile(
    rf"(?i:{phrases('site_article')})[ \t]+(?:[^\W\d_A-ZÀ-Ý][\w'’-]*[ \t]+){{0,4}}(?i:{phrases('site_kind')})"
    # ... then its subject, place or writer after a small word (`site_subject_link`), a comma, or nothing: a headline
    # about a blog goes on with a verb (`Le blog qui a fait tomber un ministre`)
    rf"(?:[ \t]*,|(?:[ \t]+[^\W\d_A-ZÀ-Ý][\w'’-]*)?[ \t]+(?:{phrases('site_subject_link')})(?=[ \t])|[ \t]*\Z)"
)
# ... or with no article after a name of capitalised words and the small words of a name (`Asia Infrastructure Investor
# — weekly note to subscribers`, `Boletín Andino — nota semanal para suscriptores`, `La Lettre du Sahel - note
# hebdomadaire aux abonnés`), its kind a site's or a note's to its readers (`reader_note` in page_cues.csv): a
# headline's first part has a verb or a common noun in lower case (`Kenya votes — notes
# from the count`).
_NAME_AND_DESCRIPTION = re.compile(
    r"\A(?:[A-ZÀ-Ý]|\d{1,3}[A-Z])[\w'’.&-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.&-]*|[ldLD]['’][A-ZÀ-Ý][\w'’-]*"
    rf"|{phrases('joining_word')})){{0,6}}"
    rf"[ \t]+[-–—|·•:][ \t]+(?:[^\W\d_A-ZÀ-Ý][\w'’-]*[ \t]+){{0,5}}(?i:{phrases('site_kind')}|{phrases('reader_note')})"
    r"(?:[ \t]+[^\W\d_A-ZÀ-Ý][\w'’-]*){0,4}[ \t]*\Z"
)
# A site named by its kind and its owner or subject, beside another part after a spaced dash, a bar or a colon
# (`Blog do Zé Ribeiro | Política e economia`, `Café con Datos: el blog de economía de Marta Ruiz`, `The Journal of
# Steppe Trade — notes`): perhaps an article, a site's kind (`site_kind` in page_cues.csv), then `of`/`de`/`do`...
# (`day_part_link`); a headline names no site by its kind.
_SITE_PART_SEPARATOR = re.compile(r"[ \t][-–—|·•][ \t]|:[ \t]|[ \t]\|")
_SITE_OF = re.compile(
    rf"(?:\A|[ \t][-–—|·•:][ \t]+|:[ \t]+)(?:(?i:{phrases('site_article')})[ \t]+)?(?i:{phrases('site_kind')})[ \t]+"
    rf"(?i:{phrases('day_part_link')}|d['’]|des|dos|das)(?=[ \t\w])"
)
# A masthead's name, then its sections after a spaced dash or a bar, set apart by commas or bars.
_MASTHEAD_SECTIONS = re.compile(r"[ \t]+[-–—|][ \t]+")
_SECTION_ITEMS = re.compile(r"[ \t]*[,|][ \t]*")
_SECTION_NAME_WORDS = 3
# A section's number before its name (`2. ODA NEWS`, `3) TRADE`).
_SECTION_NUMBER = re.compile(r"\A\d{1,2}[.)][ \t]+")
_WRAPPED_PART_CHARS = 30
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A body's name set in capitals above a release or a newsletter (`POLISH-GERMAN CHAMBER OF INDUSTRY AND COMMERCE`,
# `FEDERATION OF KENYA EMPLOYERS`), read in name case: a few capitalised words, a body's head word, and only an `of` or
# `for` phrase after it; a headline in capitals has a verb or a phrase of another shape after its subject.
_BODY_NAME = re.compile(
    rf"(?:The[ \t]+)?(?:[A-Z][\w'’.&-]*[ \t]+){{0,4}}(?:{phrases('body_name_head')}|{phrases('issuer_head')})"
    r"(?:[ \t]+(?:of|for|on|de|du|des|pour|para|do|da)(?:[ \t]+(?:the|la|le|el))?"
    r"(?:[ \t]+(?:[A-Z][\w'’.&-]*|and|&|y|et|e)){1,6})*"
)
# ... or with its remit listed before its head word (`Senate Foreign Affairs, Defence and Trade References Committee`),
# perhaps with the kind of document it heads after a spaced dash or a bar (`Committee on Budget and Finance — Summary
# of Proceedings`): a body's letterhead over a record's headline.
_REMIT_BODY_NAME = re.compile(
    rf"(?:The[ \t]+)?(?:[A-Z][\w'’.-]*,?[ \t]+(?:(?:and|&)[ \t]+)?){{0,8}}"
    rf"(?:{phrases('body_name_head')}|{phrases('issuer_head')})"
    r"(?:[ \t]+(?:of|for|on)(?:[ \t]+the)?(?:,?[ \t]+(?:[A-Z][\w'’.-]*|and|&)){1,8})*"
)
_DOCUMENT_KIND = re.compile(r"[ \t]+[-–—|][ \t]+(?:[A-Z][\w'’-]*)(?:[ \t]+(?:[A-Z][\w'’-]*|of|on|and|the)){0,3}\Z")
# `...in the pipelineBy Jane Doe (Daily)`: a byline run into the headline (a lower-case letter before `By`).
_GLUED_BYLINE = re.compile(r"(?<=[a-z])By[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:[ \t]*\([^)\n]*\))?$")
# A record's label with its day (`Official report of the sitting of 9 March 2016`, `Acta de la sesión del 3 de mayo de
# 2018`): `record_label` in page_cues.csv, then a year on the line.
_RECORD_LABEL = re.compile(rf"(?:{phrases('record_label')})\b[^\n]*?\b(?:1[89]|20)\d\d\b", re.I)
# A PDF's columns turned to text: a gap of spaces inside a line (`African Development Bank          P-KE-DB0-021`, a
# table's row), or a form's field, its label and a colon before a gap (`Borrower:   Republic of Kenya`): no headline.
_COLUMN_GAP = re.compile(r"[ \t]{5,}")
# A field's label and its value (`Reporting period: 1 February`, `Date of issue: 19 May`): a capitalised word with
# lower-case letters, a few more, a colon; a kicker in capitals is no form's (`FACT CHECK: ...`, `CLAIM: ...`).
_FIELD = re.compile(r"[A-Z][\w'’.()/-]*[a-z][\w'’.()/-]*(?:[ \t][\w'’.()/-]+){0,3}[ \t]?:[ \t]*\S")
_FORM_FIELD = re.compile(r"[A-Z][\w'’.()/-]*(?:[ \t][\w'’.()/-]+){0,3}[ \t]*:[ \t]{2,}\S")
_LEAD_MIN_WORDS = 12
_LEAD_PREFIX_CHARS = 120
_ROMANCE_BODY_WORDS = 12
_ROMANCE_BODY_LOWER_WORDS = 2
# A broadcast's label under a programme's name: `broadcast_label` in page_cues.csv (`Broadcast date:`, `Transcript`).
_BROADCAST_LABEL = re.compile(rf"(?:{phrases('broadcast_label')})(?![\w-])", re.I)
_NEXT_LINE_CHARS = 200
_HEADLINE_ZONE_LINES = 40
_MARKDOWN_MARK = re.compile(r"\A#{1,6}[ \t]+")
# A page or a feed's item saved with its markup: a title's or a heading's tags around the whole line (`<title>Headline
# </title>`, `<h1 class="entry">Headline</h1>`, `<title><![CDATA[Headline]]></title>`).
_MARKUP_HEADING = re.compile(
    r"\A<(?P<tag>title|h[12])(?:[ \t][^<>\n]*)?>(?:<!\[CDATA\[)?(?P<text>[^<>\n]+?)(?:\]\]>)?</(?P=tag)>\Z", re.I
)


def _markup_heading(line: str) -> str:
    """A line's text without the title's or heading's tags around it."""
    found = _MARKUP_HEADING.match(line)
    return html.unescape(found.group("text").strip()) if found else line


# A site's menu: three or more items between separators (`World | Defence | Trade`);
# `World · Defence · Trade`, `World • Trade` likewise: a bar, a middle dot or a bullet.
# Read by splitting at the separators, not by a pattern that retries every start on a line that has none.
_MENU_SEPARATOR = re.compile(r"[|·•]")
# A menu laid out with runs of spaces or tabs instead of bars (`Home  About  Airlines  Contact`): three or more
# items of one or two words.
_SPACED_MENU = re.compile(r"[^\s|]+(?: [^\s|]+)?(?:(?: {2,}|\t+)[^\s|]+(?: [^\s|]+)?){2,}")
# ... or of up to three words when each item starts with a capital (`Home  Oil & Gas  Trade Policy  Contact Us`).
_MENU_GAP = re.compile(r" {2,}|\t+")
_MENU_ITEM_WORDS = 3
# A bar of a page's buttons, each in square brackets (`[Print this page]  [Close window]`, `[Partager] [Tweeter]`).
_BUTTON_BAR = re.compile(r"(?:\[[^\[\]\n]{1,40}\][ \t]*){2,}")
# The issuing body's name above a release's headline (`Ministry of Commerce & Industry`): a body's head word,
# then only capitalised words and the small words of a name.
# An initialism may open it (`U.S. Department of State`).
# ... its words perhaps set apart by commas, as a mission's name lists the states it serves (`Embassy of Georgia to the
# Kingdom of Belgium, the Grand Duchy of Luxembourg and Mission of Georgia to the European Union`).
_ISSUER = re.compile(
    rf"(?:The[ \t]+|(?:[A-Z]\.){{2,}}[ \t]+)?(?:{phrases('issuer_head')})"
    r"(?:,?[ \t]+(?:[A-Z][\w'’.-]*|of|for|and|the|to|in|&))*"
)
# ... and in Spanish, French and Portuguese, whose names join their words with small words in lower case and may end in
# an adjective in lower case (`Ministerio de Relaciones Exteriores`, `Ministère de l'Europe et des Affaires étrangères`,
# `Ministério das Relações Exteriores`).
_ROMANCE_ISSUER = re.compile(
    rf"(?:{phrases('issuer_head_romance')})"
    r"(?:,?[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*|[ld]['’][A-ZÀ-Ý][\w'’-]*"
    r"|de|del|la|las|los|des|du|da|das|do|dos|y|e|et|para|pour|au|aux|en|em|no|na|al|à|ante|auprès))*"
    r"(?:[ \t]+[a-zà-ÿ][\w'’-]*)?"
)
# ... perhaps with its address after a comma (`Office of the President, The Castle, Osu - Accra`).
_ISSUER_AT = re.compile(
    rf"{_ISSUER.pattern}(?:,[ \t]*[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|[-–]|of|de|du|do|da))*){{1,3}}"
)
# Under a page's type label (`Media release`), a body named by capitalised words around its head word (`Australian
# Agency for International Development`, `Japan International Cooperation Agency`: `issuer_name_end` in page_cues.csv).
_NAMED_ISSUER = re.compile(
    rf"(?:The[ \t]+)?(?:[A-Z][\w'’.&-]*[ \t]+){{0,4}}(?:{phrases('issuer_name_end')})"
    r"(?:[ \t]+(?:[A-Z][\w'’.-]*|of|for|on|and|the|de|du|des|la|le|el|para|pour|do|da|&))*"
)
# ... or a body's press unit naming the body, whatever the case of its words (`Press service of the Tashkent city
# khokimiyat`, `Press Office of the Mayor of Quezon City`, `Service de presse de la mairie de Dakar`, `Assessoria de
# imprensa da Prefeitura de Luanda`: `press_unit` in page_cues.csv): the unit, then a few words and no figure or stop.
_PRESS_UNIT = re.compile(
    rf"(?:The[ \t]+)?(?i:{phrases('press_unit')})(?:,?[ \t]+(?:[^\W\d_][\w'’.&-]*|[ldLD]['’][^\W\d_][\w'’-]*)){{0,12}}"
)
# ... perhaps with its acronym after a slash or in brackets
_ACRONYM_TAIL = re.compile(r"[ \t]*(?:/[ \t]*[A-Z][A-Z&.-]+|\([A-Z][A-Z&.-]+\))$")
_ACRONYM_TAIL_CHARS = 40
_LEADING_THE = re.compile(r"^The[ \t]+")
_WRAPPED_LINE_CHARS = 50
# A page's type label alone on its line (`press release`): the headline follows it.
# ... perhaps with its number (`Press Release No: 2007/512/LAC`).
_LABEL_LINE = re.compile(
    rf"^[ \t]*(?:{phrases('title_label')})"
    rf"(?:[ \t]+(?:{phrases('label_number')})\.?[ \t]*:?[ \t]*[\w/.-]*\d[\w/.-]*)?"
    # ... and, set apart by a run of spaces as a PDF turned to text lays it out, its place and date
    r"(?:[ \t]{2,}[^\n]{0,60}?\b(?:1[89]|20)\d\d)?[ \t]*:?[ \t]*$",
    re.I | re.M,
)
# A document's type and number on a line of its own (`NOTICE TO PORT USERS No. 14/2016`, `Circular Nº 87`, `Boletim
# do Sindicato - n.º 14`): a label like a page's type label, never the headline, which follows it. A number of one
# digit may close a headline (`Brazil's Trading Partner No. 1`).
# ... perhaps with the addressees it goes to (`Notice No. 27/1438 to Hajj missions`, `Circulaire n° 118 aux membres`,
# `Circular N.º 12 a las entidades bancarias`: `addressee_lead` in page_cues.csv).
_NUMBERED_LABEL = re.compile(
    rf"^[ \t]*[^\W\d_][^\n]{{0,80}}?[ \t](?:{phrases('label_number')})\.?[ \t]*:?[ \t]*"
    rf"(?=[\w/.-]*\d)[\w/.-]{{2,}}(?:[ \t]+(?:{phrases('addressee_lead')})[ \t]+[^\W\d_][^\n]{{0,40}})?"
    # ... or the period the issue covers in brackets (`Members' Bulletin No. 19 (November 2005)`, `Boletín n.º 22
    # (marzo 2014)`)
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*$",
    re.M,
)
# ... or after the name of the body that issues the page, on one line (`STATE HOUSE PRESS RELEASE`, `Ministry of Foreign
# Affairs – Media Statement`, `Ministère de l'Économie - Communiqué de presse`): the name, perhaps a spaced dash, a bar
# or a colon, then the label (and its number) at the line's end; the name is checked by `_names_issuer`.
_ISSUER_LABEL_LINE = re.compile(
    rf"^[ \t]*(?P<name>[^\W\d_][^\n]{{0,100}}?)(?:[ \t]*[-–—|:][ \t]*|[ \t]+)(?:{phrases('title_label')})"
    rf"(?:[ \t]+(?:{phrases('label_number')})\.?[ \t]*:?[ \t]*[\w/.-]*\d[\w/.-]*)?[ \t]*:?[ \t]*$",
    re.I | re.M,
)
_ISSUER_NAME_WORDS = 10
DATELINE_ZONE_CHARS = 1200
# A show's name in capitals that opens a transcript (`CNN LATE EDITION WITH ...`): a network's name first.
_SHOW_NAME = re.compile(rf"(?:{phrases('broadcaster')})\b")
# A transcript's show line with its network's name and no headline (`THE WORLD -- Public Radio International`).
_SHOW_AND_NETWORK = re.compile(rf"[^a-z\n]{{2,60}}?[ \t]+[-–—]{{1,2}}[ \t]+(?i:{phrases('network_name')})[ \t]*")
# A headline with its site's name after one bar, as a browser's tab title saved with the page (`Headline | Daily
# Mirror`, `Headline | newsdesk.com`), or with a bare bar at its end (`Headline |`): a headline, not a menu.
_SITE_AFTER_BAR_WORDS = 5
# A page's title and its issuer's name, set apart by a bar or a spaced dash.
_TITLE_AND_ISSUER = re.compile(r"[ \t]+[|–—-][ \t]+")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def headline(text: str, start: int, zone_end: int) -> str | None:
    """The headline: in the lines before the body begins, or after a page's type label alone on its line
    (`Press release`) when a summary sentence opens the page; a transcript's turn or its programme's name is none."""
    title = _headline_line(text, start, zone_end)
    if title and is_turn_or_programme(title, text, start):
        return None
    return title


def _headline_line(text: str, start: int, zone_end: int) -> str | None:
    on_header_line = _headline_on_header_line(text, start)
    if on_header_line:
        return on_header_line
    if is_social_post(text, start):
        return None
    subject = _subject_line(text, start, zone_end)
    if subject:
        return subject
    furniture = boilerplate_spans(text)
    # an official page's head block (issuer, type, day) above a headline alone on its line
    under_block = headline_under_head_block(text, start, zone_end, _names_no_issuer_only, opens_body, _leads_body)
    if under_block:
        return _without_label_or_byline(_unquoted(under_block))
    # A page's type label before the body (`Media release`) comes under the issuer's lines and above the
    # headline: the headline is looked for after it first.
    label = _label_line(text, start, zone_end)
    title = label and _title_in(text, label.end(), zone_end, furniture, after_label=True)
    title = title or _title_in(text, start, zone_end, furniture) or _title_after_summary(text, start)
    if title is None:
        label = _LABEL_LINE.search(text, start, min(len(text), zone_end + DATELINE_ZONE_CHARS))
        if label:
            title = _title_in(text, label.end(), header_zone_end(text, label.end()), furniture, after_label=True)
    return (
        title
        or headline_before_body(text, start, zone_end, furniture, _is_headline, _leads_body, related_spans(text))
        or _repeated_title(text, start, zone_end)
    )


def _repeated_title(text: str, start: int, zone_end: int) -> str | None:
    """A page's title that its head block prints and a heading repeats before the body (`Weekly Digest No. 19` /
    `Week of May 8-12, 2017` / `Weekly Digest No. 19`), though it reads as a numbered label or a newsletter's name: when
    no other line reads as the headline, the first line of the head printed twice on lines of their own."""
    seen: set[str] = set()
    for line in text[start:zone_end].splitlines()[:_HEADLINE_ZONE_LINES]:
        line = line.strip()
        if line in seen and _is_headline(line, short=True, own_title=True) and not STAMP_LINE.match(line):
            return _without_label_or_byline(_unquoted(line))
        if line:
            seen.add(line)
    return None


# A header that names its fields (` date 2005-03-16 title Kenya, Uganda ...`, `titre : ...`): the title's field key in
# lower case, as a header's keys are written (`subject_label` in page_cues.csv), perhaps with a colon or an equals sign.
_FIELD_KEYS = "|".join(re.escape(key.casefold()) for key in sorted(page_cues("subject_label"), key=len, reverse=True))
_HEADER_FIELD = re.compile(rf"\A(?:{_FIELD_KEYS})[ \t]*[:=]?[ \t]+(?=\S)")


def _headline_on_header_line(text: str, start: int) -> str | None:
    """The rest of the header's line (` date 2021-07-07 Export agency support doubles`) when it reads as a headline:
    the page's first line, which the menu, type label, issuer or list of speakers set under it does not displace.
    An issuer's or a paper's name there (`MINISTRY OF TRADE - STATEMENT`), a dateline, a line that a sentence or a
    broken word runs on from, or the lead sentence that the body repeats, is none."""
    if start == 0 or text[start - 1] == "\n":
        return None  # no header, or nothing after it on its line
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = _MARKDOWN_MARK.sub("", _HEADER_FIELD.sub("", text[start:end].strip(), count=1))
    head = re.split(r"[ \t][-–—|][ \t]", line, maxsplit=1)[0]  # an issuer's name before its page's kind, perhaps
    if (
        not line
        or (opens_body(line) and not _kicker_headline(line))
        or _is_issuer(line, named=False)
        or _is_issuer(_name_cased(head) if head.isupper() else head, named=False)
        or _is_letterhead(line)
        or _is_masthead_name(line)
        or _cut_short(line, _line_at(text, end + 1))
        or _runs_on(text[end + 1 : end + 1 + _NEXT_LINE_CHARS])
        or _opens_next_line(line, text, end)
    ):
        return None
    if _is_headline(line, short=True, own_title=True) or (
        _is_capitals_headline(line) and not _over_broadcast_label(text, end)
    ):
        return _without_label_or_byline(_unquoted(line), saved_title=True)
    return None


def _subject_line(text: str, start: int, zone_end: int) -> str | None:
    """The text of a letter's or a filing's subject line before its body (`Subject: Award of substation contracts`,
    `Objet : ...`, `Asunto: ...`) when it reads as a headline: the document's own title, under the sender's name, the
    addressees and the day that stand above it."""
    found = _SUBJECT_LINE.search(text, start, zone_end)
    if (
        found is None
        or _BROKEN_END.search(found.group().rstrip())
        or _runs_on(text[found.end() + 1 : found.end() + 80])
    ):
        return None  # a subject broken over lines is read as a wrapped headline
    title = _without_label_or_byline(_unquoted(found.group().strip()))
    return title if _is_headline(title) or _is_capitals_headline(title) else None


def _cut_short(line: str, next_line: str) -> bool:
    """A line cut inside a word (`Prime Min-`) or after a small word in lower case (`... said on`): its sentence goes
    on on the next line. A name's capitalised word (`Diario del Sur`) ends a line, and so does a word that is small in
    one language only, or a verb's particle, when a blank line or the body's first sentence comes next (`Talks on the
    swap drag on`, `... en la frontera sur`)."""
    found = _BROKEN_END.search(line)
    if found is None or found.group().lstrip()[:1].isupper():
        return False
    if found.group().endswith("-"):
        return True
    next_line = next_line.strip()
    return bool(next_line) and not opens_body(next_line) and not _is_stamp_line(next_line)


def _line_at(text: str, position: int) -> str:
    """The line that starts at `position`."""
    end = text.find("\n", position)
    return text[position : end if end >= 0 else len(text)]


def _line_before(text: str, line_start: int) -> str:
    """The line that ends right before the line starting at `line_start`, stripped."""
    return text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1 : max(line_start - 1, 0)].strip()


def _runs_on(following: str) -> bool:
    """Whether the next line goes on with a sentence: it opens in lower case, and is no web address (`https://...`)
    nor a byline in lower case (`by Anna Hakobyan | 29 September 2011`, `por Juan Pérez`)."""
    following = following.lstrip(" \t")
    return (
        following[:1].islower()
        and not URL.match(following)
        and not WEB_ADDRESS.match(following)
        and not _LOWER_BYLINE.match(following)
    )


def _label_line(text: str, start: int, end: int) -> re.Match | None:
    """The first line between `start` and `end` that labels the page's type (`Press release`) or a document's type and
    number (`Notice to Port Users No. 14/2016`): the headline follows it. A number among a form's fields under the
    headline (`Project Number: 51234-003` / `Country / Economy: Uzbekistan`) labels no page."""
    numbered = _NUMBERED_LABEL.search(text, start, end)
    if numbered and _in_form(numbered.group().strip(), _line_before(text, numbered.start()), text, numbered.end() + 1):
        numbered = None
    found = [m for m in (_LABEL_LINE.search(text, start, end), numbered, _issuer_label(text, start, end)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def _issuer_label(text: str, start: int, end: int) -> re.Match | None:
    """The first line between `start` and `end` that names the body issuing the page and then the page's type
    (`STATE HOUSE PRESS RELEASE`, `Embassy of Japan in Kenya - Press Release`, `Secretaría de Economía - Comunicado de
    prensa`): the headline follows it. A headline that speaks of a release has a verb or a lower-case word before it
    (`Ministry denies leaked press release`)."""
    for _ in range(_HEADLINE_ZONE_LINES):
        found = _ISSUER_LABEL_LINE.search(text, start, end)
        if found is None or _names_issuer(found.group("name")):
            return found
        start = found.end() + 1
    return None


def _names_issuer(name: str) -> bool:
    """A body's name before a page's type label: an issuer as `_is_issuer` reads it, or a few capitalised words and
    the small words of a name, perhaps with its place after a comma (`State House`, `HIGH COMMISSION OF INDIA,
    COLOMBO`, `Malacañang`)."""
    name = name.strip().rstrip(",")
    cased = _name_cased(name) if name.isupper() else name
    if _is_issuer(cased, named=True):
        return True
    words = cased.replace(",", " ").split()
    small = page_cues("joining_word")
    return (
        0 < len(words) <= _ISSUER_NAME_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in small or w == "&" for w in words)
    )


def _names_no_issuer_only(line: str) -> bool:
    """A headline that says something, not only the name of the body that issued the page, nor a line of furniture
    (`See also: ...`, `Lire aussi : ...`, a widget's word)."""
    return _is_headline(line) and not _is_issuer(line, named=False) and not boilerplate_spans(line)


def _leads_body(line: str) -> bool:
    """A line that comes right after a headline: a byline, a date stamp, a dateline or a `CITY:` lead."""
    return any(p.match(line) for p in (_BYLINE, STAMP_LINE, CITY_LEAD)) or dateline(line) is not None


def _title_after_summary(text: str, start: int) -> str | None:
    """A page that opens with its summary sentence: the headline is the next line when a byline or a dateline
    follows it (`Summary sentence.` / `Headline` / `By Jane Roe` / `CITY, May 2 (Wire) -`)."""
    lines = [line.strip() for line in text[start:].split("\n", 4)[:4] if line.strip()]
    if len(lines) < 3 or not opens_body(lines[0]) or not _is_headline(lines[1]):
        return None
    follows = lines[2]
    if _BYLINE.match(follows) or dateline(follows) or CITY_LEAD.match(follows):
        return _without_label_or_byline(_unquoted(lines[1]))
    return None


def _title_in(
    text: str, start: int, zone_end: int, furniture: tuple[Span, ...], after_label: bool = False
) -> str | None:
    """The first headline-like line before the body begins (a long sentence, a dateline or a `CITY:` lead);
    a line before a site's menu is the site's own banner when a headline follows the menu."""
    position, previous = start, ""
    found: str | None = None
    capitals: str | None = None  # a headline in capitals: a site's name may be set so too, a later one wins
    before_menu: str | None = None
    signature = False  # the line above is an honourable's name or an office under it
    above_section = under_section = False  # the line of text above this one, this one: a section's name in capitals
    seen_text = False  # a line of text came before this one
    capitals_line = text_above = last_text = ""  # the line the capitals headline was read from; the last line of text
    site_found = False  # the headline found is on the site's name's line or right under it: perhaps its tagline
    ticker: str | None = None  # another story's headline after a related label (`LATEST: ...`), if no other is found
    texts_above: list[str] = []  # the lines of text read so far
    for n, line in enumerate(text[start:zone_end].splitlines(keepends=True)):
        span = (position, position + len(line))
        position += len(line)
        # a heading mark of text saved as markdown (`## Headline`) is no part of the headline
        raw = _MARKDOWN_MARK.sub("", _markup_heading(line.strip()))
        candidate = _after_section_label(raw)
        adjacent, previous = previous, candidate
        # a line under the site's name or opening with it is the site's (its tagline), if a headline follows
        site_line = bool(candidate) and (_opens_with_masthead(raw) or _opens_with_masthead(adjacent))
        text_above, last_text = (last_text, candidate) if candidate else (text_above, last_text)
        texts_above = [*texts_above, candidate] if candidate else texts_above
        first_line, seen_text = not seen_text and bool(candidate), seen_text or bool(candidate)
        if n >= _HEADLINE_ZONE_LINES:
            break
        found = _unless_caption(found, candidate, adjacent)
        # the site's name above its description (`A blog about Irish politics`)
        found, capitals = (
            _unless_site_name(found, candidate, adjacent),
            _unless_site_name(capitals, candidate, adjacent),
        )
        if _parts_site_from_story(candidate):
            # the headline is the last one before the last menu, unless one follows it (a share bar may follow
            # the headline; a site's banner or slogan comes before its menu, breadcrumb or notices)
            before_menu, found, capitals = found or before_menu, None, None
        # a few words in capitals right under a headline in capitals are its rest, no section's name
        goes_on = bool(capitals) and adjacent == capitals_line and _goes_on_in_capitals(candidate)
        above_section, under_section = _section_lines(candidate, goes_on, above_section, under_section)
        found, capitals, before_menu = _past_section_heading(
            bool(candidate) and under_section, found, capitals, before_menu
        )
        # a date alone on its line (`Monday, February 27, 2023`) is a stamp, not a dateline; a label's line (`IN THIS
        # ISSUE: Trade | Events`) is shaped like a `CITY:` lead but opens no body
        if (
            not candidate
            or overlaps_any(span, furniture)
            or STAMP_LINE.match(candidate)
            # a paper's name and the issue's day in brackets (`Jamaica Observer (12 February 2016)`)
            or MASTHEAD_STAMP.match(candidate)
            # a byline and the page's day among segments (`Por Redação · 3 de maio de 2021`)
            or (_BYLINE_OPENING.match(candidate) and _is_stamp_line(candidate))
            or _in_two_calendars(candidate)
            or labelled_furniture(candidate)
            or _is_site_description(candidate)
            # a paper's issue line, shaped like a `CITY -` lead (`THE HARBOUR COURIER -- Late edition -- ...`): the
            # headline follows it; a programme's line is followed by its transcript's turns (`READER: ...`)
            or (is_issue_line(candidate) and not is_broadcast_line(candidate))
            # the page's first line naming its outlet and a section (`FINANCIAL WIRE — Development Finance`)
            or (not after_label and first_line and is_outlet_and_section(candidate))
            or _in_form(candidate, adjacent, text, position)
            # a ticker's item, another story's headline after a related label (`LATEST: Colombo traffic diverted`):
            # the page's own headline follows it; the item is kept in case none does
            or (not found and is_related_item(candidate))
        ):
            ticker = ticker or (None if found or overlaps_any(span, furniture) else _ticker_item(candidate))
            continue
        # the body that issues the release, and its office under it (`Office of the Spokesman`), or the minister who
        # signs it: the headline follows
        signature = _signs_release(candidate, signature)
        # a body named by capitalised words around its head word right under a page's type label (`PRESS RELEASE` /
        # `Government Administration of Georgia`) is the issuer, though the label was passed over
        named = (after_label or _LABEL_LINE.fullmatch(text_above) is not None) and found is None
        if signature or _is_issuer(candidate, named=named) or _is_letterhead(candidate):
            continue
        # a site's menu opens no body, though its name in capitals and a dash read as a `CITY -` lead (`CITY OF X -
        # Official Website | Residents | Business`)
        if (
            _opens_story(candidate)
            and not _kicker_headline(candidate)
            and not _is_bar_menu(candidate)
            and not _title_cased_question(candidate)
        ) or is_broadcast_line(candidate):
            # a dateline alone on its line (`Brussels, 13 March 2015`) or a masthead's line may come before the headline
            if bare_dateline(candidate, dateline(candidate)) or (
                first_line and _masthead_line(candidate, text, position)
            ):
                continue
            break
        # the rest of a line cut inside a word or after a small word (`Prime Min-` / `ister Jane Roe said on` /
        # `Monday that ...`, a PDF's narrow column turned to text) goes on with its sentence
        wrapped = (_is_wrapped_prose(adjacent) or _cut_short(adjacent, line)) and not is_page_furniture(
            adjacent
        )  # a `Trending: ...` bar is none
        found = found or _wrapped_headline(text, span[0], position, after_prose=wrapped)
        found = _past_masthead(found, candidate)
        if found and site_found and found != candidate and _is_headline(candidate):
            found = None  # the site's tagline above gives way to the headline under it
        if (
            found
            or wrapped
            or _runs_on(text[position : position + _NEXT_LINE_CHARS])
            or _cut_short(candidate, _line_at(text, position))
        ):
            continue  # a sentence broken over lines (its rest, or its start), not a line of its own
        if (
            _is_headline(candidate)
            or (n == 0 and _is_first_line_headline(candidate, text, position))
            or _headline_before_dateline(candidate, text, position)
            or _repeated_headline(candidate, text, position)
            or (
                (above_section or _short_under_stamp(candidate, text_above, texts_above[:-2], text, span))
                and _short_headline_over_body(candidate, text, position)
            )
            or _short_headline_over_signed_deck(candidate, text, position)
            or (first_line and not after_label and _short_headline_over_stamp(candidate, text, position))
        ):
            title = _without_label_or_byline(_unquoted(candidate))
            # an outlet's name before its stamp (`Daily Wire , Monday 21 Apr 2025`) is no headline once the
            # stamp is cut off
            if (without_headline_stamp(candidate) == candidate or _is_headline(title)) and not _opens_next_line(
                candidate, text, position
            ):
                found = _unless_deck(title, capitals, text_above == capitals_line)
                site_found = site_line or is_outlet_and_section(candidate)
        else:
            capitals, capitals_line = _capitals_headline(candidate, capitals, capitals_line, goes_on, text, position)
    return found or capitals or before_menu or ticker


def _ticker_item(line: str) -> str | None:
    """A ticker's item (`LATEST: Colombo traffic diverted for port works`) as the headline of last resort."""
    return _without_label_or_byline(_unquoted(line)) if is_related_item(line) else None


def _capitals_headline(
    line: str, capitals: str | None, capitals_line: str, goes_on: bool, text: str, line_end: int
) -> tuple[str | None, str]:
    """The headline in capitals so far and the line last read into it: the first line in capitals that reads as a
    headline, and its rest on the next line when a narrow column sets it over two (`JAPAN TO FUND KARNAPHULI` /
    `RAIL-ROAD LINK`)."""
    if capitals is None and _is_capitals_headline(line) and not _over_broadcast_label(text, line_end):
        return _without_label_or_byline(_unquoted(line)), line
    if goes_on:
        return f"{capitals} {line}", line
    return capitals, capitals_line


def _unless_deck(title: str, capitals: str | None, under_capitals: bool) -> str:
    """The headline read from a line, or the headline in capitals right above it (`under_capitals`) when the line in
    sentence case is its deck, its standfirst."""
    return capitals if capitals and under_capitals and _is_deck(title, capitals) else title


def _section_lines(line: str, goes_on: bool, above_section: bool, under_section: bool) -> tuple[bool, bool]:
    """Whether the line of text above this one and this one are a section's name in capitals; a blank line keeps what
    the last line of text was, and the rest of a headline in capitals (`goes_on`) is none."""
    if not line:
        return above_section, under_section
    return under_section, _is_section_heading(line) and not goes_on


def _goes_on_in_capitals(line: str) -> bool:
    """The rest of a headline in capitals on the next line: a few words in capitals, no figure, no stop at its end."""
    words = line.split()
    return (
        0 < len(words) <= _SECTION_NAME_WORDS
        and line.isupper()
        and line[-1] not in _FINAL_STOPS
        and not any(c.isdigit() for c in line)
    )


def _is_deck(line: str, headline: str) -> bool:
    """A deck under a headline in capitals (`CHINA CASH FLOODS KUTA?!` / `Minister promises "quality" tourists as 2
    million Chinese expected`): a line in sentence case; under a document's kind and its issuer in capitals
    (`COMMUNIQUÉ OF THE COFFEE BOARD`) the line is the headline."""
    # a programme's or a column's name in capitals names its time (`THE WORLD THIS WEEK`, `AFRIQUE CE SOIR`,
    # `BRASIL HOJE`: `programme_period` in page_cues.csv): the line under it is the story's headline
    return (
        any(w[:1].islower() for w in line.split()[1:])
        and not _names_kind_and_issuer(_name_cased(headline))
        and _PROGRAMME_PERIOD.search(headline) is None
    )


_PROGRAMME_PERIOD = re.compile(rf"(?<!\w)(?:{phrases('programme_period')})(?!\w)", re.I)


# A document's kind, then its issuer after a small word (`Communiqué du Conseil ...`, `Statement of the Ministry ...`).
_KIND_OF = re.compile(r"\A[^\W\d_][\w'’-]*[ \t]+(?:of|du|de|del|des|da|do|das|dos)(?:[ \t]+(?:the|la|le|el|l'))?[ \t]+")


def _names_kind_and_issuer(line: str) -> bool:
    """A document's kind and the body that issues it (`Communiqué du Conseil du Café-Cacao`, `Bulletin of the Central
    Bank of Kenya`): a label over the headline, not the headline."""
    kind = _KIND_OF.match(line)
    issuer = line[kind.end() :] if kind else ""
    return bool(issuer) and (_is_letterhead(issuer) or _is_issuer(issuer, named=True))


def _masthead_line(line: str, text: str, line_end: int) -> bool:
    """A page's first line shaped like a `CITY -` lead but short, with no stop at its end and nothing running on from
    it: a paper's name in capitals with its slogan or a section's with its place and day after a dash (`THE STEPPE
    FARMER - Weekly for grain growers`, `CARNET MONDAIN — Rabat, le 15 juillet 2014`), not the body's first sentence."""
    return (
        CITY_LEAD.match(line) is not None
        and len(line.split()) <= _SHORT_HEADLINE_WORDS
        and line[-1] not in _FINAL_STOPS
        and not _runs_on(text[line_end : line_end + _NEXT_LINE_CHARS])
    )


def _past_section_heading(
    heading: bool, found: str | None, capitals: str | None, before_menu: str | None
) -> tuple[str | None, str | None, str | None]:
    """The headline found so far, the one in capitals and the site's banner, after a line that may be a section's
    name (`heading`): a section's name alone on its line (`POLITICS`, `2. TRADE NEWS`) stands over the story's
    headline, so a line above it is the masthead's (its slogan, its contents), kept as the banner if no headline
    follows."""
    if heading and (found or capitals):
        return None, None, found or capitals or before_menu
    return found, capitals, before_menu


def _is_section_heading(line: str) -> bool:
    """A section's name in capitals alone on its line, perhaps numbered (`POLITICS`, `INTERNACIONAL`, `2. ODA NEWS`):
    a few words, no figure but its number."""
    name = _SECTION_NUMBER.sub("", line)
    words = name.split()
    return (
        0 < len(words) <= _SECTION_NAME_WORDS
        and name.isupper()
        and not any(c.isdigit() for c in name)
        and all(w.strip("&'’-").isalpha() for w in words if w != "&")
    )


def _short_under_stamp(line: str, above: str, higher: list[str], text: str, span: Span) -> bool:
    """A short line that says something under the page's date stamp (`Posted on 2 December 2010 by our correspondent` /
    `Gas, again`), set apart by blank lines above and below, with no line shaped like a headline above the stamp: then
    it is the headline; a short line run into the stamp and the body is none (`28-11-2021 21:54` / `Erdoğan in
    Ashgabat` / body), and under a headline and its stamp it is a section's label (`Episode summary`)."""
    return (
        text[: span[0]].rstrip(" \t").endswith("\n\n")
        and not _line_at(text, span[1]).strip()
        and _says_something(line)
        and _is_stamp_line(above)
        and not any(_is_headline(other, own_title=True) for other in higher)
    )


def _is_stamp_line(line: str) -> bool:
    """A page's date stamp on a line of its own, bare, labelled or among a byline's segments (`Posted on 2 December 2010
    by our correspondent`, `By Ana Ruiz | 4 June 2019`, `Por Redação · 3 de maio de 2021`)."""
    return bool(line) and (
        STAMP_LINE.match(line) is not None or bool(segment_stamps(line, len(line), DATE, STAMP_WEEKDAY))
    )


def _short_headline_over_body(line: str, text: str, line_end: int) -> bool:
    """A short headline under a section's name (`POLITICS` / `The New Neighbourhood`) or under the page's date stamp
    (`Posted on 2 December 2010 by our correspondent` / `Gas, again`): two or three words, when the body's first
    sentence is the next line of text."""
    following = text[line_end : line_end + _NEXT_LINE_CHARS * 4].lstrip()
    return _is_headline(line, short=True) and opens_body(_line_at(following, 0))


# A standfirst signed by its writer (`The power link is to triple its capacity by the summer, writes Jane Roe`, `...,
# escribe Ana Ruiz`, `..., écrit Jean Dupont`): a comma, the writer's verb (`deck_byline_verb` in page_cues.csv), then
# a name of a few capitalised words (with their particles).
_SIGNED_DECK = re.compile(
    rf",[ \t]+(?:{phrases('deck_byline_verb')})[ \t]+[A-ZÀ-Ý][\w'’.-]*"
    r"(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*|de|da|do|dos|del|la|le|van|von|bin|al|el|e|y)){0,4}[ \t]*\Z"
)


def _short_headline_over_signed_deck(line: str, text: str, line_end: int) -> bool:
    """A short headline of two or three words that says something (`Plugging into Sudan`, `Asia in brief`) when the
    next line of text is its standfirst signed by its writer: the standfirst is no headline."""
    following = text[line_end : line_end + _NEXT_LINE_CHARS * 2].lstrip()
    return (
        _is_headline(line, short=True)
        and _says_something(line)
        and _SIGNED_DECK.search(_line_at(following, 0).rstrip()) is not None
    )


_A_DATE = re.compile(DATE, re.I)
# A day in another calendar beside the civil one (`11 Dhu al-Qa'dah 1438 AH / 3 August 2017`, `Shrawan 2069 BS |
# August 2012`): a year with its era's mark (`calendar_era` in page_cues.csv).
_ERA_YEAR = re.compile(rf"(?<!\w)\d{{3,4}}[ \t]*(?:{phrases('calendar_era')})(?!\w)")
_CALENDAR_SEPARATOR = re.compile(r"[ \t]*[/|][ \t]*")


def _in_two_calendars(line: str) -> bool:
    """A page's stamp that gives its day in two calendars, one segment a civil date, the others a year with an era's
    mark: no headline."""
    parts = _CALENDAR_SEPARATOR.split(line)
    return (
        len(parts) > 1
        and any(STAMP_LINE.match(part) for part in parts)
        and all(STAMP_LINE.match(part) or _ERA_YEAR.search(part) for part in parts)
    )


def _short_headline_over_stamp(line: str, text: str, line_end: int) -> bool:
    """A page's first line of two or three words that says something, in capitals perhaps (`BUDGET 2015 LIVE`, `Rupee
    hits low`), right over the page's date stamp (`Thursday, June 11, 2015 | Updated 4:52pm`): the page's headline,
    not a site's name (`Daily News`)."""
    following = _line_at(text, line_end).strip()
    return (
        _is_headline(line, short=True, capitals=True)
        and _says_something(line)
        and not _is_masthead_name(_name_cased(line) if line.isupper() else line)
        and not _is_issuer(line, named=False)
        and _A_DATE.search(line) is None  # a span's line (`Week of May 8-12, 2017`) heads a digest's issue
        and (
            STAMP_LINE.match(following) is not None
            or bool(segment_stamps(following, len(following), DATE, STAMP_WEEKDAY))
        )
    )


def _before_issuer(line: str) -> str:
    """The headline before the name of the body that issued the page, after a bar or a spaced dash (`Budget Speech
    (excerpt) | Ministry of Finance, Government of X`, `Declaración conjunta - Ministerio de Relaciones Exteriores`):
    the page's title as a browser's tab shows it, the issuer no part of it."""
    parts = _TITLE_AND_ISSUER.split(line)
    if len(parts) != 2:
        return line
    head, issuer = (part.strip() for part in parts)
    if _is_issuer(issuer, named=True) and (
        _is_headline(head) or (_is_headline(head, short=True) and _says_something(head))
    ):
        return head
    return line


def _after_section_label(line: str) -> str:
    """The headline after its section's name or a kicker and a bar on a line of the page (`Sports | Thirty athletes
    leave for the training camp`, `EN VIVO | Xi Jinping en Buenos Aires ...`): the site's label, not the headline's
    words (a kicker before a colon is, `LIVE: ...`, and so is one on the header's line, the title the page was saved
    with); a menu (`World | Asia Pacific`) is left as it is. An outlet's issue before the headline (`AFRICA ENERGY BRIEF
    #214 -- Pipeline moves to feasibility phase`) is no part of it either."""
    after_issue = _after_issue(line)
    if after_issue != line:
        return after_issue
    if line.count("|") != 1:
        return line
    section, headline = (part.strip() for part in line.split("|"))
    if _is_section_name(section) and _is_headline(headline):
        return headline
    return line


def _after_kicker_bar(title: str) -> str:
    """A headline found with its kicker or section before a bar (`EN VIVO | Cumbre energética Argentina-Chile`,
    `LIVE | Gas talks in Baku`): the words after the bar, though short, when they say something."""
    if title.count("|") != 1:
        return title
    section, rest = (part.strip() for part in title.split("|"))
    if _is_section_name(section) and _is_headline(rest, short=True) and _says_something(rest):
        return rest
    return title


def _after_issue(line: str) -> str:
    """The headline after an outlet's name and issue number on its line, when the rest reads as one."""
    rest = headline_after_issue(line)
    if rest and (_is_headline(rest) or (_is_headline(rest, short=True) and _says_something(rest))):
        return rest
    return line


def _opens_story(line: str) -> bool:
    """The body's first line, or a paragraph of prose that leads into a list or a quotation (`He spoke to us between
    meetings. Excerpts:`): two sentences or more, the last closed by a colon."""
    return opens_body(line) or (
        line.endswith(":") and len(line.split()) >= _LEAD_MIN_WORDS and _SENTENCE_BREAK.search(line) is not None
    )


def _in_form(line: str, above: str, text: str, line_end: int) -> bool:
    """A form's field (`Prepared by: Field Unit`, `Reporting period: 1 February - 30 April`) among others on the lines
    around it, or a row of fields between bars (`Total cost: UA 142 million | Loan: UA 110 million`): the head of a
    report or a data sheet, not its headline; a kicker and its colon stand alone (`Kenya: rail deal signed`), and a
    state's name before the colon is the kicker of a project's or a country page's title over its fields (`Indonesia:
    Regional Roads Development Project` / `Project Number: ...`), no field's label."""
    if not _FIELD.match(line) or _names_state(line.split(":", 1)[0].strip()):
        return False
    below = _line_at(text, line_end).strip()
    segments = line.split("|")
    return any(_FIELD.match(other) and not STAMP_LINE.match(other) for other in (above, below)) or (
        len(segments) > 1 and all(_FIELD.match(part.strip()) for part in segments)
    )


def _past_masthead(found: str | None, line: str) -> str | None:
    """The headline found so far, unless it is a site's name in title case (`The Budapest Business Journal`) or a body's
    letterhead and the line under it reads as a headline: then that line is looked at in its place."""
    replaced = _is_masthead_name(found) or _is_body_letterhead(found) if found else False
    return None if replaced and found != line and _is_headline(line) else found


def _opens_with_masthead(line: str) -> bool:
    """A site's name alone on its line or before a spaced dash, a bar or a colon and what follows it (`THE KAMPALA
    OBSERVER`, `Diario La Frontera — La voz del norte`, `The Caspian Herald | News and views`): its tagline is on that
    line or right under it."""
    name = _SITE_PART_SEPARATOR.split(line, maxsplit=1)[0].strip()
    return bool(name) and _is_masthead_name(_name_cased(name) if name.isupper() else name)


def _is_body_letterhead(line: str) -> bool:
    """A body's name with its remit listed before its head word, perhaps with the kind of document it heads after a
    dash (`Senate Foreign Affairs, Defence and Trade References Committee`, `Committee on Budget and Finance —
    Summary of Proceedings`): the letterhead over a record's headline, when a headline comes under it."""
    name = _DOCUMENT_KIND.sub("", line)
    return _REMIT_BODY_NAME.fullmatch(name) is not None


def _is_masthead_name(line: str) -> bool:
    """A site's name: a few words, each capitalised but a name's small words, one of them a paper's word (`Journal`,
    `Diario`, `Online`: `masthead_word` in page_cues.csv), perhaps in capitals with the sections it prints after a
    spaced dash or a bar (`THE HARBOUR LEDGER — Business`, `CITY POST ONLINE - Politics, Economy, Sport`). A headline
    under it before the body takes its place."""
    name, *sections = _MASTHEAD_SECTIONS.split(line, maxsplit=1)
    if sections:
        if not all(_is_section_name(item) for item in _SECTION_ITEMS.split(sections[0])):
            return False
        name = _name_cased(name) if name.isupper() else name
    name = _without_state(name)
    # an elided article or `de` before a word is no word of its own (`L'Écho du Fleuve`, `Le Journal de l'Afrique`)
    words = [_ELIDED.sub("", w) for w in name.split()]
    small = {*page_cues("joining_word"), "&"}  # `Oil & Gas Review`
    return (
        len(words) <= _MASTHEAD_WORDS
        and all(w[:1].isupper() or w in small for w in words)
        and any(w in page_cues("masthead_word") for w in words)
    )


_ELIDED = re.compile(r"\A[lLdD]['’](?=\w)")


_OF_STATE = re.compile(r"[ \t]+(?:of|de|da|do|du|des|del)(?:[ \t]+(?:the|la|le|el))?[ \t]+(?=\S)")


def _without_state(name: str) -> str:
    """A name without the state it ends in (`Official Gazette of the Republic of the Philippines` -> `Official
    Gazette`, `Diário Oficial da República de Angola` -> `Diário Oficial`): the state's name holds more words than a
    paper's."""
    found = _OF_STATE.search(name)
    return name[: found.start()] if found and _names_state(name[found.end() :]) else name


def _is_section_name(item: str) -> bool:
    """A section's name on a masthead's line: a few capitalised words (`Business`, `Foreign Affairs`)."""
    words = item.split()
    return 0 < len(words) <= _SECTION_NAME_WORDS and all(w[:1].isupper() or w == "&" for w in words)


def _signs_release(line: str, under_signature: bool) -> bool:
    """An honourable's name (`Senator the Hon Jane Roe`), or an office under it (`Minister for Trade and Investment`):
    the signature's lines; the same office line under anything else may be a headline (`Minister for Trade Visits
    Fiji`)."""
    line = _name_cased(line) if line.isupper() else line  # `THE HON JANE ROE MP` / `MINISTER FOR TRADE`
    return _HONOURABLE_NAME.match(line) is not None or (under_signature and _OFFICE_LINE.match(line) is not None)


def _is_issuer(line: str, named: bool) -> bool:
    """The body that issues a release (`Ministry of Commerce & Industry`), perhaps with its address; under a page's type
    label (`named`), a body named by capitalised words around its head word (`Japan International Cooperation
    Agency`)."""
    return bool(
        _is_issuer_name(line)
        or _ISSUER_AT.fullmatch(line)
        or (named and _NAMED_ISSUER.fullmatch(line))
        # a line that names bodies, states and places and nothing else, as the actor extractors read them
        or names_only_issuers(_name_cased(line) if line.isupper() else line)
    )


def _is_issuer_name(line: str) -> bool:
    # `Ministry of Investment/BKPM`, `Ministry of Foreign Affairs (MOFA)`; only the line's tail is searched, so a
    # long run of spaces is not scanned again from each of its starts
    tail = _ACRONYM_TAIL.search(line, max(0, len(line) - _ACRONYM_TAIL_CHARS))
    line = line[: tail.start()] if tail else line
    return (
        _ISSUER.fullmatch(line) is not None
        or _ROMANCE_ISSUER.fullmatch(line) is not None
        or _PRESS_UNIT.fullmatch(line) is not None
    )


def _wrapped_headline(text: str, start: int, line_end: int, after_prose: bool) -> str | None:
    """A headline broken over a few short lines, as a PDF turned to text sets it (`Subject: Signing of the Grid Agree-`
    / `ment for the Northern Line`): its line ends inside a word or on a small word, or the next line goes on in lower
    case (or in capitals after capitals), and a blank line closes the block; the block joined (a word's hyphen
    dropped) reads as a headline."""
    if after_prose:
        return None  # the rest of a sentence broken over lines
    first = text[start:line_end].strip()
    following = text[line_end : line_end + 3].lstrip(" \t")[:1]
    # a headline in capitals goes on in capitals (`GERMANY AND SERBIA SIGN ACCORDS ON` / `TRADE WORTH ...`)
    next_line = text[line_end : line_end + _WRAPPED_LINE_CHARS * 2].split("\n", 1)[0]
    # ... not into a stamp's day, clock and time zone (`04/21/93 4:22 PM EDT`): more words than figures
    capitals = (
        first.isupper() and next_line.isupper() and len(_WORD.findall(next_line)) > len(_FIGURE.findall(next_line))
    )
    if not first or not following or (not following.islower() and not capitals and _BROKEN_END.search(first) is None):
        return None
    if _BROKEN_END.search(first) is None and _LOWER_BYLINE.match(next_line.lstrip(" \t")):
        return None  # a byline in lower case under the headline (`by Tomás Ruiz`), no rest of it
    block = _BLANK_LINE.split(text[start : start + _WRAPPED_LINE_CHARS * 2 * _WRAPPED_HEADLINE_LINES], 1)[0]
    block = block.strip().splitlines()
    if not 1 < len(block) <= _WRAPPED_HEADLINE_LINES:
        return None
    block = _continued_lines(block)
    # a line cut at a page's width is long; a short one is a line of its own (a code, a slug), unless a small word or a
    # hyphen ends it (`ADB to lend $500m for` / `power grid upgrade`, a narrow column's headline)
    cut = [
        len(part) <= _WRAPPED_LINE_CHARS * 2
        and (len(part) >= _WRAPPED_PART_CHARS or _BROKEN_END.search(part) is not None)
        for part in block[:-1]
    ]
    if len(block) < 2 or not all(cut):
        return None
    joined = block[0].strip()
    for part in block[1:]:
        part = part.strip()
        joined = joined[:-1] + part if re.search(r"[^\W\d_]-\Z", joined) and part[:1].islower() else f"{joined} {part}"
    title = _without_label_or_byline(joined)
    return title if _is_headline(title) or _is_capitals_headline(title) else None


def _continued_lines(block: list[str]) -> list[str]:
    """The first lines of a block that go on from each other: a line ending in a small word or a hyphen, a next line
    opening in lower case, or capitals after capitals; the line after the last of them (a desk's or a writer's name,
    `Staff Correspondent`) is none of the headline."""
    kept = [block[0].strip()]
    for part in block[1:]:
        part = part.strip()
        if _is_stamp_line(part):
            break  # a headline ending on a verb's particle (`Talks drag on`) over the stamp (`16/07/2020 14:20 GMT`)
        if not (_BROKEN_END.search(kept[-1]) or part[:1].islower() or (kept[-1].isupper() and part.isupper())):
            break
        kept.append(part)
    return kept


def _is_site_description(line: str) -> bool:
    """A line that says what the site is (`A blog about Irish politics, by a Dublin reporter`), under its name."""
    return _SITE_DESCRIPTION_LINE.match(line) is not None and not opens_body(line)


def _unless_site_name(found: str | None, line: str, above: str) -> str | None:
    """The headline found so far, unless it is the line right above the site's description: the site's name."""
    if found and _is_site_description(line) and found == _without_label_or_byline(_unquoted(above)):
        return None
    return found


def _unless_caption(found: str | None, line: str, above: str) -> str | None:
    """The headline found so far, unless it is the line right above a credit line (`Credit: Jane Roe/AFP`, `Foto:
    Presidencia`): then it is a photo's caption."""
    if found and _CAPTION_MARK.match(line) and found == _without_label_or_byline(_unquoted(above)):
        return None
    return found


def _is_letterhead(line: str) -> bool:
    """A line of a record's or a document's head above its text: a state's name, a body's name alone (`Standing
    Committee on Foreign Relations`, `Comisión de Relaciones Exteriores`, `Commission des affaires étrangères`), or
    the record's own label with its day (`Verbatim record of the sitting of 21 May 2015`, `Compte rendu de la séance
    du 6 juin 2019`): never its headline."""
    return (
        _names_state(line)
        or _BODY_NAME.fullmatch(line) is not None
        or _is_romance_body_name(line)
        or _RECORD_LABEL.match(line) is not None
    )


def _is_romance_body_name(line: str) -> bool:
    """A body's name in Spanish, French or Portuguese (`Commission des affaires étrangères et de la défense`): its head
    word, then capitalised words, small words, and after a small word at most two in lower case (a noun and its
    adjective); a lower-case word after a capitalised one is a verb's (`Comisión de Hacienda aprueba ...`)."""
    words = line.split()
    if not words or words[0] not in page_cues("body_name_head_romance") or len(words) > _ROMANCE_BODY_WORDS:
        return False
    lower_run = None  # lower-case words since the last small word; None after a capitalised word
    for word in words[1:]:
        if word.casefold() in page_cues("joining_word") or re.fullmatch(r"[ldLD]['’]\w+", word):
            lower_run = 0
        elif word[:1].isupper():
            lower_run = None
        elif lower_run is None or lower_run == _ROMANCE_BODY_LOWER_WORDS:
            return False
        else:
            lower_run += 1
    return True


def _names_state(line: str) -> bool:
    """A state's name alone on its line (`Federal Republic of Germany`, `The Kingdom of Bhutan`): an issuer's
    letterhead, never a headline."""
    line = _name_cased(line) if line.isupper() else line
    return COUNTRY_PATTERN.fullmatch(_LEADING_THE.sub("", line)) is not None


def _is_capitals_headline(line: str) -> bool:
    """A headline set in capitals (`PERU, CHILE SIGN FISHERIES ACCORD`, `IS A TRADE DEAL CLOSE?`): no lower-case
    letter, not a show's name (`NPR MORNING EDITION WITH ...`) nor an issuing body's (`MINISTRY OF TRADE`)."""
    return (
        not any(c.islower() for c in line)
        and _SHOW_NAME.match(line) is None
        and not _is_issuer_name(_name_cased(line))
        and _BODY_NAME.fullmatch(_name_cased(line)) is None
        and _is_headline(line, capitals=True)
    )


def _over_broadcast_label(text: str, line_end: int) -> bool:
    """Whether the next line is a broadcast's label (`Broadcast date: 25 June 2015`, `Aired: ...`, `Transcript`): the
    line in capitals above it is the programme's name (`AFRICA WORLD SERVICE - MORNING BULLETIN`), not a headline."""
    following = text[line_end : line_end + _NEXT_LINE_CHARS].lstrip().split("\n", 1)[0]
    return _BROADCAST_LABEL.match(following) is not None


def _name_cased(line: str) -> str:
    """A line in capitals as a name is written: each word capitalised, the small words of a name in lower case."""
    words = line.title().split(" ")
    small = page_cues("joining_word")
    return " ".join(w.casefold() if i and w.casefold() in small else w for i, w in enumerate(words))


def _kicker_headline(line: str) -> bool:
    """A headline after a kicker in capitals and a colon (`WORLD TODAY: Leaders React to the Vote`, `KENYA AND THE
    UAE: IS A DEAL CLOSE?`, `DAY TWO: Buyers crowd the textile hall`): shaped like a `CITY:` lead, but what follows
    the colon is a short line in title case or capitals, a question, or after a colon a line in sentence case with no
    stop at its end, not a sentence (`LIMA: A delegation from Chile will arrive on Sunday to discuss the ports.`)."""
    lead = CITY_LEAD.match(line)
    if lead is None:
        return False
    words = re.findall(r"[^\W\d_][\w'’.-]*", line[lead.end() - 1 :])
    return (
        0 < len(words) <= _SHORT_HEADLINE_WORDS
        # a segment's headline after a show's name may be in sentence case (`CBS EVENING NEWS: Talks resume`)
        and (
            sum(w[0].isupper() for w in words) * 2 > len(words)
            or (line[-1] not in _FINAL_STOPS and ":" in line[: lead.end()])
            or _is_question(line)
            or _SHOW_NAME.match(line)
            or _KICKER.match(line)
        )
        and BODY_LINE.match(line) is None
        and dateline(line) is None
        and (_is_headline(line) or _is_capitals_headline(line))
    )


def _headline_before_dateline(line: str, text: str, line_end: int) -> bool:
    """A headline in title case shaped like a signature (`Saudi King, Japanese Prime Minister Hold Talks in
    Tokyo`) when a dateline follows it: a signature ends a release, it does not stand over the dateline."""
    if not _SIGNATURE.match(line) or not _is_headline(line, signature_shaped=True):
        return False
    following = text[line_end : line_end + 300].lstrip().split("\n", 1)[0]
    found = dateline(following)
    return found is not None and found.start() == 0


def _parts_site_from_story(line: str) -> bool:
    """A line of the site's own (a menu, a breadcrumb, links to other posts, a notice to the reader; not a section's
    label, which may stand between a headline and its standfirst): a headline-like line before it may be the site's
    banner or slogan."""
    if not line or labelled_furniture(line) or _headline_and_site(line) or _BYLINE_OPENING.match(line):
        return False  # the story's byline, its stamp after a bar (`By Staff Writer | July 5, 2018`), too
    if _is_menu(line) or is_breadcrumb(line) or is_site_notice(line):
        return True
    return _NAVIGATION.search(_GUILLEMETS.sub("", line)) is not None  # `« Older post | Newer post »`


def _headline_and_site(line: str) -> bool:
    """`Headline | Site`, `Headline |`: a headline before one bar, and after it nothing or a short name; a headline of
    two or three words that says something (`Rupee hits low | Daily Mirror`) before a paper's name or a domain, or
    before the name of the body that issued the page (`Budget Speech (excerpt) | Ministry of Finance, Government of
    X`)."""
    if line.count("|") != 1:
        return False
    head, site = (part.strip() for part in line.split("|"))
    if site and _is_issuer(site, named=True):
        return _is_headline(head) or (_is_headline(head, short=True) and _says_something(head))
    named_site = not site or _is_masthead_name(site) or _DOMAIN.fullmatch(site) is not None
    return (
        len(site.split()) <= _SITE_AFTER_BAR_WORDS
        and (not site or site[:1].isupper() or _DOMAIN.fullmatch(site) is not None)
        and (_is_headline(head) or (named_site and _is_headline(head, short=True) and _says_something(head)))
    )


def _is_menu(line: str) -> bool:
    return _is_bar_menu(line) or _is_spaced_menu(line) or _BUTTON_BAR.fullmatch(line) is not None


def _is_bar_menu(line: str) -> bool:
    """Two items in a row, each closed by a separator (`World | Defence | Trade`)."""
    for part in line.split("\n"):
        items = _MENU_SEPARATOR.split(part)
        if any(items[i] and items[i + 1] for i in range(len(items) - 2)):
            return True
    return False


def _is_spaced_menu(line: str) -> bool:
    """A menu laid out with runs of spaces or tabs: three or more items of a few words."""
    if _SPACED_MENU.fullmatch(line) is not None:
        return True
    items = _MENU_GAP.split(line.strip())
    return len(items) >= 3 and all(0 < len(item.split()) <= _MENU_ITEM_WORDS and item[:1].isupper() for item in items)


def _is_wrapped_prose(line: str) -> bool:
    """A line of running text cut at a fixed width: long, mostly lower-case words, no end at its end."""
    words = line.split()
    return (
        len(line) >= _WRAPPED_LINE_CHARS
        and (line[-1].isalnum() or line[-1] == ",")
        and sum(w[0].islower() for w in words) * 2 >= len(words)
        and not _is_caption(line, words)
    )


def _opens_next_line(line: str, text: str, line_end: int) -> bool:
    """A long line whose words the next line repeats and goes on from, after a dateline perhaps (`Leader said Tuesday
    he had talks on the pipeline with ...` / `MOSCOW (Wire) Leader said Tuesday he had talks on the pipeline with ...`):
    the story's lead sentence set above it as a summary, not a headline."""
    if len(line.split()) < _LEAD_MIN_WORDS:
        return False
    following = text[line_end : line_end + len(line) + _LEAD_PREFIX_CHARS * 2].lstrip().split("\n", 1)[0]
    found = following.find(line, 0, len(line) + _LEAD_PREFIX_CHARS)
    return found >= 0 and len(following.rstrip()) > found + len(line)


def _repeated_headline(line: str, text: str, line_end: int) -> bool:
    """A short headline printed twice, one line right under the other (the page's title, then its heading): a headline
    though it has fewer than four words (`Erdoğan in Ashgabat`)."""
    return _line_at(text, line_end).strip() == line and _is_headline(line, short=True)


def _is_first_line_headline(line: str, text: str, line_end: int) -> bool:
    """A short first line that ends in one full stop, with the page's date stamp right under it (`Embassy opens in X.` /
    `1 June 2024`): a headline set with a stop. Alone before a blank line, it is the page's first sentence."""
    stripped = line.rstrip(".")
    following = _line_at(text, line_end)
    return (
        len(line) - len(stripped) == 1
        and not _in_caseless_script(line)  # a search box's notice (`أدخل كلمات البحث ...`), not a Latin press habit
        and len(line.split()) <= _SHORT_HEADLINE_WORDS
        and _is_headline(stripped)
        and STAMP_LINE.match(following.strip()) is not None
    )


def _without_label_or_byline(title: str, saved_title: bool = False) -> str:
    """A headline without a field's label (`Subject: ...`), the issuer's name after it, an outlet's issue before it, a
    date stamp or a byline at its end, or a kicker before a bar (but on the header's line, the title the page was
    saved with: `LIVE | ...`)."""
    title = without_headline_stamp(_after_issue(_FIELD_LABEL.sub("", _before_issuer(title), count=1)))
    title = title if saved_title else _after_kicker_bar(title)
    return _GLUED_BYLINE.sub("", title).strip() or title


def _unquoted(line: str) -> str:
    """A headline without the quotes around the whole of it."""
    if len(line) > 2 and _QUOTES.get(line[0]) == line[-1] and line[0] not in line[1:-1]:
        return line[1:-1].strip()
    return line


def _is_headline(
    line: str, signature_shaped: bool = False, capitals: bool = False, short: bool = False, own_title: bool = False
) -> bool:
    """A line that reads as a headline; `own_title`: the title the page's header gives, which may be a newsletter's or
    a programme's name with its issue (`Members' Bulletin No. 38`, `Water Matters – Episode 118`)."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", line)
    opening = _WIRE_TAG.sub("", line, count=1)
    return (
        (_SHORT_TITLE_MIN_WORDS if short else _TITLE_MIN_WORDS)
        <= len(words) + len(_IDEOGRAPHS.findall(line)) // 2
        <= _TITLE_MAX_WORDS
        and (
            opening[:1].isupper()
            or opening[:1].isdigit()
            or opening[:1] in "$€£\"“‘'«¿¡"
            or _in_caseless_script(opening)
        )
        and (
            line[-1] not in _FINAL_STOPS
            or _ENDS_IN_INITIALISM.search(line) is not None
            or _is_question(line)
            or (capitals and _is_exclaimed(line))
        )
        # a header's own title may be two short sentences (`The loan came. Now the hard part`)
        and (_SENTENCE_BREAK.search(line) is None or (own_title and line[-1] not in _FINAL_STOPS))
        and _IDEOGRAPHIC_BREAK.search(line) is None
        and (capitals or any(c.islower() or _caseless(c) for c in line))
        and not URL.search(line)
        and not WEB_ADDRESS.search(line)
        and not _COLUMN_GAP.search(line.strip())
        and not _FORM_FIELD.match(line)
        and not STAMP_LINE.match(line)
        # a document's number and its day (`No: 88, 17 April 2025`, `Communiqué n° 45 du 3 mai 2019`)
        and not (opens_with_number(line) and _is_stamp_line(line))
        and not MASTHEAD_STAMP.match(line)
        and (own_title or not _NUMBERED_LABEL.match(line))
        and not _NOT_TITLE_START.match(line)
        and (signature_shaped or not _SIGNATURE.match(line))
        and not _OFFICE_AND_NAME.match(line)
        and not _HONOURABLE_NAME.match(line)
        and not _BYLINE_LINE.match(line)
        and not _EDITION_TAIL.search(line)
        and not _SITE_DESCRIPTION.search(line)
        and not _NAME_AND_DESCRIPTION.match(line)
        and not (_SITE_PART_SEPARATOR.search(line) and _SITE_OF.search(line))
        and not _TAGLINE.search(line)
        and (own_title or not _NEWSLETTER.search(line))
        and (not own_title or len(words) >= _TITLE_MIN_WORDS or _says_something(line))
        and not _SHOW_AND_NETWORK.fullmatch(line)
        and (own_title or not is_issue_line(line))
        and not _is_furniture(_KICKER.sub("", line, count=1), words)
    )


def _says_something(line: str) -> bool:
    """A short headline in sentence case or with a figure (`Asia in brief`, `Remittances climb 3.1%`, `Erdoğan in
    Ashgabat`), not a section's label of capitalised words (`US Markets`)."""
    return any(c.isdigit() for c in line) or any(w[:1].islower() for w in line.split())


def _in_caseless_script(line: str) -> bool:
    """A line in a script without capitals: it opens with such a letter and they outnumber the letters with case (a
    Chinese headline may hold a firm's Latin name; `श्रीलंका, Sri Lanka, चीन, China` is a bilingual tag line)."""
    caseless = sum(map(_caseless, line))
    return _caseless(line[:1]) and caseless * 2 > sum(c.isalpha() for c in line)


def _caseless(letter: str) -> bool:
    """A letter of a script without capitals (Arabic, Hebrew, Devanagari, Chinese, Japanese, Korean)."""
    return letter.isalpha() and not letter.isupper() and not letter.islower()


def _is_question(line: str) -> bool:
    """A headline asked as a question (`What next for the corridor?`, `¿Qué gana Chile?`), or exclaimed after a
    Spanish opening mark (`¡...!`): one question, no sentence before it; a kicker and its colon may come before it
    (`Kenya and the Gulf: is a deal close?`)."""
    if line.startswith("¡") and line.endswith("!"):
        return True
    return line.endswith("?") and line.count("?") == 1 and re.search(r"[.!;]\s", line) is None


_TITLE_CASE_WORD_LETTERS = 4


def _title_cased_question(line: str) -> bool:
    """A long headline asked as a question in title case (`Power of Siberia 2: A Pipeline Dream Finally Signed, or Just
    Paper?`, `Will the Lobito Corridor Pay Its Way Before the Loans Fall Due?`): as long as a sentence and ending like
    one, but four in five of its longer words are capitalised (the small ones may not be), which a body's question is
    not, though it names a body or two (`Why did Kenya Railways sign the deal with the China Road and Bridge
    Corporation in Nairobi?`)."""
    if not _is_question(line) or not _is_headline(line):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", line) if len(w) >= _TITLE_CASE_WORD_LETTERS]
    return len(words) >= _TITLE_MIN_WORDS and sum(w[0].isupper() for w in words) * 5 >= len(words) * 4


def _is_exclaimed(line: str) -> bool:
    """A tabloid's headline in capitals that ends in one exclamation (`CITY'S TAXI GAMBLE — YOU'RE PAYING!`), no
    sentence before it."""
    return line.endswith("!") and line.count("!") == 1 and re.search(r"[.?;]\s", line) is None


def _is_furniture(line: str, words: list[str]) -> bool:
    """A photo caption, a menu or breadcrumb, a list of section names, or a numbered paragraph."""
    return (
        _is_caption(line, words)
        or (_NAVIGATION.search(_GUILLEMETS.sub("", line)) is not None and not _headline_and_site(line))
        or _is_menu(line)
        or is_page_furniture(line)
        or re.match(r"\d{1,2}\.\s", line) is not None
    )


def _is_caption(line: str, words: list[str]) -> bool:
    return (
        words[-1].rstrip(".").casefold() in page_cues("caption_end")
        or _CAPTION_MARK.search(line) is not None
        or _GALLERY_COUNTER.match(line) is not None
    )
