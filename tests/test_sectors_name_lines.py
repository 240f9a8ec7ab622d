"""A page's furniture that only names a body or an office reports no activity: a letterhead (in capitals too), a copy or
contact line, a signature's office, a desk's byline; nor does "IT" in a line written in capitals, nor a teaser of the
next issue. The same bodies named in the story's sentences still count. Every page was written for these tests."""

import pytest

from tests.sector_sets import sectors_of

_STORY = "The two ministers met in the capital on Monday and discussed the weather."


@pytest.mark.parametrize(
    "page, language, sector",
    [
        (f"REPÚBLICA DE ANGOLA\nMINISTÉRIO DA AGRICULTURA E PESCAS\n\n{_STORY}", "pt", "agriculture"),
        # an elided article in a letterhead in capitals is a small word of the name, the word after it a capital one
        (f"RÉPUBLIQUE DU NIGER\nMINISTÈRE DE L'AGRICULTURE ET DE L'ÉLEVAGE\n\n{_STORY}", "fr", "agriculture"),
        (f"MINISTÈRE DE L'ÉDUCATION NATIONALE ET DE L'ENSEIGNEMENT TECHNIQUE\n\n{_STORY}", "fr", "education"),
        (f"MINISTÈRE DE L'ÉNERGIE ET DU DÉVELOPPEMENT DES ÉNERGIES RENOUVELABLES\n\n{_STORY}", "fr", "energy"),
        (f"MINISTÈRE DE L'INDUSTRIE ET DU DÉVELOPPEMENT INDUSTRIEL\n\n{_STORY}", "fr", "industry"),
        (f"Tourism Development Authority\nPress release\n\n{_STORY}", "en", "tourism"),
        (f"To: The Stock Exchange\nCC: Financial Services Development Authority\n\n{_STORY}", "en", "finance"),
        (f"{_STORY}\n\nContact: Investment Promotion Office", "en", "investment"),
        (f"{_STORY}\n\nCorporate Communications and Investor Relations Department", "en", "investment"),
        (f"{_STORY}\n\nLe Ministre du Développement numérique,\nPorte-parole", "fr", "science_technology"),
        (f"BY THE ENERGY PROJECTS DESK\n\n{_STORY}", "en", "energy"),
        (f"NEW LOAN ARRIVES — WHAT IT MEANS FOR SMALL TOWNS\n\n{_STORY}", "en", "science_technology"),
        (f"{_STORY}\n\nNext week: the fisheries talks and the new cement tariffs.", "en", "agriculture"),
        (f"{_STORY}\nPróxima edição: as exportações de café em Santos.", "pt", "agriculture"),
    ],
)
def test_a_line_that_names_a_body_reports_no_activity(page, language, sector):
    assert sector not in sectors_of(page, language)


@pytest.mark.parametrize(
    "page, language, sector",
    [
        (
            "MINISTRY OF ENERGY\n\nThe two countries signed an agreement on Monday to build a 300 MW solar plant.",
            "en",
            "energy",
        ),
        ("The two sides agreed to expand cooperation in IT and cybersecurity next year.", "en", "science_technology"),
        # a headline in capitals that opens with an elided article is a sentence, no body's name
        ("L'ÉTAT INVESTIRA DANS L'ÉNERGIE SOLAIRE À THIÈS\n\nLe projet a été signé lundi.", "fr", "energy"),
        (
            "The Capital Markets Authority said on Monday that the two exchanges signed an agreement on joint listings"
            " and bank loans worth $200 million.",
            "en",
            "finance",
        ),
    ],
)
def test_the_story_still_reports_its_sectors(page, language, sector):
    assert sector in sectors_of(page, language)
