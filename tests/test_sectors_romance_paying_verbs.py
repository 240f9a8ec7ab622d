"""To finance as a verb in Spanish, French and Portuguese says who pays for a thing, as in English ("the fund will
finance a stadium"): no financial cooperation. Banking, loans and financial cooperation stay finance. Sentences
written for these tests; a bank that pays lends, which is finance."""

import pytest

from pipelines.extract.sectors import extract_sectors


def sectors(text: str, language: str) -> set[str]:
    return {hit.sector for hit in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    "text, language",
    [
        ("Suecia financiará la mitad del nuevo hospital de Tegucigalpa, según el acuerdo firmado.", "es"),
        ("La ampliación del puerto de Manta se financia con recursos propios, explicó el ministro.", "es"),
        ("Japón financió el estudio de factibilidad del acuerdo, dijo el canciller paraguayo.", "es"),
        ("El proyecto, financiado por Corea del Sur, fue firmado el martes en Asunción.", "es"),
        ("L'Allemagne financera la construction de trois écoles à Niamey, selon l'accord signé lundi.", "fr"),
        ("Le projet signé à Cotonou sera financé par le Koweït à hauteur de la moitié.", "fr"),
        ("A Noruega financiou a reforma das escolas de Maputo, segundo o acordo assinado.", "pt"),
        ("O Japão vai financiar a construção do hospital de Dili, conforme o acordo de cooperação.", "pt"),
        ("Os dois países assinaram um acordo para financiarem juntos a nova escola em Bissau.", "pt"),
    ],
)
def test_the_verb_to_finance_is_no_finance(text, language):
    assert "finance" not in sectors(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Ambos países firmaron un acuerdo de cooperación financiera y un préstamo de US$ 200 millones.", "es"),
        ("Les deux pays ont signé un accord de coopération dans le domaine de la finance islamique.", "fr"),
        ("O banco angolano e o BNDES assinaram um acordo de financiamento às exportações.", "pt"),
        ("El BID aprobó un crédito de US$ 50 millones para el sector financiero paraguayo.", "es"),
        # a bank that pays for a thing lends the money
        ("El banco regional podrá financiar hasta US$ 300 millones en obras de empresas uruguayas.", "es"),
        ("La banque marocaine s'est engagée à financer des PME gabonaises, selon l'accord signé.", "fr"),
        ("O Banco do Nordeste vai financiar a compra de tratores pelos agricultores cabo-verdianos.", "pt"),
        ("Según el convenio, el BID financiará el nuevo puente sobre el río Paraguay.", "es"),
        ("Segundo o acordo, o BNDES vai financiar a compra de ônibus para Acra.", "pt"),
    ],
)
def test_finance_as_a_noun_or_an_adjective_stays_finance(text, language):
    assert "finance" in sectors(text, language)
