"""A currency letter several states' currencies share (`P` the Philippine peso and the Botswana pula, `K` the
kwacha of Zambia and Malawi, the kina, the kyat) counts a report's own figures when the article names one of those
states: that state is the report's home, and the officials it leaves unqualified serve it. Sentences written for
these tests."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.report_home import counting_state


def country(text: str, name: str) -> str | None:
    return next(a.country for a in extract_actors(text) if a.name == name)


HOME_BY_A_SHARED_LETTER = [
    (
        "Korea will lend the Philippines $400 million for a railway, and Korean contractors will build it. Korea "
        "is the third largest lender. Budget Secretary Amelia Santos said the line would cost P54 billion and that "
        "P3.2 billion had been set aside for land.",
        "Amelia Santos",
        "PHL",
    ),
    (
        "China Exim Bank signed a loan with Botswana for the Morupule line. China also funds roads. Finance Minister "
        "Tebogo Kgosi said the line would cost P2.1 billion, and that P300 million would go to substations.",
        "Tebogo Kgosi",
        "BWA",
    ),
    (
        "India and Zambia agreed to build a solar plant near Ndola. India has built three such plants. Energy "
        "Minister Chanda Mulenga said the plant would cost K1.4 billion and that K250 million would go to lines.",
        "Chanda Mulenga",
        "ZMB",
    ),
    (
        "Australia and Papua New Guinea opened talks on a port. Australian engineers surveyed the site. Treasurer "
        "Ian Wari said the port would cost K900 million and that K120 million was already in the budget.",
        "Ian Wari",
        "PNG",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), HOME_BY_A_SHARED_LETTER)
def test_the_one_named_state_of_a_shared_currency_letter_is_home(text, name, state):
    assert country(text, name) == state


def test_a_shared_letter_decides_nothing_when_the_article_names_none_or_several_of_its_states():
    figures = "The plan would cost P54 billion, and P3.2 billion was set aside for land."
    assert counting_state("Japan signed the loan. " + figures) is None
    assert counting_state("The Philippines and Botswana signed the loan. " + figures) is None
    assert counting_state("The Philippines signed the loan. " + figures) == "PHL"


def test_a_figure_in_a_sentence_naming_its_state_and_a_letter_without_a_scale_count_nothing():
    assert counting_state("The Philippines got P54 billion. Zambia named the P5 group in its P3 report.") is None
