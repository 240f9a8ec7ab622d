"""Page dates: the header, datelines and date stamps that give an article's publication date."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from pipelines.extract.date_math import numeric_day, word
from pipelines.extract.dates import DAY, YEAR, vocabulary
from pipelines.extract.page_head import is_caption_line, is_page_furniture, is_site_notice
from pipelines.extract.stamp_lines import CLOCK, segment_stamps
from pipelines.knowledge.calendars import ENGLISH, page_cues

# Page dates are read in every language the vocabulary lists (`Publié le 3 mars 2021`, `22 de abril de 2023`).
MONTH, WEEKDAY = vocabulary("*")["MONTH"], vocabulary("*")["WEEKDAY"]
# The day in words, as broadcast transcripts write it (`tuesday, june first, 1999 -- 1400 utc`).
DAY_ORDINAL = vocabulary(ENGLISH)["DAY_ORDINAL"]


def _marks(kind: str) -> str:
    return "|".join(map(re.escape, sorted(page_cues(kind), key=len, reverse=True)))


# A stamp's weekday may be cut short as pages print it (`Mié, 12/05/2021`, `Mer. 12 mai 2021`, `Quinta, 03 Março
# 2022`: `stamp_weekday` in page_cues.csv); only before a stamp's date, where such a word can mean nothing else.
STAMP_WEEKDAY = rf"(?:{WEEKDAY}|(?i:{_marks('stamp_weekday')})\.?(?!\w))"


# ` date 2024-05-02`; a header may give only the month (` date 2019-10`): no publication date then.
HEADER = re.compile(r"\A[ \t]*date[ \t]+(?P<date>\d{4}-\d{2}(?P<day>-\d{2})?)(?!-?\d)[ \t]*")
# A page saved with its site's menu or cookie notice above the header: the header opens one of its first lines.
_HEADER_LINE = re.compile(HEADER.pattern.replace("\\A", "^", 1), re.M)
_HEADER_LINES = 4
# `May 3(, 2023)`, `3 May 2023`, `17, Dec. 2019`, and the numeric forms pages print: `2017-11-11`,
# `17.05.2010`, `28-11-2021`, `16/07/2021` (day or month first: `numeric_day` decides).
# `2011年4月28日`, `2022년 5월 11일`: year, month and day marks of Chinese, Japanese and Korean pages.
_CJK_DATE = (
    rf"(?P<y_cjk>{YEAR})\s*(?:{_marks('cjk_year_mark')})\s*(?P<m_cjk>1[0-2]|0?[1-9])\s*(?:{_marks('cjk_month_mark')})"
    rf"\s*(?P<d_cjk>3[01]|[12]\d|0?[1-9])\s*(?:{_marks('cjk_day_mark')})"
)
# A month name of any listed language between day and year (`3. März 2021`, `22 مئی ، 2012`, `26 أبريل 2024م`),
# perhaps joined to them by a small word (`3 de marzo de 2022`, `3 de Marzo del 2022`, `3rd of March 2022`:
# `date_joiner` in page_cues.csv); a page may write the year in two digits after an apostrophe (`18 Jun.'04`) or, in
# a wire's stamp, after the month's hyphen (`21-FEB-96`).
_JOINER = rf"(?i:{_marks('date_joiner')})"
DATE = (
    rf"(?:(?:(?P<m1>(?i:{MONTH}))(?:\s*(?P<d1>{DAY})|\s+(?P<d1w>(?i:{DAY_ORDINAL}))(?![\w-]))"
    rf"|(?P<d2>{DAY})(?:\.?,?\s+(?:{_JOINER}\s+)?|-(?=[^\W\d_]+-))(?P<m2>(?i:{MONTH})))"
    rf"(?:(?:[ \t]*[,،][ \t]*|\s+{_JOINER}\s+|\s+|(?<=[^\W\d_])-)(?P<y>{YEAR})(?:[ \t]?(?:{_marks('era_mark')})(?!\w))?"
    rf"|[ \t]?['’](?P<y_short>\d\d)(?!\d)|(?<=[^\W\d_])-(?P<y_dash>\d\d)(?![\d:]))?"
    rf"|(?P<y_iso>{YEAR})(?P<iso_sep>[-/.])(?P<m_iso>[01]?\d)(?P=iso_sep)(?P<d_iso>[0-3]?\d)|{_CJK_DATE}"
    rf"|(?P<n1>[0-3]?\d)(?P<sep>[./-])(?P<n2>[01]?\d)(?P=sep)(?P<y_num>{YEAR}))(?!\d)"
)
_PLACE = r"[A-Z][\w.'’‘-]+"
# A city's name may hold a small word in lower case (`Dar es Salaam`, `Rio de Janeiro`, `Port of Spain`:
# `place_particle` of page_cues.csv).
_NEXT_PLACE_WORD = rf"[ \t]+(?:(?:{_marks('place_particle')})[ \t]+)?{_PLACE}"
_AGENCY = r"[ \t]*[(\[][^)\]\n]{1,40}[)\]]"
# The agency after a dateline's date: `(Wire)`, `/WIRE/`, or `, WIRE --` before a dash.
# ... or an agency in capitals and a full stop before the body (`YEREVAN, FEBRUARY 14, ARMENPRESS. The ...`).
_DATELINE_AGENCY = (
    r"\([^)\n]{1,40}\)|/[^/\n]{1,30}/|,[ \t]*[A-Z][\w&.-]{1,15}(?=[ \t]*(?:--|[–—:]|$))"
    r"|,[ \t]*[A-Z][A-Z&-]{2,15}(?=\.[ \t]+[A-Z])"
)
# The article some languages put before a dateline's date (`Tunis, le 15 septembre 2011`).
_DATE_ARTICLE = rf"(?:(?:{_marks('date_article')})[ \t]+)?"
# The state or region after a dateline's city (`, Azerbaijan`, `, DC`, `, Côte d'Ivoire`), or a state's
# abbreviation (`, Calif.`, `, N.J.`, `, M.D.C.`).
_REGION = r"(?:,[ \t]*[A-Z][\w'’-]+(?:[ \t]+(?:d['’])?[A-Z][\w'’-]+){0,2}|,[ \t]*[A-Z][a-z]{0,4}\.(?:[A-Z]\.){0,2})"
# The day in another calendar before the Gregorian one (`Riyadh, Rajab 5, 1441, February 29, 2020, Wire --`).
_OTHER_CALENDAR = r"(?:,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+\d{1,2},[ \t]*\d{4})"
# A wire's story filed from two or three cities at once, set apart by slashes (`MANILA/ULAANBAATAR`, `Dakar / Bamako`).
_OTHER_PLACES = rf"(?:[ \t]*/[ \t]*{_PLACE}(?:{_NEXT_PLACE_WORD}){{0,3}}){{0,2}}"
# `ISLAMABAD, Oct 29 (APP):`, `Islamabad, 10 June 2023 (TDI):`, `BAKU, Azerbaijan, June 16`, `New Delhi [India], May 2`;
# a wire's underscore dash (`DETROIT, March 11, 1997 (AP) _ Workers`)
_DATELINES = (
    re.compile(
        rf"^[ \t]*{_PLACE}(?:{_NEXT_PLACE_WORD}){{0,3}}{_OTHER_PLACES}(?:{_AGENCY})?"
        rf"{_REGION}?{_OTHER_CALENDAR}?(?:,[ \t]*{_DATE_ARTICLE}|[ \t]*\()(?P<date>{DATE})"
        rf"(?=\)?\.?[ \t]*(?:{_DATELINE_AGENCY})?\.?[ \t]*(?:[:\-–—]|_[ \t]|\.?[ \t]*$|\n|[A-Z]))",
        re.M,
    ),
    # `Washington, DC – April 3, 2019:`, `Manila – 22 January 2016 –`: a dash before the date, which has its year
    re.compile(
        rf"^[ \t]*{_PLACE}(?:{_NEXT_PLACE_WORD}){{0,3}}{_REGION}?[ \t]+[–—-][ \t]+(?P<date>{DATE})(?<=\d)"
        rf"(?=[ \t]*(?:{_DATELINE_AGENCY})?[ \t]*(?:--|[:–—-]))",
        re.M,
    ),
    # `Fitch Ratings - Warsaw/London - 12 Apr 2024:`: an agency's name, its desk's city or cities, then a date with its
    # year and a colon, each set apart by a spaced dash
    re.compile(
        rf"^[ \t]*[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){{0,3}}[ \t]+[–—-][ \t]+{_PLACE}(?:{_NEXT_PLACE_WORD}){{0,2}}"
        rf"(?:/{_PLACE}(?:{_NEXT_PLACE_WORD}){{0,2}}){{0,2}}[ \t]+[–—-][ \t]+(?P<date>{DATE})(?<=\d{{4}})[ \t]*:",
        re.M,
    ),
    # `Nuku'alofa May 21, 2025 –`: without a comma, the year and a dash are needed
    re.compile(
        rf"^[ \t]*{_PLACE}(?:{_NEXT_PLACE_WORD}){{0,2}}[ \t]+(?=[^\n]{{0,20}}\d{{4}}[ \t]*[-–—:])"
        rf"(?P<date>{DATE})[ \t]*[-–—:]",
        re.M,
    ),
    # `1 April 2010 – Donors meeting in New York pledged ...`: no city, a date with its year and a dash open the body
    re.compile(rf"^[ \t]*(?P<date>{DATE})(?<=\d{{4}})[ \t]+(?:--|[–—-])[ \t]+(?=[A-Z])", re.M),
    # `(06/12/2022) On 5 December, ...`, `[15 January 2016] The ...`: no city, a date with its year in brackets opens
    # the body's first sentence, as an embassy's or a ministry's news page prints it
    re.compile(rf"^[ \t]*[(\[](?P<date>{DATE})(?<=\d{{4}})[)\]][ \t]*(?:[-–—:][ \t]*)?(?=[A-Z])", re.M),
    # `Khartoum (Wire) Aug 15, 2020` alone on its line: a city, its agency, then a date with its year
    re.compile(
        rf"^[ \t]*{_PLACE}(?:{_NEXT_PLACE_WORD}){{0,3}}{_AGENCY}[ \t]+(?P<date>{DATE})(?<=\d{{4}})[ \t]*$", re.M
    ),
    # `ASTANA. September 13, 2012. WIRE`, `ANKARA (AA) - 12.06.2008 - The ...`: a city in capitals, then a full stop
    # or its agency and a dash, then a date with its year and a full stop or a dash
    re.compile(
        rf"^[ \t]*[A-Z]{{3,}}(?:[ \t]+[A-Z]{{3,}}){{0,2}}(?:\.|{_AGENCY}[ \t]+[–—-])[ \t]+(?P<date>{DATE})(?<=\d{{4}})"
        rf"(?=\.[ \t]|\.?$|[ \t]+[–—-][ \t])",
        re.M,
    ),
    # `MOSCOW (Agency / Wire - 21st March, 2023)`
    re.compile(rf"^[ \t]*[A-Z][A-Z.'’ -]+[ \t]*\([^)\n]{{1,40}}?[-–—,][ \t]*(?P<date>{DATE})\)", re.M),
    # `... (photo agency) BISHKEK, August 15, 2007 (Wire) -- The ...`: a photo caption runs into the dateline,
    # so it starts inside a line; a city in capitals, a date with its year and a dash or colon tell it.
    re.compile(
        rf"(?<=[ \t])[A-Z]{{3,}}(?:[ \t][A-Z]{{3,}}){{0,2}},[ \t]*(?P<date>{DATE})"
        rf"(?<=\d{{4}})(?=[ \t]*(?:\([^)\n]{{1,40}}\))?[ \t]*(?:--|[–—:]))"
    ),
)
# A line that opens the body: a dateline, or `CITY:` / `CITY -` leading a sentence.
CITY_LEAD = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}(?:[ \t]*[(\[][^)\]\n]{1,60}[)\]])?[ \t]*[:–—-][ \t]+\S")


def phrases(kind: str) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(page_cues(kind), key=len, reverse=True))


# `• March 29, 2018 •`, `Sat Mar 06, 2021` alone on a line, `Published : 1 Oct 2019, 03:41 PM`, `Last updated:
# Friday, 29 April, 2005, 16:11 GMT`, `Date :Tuesday, December 29th, 2020 | Time : 16:02`, `17.05.2010 / 18:50`;
# a date alone may end in a full stop (`03.10.2014.`); a label may follow a section word (`Diplomatie Publié le ...`)
# and the body may follow it on its line; a section's name may stand before an unlabelled date (`Politics 5 December
# 2019 16:41`).
# A clock before a stamp's date, perhaps with a time zone and its offset (`6:20 AM EDT, Fri August 9, 2019`, `06:20 BST,
# 9 August`, `7:42 PM GMT+3, June 30, 2021`).
_LEADING_CLOCK = (
    r"\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:[a-z]{2,4}(?:[+−-]\d{1,2}(?::?\d{2})?)?(?=[ \t,]))?[ \t]*,?[ \t]+"
)
# A printed paper's page after its date (`Thursday, January 14, 1999; Page A01`, `; Section A, Pg. 3`): `page_label`
# of page_cues.csv before a page or section number.
_PAGE_REFERENCE = (
    rf"(?:[ \t]*[;,][ \t]*(?:{phrases('page_label')})\.?[ \t]*[A-Z]?\d{{0,3}}[A-Z]?(?=[ \t;,\])]|$)){{1,2}}"
)
# A stamp may stand in brackets (`[ 19 October 2017 14:22 ]`), its clock alone too (`12.11.2013 [17:05]`,
# `05.06.2018 (14:30)`), its weekday after it in brackets (`March 3, 2022 (Thursday)`), its date after an article
# (`Le 5 mars 2021 à 08:15`, `El martes 5 de marzo de 2024`: `date_article` of page_cues.csv).
# An update's stamp after the first one's clock (`12/05/2014 10h32 - Atualizado em 12/05/2014 12h05`).
_UPDATE_AFTER = rf"[ \t]*[-–—|·•,][ \t]*(?:{phrases('stamp_label')})\b"
# A broadcaster's update label between the day and its clock (`16 March 2010 Last updated at 14:02 GMT`).
_UPDATE_LABEL_AFTER = rf"[ \t]+(?:{phrases('stamp_label')})[ \t]+"
# The edition, region or section a stamp is for after a spaced dash or a bar (`Friday, March 7, 2025 — North America`,
# `12 May 2019 | Asia Edition`): one to three capitalised words and nothing else.
_EDITION_AFTER = r"[ \t]+[-–—|][ \t]+(?-i:[A-ZÀ-Ý][\w'’.&-]*)(?:[ \t]+(?-i:[A-ZÀ-Ý][\w'’.&-]*)){0,2}"
# A stamp's label, or a release's kind that labels its day the same way (`Media release, 9 October 2009`).
_STAMP_LABEL = rf"{phrases('stamp_label')}|{phrases('title_label')}"
STAMP_LINE = re.compile(
    rf"^[ \t•|·\-–—\[(]*(?:(?:[^\W\d_][\w'’-]*[ \t]+){{0,2}}?(?P<label>{_STAMP_LABEL})[ \t]*[:,–—-]?[ \t]*"
    rf"|(?:{phrases('section_word')})[ \t]+)?(?:{_LEADING_CLOCK})?"
    rf"(?:(?:{_marks('date_article')})[ \t]+)?(?:{STAMP_WEEKDAY}[,،]?[ \t]+)?(?P<date>{DATE})"
    rf"(?(label)[^\n]*|(?:[ \t]*\({STAMP_WEEKDAY}\))?"
    rf"(?:(?:[ \tT,/|(\[-]*|{_UPDATE_LABEL_AFTER}){CLOCK}(?:{_UPDATE_AFTER})?[^\n]{{0,30}})?"
    rf"(?:{_EDITION_AFTER})?(?:{_PAGE_REFERENCE})?\.?)"
    rf"[ \t•|·\-–—\])]*$",
    re.M | re.I,
)
# A short line near the top that holds a full CJK date (`来源:新华网(2011年4月28日)`): the page's stamp.
_CJK_STAMP = re.compile(rf"^[^\n]{{0,30}}?(?P<date>{_CJK_DATE})[^\n]{{0,20}}$", re.M)
_CJK_STAMP_CHARS = 400
# An agency's stamp with colons between year, month and day, then a clock (`Xinhua  2018:08:23.13:51`).
_COLON_STAMP = re.compile(
    r"^[ \t]*(?:[A-Z][\w.&'’-]*[ \t\u00a0]+){0,3}"
    rf"(?P<date>(?P<y_iso>{YEAR}):(?P<m_iso>[01]\d):(?P<d_iso>[0-3]\d))\.\d{{2}}:\d{{2}}(?::\d{{2}})?[ \t]*$",
    re.M,
)
# A wire's stamp alone on a line of the head: the agency's name, the day and the clock it filed the story at
# (`Reuters 21-FEB-96 10:42 GMT`, `Wire Service 3 March 1997 09:15`).
_AGENCY_STAMP = re.compile(
    rf"^[ \t]*(?:[A-Z][\w.&'’-]*[ \t]+){{1,3}}(?P<date>{DATE})[ \t]+\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}}(?:\.\d+)?)?"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t]*$",
    re.M,
)
# ... or, without its clock, the agency's name in capitals and a day with its year (`REUTER 20-FEB-1990`).
_BARE_AGENCY_STAMP = re.compile(rf"^[ \t]*[A-Z]{{2,}}(?:[ \t]+[A-Z]{{2,}})?[ \t]+(?P<date>{DATE})[ \t]*$", re.M)
# A parliamentary answer's stamp inside its head line (`UNSTARRED QUESTION NO:305 ANSWERED ON:19.02.2003 ...`): the
# day the question was answered, wherever it stands on the line (`answer_stamp_label` in page_cues.csv).
_ANSWER_STAMP = re.compile(rf"(?<!\w)(?:{phrases('answer_stamp_label')})[ \t]*[:.-]?[ \t]*(?P<date>{DATE})", re.I)
_STAMP_CLOCK = re.compile(rf"\b\d{{1,2}}:\d{{2}}(?:[ \t]*[AaPp]\.?[Mm]\.?)?,?[ \t]+(?P<date>{DATE})")
# A stamp at the end of a headline's line (`... talks Thursday, 20 August 2020 ( 6 days ago )`), and an agency's
# trailer alone on a line (`(Wire News Agency April 13, 2008)`).
HEADLINE_STAMP = re.compile(rf"[ \t]+{WEEKDAY},?[ \t]+(?P<date>{DATE})[ \t]*(?P<age>\([^)\n]{{0,30}}\))?[ \t]*$", re.M)
# ... unless a small word governs the date (`Communiqué du Conseil des ministres du mercredi 12 octobre 2022`, `Record
# of the sitting of Tuesday, 4 May 2021`): then the day is part of the headline's phrase, no stamp of the page.
_GOVERNING_WORD = re.compile(rf"(?<![^\W\d_])(?:{phrases('joining_word')})\Z", re.I)
_GOVERNING_WORD_CHARS = 8


def headline_stamps(text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """The date stamps at the end of a headline's line between `start` and `end`, not governed by a small word."""
    found = HEADLINE_STAMP.finditer(text, start, len(text) if end is None else end)
    return [m for m in found if not _GOVERNING_WORD.search(text, max(0, m.start() - _GOVERNING_WORD_CHARS), m.start())]


