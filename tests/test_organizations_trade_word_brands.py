"""Companies named by a proper word or two and the trade they are in, with no head noun or legal form
(`Karoo Copper`, `Nuvola Ratings`, `Danube Air`, `Sable Mines`): carmakers, airlines, miners, rating agencies,
property developers, grid operators, shipping lines, tech and aerospace firms from every region, in sentences
written for these tests. A trade after a generic word (`Issuer Default Ratings`, `Clean Air`) names none."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "organization"}


def persons(text):
    return {a.name for a in extract_actors(text) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Karoo Copper will ship its first concentrate to smelters in Zambia next year.", "Karoo Copper"),
        ("The smelter was sold to Yunnan Copper for an undisclosed sum.", "Yunnan Copper"),
        ("Sable Mines said output at its two pits rose by a fifth.", "Sable Mines"),
        ("Ndola Mines has also offered to finance a new school.", "Ndola Mines"),
        ("Kivu Gold poured its first bar at the Twangiza plant.", "Kivu Gold"),
        ("Marwa Properties and Qasr Properties are expected to list their shares next year.", "Qasr Properties"),
        ("Marwa Properties and Qasr Properties are expected to list their shares next year.", "Marwa Properties"),
        ("Nuvola Ratings has affirmed the republic's rating at BB with a stable outlook.", "Nuvola Ratings"),
        ("The bonds were rated by Andes Ratings last week.", "Andes Ratings"),
        ("Baltic Grid of Latvia and Vilnius Grid signed the interconnection deal.", "Baltic Grid"),
        ("A Nordvik Autoliners vessel docked at the port with 2,000 cars.", "Nordvik Autoliners"),
        ("Pampa Utilities raised its tariffs by ten per cent.", "Pampa Utilities"),
        ("Minister Novak said Danube Air would launch direct flights to Tashkent.", "Danube Air"),
        ("Halong Air and Mekong Air together operate 40 flights a week.", "Mekong Air"),
        ("The frigates will be built by Kyushu Marine for the coast guard.", "Kyushu Marine"),
        ("Under the restructuring of Hanbit Merchant Marine, the lessor got shares.", "Hanbit Merchant Marine"),
        ("The deal was arranged by Tengri Securities, the broker said.", "Tengri Securities"),
        ("Bosphorus Technologies will supply the radar software.", "Bosphorus Technologies"),
        ("The drones are made by Anatolia Aerospace in Ankara.", "Anatolia Aerospace"),
        ("The rifles will be made by a joint venture of Orlov Concern and the state arsenal.", "Orlov Concern"),
        ("Pacifico Telecoms will roll out the network in Lima and Arequipa.", "Pacifico Telecoms"),
        ("Savanna Breweries said its profit fell in the third quarter.", "Savanna Breweries"),
    ],
)
def test_a_proper_name_and_its_trade_name_a_company(text, name):
    assert name in organizations(text)
    assert name not in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The agency affirmed the Issuer Default Ratings of the republic at B.", "Issuer Default Ratings"),
        ("The city passed a Clean Air law in May.", "Clean Air"),
    ],
)
def test_a_trade_after_a_generic_word_names_no_company(text, name):
    assert name not in organizations(text)
