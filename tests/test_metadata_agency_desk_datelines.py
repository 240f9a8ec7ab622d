"""A rating agency's or a wire's release opens on its name, its desk's city or cities and the day, each set apart by a
spaced dash, then a colon (`Agency - Lima/Madrid - 3 May 2022:`): a dateline that dates the page. A headline that
holds dashes and no day, or a day with no colon after it, is none (texts written for these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = "The agency has affirmed the country's long-term rating with a stable outlook, citing its reserves and exports."


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Northbridge Ratings - Nairobi - 7 Mar 2019: ", (2019, 3, 7)),
        ("Northbridge Ratings - Johannesburg/London - 22 Nov 2020: ", (2020, 11, 22)),
        ("Calificadora Andina - Bogotá/Madrid - 3 de mayo de 2022: ", (2022, 5, 3)),
        ("Agence Sahel Notation – Dakar – 14 juin 2018 : ", (2018, 6, 14)),
        ("Agência Atlântica - Luanda - 9 de outubro de 2017: ", (2017, 10, 9)),
        ("Pacific Wire — Port Moresby — June 2, 2016: ", (2016, 6, 2)),
    ],
)
def test_an_agency_s_desk_dateline_dates_the_page(line, day):
    meta = extract_metadata(f"Agency keeps the rating of the republic\n\n{line}{BODY}\n")
    assert (meta.publication_date, meta.publication_date_source) == (date(*day), "dateline")


@pytest.mark.parametrize(
    "line",
    [
        "Trade talks resume - Lima - a new round opens: ",
        "Northbridge Ratings - Nairobi - 7 Mar 2019 - ",
    ],
)
def test_dashes_without_a_dated_colon_make_no_dateline(line):
    assert extract_metadata(f"Agency keeps the rating of the republic\n\n{line}{BODY}\n").publication_date is None
