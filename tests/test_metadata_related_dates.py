"""Other stories listed under a label (`Related Articles`, `More from Africa`, `À lire aussi`), each with its own
day on its line or under it: neither their days nor their headlines are the page's, and the story's headline may
come right after the list (texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.boilerplate import related_spans
from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_AFTER_TALKS as BODY

HEADLINE = "Neighbours sign a treaty on shared river water"

PAGES = [
    (
        "More from Africa\nUganda floods displace thousands\n14 March 2024\nTanzania opens a port terminal\n"
        "12 March 2024\n\nBy Staff Writer | 15 March 2024",
        (2024, 3, 15),
    ),
    (
        "Related Articles\nMarch 2, 2021 — Kazakh wheat exports grow\nFebruary 27, 2021 — Uzbek rail link opens\n\n"
        f"{HEADLINE}\n\nPosted on March 5, 2021",
        (2021, 3, 5),
    ),
    (
        "Latest\nPeru mining output rises (3 June 2022)\nChile central bank holds rates (2 June 2022)\n\n"
        f"{HEADLINE}\n\nLIMA, 6 June 2022 (Wire) -",
        (2022, 6, 6),
    ),
    (
        "À lire aussi\nLe Sénégal relance son plan gazier - 3 mai 2023\nLa Guinée signe avec la Chine - 1 mai 2023\n\n"
        f"{HEADLINE}\n\nPublié le 8 mai 2023",
        (2023, 5, 8),
    ),
    (
        "Más de Economía\nSube el precio del cobre\n04/05/2023 10:12\nNuevo récord de exportaciones agrícolas\n"
        f"03/05/2023 18:40\n\n{HEADLINE}\n\n10/05/2023",
        (2023, 5, 10),
    ),
]


@pytest.mark.parametrize(("head", "day"), PAGES)
def test_the_days_of_other_stories_are_not_the_page_s(head, day):
    text = head if HEADLINE in head else f"{HEADLINE}\n\n{head}"
    meta = extract_metadata(f"{text} {BODY}" if text.endswith("-") else f"{text}\n\n{BODY}")
    assert (meta.title, meta.publication_date) == (HEADLINE, date(*day))


def test_the_story_s_own_stamp_after_the_list_is_no_item_of_it():
    text = f"Related stories\nUganda floods displace thousands\n14 March 2024\n\n{HEADLINE}\n\n15 March 2024\n\n{BODY}"
    items = [text[start:end] for start, end in related_spans(text)]
    assert "15 March 2024" not in items and "14 March 2024" in items
