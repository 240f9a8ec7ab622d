"""A minister's portfolio in Spanish, French or Portuguese after the minister's state in lower case ("la ministra
chilena de Comercio, Industria y Turismo", "le ministre sénégalais de l'Industrie") or after a listed portfolio with
its own small word ("des Mines, de l'Industrie et du Tourisme") names the office, as right after the office it does:
it reports no activity. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


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
    assert not absent & sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        # the cue in running text after the office's name still counts
        ("La ministra chilena de Comercio firmó un acuerdo sobre turismo con Perú.", "es", "tourism"),
        ("Le ministre sénégalais des Affaires étrangères a signé un accord sur l'industrie textile.", "fr", "industry"),
    ],
)
def test_a_cue_after_the_office_still_counts(text, language, sector):
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, absent",
    [
        # a portfolio's adjectives follow its noun in lower case, and are words of the office's name
        ("La ministre de la Transformation numérique a signé un accord avec le Rwanda.", "fr", {"science_technology"}),
        ("Le ministre de l'Économie maritime et de la Pêche a reçu l'ambassadeur.", "fr", {"transport"}),
        (
            "Le ministre du Commerce et de la Souveraineté industrielle et numérique a signé un accord.",
            "fr",
            {"industry", "science_technology"},
        ),
        ("La secretaria de Desarrollo agrícola recibió a la delegación de Honduras.", "es", {"agriculture"}),
        ("O ministro da Economia marítima assinou o acordo com a delegação.", "pt", {"transport"}),
    ],
)
def test_a_portfolios_lower_case_adjective_names_the_office(text, language, absent):
    assert not absent & sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        # the same adjectives in running text, or after a minister's name, are the work of the sides
        ("Les deux pays ont signé un accord de coopération industrielle et numérique.", "fr", "industry"),
        ("Le ministre de l'Économie, Amadou Diallo, a signé un accord sur la pêche industrielle.", "fr", "industry"),
        ("Los dos gobiernos firmaron un acuerdo de cooperación agrícola en Tegucigalpa.", "es", "agriculture"),
    ],
)
def test_the_same_adjectives_in_running_text_still_count(text, language, sector):
    assert sector in sectors_of(text, language)
