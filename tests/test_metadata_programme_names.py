"""A broadcast transcript's first line in capitals above the broadcast's label (`Broadcast date: ...`, `Aired: ...`,
`Transcript`) is the programme's name (`AFRICA WORLD SERVICE - MORNING BULLETIN`), not a headline; the broadcast's
day is the publication date (texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

TURNS = (
    "PRESENTER: Good morning. Kenya and Uganda have agreed to extend the railway to Kampala, officials said today.\n\n"
    "CORRESPONDENT: The first section is due to open within three years, the ministers told reporters.\n"
)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("AFRICA WORLD SERVICE - MORNING BULLETIN\nBroadcast date: 3 March 2016\nTranscript", date(2016, 3, 3)),
        ("ASIA BUSINESS REPORT - LATE EDITION\nAired: 14 July 2011", date(2011, 7, 14)),
        ("PACIFIC NEWS HOUR\nBroadcast: 5 May 2014\nTranscript", date(2014, 5, 5)),
        ("MIDDAY REPORT - RADIO CARIBBEAN\nTranscript", None),
        ("JORNAL DA NOITE - EDIÇÃO NACIONAL\nTransmissão: 7 de outubro de 2020", date(2020, 10, 7)),
        ("THE WEEK IN THE GULF\nAir date: 9 November 2018", date(2018, 11, 9)),
        ("NOTICIERO DE LA NOCHE - EDICIÓN CENTRAL\nEmisión: 2 de junio de 2017", date(2017, 6, 2)),
        ("LE JOURNAL DE L'AFRIQUE\nDiffusion : 4 avril 2019\nTranscription", date(2019, 4, 4)),
    ],
)
def test_a_programme_name_above_its_broadcast_label_is_no_headline(head, day):
    metadata = extract_metadata(f"{head}\n\n{TURNS}")
    assert metadata.title is None
    if day is not None:
        assert metadata.publication_date == day


def test_a_headline_in_capitals_over_its_body_stays_the_headline():
    text = f"KENYA AND UGANDA AGREE TO EXTEND RAILWAY\n\n{TURNS}"
    assert extract_metadata(text).title == "KENYA AND UGANDA AGREE TO EXTEND RAILWAY"
