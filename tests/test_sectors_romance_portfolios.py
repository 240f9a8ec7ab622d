"""A minister's portfolio in Spanish, French or Portuguese after the minister's state in lower case ("la ministra
chilena de Comercio, Industria y Turismo", "le ministre sénégalais de l'Industrie") or after a listed portfolio with
its own small word ("des Mines, de l'Industrie et du Tourisme") names the office, as right after the office it does:
it reports no activity. Every sentence was written for these tests."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str) -> set[str]:
    return {h.sector for h in extract_sectors(text, language=language)}


@pytest.mark.parametrize(
    "text, language, absent",
    [
        ("La ministra chilena de Industria y Turismo recibió al embajador en Santiago.", "es", {"industry", "tourism"}),
        ("Le ministre sénégalais de l'Industrie a reçu l'ambassadeur du Japon.", "fr", {"industry"}),
        ("O ministro angolano da Saúde assinou o acordo com a delegação.", "pt", {"health"}),
        (
            "Le ministre des Mines, de l'Industrie et du Tourisme a reçu la délégation.",
            "fr",
            {"mining", "industry", "tourism"},
        ),
        ("El ministro peruano de Energía y Minas firmó el acuerdo con la delegación.", "es", {"energy", "mining"}),
    ],
)
def test_a_portfolio_after_the_ministers_state_names_the_office(text, language, absent):
    assert not absent & _sectors(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        # the cue in running text after the office's name still counts
        ("La ministra chilena de Comercio firmó un acuerdo sobre turismo con Perú.", "es", "tourism"),
        ("Le ministre sénégalais des Affaires étrangères a signé un accord sur l'industrie textile.", "fr", "industry"),
    ],
)
def test_a_cue_after_the_office_still_counts(text, language, sector):
    assert sector in _sectors(text, language)
