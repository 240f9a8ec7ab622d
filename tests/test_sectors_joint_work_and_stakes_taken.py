"""Work done together is named with the prefix "co" ("a co-investment fund", "the co-production of films"), which is
no prefix that empties a cue as "non" does ("non-oil exports"); a share of an oil or gas licence taken (a working or
participating interest), a takeover or a buyout are investment. es/fr/pt: participación en el bloque, prise de
contrôle, tomada de controle. Every sentence was written for these tests, with names and places from every region."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        (
            "Temasek and the China Development Bank signed a memorandum on a $500 million co-investment fund.",
            "en",
            "investment",
        ),
        (
            "Mubadala and the Kazakh fund agreed a co-investment platform for Central Asian companies.",
            "en",
            "investment",
        ),
        ("Korea and Vietnam agreed on the co-production of films about their shared history.", "en", "culture"),
        ("The Chinese partner will take a 30 percent working interest in the block off Karachi.", "en", "investment"),
        ("ONGC Videsh acquired an additional participating interest in the Vietnamese gas block.", "en", "investment"),
        (
            "Gazprom completed the takeover of the Kyrgyz gas distributor, taking on debts of $40 million.",
            "en",
            "investment",
        ),
        ("The Qatari fund led the buyout of the Turkish retailer for $1 billion.", "en", "investment"),
        ("Repsol adquirirá una participación en el bloque 57 de Perú junto a la estatal.", "es", "investment"),
        ("Le groupe marocain a finalisé la prise de contrôle de la banque ivoirienne.", "fr", "investment"),
        (
            "A Sonangol concluiu a tomada de controle da distribuidora portuguesa por 300 milhões de euros.",
            "pt",
            "investment",
        ),
    ],
)
def test_joint_work_and_stakes_taken_count(text: str, language: str, sector: str) -> None:
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Aid to Afghanistan fell by $3 billion after the Taliban takeover in August, the donors said.",
        "Western aid worth $200 million was frozen after the military takeover in Niamey.",
    ],
)
def test_a_seizure_of_power_is_no_takeover_of_a_company(text: str) -> None:
    assert "investment" not in sectors_of(text)


def test_a_prefix_that_empties_the_cue_still_does() -> None:
    assert "energy" not in sectors_of("Non-oil exports from Oman to India rose to $3 billion last year.")
