"""Page heads of scraped pages: a site's notices (cookies, browser, paywall), its banner with a slogan, and
headlines with abbreviations; all page heads written for these tests."""

from datetime import date

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.metadata import extract_metadata

_BODY = (
    "The energy ministers of Ghana and Togo signed a power supply accord in Accra on Thursday, officials said "
    "after talks that ran late into the evening.\n\n"
    "A second paragraph sets out what the accord covers and when the first power should flow across the border.\n"
)
_HEAD = "Ghana and Togo sign cross-border power accord"


@pytest.mark.parametrize(
    "notice",
    [
        "We use cookies to give you the best experience on our website. By browsing on, you agree to this.",
        "Our site relies on cookies and similar tools for analytics. Continuing means you consent. Got it!",
        "Utilizamos cookies propias para mejorar nuestros servicios. Si continúa navegando, acepta su uso.",
        "Ce site utilise des cookies pour améliorer votre expérience de navigation. En poursuivant, vous acceptez.",
        "Your browser is out of date and parts of this site may not display well. Please update your browser now.",
    ],
)
def test_a_site_notice_above_the_headline_is_neither_body_nor_headline(notice):
    meta = extract_metadata(notice + "\n\n" + _HEAD + "\n\n14 March 2019\n\n" + _BODY)
    assert meta.title == _HEAD
    assert meta.publication_date == date(2019, 3, 14)


def test_a_cookie_notice_yields_no_facts():
    text = (
        _HEAD + "\n\n" + _BODY + "\nThis website stores cookies from Google and Facebook on your device for 30 days. "
        "Accept all\n"
    )
    article = extract_article(text)
    names = {actor.text for actor in article.actors}
    assert "Google" not in names and "Facebook" not in names
    assert not [d for d in article.dates if "30 days" in d.text]


@pytest.mark.parametrize(
    "banner",
    [
        "WEST AFRICA DESK — reporting and analysis from the coast",
        "GRID WATCH - energy news for the region, every weekday",
        "LA SEMANA ENERGÉTICA — noticias y análisis del sector",
    ],
)
def test_a_site_banner_with_its_slogan_is_neither_body_nor_headline(banner):
    meta = extract_metadata(banner + "\nPosted on 14 March 2019 by Ama Boateng\n\n" + _HEAD + "\n\n" + _BODY)
    assert meta.title == _HEAD
    assert meta.publication_date == date(2019, 3, 14)


@pytest.mark.parametrize(
    "headline",
    [
        "Ghana, Togo seal $1.4 bil. Volta power deal",
        "Togo to import 300 mil. Ghanaian kilowatt-hours a year",
        "Ghana govt. Cabinet backs Togo power accord",
    ],
)
def test_a_headline_may_hold_an_abbreviation_before_a_capital(headline):
    meta = extract_metadata(headline + "\n\nPosted : 2019-03-14 10:20 | Updated : 2019-03-14 12:05\n\n" + _BODY)
    assert meta.title == headline


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        # a section's name before the date and clock
        ("Economy 14 March 2019 09:30 (UTC+01:00)", date(2019, 3, 14)),
        ("Diplomacy March 14, 2019 9:30 am", date(2019, 3, 14)),
        # a site's name or an author, then a run of spaces before the date
        ("Volta Wire      2019-03-14 09:30:12", date(2019, 3, 14)),
        ("Kofi Mensah\t\tThursday, March 14, 2019", date(2019, 3, 14)),
        # a release's label
        ("FOR IMMEDIATE RELEASE: March 14, 2019", date(2019, 3, 14)),
        ("For immediate release - 14 March 2019", date(2019, 3, 14)),
    ],
)
def test_page_stamps_after_a_section_a_site_or_a_release_label(stamp, day):
    for text in (stamp + "\n\n" + _HEAD + "\n\n" + _BODY, _HEAD + "\n" + stamp + "\n\n" + _BODY):
        meta = extract_metadata(text)
        assert meta.publication_date == day
        assert meta.title == _HEAD


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Accra (AFP) Mar 14, 2019", date(2019, 3, 14)),
        ("Lomé (Reuters) 14 March 2019", date(2019, 3, 14)),
    ],
)
def test_a_dateline_of_a_city_its_agency_and_a_date_on_a_line_of_its_own(line, day):
    text = _HEAD + "\n\n" + line + "\n\n" + _BODY
    meta = extract_metadata(text)
    assert meta.publication_date == day
    assert meta.title == _HEAD
    article = extract_article(" date 2019-03-20\n" + text)
    assert not [d for d in article.dates if "2019" in d.text]
