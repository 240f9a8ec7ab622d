"""A route whose works are improved, extended, widened or completed is works on a route in Spanish, French and
Portuguese, as "to improve rural roads", "extend the railway" or "completed the highway" are in English: transport and
infrastructure (`building_words` of sector_words.toml: mejorar, améliorer, melhorar, prolongar, achever, concluir,
alargar ...). A Portuguese motorway (`autoestrada`, `auto-estrada`) is a route as `autopista` and `autoroute` are.
Talks concluded on flights are no works. Every sentence was written for these tests, from every region."""

import pytest

from pipelines.extract.sectors import extract_sectors


def _sectors(text: str, language: str) -> set[str]:
    return {hit.sector for hit in extract_sectors(text, (), language)}


@pytest.mark.parametrize(
    "text, language",
    [
        ("China will improve rural roads in Laos under the agreement.", "en"),
        ("El BID financiará el mejoramiento de la carretera entre Cochabamba y Santa Cruz.", "es"),
        ("Corea mejorará la autopista que une San Salvador con el puerto de Acajutla.", "es"),
        ("La empresa española prolongará el ferrocarril hasta el puerto de Arica.", "es"),
        ("Turquía concluyó la autopista entre Lima y Huacho el año pasado.", "es"),
        ("La Chine améliorera les routes rurales du Niger dans le cadre de l'accord.", "fr"),
        ("L'entreprise prolongera le chemin de fer jusqu'au port de Kribi au Cameroun.", "fr"),
        ("La Turquie a achevé l'autoroute entre Dakar et Thiès pour 600 millions d'euros.", "fr"),
        ("L'achèvement de la route transsaharienne entre Alger et Lagos est prévu pour 2025.", "fr"),
        ("A China vai melhorar as estradas rurais de Angola ao abrigo do acordo.", "pt"),
        ("A empresa vai prolongar o caminho-de-ferro até ao porto de Nacala.", "pt"),
        ("A Turquia concluiu a autoestrada entre Luanda e Benguela em 2019.", "pt"),
        ("A auto-estrada entre Maputo e Namaacha será alargada pela empresa chinesa.", "pt"),
        ("O alargamento da estrada nacional entre Dili e Baucau custará 80 milhões de dólares.", "pt"),
    ],
)
def test_a_route_improved_extended_or_completed_is_works_on_a_route(text, language):
    assert {"transport", "infrastructure"} <= _sectors(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Les deux pays ont conclu un accord sur les vols entre Dakar et Paris.", "fr"),
        ("Los dos países concluyeron las negociaciones sobre los vuelos entre Lima y Madrid.", "es"),
        ("Os dois países concluíram um acordo de transporte marítimo entre Luanda e Lisboa.", "pt"),
    ],
)
def test_talks_concluded_on_a_route_are_no_works(text, language):
    assert "infrastructure" not in _sectors(text, language)
