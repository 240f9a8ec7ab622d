"""A page written all in lower case, as some archives keep broadcast transcripts, writes its month and weekday names
in lower case too: they are dates there; on a page with capitals a lower-case `march` or `sunday` stays a word
(transcripts written for these tests)."""

from datetime import date

from pipelines.extract.dates import extract_dates, written_in_lower_case

THURSDAY = date(1998, 1, 8)

NEWS_HOUR = (
    "good evening. last night in baghdad, weapons inspectors were turned away again. the talks resumed wednesday "
    "night and are expected to end friday, and the envoy will fly to new york on monday. in december the two sides "
    "met in geneva. on january twentieth the security council returns to the issue. the deal signed on december 12 "
    "takes effect in march, officials said. the march on washington drew thousands, the sunday times reported."
)


def mentions(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.date_start.isoformat()) for d in extract_dates(text, THURSDAY)]


def test_a_lower_case_transcript_names_its_days_and_months():
    assert mentions(NEWS_HOUR) == [
        ("last night", "1998-01-07"),
        ("wednesday night", "1998-01-07"),
        ("friday", "1998-01-09"),
        ("on monday", "1998-01-12"),
        ("in december", "1997-12-01"),
        ("on january twentieth", "1998-01-20"),
        ("on december 12", "1997-12-12"),
        ("in march", "1998-03-01"),
    ]


def test_a_page_with_capitals_keeps_lower_case_names_as_words():
    text = (
        "The envoy will fly to New York on Monday. Critics said the plan may march on regardless, and the sunday "
        "trading rules stay as they are, the Times reported."
    )
    assert mentions(text) == [("on Monday", "1998-01-12")]


def test_only_a_page_of_lower_case_words_is_written_in_lower_case():
    assert written_in_lower_case(NEWS_HOUR)
    assert not written_in_lower_case(NEWS_HOUR.title())
    assert not written_in_lower_case(NEWS_HOUR.upper())
    assert not written_in_lower_case("on monday")  # too short to tell
    # a script without capitals is not written in lower case
    assert not written_in_lower_case(
        "وصل الوزير إلى المدينة اليوم لبحث التعاون بين البلدين في التجارة والطاقة والنقل والزراعة"
    )
    assert not written_in_lower_case("The talks resumed Wednesday night and are expected to end Friday in Geneva.")


# A transcript as an archive keeps it: the programme's name and the speakers' labels in capitals, a cased stamp line,
# the spoken text in lower case.
LABELLED_TRANSCRIPT = (
    "EVENING REPORT WITH MARY COLLINS\n"
    "January 8, 1998, Thursday\n"
    "7:00 pm Eastern Time\n\n"
    "MARY COLLINS: good evening. the envoy returned from cairo today after talks that began on sunday, and the "
    "ministers will meet again next tuesday in geneva.\n\n"
    "TOM REED (reporter): officials here said the first round of talks in november went nowhere, but the mood "
    "changed on monday when both sides agreed to a timetable.\n"
)


def test_a_transcript_with_labels_and_a_stamp_in_capitals_is_written_in_lower_case():
    assert written_in_lower_case(LABELLED_TRANSCRIPT)
    assert [text for text, _ in mentions(LABELLED_TRANSCRIPT)] == [
        "January 8, 1998",
        "Thursday",
        "today",
        "on sunday",
        "next tuesday",
        "in november",
        "on monday",
    ]


def test_a_cased_story_under_a_capitals_header_is_not_written_in_lower_case():
    text = (
        "WORLD BRIEFS\n"
        "CAIRO: The envoy returned from Cairo on Thursday after talks that began on Sunday, and the ministers will "
        "meet again next week in Geneva, officials said.\n"
    )
    assert not written_in_lower_case(text)
