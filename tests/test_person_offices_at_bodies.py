"""A person's office and state from the body they serve and the side they are listed on, on sentences written for
these tests: an office after a body named after the name, a body named again ("the bank's"), a list that turns
to the other side, offices and states said in French and Spanish, portfolios of several words; and the home
state of a report from its byline, its signatories' lines and the envoys it meets at home."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: (a.role, a.country) for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_an_office_at_a_body_named_after_the_name_is_of_the_body():
    text = "The loan was signed in Baku by Finance Minister Samir Aliyev and Lena Maretti, ADB Director for Transport."
    assert persons(text)["Lena Maretti"] == ("Director for Transport", None)
    text = '"The reform will pay off," said Jonas Bergqvist, World Bank Country Director for Kenya.'
    assert persons(text) == {"Jonas Bergqvist": ("Country Director", None)}
    text = '"These deals matter," said Amin H. Nasser, Aramco President and CEO, in Beijing.'
    assert persons(text) == {"Amin H. Nasser": ("President and CEO", "SAU")}
    assert persons("The statement was issued by Maria Lopes, EU Ambassador to Ghana.") == {
        "Maria Lopes": ("Ambassador", "EUU")
    }


def test_the_body_a_noun_names_again_is_the_sentences_subject_or_the_last_one_named():
    text = "The World Bank will lend $50 million to Ghana, the bank's Country Manager Pierre Laporte said on Friday."
    assert persons(text) == {"Pierre Laporte": ("Country Manager", None)}
    text = (
        "The Central Bank of Nigeria signed the swap. The bank's acting director of corporate affairs, Ada Obi, spoke."
    )
    assert persons(text) == {"Ada Obi": ("acting director of corporate affairs", "NGA")}


def test_a_list_that_turns_to_the_other_side():
    text = (
        "The talks were attended by Minister of State Ahmed Al Sayegh and, from the Kenyan side, Foreign Minister "
        "Alfred Mutua. Kenya and the UAE signed deals in Kenya."
    )
    assert persons(text) == {
        "Ahmed Al Sayegh": ("Minister of State", "ARE"),
        "Alfred Mutua": ("Foreign Minister", "KEN"),
    }


def test_portfolios_of_several_words_and_a_minister_responsible_for_one():
    text = "The agreement was signed by Kenya's Minister of Electricity and Renewable Energy Peter Kamau in Nairobi."
    assert persons(text) == {"Peter Kamau": ("Minister of Electricity and Renewable Energy", "KEN")}
    text = "UK Business and Trade Secretary Kemi Adeyemi said the talks with India went well."
    assert persons(text) == {"Kemi Adeyemi": ("Business and Trade Secretary", "GBR")}
    text = "Ali Sultan bin Rashid Al Harthy, Minister Responsible for Defence Affairs, attended the ceremony in Oman."
    assert persons(text) == {"Ali Sultan bin Rashid Al Harthy": ("Minister Responsible for Defence Affairs", "OMN")}
    text = "The meeting was attended by H.H. Sheikh Saif bin Zayed Al Nahyan, National Security Advisor."
    assert persons(text)["Saif bin Zayed Al Nahyan"][0] == "National Security Advisor"


def test_romance_offices_name_a_state_in_english_spelling_and_none_at_an_international_body():
    text = "Le ministre Jean Kouassi a signé l'accord avec l'ambassadeur de France, Pierre Martin, à Dakar."
    assert persons(text, "fr")["Pierre Martin"] == ("ambassadeur", "FRA")
    text = "Il a signé devant la directrice des opérations de la Banque mondiale pour le Sénégal, Marie Dubois."
    assert persons(text, "fr")["Marie Dubois"] == ("directrice", None)
    text = "Miguel Pesce agradeció al embajador chino en Buenos Aires, Zou Xiaoli, el apoyo de Pekín."
    assert persons(text, "es")["Zou Xiaoli"] == ("embajador", "CHN")


def test_a_bylines_place_gives_the_home_state():
    text = (
        "Naira swap deal sealed\n\nBy Ngozi Okafor, Abuja\n\nThe central banks of Nigeria and China signed a "
        "swap. Central bank spokesman Musa Bello said China and China's banks would gain, and China agreed."
    )
    assert persons(text)["Musa Bello"][1] == "NGA"


def test_signatories_on_lines_one_under_the_other_serve_one_state():
    text = (
        "Joint media release\n\nThe Hon Kevin Rudd MP, Prime Minister\nSenator the Hon Maria Kovac, Minister for "
        "Trade\n\nFiji and Australia signed a pact in Fiji. Fiji will host talks; Fiji's leaders agreed."
    )
    assert persons(text)["Maria Kovac"] == ("Minister for Trade", "AUS")


def test_an_envoy_in_a_report_from_the_home_capital_is_the_other_sides():
    text = (
        "NAIROBI, May 2 - Kenya and Japan signed a loan. Treasury Secretary John Mbadi and Ambassador Ken "
        "Okaniwa signed the notes. Japan will fund the road; Kenya thanked Japan."
    )
    assert persons(text) == {"John Mbadi": ("Treasury Secretary", "KEN"), "Ken Okaniwa": ("Ambassador", "JPN")}


def test_an_office_between_a_place_and_a_name_is_the_names():
    text = "USAID funds farmers in Eastern Samar, embassy spokesperson Rohan Mehta said. The US and Manila agreed."
    assert persons(text) == {"Rohan Mehta": ("spokesperson", "USA")}


def test_two_heads_of_state_listed_together_serve_two_states():
    text = (
        "The deal was witnessed by Nigerian President Bola Adeyemi and King Abdullah Hashem, who spoke in Abuja. "
        "Nigeria will build the plant with Jordan and Nigeria will pay."
    )
    assert persons(text) == {"Bola Adeyemi": ("President", "NGA"), "Abdullah Hashem": ("King", "JOR")}
