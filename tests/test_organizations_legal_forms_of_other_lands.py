"""A company named with the legal form of its land after its name (`Fokker NV`, `Heineken N.V.`, `Equinor ASA`,
`Nokia Oyj`, `Fincantieri S.p.A.`, `Ansaldo SRL`, `Aeroflot OJSC`): the name and
its form are the company. A form's letters inside a sentence's words stay none. Sentences written for these
tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, language="en") if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group blamed charges for its Dutch aircraft unit Vinkel NV and a strong mark.", "Vinkel NV"),
        ("Brouwerij Kassen N.V. will build a brewery near Lagos.", "Brouwerij Kassen N.V."),
        ("The licence went to Nordhav ASA, which will drill two wells next year.", "Nordhav ASA"),
        ("The network will be supplied by Suomitel Oyj under a ten-year contract.", "Suomitel Oyj"),
        ("Two frigates were ordered from Cantieri Lido S.p.A. in 2019.", "Cantieri Lido S.p.A."),
        ("The fuel is bought from Volgaflot OJSC at market prices.", "Volgaflot OJSC"),
        ("Dredging will be done by Scheldt Marine BV from the spring.", "Scheldt Marine BV"),
    ],
)
def test_a_name_with_the_legal_form_of_its_land_is_a_company(text, expected):
    assert expected in organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trade with the Netherlands rose to $2 billion, officials said.",
        "The Oyster Bay talks ended on Friday.",
    ],
)
def test_no_legal_form_no_company(text):
    assert not organizations(text)
