"""Date vocabulary as data: month, weekday and season names per language, relative words, tense cues,
and each state's fiscal calendar.

Adding a language's month names or a state's fiscal year is one line in a CSV file here.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

ENGLISH = "en"


@dataclass(frozen=True, slots=True)
class DateWord:
    word: str
    language: str
    value: int


# The first common year a state's own era may name: no report budgets a common year as far ahead as its era runs.
_LOCAL_ERA_FROM = 2000


@dataclass(frozen=True, slots=True)
class FiscalCalendar:
    state: str  # ISO 3166-1 alpha-3
    first_month: int  # 1 for a state whose fiscal year is the calendar year
    single_year_is: str  # "end" (FY2024 ends in 2024) or "start" (Japan's fiscal 2024 starts in it)
    writes_split_years: bool  # "2023-24" names one fiscal year there
    first_day: int = 1  # the day of `first_month` it starts on (Ethiopia's starts on 8 July)
    era_offset: int = 0  # years its own era runs ahead of the common one (Nepal's Bikram Sambat: 2080/81 is 2023/24)

    def start(self, first_year: int) -> date:
        """The first day of the fiscal year that starts in `first_year`: the day `fiscal_year_starts.csv` lists for
        a year whose start moves with a local calendar (Nepal's Shrawan 1 falls on 15 to 17 July), else
        `first_day` of `first_month`."""
        return fiscal_year_starts().get((self.state, first_year)) or date(first_year, self.first_month, self.first_day)

    def in_own_era(self, year: int) -> bool:
        """A year of the state's own era, told from a common one by size: no report budgets a common year so far
        ahead (Nepal's 2057 is the common 2000); earlier local years are read as common ones."""
        return bool(self.era_offset) and year - self.era_offset >= _LOCAL_ERA_FROM


def _rows(name: str) -> list[dict[str, str]]:
    with resources.files(__package__).joinpath(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def date_words(kind: str) -> tuple[DateWord, ...]:
    """The words of one kind (`month`, `weekday`, `season`, `offset` ...) in every language, as written."""
    return tuple(
        DateWord(row["word"], row["language"], int(row["value"]))
        for row in _rows("date_words.csv")
        if row["kind"] == kind
    )


@cache
def date_word_values(kind: str) -> dict[str, int]:
    """Case-folded word of one kind to its value (a month or weekday number, an offset, a count)."""
    return {w.word.casefold(): w.value for w in date_words(kind)}


@cache
def date_cues(kind: str, language: str | None = None) -> tuple[str, ...]:
    """Phrases that set a sentence's tense: `future`, `past`, `intent` (an intent points ahead); with a
    language, only that language's (`future_ending`: the ending of a future verb form in it)."""
    rows = _rows("date_cues.csv")
    return tuple(row["phrase"] for row in rows if row["kind"] == kind and language in (None, row["language"]))


@cache
def fiscal_calendars() -> dict[str, FiscalCalendar]:
    """ISO3 state to its fiscal calendar; a state not listed has no known fiscal calendar."""
    return {
        row["state"]: FiscalCalendar(
            row["state"],
            int(row["first_month"]),
            row["single_year_is"],
            row["writes_split_years"] == "yes",
            int(row["first_day"]),
            int(row["era_offset"]),
        )
        for row in _rows("fiscal_calendars.csv")
    }


@cache
def fiscal_year_starts() -> dict[tuple[str, int], date]:
    """(ISO3 state, common year) to the first day of the fiscal year that starts in it, for a state whose fiscal
    year follows a local calendar whose new year moves across the common one (Nepal's Bikram Sambat)."""
    return {
        (row["state"], int(row["first_year"])): date.fromisoformat(row["first_day"])
        for row in _rows("fiscal_year_starts.csv")
    }


@cache
def page_cues(kind: str) -> tuple[str, ...]:
    """Words that mark page furniture around a headline: `caption_end`, `caption_mark`, `navigation`
    separators, `not_title_start`, `title_label` (a page's type label before a headline: `News story:`),
    `stamp_label` (the label of a date stamp), `update_label` (a stamp label that dates the page's last change,
    not its publication: `Last updated`, `Mis à jour`), `month_first_domain` (URL endings of pages that write
    numeric dates month first), `related_label` (a line that heads other stories' headlines), `section_word` (the
    last word of a section name: `Cover Story`), `office_word` (an office after a name on a release's signature
    line), `tagline` (words of a site's slogan), `furniture_label` (a label before a colon that opens a line of
    page furniture: `Tags:`, `You are here:`), `furniture_line` (a whole line of furniture: `Skip to main
    content`), `breadcrumb_root` (the first item of a breadcrumb: `Home / World`), `date_article` (the article
    before a dateline's date: `le`), `issuer_head` (the head word of a body whose name stands above a release's
    headline: `Ministry`), `masthead_government` (a state's government named in a release's masthead beside its
    issuer: `Government of`), `issuer_name_end` (a head word that may close an issuer's name under a release's type
    label: `Agency`, `Commission`), `byline_word` (the word before a byline's name: `By`, `Por`, `Par`) `site_notice`
    (a word of a site's own notice to its reader: `cookies`, `your browser`, `free articles`),
    `headline_abbreviation` (a lower-case abbreviation a headline may hold: `bil.`, `govt.`) `broadcaster`
    (a network whose show's name, in capitals, opens a transcript: `CNN`, `NPR`), `network_name` (a network's full
    name after its show's on a transcript's show line: `Public Radio International`), `copyright_word` (`©`,
    `Copyright`), `credit_lead` (the words before an outlet on a credit line: `Special to`, `Staff Reporter
    of`), `rights_reserved` (the end of a copyright line: `All rights reserved`) and `page_label` (a printed
    paper's page or section after a date stamp: `Page`, `Section`), `subject_label` (a field's label before a
    headline, not part of it: `Subject`, `Asunto`, `Objet`), `honourable` (the style before a signer's name on a
    release: `Senator the Hon`, `H.E.`), `signature_office` and `state_form` (the seat or the state on the lines
    under a signer's office: `Senator for`, `Republic`), `edition_word` (a masthead's edition: `English Edition`),
    `body_name_head` (the head word of a body's name set in capitals above a newsletter: `Chamber`),
    `issuer_head_romance` (the head word of a Spanish, French or Portuguese issuer: `Ministerio`, `Ambassade`),
    `joining_word` (a small word that does not end a headline's line: `of`, `de`) and `answer_stamp_label` (a
    parliamentary answer's stamp inside its head line: `answered on`), `stamp_weekday` (a weekday cut short before a
    stamp's date: `Mié`, `Mer`, `Quinta`) `date_joiner` (a small word between a page date's parts: `de`, `del`,
    `of`), `kicker_label` (the kind of story a kicker names before its headline: `EXCLUSIVE:`, `OPINION |`),
    `site_name_word` (the words that name a site itself on its own line: `Website of`, `Official Website`) and
    `address_word` (a street's or a post box's word on a postal address line: `Road`, `P.O. Box`, `Rua`); on an
    outlet's issue line, `issue_word` (before the issue's number: `Issue`, `Week`), `issue_label` (the kind of issue:
    `bulletin`) and `transcript_label` (a broadcast's transcript: `transcription`); `newsletter_word` (a newsletter's
    line, no headline but on the header's line: `newsletter`); `date_noun` (a day's generic noun that may label a
    stamp alone: `Date`, `Fecha`) and `page_noun` (a word by which a date's label names the page or its making:
    `Post date`, `Create Date`, `Air date`; a date's noun with another word labels a day of the story's events);
    `web_archive_host` (a web archive whose capture's URL holds the page's own: `web.archive.org`), `category_lead` (the
    word before a blog post's categories after its byline and day: `in`, `dans`), `repost_mark` (a post passed on from
    another channel or account: `Forwarded from`, `reposted`), `deck_byline_verb` (the writer's verb that signs a
    standfirst: `writes`, `escribe`), `addressee_lead` (before the addressees of a numbered notice: `to`, `aux`) and
    `calendar_era` (a year's era mark in another calendar beside the civil date: `AH`, `BS`); `programme_period` (the
    time a programme's or a column's name in capitals names: `THIS WEEK`, `CE SOIR`, `HOJE`), `widget_line` (a
    widget's word alone on its line: `Share`, `Subscribe`), `share_bar_word` (a share bar's button, two or more of
    which make a line of furniture: `Partilhar`, `Tweetar`), `lead_in_label` (a label that, with its colon, opens a
    line linking another story: `Read also:`, `Lire aussi :`, `Relacionado:`) and `print_label` (before the edition
    and the day a story was printed, on a closing line: `Published in`, `Paru dans`), `reader_note` (what a newsletter
    is to its readers after its name and a dash, with `site_kind`: `weekly note to subscribers`, `nota semanal`)."""
    return tuple(row["phrase"] for row in _rows("page_cues.csv") if row["kind"] == kind)


@cache
def state_seats() -> dict[str, str]:
    """A seat of government or a body only one state has (`Capitol Hill`, `the Pentagon`, `Lok Sabha`), as
    written, to that state's ISO3: it tells whose fiscal year an article that names no state counts."""
    return {row["phrase"]: row["state"] for row in _rows("state_seats.csv")}


@cache
def state_regions() -> dict[str, str]:
    """A province, a state of a federation or a market place of one state only (`Calif.`, `Ontario`, `Sindh`,
    `Wall Street`), as written, to that state's ISO3: an American wire that names no state but a company's
    `Stamford, Conn.` counts in the United States' fiscal years, not the corpus's."""
    return {row["phrase"]: row["state"] for row in _rows("state_regions.csv")}
