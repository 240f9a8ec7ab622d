"""A generic body named alone on a letterhead line whose line before or after is its state's name (formal or short,
in capitals or not, in English, Spanish, French or Portuguese) is that state's body: sentences and letterheads
written for these tests, from every region. A body in running text, or a line that is no state's name beside it,
takes no state from there."""

import pytest

from pipelines.runtime.identities import _letterhead_state


def state_of(text, name):
    start = text.index(name)
    return _letterhead_state(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "Ministry of Foreign Affairs and Expatriates\nHashemite Kingdom of Jordan\nPRESS RELEASE\n",
            "Ministry of Foreign Affairs and Expatriates",
            "JOR",
        ),
        (
            "DEPARTMENT OF FOREIGN AFFAIRS\nRepublic of the Philippines\n\nPRESS RELEASE",
            "DEPARTMENT OF FOREIGN AFFAIRS",
            "PHL",
        ),
        ("REPUBLIC OF KENYA\nTHE NATIONAL TREASURY\n\nBudget statement for 2014/15", "NATIONAL TREASURY", "KEN"),
        ("Sultanate of Oman\nMinistry of Commerce and Industry\nNews", "Ministry of Commerce and Industry", "OMN"),
        (
            "Ministry of Finance\nFederal Republic of Nigeria\n\nFGN signs loan with China Exim",
            "Ministry of Finance",
            "NGA",
        ),
        (
            "Kingdom of Cambodia\nCouncil of Ministers\n\nThe Royal Government approved the loan.",
            "Council of Ministers",
            "KHM",
        ),
        ("Ministry of Energy\nRepublic of Uzbekistan\n\nTashkent, 3 May 2021", "Ministry of Energy", "UZB"),
        (
            "Mongolia\nMinistry of Mining and Heavy Industry\n\nUlaanbaatar, 12 June 2020",
            "Ministry of Mining and Heavy Industry",
            "MNG",
        ),
        (
            "République du Sénégal\nMinistère de l'Économie, du Plan et de la Coopération\n",
            "Ministère de l'Économie, du Plan et de la Coopération",
            "SEN",
        ),
        (
            "República de Colombia\nMinisterio de Comercio, Industria y Turismo\n",
            "Ministerio de Comercio, Industria y Turismo",
            "COL",
        ),
        (
            "Ministério da Economia e Finanças\nRepública de Moçambique\n\nMaputo, 5 de Março",
            "Ministério da Economia e Finanças",
            "MOZ",
        ),
    ],
)
def test_a_body_on_a_letterhead_beside_its_states_name_is_that_states(text, name, state):
    assert state_of(text, name) == state


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ministry of Finance said Japan would lend more.\nKenya\n", "Ministry of Finance"),
        ("Ministry of Finance\nPress release: Kenya and Japan sign loan\n", "Ministry of Finance"),
        ("Ghana\nThe Finance Ministry said on Monday that the loan was signed.", "Finance Ministry"),
        ("Department of Transportation\n\nManila, 4 June 2015", "Department of Transportation"),
    ],
)
def test_a_body_in_running_text_or_beside_no_states_name_takes_no_state_from_there(text, name):
    assert state_of(text, name) is None
