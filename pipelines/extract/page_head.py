"""The head of a web page before its headline: skip links, breadcrumbs, tag lines and lists of other stories.

A page saved as text often opens with its menu (`Skip to main content`, `Home / World / Asia`), a tag line
(`Tags: trade, Kenya`) or a block of links to other stories under a label (`Related Articles`, `Read more:`).
None of these is the headline; the headline is the line right before the story's byline, date stamp or
dateline, even when a list of links runs up to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipelines.extract.records import Span
from pipelines.extract.spans import overlaps_any
from pipelines.knowledge.calendars import page_cues


def _alternation(kind: str) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(page_cues(kind), key=len, reverse=True))


# `Tags: trade, energy`, `You are here: Home / News`: a label, a colon, then anything.
_FURNITURE_LABEL = re.compile(rf"^[ \t]*(?:{_alternation('furniture_label')})[ \t]*:", re.I)
# `Skip to main content`, and the label of a list of other stories (`You may also like`) alone on its line.
_FURNITURE_LINE = re.compile(
    rf"^[ \t]*(?:{_alternation('furniture_line')}|{_alternation('related_label')})[ \t]*[.:!]?[ \t]*$", re.I
)
# `Home / World / Asia`, `Home » News`, `Inicio > Noticias`: the site's root, then a separator.
_BREADCRUMB = re.compile(rf"^[ \t]*(?:{_alternation('breadcrumb_root')})[ \t]*[/>»›|:\\-][ \t]*\S", re.I)
# `We use cookies ...`, `Your browser is out of date ...`: the site speaking to its reader, about the page and not
# the story; a line of a few sentences at most.
_SITE_NOTICE = re.compile(rf"(?<!\w)(?:{_alternation('site_notice')})(?!\w)", re.I)
_NOTICE_MAX_WORDS = 60
# `GRID WATCH — energy news for the region`: a site's name in capitals, a spaced dash, then its slogan in lower case.
_BANNER = re.compile(r"\A(?P<name>[^\W\d_][^\n]{0,40}?)[ \t]+[-–—][ \t]+(?P<slogan>[^\W\d_])")
# The site's own name on a line of its own (`Website of the Hungarian Government`, `Sitio web oficial de la Ciudad de
# Mendoza`, `Port of Durban - Official Website`): a site word (`site_name_word` in page_cues.csv), then only the
# capitalised words and small words of a name; a headline about a website has a verb (`Website of ministry hacked`).
_NAME_WORDS = (
    r"(?:[A-ZÀ-Ý][\w'’.&-]*|[ldLD]['’][A-ZÀ-Ý][\w'’-]*"
    r"|of|the|and|for|in|de|la|le|les|du|des|da|do|das|dos|del|el|y|et|e|&)"
)
_SITE_NAME = re.compile(
    rf"\A(?:The[ \t]+)?(?i:{_alternation('site_name_word')})[ \t]+(?:of|de|du|des|da|do|del)"
    rf"(?:[ \t]+{_NAME_WORDS})+[ \t]*\Z"
    rf"|\A(?:The[ \t]+)?[A-ZÀ-Ý][\w'’.&-]*(?:[ \t]+{_NAME_WORDS}){{0,8}}[ \t]+[-–—|:][ \t]+"
    rf"(?i:{_alternation('site_name_word')})[ \t]*\Z"
)
# A postal address on a line of its own under a body's name (`No. 19, Galle Road, Colombo 03`, `P.O. Box 3007, Accra`,
# `Rua da Glória, 52 – Luanda`): a street's or a box's word (`address_word` in page_cues.csv), a number, and short parts
# set apart by commas.
_ADDRESS_WORD = re.compile(rf"(?<!\w)(?:{_alternation('address_word')})(?!\w)", re.I)
_ADDRESS_PART_WORDS = 5
_ADDRESS_MAX_WORDS = 14
# A state's motto under its name (`Un Peuple – Un But – Une Foi`, `Unity – Faith – Discipline`): three or more short
# capitalised items set apart by spaced dashes, no figure among them.
_SPACED_DASH = re.compile(r"[ \t]+[-–—][ \t]+")
_MOTTO_ITEMS = 3
_MOTTO_ITEM_WORDS = 3
_HEAD_LINES = 40
# A social network's post: its author's line, then a line of segments set apart by a middle dot or a bullet that holds
# the post's marks (`3d · Edited · 🌐`, `Feb 22, 2017 • 🌐`: `post_mark` in page_cues.csv); a reporter's handle on a
# byline (`By Jane Roe · @janeroe`) is none.
_POST_SEGMENTS = re.compile(r"[·•]")
_POST_MARK = re.compile(rf"(?<!\w)(?:{_alternation('post_mark')})(?!\w)")
# ... or a post passed on from another account or channel (`Forwarded from Lanka News`, `Pacific Desk reposted`,
# `Reenviado de Canal X`, `Transféré depuis ...`: `repost_mark` in page_cues.csv) at the top: the post's first line is
# its text, no headline.
# The mark opens or closes its line, a headline's verb stands inside it (`Envoy reposted to Geneva`).
_REPOST = re.compile(
    rf"\A[^\w\n]*(?:{_alternation('repost_mark')})(?!\w)|(?<!\w)(?:{_alternation('repost_mark')})[^\w\n]*\Z", re.I
)
_POST_HEAD_LINES = 4
_POST_LINE_WORDS = 16
# ... its outlet in brackets before or after a dash (`Dakar, le 21 juin 2022 – (Le Quotidien)`, `Lima, 3 May 2019 (Wire)
# -`), or a printed paper's page after it, past a run of spaces or a semicolon (`Dhaka, Thursday, March 12, 2009
# Page 1`): `page_label` in page_cues.csv before a page or section number.
_BARE_TAIL = re.compile(
    r"[ \t]*(?:[-–—:][ \t]*)?(?:\([^)\n]{1,40}\))?[ \t]*[-–—:]*[ \t]*"
    rf"(?:(?:[ \t]{{2,}}|[ \t]*;[ \t]*)(?:{_alternation('page_label')})\.?[ \t]*[A-Z]?\d{{1,3}}[A-Z]?[ \t]*)?"
)
_SECTION_NAME_WORDS = 4
_PATH_MIN_ITEMS = 3
_ROOT_NAME = re.compile(rf"[A-ZÀ-Ý][\w'’.&-]*(?:[ \t]+{_NAME_WORDS}){{0,9}}")
# An outlet's name and a section's or a kind of page's after a spaced dash or a bar (`FINANCIAL WIRE — Development
# Finance`, `CREDIT MARKETS -- CLOSING REPORT`): two names of a few capitalised words, no figure.
_OUTLET_PART_SEPARATOR = re.compile(r"[ \t]+(?:[-–—]{1,2}|[|·•/])[ \t]+")
# ... or a part that is the kind of page in sentence case, singular or plural (`African Development Bank — Press
# releases`, `Comunicados de prensa · BID`, `Ministère X | Communiqués de presse`: `title_label` in page_cues.csv).
# ... or a section of short items (`DEFENCE IT MONTHLY / News in brief`, `Sahel Hebdo — En bref`: `section_label`),
# perhaps after its subject (`EVENING BULLETIN — Business in brief`, `Radio Sahel | Économie en bref`, `Diário do Sul ·
# Economia em resumo`).
_SUBJECT_WORD = r"[^\W\d_][\w'’-]*[ \t]+"
_PAGE_KIND = re.compile(
    rf"(?:{_alternation('title_label')}"
    rf"|(?:{_SUBJECT_WORD}(?:(?:&|and|y|et|e)[ \t]+{_SUBJECT_WORD})?)?(?:{_alternation('section_label')}))",
    re.I,
)
# ... a name may open with a figure run into its letters (`1TV Georgia`), and the outlet's part may hold its place
# after a comma (`Embassy of Nepal, New Delhi — News & Events`).
# The capitalised words are four at most (`NATION SIGNS WATER DEAL WITH PERU - Business` is a headline).
_OUTLET_NAME = re.compile(rf"(?:[A-ZÀ-Ý]|\d{{1,3}}[A-Z])[\w'’.&-]*(?:,?[ \t]+{_NAME_WORDS}){{0,6}}")
_OUTLET_CAPITALISED = re.compile(r"(?<!\S)[A-ZÀ-Ý0-9]")
_OUTLET_NAME_CAPITALISED = 4


# A line that a photo's label opens (`Photo: ...`, `[Photo] The minister and his host in Yerevan.`, `(Foto) ...`): the
# labels of `caption_mark` in page_cues.csv that end in a colon, with it or closed by a bracket.
_CAPTION_LINE = re.compile(
    r"[ \t]*[\[(]?(?:"
    + "|".join(
        re.escape(label[:-1]) + r"(?:[ \t\u00a0]?:|(?<=\w)[\])])"
        for label in sorted((c for c in page_cues("caption_mark") if c.endswith(":")), key=len, reverse=True)
    )
    + r")",
    re.IGNORECASE,
)


def is_caption_line(line: str) -> bool:
    """A photo's caption, opened by its label: no body line, though written in sentences."""
    return _CAPTION_LINE.match(line) is not None


