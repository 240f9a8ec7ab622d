"""Person state, a second batch of sentences written after the fixes for the same classes (officials of
international bodies, an agency abroad, hosts and guests, lists, Romance datelines, shared titles, sides, a body's
office in a state); all passed without further change."""

import pytest

from pipelines.extract.actors import extract_actors

CASES = [
    (
        "intl-known",
        "en",
        ("Zambia's debt deal moved ahead in Lusaka. Ajay Banga told reporters that Zambia had done its part."),
        "Ajay Banga",
        None,
    ),
    (
        "intl-known",
        "en",
        ("LIMA -- Peru hosted the trade talks. Ngozi aside, Roberto Azevedo praised Peru's openness."),
        "Roberto Azevedo",
        None,
    ),
    (
        "intl-commissioner",
        "en",
        (
            "The European Union will fund a grid in Moldova. Neighbourhood Commissioner Petra Lindqvist "
            "said Moldova would gain."
        ),
        "Petra Lindqvist",
        None,
    ),
    (
        "intl-romance",
        "fr",
        (
            "Le Maroc et l'Union européenne ont signé l'accord. La commissaire européenne à l'Énergie, "
            "Petra Lindqvist, a salué le Maroc."
        ),
        "Petra Lindqvist",
        None,
    ),
    (
        "intl-mission",
        "en",
        ("The IMF reached a staff-level deal with Egypt. Mission Chief Ivana Holm said Egypt must cut subsidies."),
        "Ivana Holm",
        None,
    ),
    (
        "intl-unit",
        "en",
        (
            "The World Bank approved $200 million for Uganda. Uganda will build roads, said Tomas Berg, "
            "Lead Economist in the Bank's Africa Region Office."
        ),
        "Tomas Berg",
        None,
    ),
    (
        "abroad",
        "en",
        (
            "DAKAR, Jan. 9 (Xinhua) -- Senegal and China signed a deal on a bridge.\n\nSenegalese Minister of "
            "Finance Amadou Ba and Chinese Ambassador Xiao Han signed it in Dakar. Infrastructure Minister "
            "Oumar Sow said work would start soon."
        ),
        "Oumar Sow",
        "SEN",
    ),
    (
        "abroad",
        "en",
        (
            "HANOI, May 2 (Xinhua) -- Vietnam and China agreed to expand trade.\n\nVietnamese Deputy Minister "
            "Le Van Thanh and Chinese Vice Minister Ma Lin met in Hanoi. Industry Minister Nguyen Hong Dien "
            "said Vietnam would export more."
        ),
        "Nguyen Hong Dien",
        "VNM",
    ),
    (
        "meeting",
        "en",
        (
            "Prime Minister Shehbaz Sharif arrived in Dushanbe for talks; Pakistan and Tajikistan signed "
            "deals. Sharif also met with President Rustam Nazarov on Monday."
        ),
        "Rustam Nazarov",
        "TJK",
    ),
    (
        "meeting",
        "en",
        (
            "Prime Minister Shehbaz Sharif visited Hungary, and Pakistan and Hungary agreed on trade. "
            "Sharif held a bilateral meeting with Prime Minister Andras Toth in Budapest."
        ),
        "Andras Toth",
        "HUN",
    ),
    (
        "list-back",
        "en",
        (
            "Bolivia and Chile met in La Paz. Present were Mining Minister Ana Quispe, Water Minister Luis "
            "Mamani and Chile's Energy Minister Pablo Rojas. Bolivia hosted."
        ),
        "Luis Mamani",
        "BOL",
    ),
    (
        "dateline",
        "es",
        (
            "MOSCÚ, 3 mar (EFE).- Rusia y Bolivia firmaron un acuerdo de litio. El ministro boliviano de "
            "Energía, Luis Arce, y el viceministro de Industria, Sergei Petrov, asistieron. Rusia invertirá "
            "en Bolivia y Rusia venderá equipos."
        ),
        "Sergei Petrov",
        "RUS",
    ),
    (
        "shared",
        "en",
        (
            "Egyptian Foreign Minister Sameh Shoukry joined the talks in Cairo with Sudan and Ethiopia. "
            "Foreign ministers Sameh Shoukry, Ali Karti and Taye Atske attended."
        ),
        "Ali Karti",
        "SDN",
    ),
    (
        "side",
        "en",
        (
            "Prime Minister Shehbaz Sharif hosted talks in Islamabad with Turkmenistan. Pakistan and "
            "Turkmenistan agreed on gas. The Turkmen side was headed by Deputy Chairman Batyr Amanov."
        ),
        "Batyr Amanov",
        "TKM",
    ),
    (
        "body-state",
        "en",
        "KOICA Ethiopia Country Director Kim Min-jae said Ethiopia would get new clinics.",
        "Kim Min-jae",
        "KOR",
    ),
    (
        "body-state",
        "en",
        "UNICEF Ghana Representative Anne-Claire Dufay said Ghana's schools would reopen.",
        "Anne-Claire Dufay",
        None,
    ),
]


@pytest.mark.parametrize(("kind", "language", "text", "name", "state"), CASES)
def test_second_batch(kind, language, text, name, state):
    found = {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}
    assert found[name] == state, kind
