"""A printed paper's page turned to text: its place and day with the page's number after a run of spaces (`Lima,
Tuesday, May 4, 2010          Page 3`) stand over the headline as a dateline alone on its line, and a headline set
in a narrow column breaks after a small word or inside a word (`Chile to fund $200m for` / `Andean rail link`): its
lines are joined, without the desk's or the writer's line under them (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

COLUMN_BODY = (
    "The government of Chile yes-\n"
    "terday agreed to lend Peru\n"
    "US$ 200 million for the rail\n"
    "line from Arica to Tacna,\n"
    "officials said.\n"
)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Lima, Tuesday, May 4, 2010                         Page 3", "2010-05-04"),
        ("Santiago, 4 May 2010          Page A12", "2010-05-04"),
        ("Arica, May 4, 2010; Page 7", "2010-05-04"),
        ("Tacna, 4 de mayo de 2010          Página 5", "2010-05-04"),
    ],
)
def test_a_dateline_with_its_printed_page_stands_over_the_headline(head, day):
    text = f"THE ANDEAN COURIER\n{head}\n--------------------\nChile to fund $200m for\nAndean rail link\n"
    text += f"Staff Reporter\n\n{COLUMN_BODY}"
    found = extract_metadata(text)
    assert found.title == "Chile to fund $200m for Andean rail link"
    assert found.publication_date.isoformat() == day


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["Chile to fund $200m for", "Andean rail link"], "Chile to fund $200m for Andean rail link"),
        (["Quito signs loan with the", "World Bank for roads"], "Quito signs loan with the World Bank for roads"),
        (
            ["Chile financiará US$ 200 millones para", "el tren andino"],
            "Chile financiará US$ 200 millones para el tren andino",
        ),
        (["Bolivia opens its first lith-", "ium plant near Uyuni"], "Bolivia opens its first lithium plant near Uyuni"),
    ],
)
def test_a_narrow_columns_headline_is_joined_where_a_line_breaks(lines, title):
    head = "\n".join(lines)
    text = f"THE ANDEAN COURIER\nLima, Tuesday, May 4, 2010       Page 3\n\n{head}\nStaff Reporter\n\n{COLUMN_BODY}"
    assert extract_metadata(text).title == title


def test_a_short_line_and_the_desks_line_under_it_are_not_joined():
    text = f"Lima, Tuesday, May 4, 2010       Page 3\n\nAndes rail\nStaff Reporter\n\n{COLUMN_BODY}"
    assert extract_metadata(text).title is None