def is_page_furniture(line: str) -> bool:
    """A skip link, a breadcrumb, a tag line, a list of section names, a site notice or the site's own name: never a
    headline."""
    return bool(
        _FURNITURE_LABEL.match(line) or _FURNITURE_LINE.match(line) or _BREADCRUMB.match(line) or _SITE_NAME.match(line)
    ) or (
        _is_section_list(line)
        or _is_section_path(line)
        or is_site_notice(line)
        or _is_postal_address(line)
        or _is_motto(line)
    )


def is_outlet_and_section(line: str) -> bool:
    """An outlet's name and its section or the kind of page (`FINANCIAL WIRE — Development Finance`, `Policy Brief |
    Gulf Economies`, `MERCY CORPS JORDAN — FIELD REPORT`, `Comunicados de prensa · BID`): two names of a few
    capitalised words (or a page's kind in sentence case) around a spaced dash, a bar, a middle dot or a bullet, with no
    verb, no other common noun in lower case and no figure. Set as a page's first line it heads the page, no story: a
    headline has a verb, a small word or more words (`NATION SIGNS WATER DEAL WITH PERU - Business`)."""
    parts = _OUTLET_PART_SEPARATOR.split(line.strip())
    # ... perhaps the outlet's short name before its full one (`ANGOP — Agência Angola Press | Economia`)
    return len(parts) in (2, 3) and all(
        (_OUTLET_NAME.fullmatch(part) and len(_OUTLET_CAPITALISED.findall(part)) <= _OUTLET_NAME_CAPITALISED)
        or _PAGE_KIND.fullmatch(part)
        for part in parts
    )


