"""A second, fresh batch for the classes of this round: lower-case names closed by an acronym, a cue between two
places, bodies at work in their field, assistance given, names joined by "to", energy links built. Every sentence was
written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


@pytest.mark.parametrize(
    "text, language, sector, present",
    [
        (
            "Le Fonds africain de garantie et de coopération économique (FAGACE) a ouvert un bureau à Lomé.",
            "fr",
            "finance",
            False,
        ),
        ("O Fundo soberano de investimento (FSI) assinou um memorando com Luanda.", "pt", "investment", False),
        (
            "Selon l'Office national de l'électricité (ONE), les travaux démarreront en juin, et la coopération "
            "énergétique avec Nouakchott sera renforcée.",
            "fr",
            "energy",
            True,
        ),
        ("Ferries between Mombasa and Zanzibar resumed after a two-year pause.", "en", "transport", True),
        ("Freight trains between Chengdu and Lodz now take twelve days.", "en", "transport", True),
        ("The Qatar Investment Authority signed a deal for a stake in a Rwandan airline.", "en", "investment", True),
        (
            "Officials from the Uganda Investment Authority met Chinese developers in Kampala on Tuesday.",
            "en",
            "investment",
            True,
        ),
        ("The Asian Infrastructure Investment Bank approved a loan for a metro in Dhaka.", "en", "investment", False),
        ("A spokesman for the Ministry of Industry and Investment declined to comment.", "en", "investment", False),
        ("Tokyo said it would offer assistance to Tonga after the eruption.", "en", "humanitarian", True),
        ("The envoy presented an assistance programme for Timor-Leste to parliament.", "en", "humanitarian", True),
        ("He thanked Ankara for its assistance during the evacuation.", "en", "humanitarian", False),
        ("The Regional Programme to Support Fisheries will run until 2027.", "en", "agriculture", True),
        ("Both sides welcomed the Protocol Related to Tourism Cooperation.", "en", "tourism", True),
        ("The High Commissioner to Health Canada met the minister.", "en", "health", False),
        ("Anadolu University will open a branch campus in Baku this autumn.", "en", "education", True),
        ("Makerere University and a Korean partner signed an agreement on joint research.", "en", "education", True),
        ("Dr Chen, a professor of Fudan University, said the deal was balanced.", "en", "education", False),
        (
            "The lenders agreed to finance the Ethiopia-Kenya interconnector, the minister said.",
            "en",
            "infrastructure",
            True,
        ),
        ("Contractors began to build the oil pipeline to the port of Tanga in 2022.", "en", "infrastructure", True),
        ("El BID financiará la construcción del oleoducto entre ambos países.", "es", "infrastructure", True),
        ("Oil flowing through the Japanese-built pipeline reached a record.", "en", "infrastructure", False),
    ],
)
def test_second_batch(text: str, language: str, sector: str, present: bool) -> None:
    assert (sector in {h.sector for h in extract_sectors(text, language=language)}) is present