def without_headline_stamp(line: str) -> str:
    """A headline's line without the date stamp at its end."""
    found = headline_stamps(line)
    return line[: found[-1].start()] if found else line


_TRAILER_STAMP = re.compile(rf"^[ \t]*\((?:[A-Z][\w.&'’-]*[ \t]+){{1,5}}(?P<date>{DATE})\)[ \t]*$", re.M)
# ... or a paper's name with its day in brackets on a line of the head (`Kathmandu Post (Monday, January 24, 2005)`,
# `El Comercio (lunes 4 de marzo de 2019)`, `Le Soleil (mardi 5 mars 2019)`): the day, and no headline.
MASTHEAD_STAMP = re.compile(
    rf"^[ \t]*(?:[A-Z][\w.&'’-]*[ \t]+(?:(?:{phrases('joining_word')})[ \t]+)?){{0,4}}[A-Z][\w.&'’-]*[ \t]*"
    rf"\([ \t]*(?:{STAMP_WEEKDAY}[,.]?[ \t]+)?{_DATE_ARTICLE}(?P<date>{DATE})[ \t]*\)[ \t]*$",
    re.M,
)
# A release's closing line that is a date alone (`Issued by: the Ministry` / `24 May 2022`): its day of issue.
_CLOSING_STAMP = re.compile(rf"^[ \t]*{_DATE_ARTICLE}(?:{WEEKDAY},?[ \t]+)?(?P<date>{DATE})[ \t.]*\s*\Z", re.M)
# ... or a closing line that says where and when the document was done or signed (`Done at Geneva, 12 May 2015`, `Fait
# à Dakar, le 11 juin 2020`, `Hecho en Lima, a 3 de mayo de 2019`, `Prepared 28 October 2010`: `closing_label` in
# page_cues.csv), perhaps over the signer's name and office: the day of issue, read only among the text's last lines.
_CLOSING_LINE = re.compile(
    rf"^[ \t]*(?i:{phrases('closing_label')})(?:[ \t]+{_PLACE}(?:{_NEXT_PLACE_WORD}){{0,3}}{_REGION}?)?[ \t]*,?[ \t]*"
    rf"(?:(?:{_marks('date_article')}|the|on)[ \t]+)?(?:{WEEKDAY},?[ \t]+)?(?P<date>{DATE})[ \t.]*$",
    re.M,
)
_CLOSING_LINE_CHARS = 300
# ... or a page's foot stamp, its day before or after the story's sections between bars (`Jul 10, 2015 | World |
# Politics`, `Economía · Internacional · 3 de marzo de 2018`): a label is one to three capitalised words, no headline.
_SECTION_LABEL = r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:&|and|y|e|et|[A-ZÀ-Ý][\w'’-]*)){0,2}"
_SECTION_BAR = r"[ \t]*[|·•][ \t]*"
# A weekday's name in any language before a foot's day (`Tuesday,`, `Lunes`, `Mardi`, `Terça-feira,`).
_FOOT_WEEKDAY = r"(?:[^\W\d_]{3,9}(?:-feira)?\.?,?[ \t]+)?"
_SECTION_FOOT_STAMP = re.compile(
    rf"^[ \t]*{_FOOT_WEEKDAY}(?P<date>{DATE})(?:{_SECTION_BAR}{_SECTION_LABEL}){{1,3}}[ \t]*$", re.M
)
_SECTIONS_FOOT_STAMP = re.compile(
    rf"^[ \t]*{_SECTION_LABEL}(?:{_SECTION_BAR}{_SECTION_LABEL}){{0,2}}{_SECTION_BAR}{_FOOT_WEEKDAY}"
    rf"(?P<date>{DATE})[ \t.]*$",
    re.M,
)
# ... or a paper's line that says in which edition and on which day the story was printed (`Published in the morning
# edition, February 19th, 2019`, `Publicado en la edición impresa del 3 de marzo de 2019`, `Paru dans l'édition du 3
# mars 2019`, `Publicado na edição impressa de 3 de março de 2019`), or its imprint, by whom and where
# (`Printed and published by Harbour Press Ltd, Mombasa. Tuesday, April 12, 2016`, `Impreso por Editora Andina S.A.,
# Lima, 3 de marzo de 2018`): `print_label` in page_cues.csv, a few words, the day.
_PRINT_LINE = re.compile(
    rf"^[ \t]*(?i:{phrases('print_label')})[ \t]+"
    rf"(?:(?:[^\s,.;:!?]+[ \t]+){{0,8}}?[^\s,.;:!?]*[ \t]*,?|[^\n]{{1,80}}?[,.;])[ \t]*"
    rf"(?:(?:{_marks('date_article')}|on|of|del|du|de|do|da)[ \t]+)?{_FOOT_WEEKDAY}(?P<date>{DATE})[ \t.]*$",
    re.M,
)
# ... or a printed paper's credit line at the foot: its name, the page, the day (`Amman Chronicle, page 3, 5 February
# 2019`, `El Diario, página 12, 3 de marzo de 2018`; `page_label` in page_cues.csv).
_PAGE_CREDIT_LINE = re.compile(
    rf"^[ \t]*(?:[A-Z][\w.'’&-]*[ \t]+){{0,4}}[A-Z][\w.'’&-]*[ \t]*,[ \t]*(?i:{phrases('page_label')})\.?[ \t]*"
    rf"[A-Z]?\d{{1,3}}[A-Z]?[ \t]*,[ \t]*(?:{WEEKDAY},?[ \t]+)?(?P<date>{DATE})[ \t.]*$",
    re.M,
)
# An archive's document number on the text's first line, which holds the day the wire or paper filed it
# (`APW19980213.1310`, `NYT19980206.0460`, `XIE19980808.0022`, `ABC19980108.1830.0711`, `APW970311-0107`,
# `ea980120.1830.0071`), or a business paper's number without letters, after its file name or alone (`891102-0186.`
# under `wsj_0006`); and a day alone on a line of the head in the short numeric form of US papers (`10/25/89`).
_DOCUMENT_NUMBER = re.compile(
    r"\A(?:[ \t]*[A-Za-z]{2,5}_\d{3,5}[ \t]*\n)?[ \t]*"
    r"(?:[A-Za-z]{2,5}_?(?:(?P<y4>(?:19|20)\d\d)|(?P<y2>\d\d))(?P<mm>[01]\d)(?P<dd>[0-3]\d)"
    r"[.-]\d{3,4}(?:\.\d{3,4})?"
    r"|(?P<y2b>\d\d)(?P<mmb>[01]\d)(?P<ddb>[0-3]\d)-\d{4}\.?)[ \t]*$",
    re.M,
)
# ... perhaps with the wire's clock and time zone (`04/21/93 16:22 EDT`).
_SHORT_NUMERIC_STAMP = re.compile(
    r"^[ \t]*(?P<n1>[01]?\d)/(?P<n2>[0-3]?\d)/(?P<yy>\d\d)"
    r"(?:[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?)?[ \t]*$",
    re.M,
)
_SHORT_STAMP_LINES = 6


def document_day(text: str) -> tuple[tuple[int, int], date] | None:
    """The span and day of an archive's document number on the first line; None when there is none or it names
    no real day."""
    number = _DOCUMENT_NUMBER.match(text)
    if number:
        if number.group("y2b"):
            year, month, day_ = _full_year(number.group("y2b")), number.group("mmb"), number.group("ddb")
        else:
            year = int(number.group("y4")) if number.group("y4") else _full_year(number.group("y2"))
            month, day_ = number.group("mm"), number.group("dd")
        day = _safe_date(year, int(month), int(day_))
        if day is not None:
            return number.span(), day
    return None


def archive_day(text: str) -> tuple[tuple[int, int], date] | None:
    """The span and day of an archive's document number on the first line, else of a short US numeric date
    alone on one of the first lines; None when neither is there or names no real day."""
    number = document_day(text)
    if number is not None:
        return number
    head_end = 0
    for _ in range(_SHORT_STAMP_LINES):
        head_end = text.find("\n", head_end + 1)
        if head_end < 0:
            head_end = len(text)
            break
    stamp = _SHORT_NUMERIC_STAMP.search(text, 0, head_end)
    if stamp:
        day = _safe_date(_full_year(stamp.group("yy")), int(stamp.group("n1")), int(stamp.group("n2")))
        if day is not None:
            return stamp.span(), day
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# `© 2023`, `Copyright 2010-2024`: page furniture, never a date of the story.
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)[ \t]*(?:©[ \t]*)?(?:\d{4}[ \t]*[-–][ \t]*)?\d{4}", re.I)
# Labelled stamps (`Published: ...`) are found this far into the text, past the headline zone.
_STAMP_ZONE_CHARS = 3000
# Under a standfirst, a byline and a stamp: lines of a few words each (`Jane Roe in Nairobi`, `Por Redação — Brasília`).
_UNDER_DECK_LINES = 6
_UNDER_DECK_WORDS = 12
_CLOCK = re.compile(CLOCK)
# A body line: a sentence of some length that ends like one (a bracket or a closing quote only after a stop: a headline
# may end in `(Summary)` or in the words it quotes, `... garante que o Fundo "não será esvaziado"`).
BODY_LINE = re.compile(r"^.{60,}(?:[.!?]|[.!?,…][\"”’]|[.!?]\))\s*$")
# ... and in Chinese or Japanese, a line of ideographs or kana that ends in a sentence's stop (`。`, `！`, `？`); two of
# them count as one word.
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_IDEOGRAPHIC_END = re.compile(r"[。！？][”」』）)]?\s*$")
_IDEOGRAPHIC_BODY_CHARS = 24


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def ascii_digits(text: str) -> str:
    """The text with every decimal digit of another script (Arabic-Indic, Persian, Devanagari, full-width) as
    its ASCII digit; one character for one, so offsets hold."""
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)