def _is_motto(line: str) -> bool:
    """A motto: three or more items of a few capitalised words between spaced dashes (`Liberté – Égalité –
    Fraternité`); a headline's parts are longer or hold a figure (`Kenya – Uganda rail deal – $3bn for 2024`)."""
    items = _SPACED_DASH.split(line.strip())
    return (
        len(items) >= _MOTTO_ITEMS
        and not any(c.isdigit() for c in line)
        and all(0 < len(item.split()) <= _MOTTO_ITEM_WORDS and item[:1].isupper() for item in items)
    )


def _is_postal_address(line: str) -> bool:
    """A postal address: a street's or a box's word, a number, and two or more short parts set apart by commas or a
    spaced dash; a headline about a road has a verb (`Ghana opens 3rd Street market, doubles trade`)."""
    parts = re.split(r",|[ \t][-–—][ \t]", line)
    return (
        len(parts) >= 2
        and len(line.split()) <= _ADDRESS_MAX_WORDS
        and all(0 < len(part.split()) <= _ADDRESS_PART_WORDS for part in parts)
        and any(c.isdigit() for c in line)
        and _ADDRESS_WORD.search(line) is not None
        # no verb nor common noun: a lower-case word is a street's word or a name's small word (`12 rue de Rivoli`)
        and all(
            word.casefold() in page_cues("joining_word") or _ADDRESS_WORD.fullmatch(word)
            for word in re.findall(r"[^\s,]+", line)
            if word[:1].islower()
        )
    )


def is_breadcrumb(line: str) -> bool:
    """A trail of the site's sections, from its root (`Home » News`) or not (`News / Asia / Central Asia`)."""
    return _BREADCRUMB.match(line) is not None or _is_section_path(line)


