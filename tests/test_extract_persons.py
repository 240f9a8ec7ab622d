"""Persons, their office and the state they serve, on sentences written for these tests (traps included)."""

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.report_home import dateline_countries
from tests.conftest import assert_knowledge_csv


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_demonym_and_alias_tables_have_a_state_per_unique_word():
    assert_knowledge_csv("demonyms.csv", ["alpha3", "demonym"], ["demonym"])
    assert_knowledge_csv("country_aliases.csv", ["alpha3", "alias"], ["alias"])


def test_demonyms_of_smaller_states_name_the_state():
    found = persons(
        "Lithuanian Foreign Minister Karl Ostas met Senegalese President Awa Ndiaye and PNG Prime Minister Tom Kaupa."
    )
    assert found == {
        "Karl Ostas": ("Foreign Minister", "LTU"),
        "Awa Ndiaye": ("President", "SEN"),
        "Tom Kaupa": ("Prime Minister", "PNG"),
    }


def test_an_official_of_an_international_body_serves_no_state():
    found = persons(
        "UN Secretary-General Marta Rivas spoke first. African Union Commission Chairperson Idris Moussa met "
        "Pakistan's Foreign Minister Bilal Shah. Leo Chen, Secretary General of the Shanghai Cooperation "
        "Organization, spoke too."
    )
    assert found["Marta Rivas"] == ("Secretary-General", None)
    assert found["Idris Moussa"] == ("Chairperson", None)
    assert found["Leo Chen"] == ("Secretary General", None)
    assert found["Bilal Shah"] == ("Foreign Minister", "PAK")


def test_the_dateline_gives_the_home_state_its_agency_first():
    assert dateline_countries("Talks end\nKATHMANDU, May 3 (ANI): Officials met.") == ("IND", "NPL")
    assert dateline_countries(" date 2022-01-02 ASTANA – Officials met.") == (None, "KAZ")
    assert dateline_countries("Pakistan, Nepal agree on trade\nThe officials met.") == ()
    found = persons(
        "Talks end\nKATHMANDU, May 3 (ANI): Foreign Secretary Ravi Menon met officials in Nepal. "
        "India and Nepal agreed; Nepal will host the next round. Pakistan was not there."
    )
    assert found["Ravi Menon"] == ("Foreign Secretary", "IND")
    found = persons(
        "ASTANA – Deputy Prime Minister Arman Sadykov chaired the commission with Pakistan in Islamabad. "
        "Pakistan and Kazakhstan signed nine documents."
    )
    assert found["Arman Sadykov"] == ("Deputy Prime Minister", "KAZ")


def test_an_article_about_other_states_gives_an_unqualified_official_the_most_named_one():
    found = persons("Foreign Minister Ali Raza said Chile and Peru agreed. Chile will host the next round.")
    assert found == {"Ali Raza": ("Foreign Minister", "CHL")}


def test_a_counterpart_of_a_state_named_by_its_name():
    found = persons("Foreign Secretary Ravi Menon met his Nepal counterpart Hari Thapa in Kathmandu. India agreed.")
    assert found["Hari Thapa"] == ("Foreign Secretary", "NPL")


def test_a_lower_case_office_before_a_name():
    found = persons(
        "Japanese trade minister Kenji Sato told reporters that Nepal foreign minister Sita Rai Sharma agreed, "
        "while the ministry's spokesperson Jane Roe declined to comment. Japan signed it; Japan will pay."
    )
    assert found == {
        "Kenji Sato": ("trade minister", "JPN"),
        "Sita Rai Sharma": ("foreign minister", "NPL"),
        "Jane Roe": ("spokesperson", "JPN"),  # the article's most named state
    }


def test_an_apposition_after_a_name_keeps_its_office_from_the_next_name():
    found = persons(
        "Ann Lee, the newly elected president of Israel, Omar Saleh, the trade minister of Jordan, met. "
        "external affairs minister of Israel, Mr. Dan Levi had visited Jordan."
    )
    assert found["Dan Levi"] == ("external affairs minister", "ISR")
    assert found["Omar Saleh"] == ("trade minister", "JOR")


def test_a_side_led_by_a_person_gives_the_state():
    found = persons(
        "The talks were held in Islamabad. The Egyptian side was led by Minister Omar Fathy, while "
        "Pakistan was represented by Minister Ali Raza. Egypt and Pakistan agreed."
    )
    assert found["Omar Fathy"] == ("Minister", "EGY")
    assert found["Ali Raza"] == ("Minister", "PAK")


def test_honorific_chains_stay_out_of_the_name_and_keep_the_person():
    found = persons(
        "Prime Minister Datuk Seri Amir Hamzah met Foreign Affairs Minister Hon. Peter Kila. "
        "His Highness Sheikh Saif bin Rashid Al Nuaimi received Mr. Ken Tanaka. Mr President and Rt. Hon. PM "
        "thanked them."
    )
    assert found["Amir Hamzah"][0] == "Prime Minister"
    assert found["Peter Kila"][0] == "Foreign Affairs Minister"
    assert "Saif bin Rashid Al Nuaimi" in found
    assert "Ken Tanaka" in found
    assert "President" not in found and "PM" not in found
    assert "Davis" not in persons("A fine report.\nPosted by: Mrs. Davis 2005-04-29")


def test_a_known_leader_keeps_their_state_and_a_family_name_first_is_the_surname():
    found = persons(
        "Thanks to you, President Hu. China and New Zealand signed. On Monday Ramaphosa and Bolsonaro "
        "spoke about Brazil, and Brazil agreed."
    )
    assert found["Hu"] == ("President", "CHN")
    assert found["Ramaphosa"] == ("President", "ZAF")
    assert found["Bolsonaro"] == ("President", "BRA")


def test_a_common_surname_alone_is_not_a_leader():
    found = persons("Ahmed said the plan was ready. Pakistan and Ethiopia agreed.")
    assert "Ahmed" not in found


def test_a_leaders_one_word_alias_is_the_leader_named_in_full():
    found = persons("Prime Minister Pushpa Kamal Dahal spoke. Later Prachanda said Nepal and India agreed.")
    assert list(found) == ["Pushpa Kamal Dahal"]


def test_a_plural_office_or_a_rank_alone_is_no_person():
    found = persons(
        "The delegation thanked the Prime Minister, Ministers and community leaders for a warm welcome. "
        "Major General Ahmed Rana of Pakistan attended; Presidents and Ambassadors sent greetings."
    )
    assert "Ministers" not in found and "Presidents" not in found and "Major" not in found
    assert "Ahmed Rana" in found
