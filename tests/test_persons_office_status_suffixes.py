"""An office with a hyphenated status after it ("ambassador-designate", "ambassador-at-large", "Prime
Minister-designate", "Governor-elect", "minister-in-waiting") introduces the name after it as the office does
(`office_status_suffixes` in `actor_words.toml`). Sentences written for these tests, from every region."""

import pytest

from pipelines.extract.article import extract_article


def roles(text):
    return {a.name: a.role for a in extract_article(text).actors if a.actor_type == "person"}


CASES = [
    ("North Korea sent ambassador-at-large Ri Chol Min to the forum in Bangkok.", "Ri Chol Min", "ambassador"),
    (
        "Also present was Oman's ambassador-designate to Tokyo, Dr. Khalid bin Hamad Al-Busaidi, who arrived on "
        "Monday.",
        "Khalid bin Hamad Al-Busaidi",
        "ambassador",
    ),
    ("Ambassador-designate Kenji Sato arrived in Nairobi on Monday.", "Kenji Sato", "Ambassador"),
    ("The envoy met Prime Minister-designate Nawaf Karam in Beirut.", "Nawaf Karam", "Prime Minister"),
    ("Governor-elect Amaka Obi said Lagos would honour the contract.", "Amaka Obi", "Governor"),
    (
        "Chile's president-elect Gabriel Boric spoke with Argentine officials by phone.",
        "Gabriel Boric",
        "president",
    ),
    (
        "Peru's ambassador-designate to Canberra, Luisa Chávez, presented copies of her credentials.",
        "Luisa Chávez",
        "ambassador",
    ),
    (
        "The trade fair was opened by special envoy-at-large Anwar Rahman of Bangladesh.",
        "Anwar Rahman",
        "special envoy",
    ),
]


@pytest.mark.parametrize(("text", "name", "wanted"), CASES)
def test_an_office_with_a_status_introduces_the_name(text, name, wanted):
    assert (roles(text).get(name) or "").lower().startswith(wanted.lower())
