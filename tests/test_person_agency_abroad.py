"""The home side of a national agency's report from abroad, on sentences written for these tests: when it marks
every side, the officials it leaves unmarked are the place's; at home, or for the corpus's own agency, nothing
changes."""

from pipelines.extract.actors import extract_actors


def countries(text):
    return {a.name: a.country for a in extract_actors(text) if a.actor_type == "person"}


def test_an_agency_abroad_that_marks_every_side_leaves_the_places_officials_unmarked():
    text = (
        "ACCRA, May 3 (Xinhua) -- Ghana and China on Friday signed a loan deal for a new highway.\n\n"
        "Ghana's Finance Minister Kwame Asante and Chinese Ambassador to Ghana Wu Peng signed the deal in Accra. "
        "Roads Minister Kofi Mensah, who attended the signing, said work would start in June."
    )
    assert countries(text)["Kofi Mensah"] == "GHA"
    text = (
        "LUSAKA, June 4 (Xinhua) -- Zambia and China agreed to expand trade.\n\nChinese Vice Minister Li Hua and "
        "Zambian Trade Minister Chipoka Mulenga met in Lusaka. Energy Minister Peter Kapala said Zambia would sell."
    )
    assert countries(text)["Peter Kapala"] == "ZMB"


def test_an_agency_at_home_keeps_its_own_side():
    text = (
        "BEIJING, June 4 (Xinhua) -- China and Zambia agreed to expand trade.\n\nChinese Vice Minister Li Hua and "
        "Zambian Trade Minister Chipoka Mulenga met in Beijing. Commerce Minister Wang Tao said China would buy."
    )
    assert countries(text)["Wang Tao"] == "CHN"