def dateline(text: str) -> re.Match | None:
    """The first dateline of any form."""
    found = [m for m in (pattern.search(text) for pattern in _DATELINES) if m]
    return min(found, key=lambda m: m.start()) if found else None


_WEEKDAY_BEFORE = re.compile(rf"(?:{STAMP_WEEKDAY})[,،]?[ \t]+$", re.I)


def with_weekday(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A stamp's span with the weekday that leads its date (`Wednesday April 21 1993`): the page's too."""
    before = _WEEKDAY_BEFORE.search(text, max(0, span[0] - 16), span[0])
    return (before.start() if before else span[0]), span[1]


# The page's furniture after a release's last line (`Share: Facebook | Twitter | Print`, `Back to top`, a bar of
# links, a web address): a few lines at most, read from the text's end.
_TRAILING_FURNITURE_LINES = 4
_BAR_LINKS = re.compile(r"\|[^|\n]*\|")
_WEB_LINE = re.compile(r"\A(?:https?://|www\.)\S*\Z")


def _end_before_furniture(text: str) -> int:
    """The end of the text's last line that is no page furniture: a release's closing date (`Tokyo` / `15 January
    2016`) stands above the share bar and the links that close the page."""
    end = len(text)
    for _ in range(_TRAILING_FURNITURE_LINES):
        stripped = text[:end].rstrip()
        start = stripped.rfind("\n") + 1
        line = stripped[start:].strip()
        if not line or not (is_page_furniture(line) or _BAR_LINKS.search(line) or _WEB_LINE.match(line)):
            return len(stripped) if stripped != text[:end] else end
        end = start
    return end


def stamps(text: str, zone_end: int) -> list[re.Match]:
    """Date stamps with a year: unlabelled ones in the headline zone, labelled ones (`Published:`) a little
    further, and a clock before a date anywhere."""
    lines = [
        m
        for m in STAMP_LINE.finditer(text, 0, max(zone_end, _STAMP_ZONE_CHARS))
        if m.end() <= zone_end or m.group("label")
    ]
    closing_end = _end_before_furniture(text)
    tails = (
        *headline_stamps(text, 0, zone_end),
        *_TRAILER_STAMP.finditer(text),
        *MASTHEAD_STAMP.finditer(text, 0, zone_end),
        *_CLOSING_STAMP.finditer(text, max(0, closing_end - 80), closing_end),
        *_CLOSING_LINE.finditer(text, max(0, len(text) - _CLOSING_LINE_CHARS)),
        *_PRINT_LINE.finditer(text, max(0, len(text) - _CLOSING_LINE_CHARS)),
        *_PAGE_CREDIT_LINE.finditer(text, max(0, len(text) - _CLOSING_LINE_CHARS)),
        *_SECTION_FOOT_STAMP.finditer(text, max(0, len(text) - _CLOSING_LINE_CHARS)),
        *_SECTIONS_FOOT_STAMP.finditer(text, max(0, len(text) - _CLOSING_LINE_CHARS)),
        *_CJK_STAMP.finditer(text, 0, min(zone_end, _CJK_STAMP_CHARS)),
        *_COLON_STAMP.finditer(text, 0, zone_end),
        *_AGENCY_STAMP.finditer(text, 0, zone_end),
        *_BARE_AGENCY_STAMP.finditer(text, 0, zone_end),
        *_ANSWER_STAMP.finditer(text, 0, zone_end),
    )
    segmented = segment_stamps(text, zone_end, DATE, STAMP_WEEKDAY)  # `By Staff Reporter | Published June 12, 2023`
    found = (*lines, *_STAMP_CLOCK.finditer(text), *tails, *segmented, *_stamps_under_deck(text, zone_end))
    return [m for m in found if _has_year(m)]


def _stamps_under_deck(text: str, zone_end: int) -> list[re.Match]:
    """Unlabelled stamps with their clock among the short lines right under the first body line: a standfirst, the
    deck's sentence under the headline, ends the head zone, but the byline and the stamp stand under it (`Deck
    sentence.` / `Por Redação — Brasília` / `16/03/2023 19h42 · Atualizado há 2 horas`). A date with a clock alone on
    its line is a page's stamp; a body's paragraph after the deck ends the search."""
    end = zone_end
    for _ in range(_UNDER_DECK_LINES):
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[end:line_end].strip()
        if line and (BODY_LINE.match(line) or _words(line) > _UNDER_DECK_WORDS):
            break
        end = line_end + 1
        if end > len(text):
            break
    under = [
        m
        for m in STAMP_LINE.finditer(text, zone_end, min(end, len(text)))
        if not m.group("label") and _CLOCK.search(text, m.end("date"), m.end())
    ]
    # ... or a date in a short line of segments there (`March 18, 2025 | 7 min read`, `Por Redação · 3 de maio de 2021`)
    return under + segment_stamps(text, min(end, len(text)), DATE, STAMP_WEEKDAY, start=zone_end)


def _has_year(match: re.Match) -> bool:
    return any(match.groupdict().get(g) for g in ("y", "y_short", "y_dash", "y_iso", "y_num", "y_cjk"))


def iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _full_year(short: str | None) -> int | None:
    """`'04` is 2004 and `'99` 1999: pages that write two digits date from 1950 to 2049."""
    return None if short is None else int(short) + (1900 if int(short) >= 50 else 2000)


def date_of(match: re.Match, month_first: bool = False, header_month: date | None = None) -> date | None:
    """The day a dateline or stamp match names; without a year, in the header's month (` date 2015-09` and
    `ULAN BATOR, Sept. 9`), else None."""
    found = match.groupdict()
    if found.get("y_iso"):
        return iso_date("{}-{:0>2}-{:0>2}".format(*match.group("y_iso", "m_iso", "d_iso")))
    if found.get("y_cjk"):
        return iso_date("{}-{:0>2}-{:0>2}".format(*match.group("y_cjk", "m_cjk", "d_cjk")))
    if found.get("y_num"):
        return numeric_day(int(match.group("y_num")), int(match.group("n1")), int(match.group("n2")), month_first)
    month = " ".join((found.get("m1") or found.get("m2")).split())  # `كانون الثاني`: one space
    day = found.get("d1") or found.get("d2")
    if found.get("d1w"):
        day = str(word("day_ordinal", found.get("d1w")))
    year = (
        found.get("y")
        or _full_year(found.get("y_short") or found.get("y_dash"))
        or (header_month.year if header_month and header_month.month == word("month", month) else None)
    )
    try:
        return date(int(year), word("month", month), int(re.match(r"\d+", day).group()))
    except (TypeError, ValueError):  # no such day, or a month word of no listed value
        return None


def page_header(text: str) -> re.Match | None:
    """The header (` date 2024-05-02`) that opens the page or one of its first few lines, under a menu or a notice
    that the page was saved with (`Home | World | Business`): the lines above it are no part of the story."""
    head_end = 0
    for _ in range(_HEADER_LINES):
        head_end = text.find("\n", head_end) + 1
        if head_end == 0:
            head_end = len(text)
            break
    return _HEADER_LINE.search(text, 0, head_end)


def header_zone_end(text: str, start: int = 0) -> int:
    """End of the first body line: headlines, datelines and stamps come before it or start it (a site's notice to
    its reader, or a photo's caption in sentences above the headline, is no body line)."""
    position = start
    for line in text[start:].splitlines(keepends=True):
        position += len(line)
        if _is_body_line(line.rstrip("\n")) and _words(line) >= 12 and not _notice_or_caption(line):
            return position
    return len(text)


def _is_body_line(line: str) -> bool:
    if BODY_LINE.match(line) is not None:
        return True
    return _IDEOGRAPHIC_END.search(line) is not None and len(_IDEOGRAPHS.findall(line)) >= _IDEOGRAPHIC_BODY_CHARS


def _words(line: str) -> int:
    """The words of a line, two ideographs or kana counted as one (`双方在北京签署了多项合作文件。`)."""
    return len(line.split()) + len(_IDEOGRAPHS.findall(line)) // 2


def _notice_or_caption(line: str) -> bool:
    return is_site_notice(line) or is_caption_line(line)


def opens_body(line: str) -> bool:
    words = _words(line)
    return not _notice_or_caption(line) and (
        (_is_body_line(line) and words >= 12)
        or dateline(line) is not None
        or (CITY_LEAD.match(line) is not None and words >= 8)
    )
