"""An office said before the name and a comma outweighs the title of address right before the name (`Senator`,
`Ambassador`); a list of portfolios with a comma before its `and`; a body's possessive and its lower-case unit,
and dotted initials, in such an office. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_the_office_before_the_comma_outweighs_a_legislator_s_or_envoy_s_title():
    found = persons(
        "Fiji and New Zealand met in Suva. New Zealand's Minister for Trade, Tourism and Investment, Senator Mara "
        "Oduya, met Fiji officials."
    )
    assert found["Mara Oduya"] == ("Minister for Trade, Tourism and Investment", "NZL")
    found = persons("Australia's Minister for the Pacific, the Hon. Senator Grace Tulloch, said Fiji was a partner.")
    assert found["Grace Tulloch"] == ("Minister for the Pacific", "AUS")
    found = persons(
        "The talks in Oslo were opened by the Secretary General of the Commonwealth, Ambassador Rosa Lindqvist, "
        "and officials of Kenya."
    )
    assert found["Rosa Lindqvist"][0] == "Secretary General of the Commonwealth"
    found = persons(
        "The Chair of the Foreign Affairs Committee, Congresswoman Ana Ruiz, said the United States would act."
    )
    assert found == {"Ana Ruiz": ("Chair of the Foreign Affairs Committee", "USA")}


def test_the_title_of_address_stays_the_role_without_an_office_before_it():
    assert persons("Senator Dana Whitlock said Australia would sign a deal with Fiji.")["Dana Whitlock"][0] == "Senator"
    # after another name and a comma, the title is the listed person's own
    found = persons("Prime Minister Imran Qadri, Senator Arif Lodhi and others attended the meeting in Islamabad.")
    assert found["Arif Lodhi"][0] == "Senator"


def test_an_office_before_the_comma_starts_after_a_listed_name():
    found = persons(
        "The meeting was attended by Deputy Minister of Foreign Affairs Roman Vassilenko and the Head of the EU "
        "Delegation to Kazakhstan, Ambassador Aleska Simic. Tokayev spoke."
    )
    assert found["Aleska Simic"][0] == "Head of the EU Delegation"
    # a name inside the office, with no `and` after it, is the office's own words
    found = persons(
        "Special Assistant to Prime Minister Imran Khan on Information and Broadcasting, Dr Firdous Ashiq Awan, "
        "thanked Qatar."
    )
    assert (
        found["Firdous Ashiq Awan"][0]
        == "Special Assistant to Prime Minister Imran Khan on Information and Broadcasting"
    )


def test_a_list_of_portfolios_with_a_comma_before_its_and():
    found = persons(
        "The interim Minister for Water, Sanitation, and Irrigation of Kenya, Peter Ochieng, met the Ambassador of "
        "Japan in Nairobi."
    )
    assert found["Peter Ochieng"] == ("Minister for Water, Sanitation, and Irrigation", "KEN")
    found = persons(
        "A meeting was held between the caretaker Minister for Energy, Power, and Petroleum of Nepal, Ram Bahadur "
        "Thapa, and the Ambassador of India."
    )
    assert found["Ram Bahadur Thapa"] == ("caretaker Minister for Energy, Power, and Petroleum", "NPL")


def test_a_body_s_unit_and_dotted_initials_in_the_office():
    found = persons(
        "Also present was the Head of the Kenyan Embassy's commercial section, Mr. Joseph Mutua, at the talks in "
        "Addis Ababa, Ethiopia."
    )
    assert found["Joseph Mutua"] == ("Head of the Kenyan Embassy's commercial section", "KEN")
    found = persons('"We will fight," said the president of the A.F.L.-C.I.O., Mary Dorsey, in Washington.')
    assert found["Mary Dorsey"][0] == "president of the A.F.L.-C.I.O."