def is_site_notice(line: str) -> bool:
    """A site's notice to its reader (cookies, an old browser, a paywall), or its banner with a slogan: never a
    headline nor the body's start."""
    banner = _BANNER.match(line)
    if banner and banner.group("name").isupper() and banner.group("slogan").islower():
        return True
    return len(line.split()) <= _NOTICE_MAX_WORDS and _SITE_NOTICE.search(line) is not None


def _is_section_path(line: str) -> bool:
    """A breadcrumb that does not start at the site's root (`News / Asia / Central Asia`): three or more short
    capitalised names set apart by a spaced slash."""
    items = line.split(" / ")
    # the trail's root may be the site's owner by its full name (`Ministry of Finance of Ukraine / Press centre / News
    # archive`, `Ministério das Relações Exteriores / Notas à imprensa / 2019`): capitalised words and a name's small
    # words
    root = _ROOT_NAME.fullmatch(items[0].strip()) is not None
    return len(items) >= _PATH_MIN_ITEMS and all(
        (0 < len(item.split()) <= _SECTION_NAME_WORDS or (n == 0 and root)) and item.strip()[:1].isupper()
        for n, item in enumerate(items)
    )


def _is_section_list(line: str) -> bool:
    """Section names, alone or set apart by commas or slashes (`Cover Story, World Affairs`, `Foreign and
    Military Affairs`): each a few capitalised words ending in a section word (`section_word` in page_cues.csv)."""
    items = [item.split() for item in re.split(r"[,/]", line)]
    return all(
        0 < len(item) <= _SECTION_NAME_WORDS
        and item[-1].casefold() in page_cues("section_word")
        and all(word[0].isupper() or word in ("and", "of", "&") for word in item)
        for item in items
    )


def labelled_furniture(line: str) -> bool:
    """A line that a furniture label opens (`Source: Wire | 2020-06-11 | Editor: ...`): not a site's menu."""
    return _FURNITURE_LABEL.match(line) is not None


def bare_dateline(line: str, dateline: re.Match | None) -> bool:
    """A dateline with nothing after its date but an agency or a dash: a line of its own, not the body's start."""
    return dateline is not None and _BARE_TAIL.fullmatch(line, dateline.end("date")) is not None


def headline_before_body(
    text: str,
    start: int,
    zone_end: int,
    furniture: tuple[Span, ...],
    is_headline: Callable[[str], bool],
    leads_body: Callable[[str], bool],
    related: tuple[Span, ...] = (),
) -> str | None:
    """The headline that a list of other stories' links runs up to: the last headline-like line inside that
    list when the next line is the story's byline, stamp or dateline (an item of `related`, other stories under
    their label, leads no body even when it opens with a date). Only lines read as furniture qualify (the caller
    found no headline outside them)."""
    previous: tuple[str, bool] | None = None  # the last non-blank line, and whether it was a linked headline
    position = start
    for n, line in enumerate(text[start:zone_end].splitlines(keepends=True)):
        span = (position, position + len(line))
        position += len(line)
        stripped = line.strip()
        if not stripped:
            continue
        if n >= _HEAD_LINES:
            return None
        if leads_body(stripped) and not overlaps_any(span, related):  # a dated item of a list of other stories
            return previous[0] if previous and previous[1] else None
        previous = (stripped, overlaps_any(span, furniture) and is_headline(stripped))
    return None


def is_social_post(text: str, start: int) -> bool:
    """A social network's post (`Jane Roe ✓ · Minister of Trade` / `3d · Edited · 🌐`): one of its first lines is a
    short line of segments holding the post's marks (its audience's globe, `Edited`). A post's first line is its text,
    no headline."""
    lines = [line for line in text[start:].split("\n", _POST_HEAD_LINES * 2)[: _POST_HEAD_LINES * 2] if line.strip()]
    return any(
        len(line.split()) <= _POST_LINE_WORDS
        and ((_POST_SEGMENTS.search(line) and _POST_MARK.search(line)) or _REPOST.search(line.strip()))
        for line in lines[:_POST_HEAD_LINES]
    )
