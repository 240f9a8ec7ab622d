"""Two-word names of places and facilities that the model reads as persons: a facility's noun after them
(`the NAME airbase`, `the NAME water plant`, `NAME gas`), or a known city they are listed with (`between Belgrade
and NAME`, `NAME and Busan`, `Kazan et NAME`). Sentences written for these tests, in several outlets' styles."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, place",
    [
        ("The prime minister drove the guest from Tamar Kosh airbase on Sunday, officials said.", "Tamar Kosh"),
        ("Seoul will fund the second phase of Binh Loc hospital, the ministry said.", "Binh Loc"),
        ("By the show team, Vela Dorn airfield\n\nThe defence ministry used the show to sign deals.", "Vela Dorn"),
        ("Korean money will build the Hoa Tien water plant, the city council said.", "Hoa Tien"),
        ("Ankara and Baku are close to a new price for Kerem Dagi gas, the minister said.", "Kerem Dagi"),
        ("Pemex handed the Rio Blanco coker unit to the Korean contractor on Monday.", "Rio Blanco"),
        ("The Joint Force Command, headquartered at Omar Khalil base, trained 3,000 soldiers.", "Omar Khalil"),
        ("Under its Seva Mitra initiative, India has gifted vaccines to twelve states.", "Seva Mitra"),
        ("China will lend $1 billion for the Altyn Zhol infrastructure programme, Astana said.", "Altyn Zhol"),
        ("The largest part, 90 billion yen, goes to the Dong Van line, the agency said.", "Dong Van"),
    ],
)
def test_a_facility_noun_after_the_name_makes_it_a_thing(text, place):
    assert place not in persons(text)


@pytest.mark.parametrize(
    "text, place, language",
    [
        ("The Serbian section between Belgrade and Dolna Vrba will be handed over in the spring.", "Dolna Vrba", "en"),
        ("A new submarine cable will run between Cam Tho and Busan, Korea Telecom said.", "Cam Tho", "en"),
        ("GM builds 800,000 pickups a year at Silao and Villa Serrano, the association said.", "Villa Serrano", "en"),
        ("AZAL will fly to Kazan and Lesnye Gory from June, the airline said.", "Lesnye Gory", "en"),
        ("Les navires relieront Casablanca, Rabat et Punta Cala à l'Espagne cet été.", "Punta Cala", "fr"),
        ("El tren unirá Rosario y Villa Pereyra antes de fin de año, dijo el ministro.", "Villa Pereyra", "es"),
        ("A ponte ligará Curitiba e Porto Lindo, disse o ministro.", "Porto Lindo", "pt"),
    ],
)
def test_a_name_listed_with_a_city_is_a_place(text, place, language):
    assert place not in persons(text, language)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Talks between Modi and Nawaz Sharif resumed in Lahore on Monday.", "Nawaz Sharif"),
        ("Rachel Obuya and Kenya signed the deal, the ministry said.", "Rachel Obuya"),
        ("The talks in Ankara between Baku and Tbilisi were chaired by Elena Marsh, a UN envoy.", "Elena Marsh"),
        ("Tariq Mahmood of the Bradford business forum said the Chinese bring the money.", "Tariq Mahmood"),
        ("The prime minister met Hadi Karimi and his team in Tehran.", "Hadi Karimi"),
    ],
)
def test_persons_near_places_stay_persons(text, person):
    assert person in persons(text)


@pytest.mark.parametrize(
    "text, person",
    [
        ("The ambassador of Riyadh in Nairobi, Faisal Otaibi, said trade would grow.", "Faisal Otaibi"),
        ("Speaking in Nairobi, Rachel Obuya said the loan was signed.", "Rachel Obuya"),
        ("The mayor of Yerevan, Armen Tadevosyan, handed him the keys of the city.", "Armen Tadevosyan"),
        ("Riyadh's envoy to Iran, and Hamid Sadeghi, Tehran's man, were in the room.", "Hamid Sadeghi"),
        ("Trade between Lahore and Chengdu grew, said Tariq Mahmood and Imran Qureshi.", "Imran Qureshi"),
    ],
)
def test_a_name_after_a_city_and_a_comma_stays_a_person(text, person):
    assert person in persons(text)
