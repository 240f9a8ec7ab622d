"""The exchanges between two states ("les échanges", "el intercambio", "o intercâmbio") are their trade where the
sentence gives their sum, as English "trade" with a figure; without a sum they are any exchange (of views, students,
culture). Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les échanges entre le Gabon et l'Égypte ont atteint 640 millions de dollars l'an dernier."),
        ("fr", "Le volume des échanges entre Dakar et Ankara s'est établi à 410 millions d'euros en 2019."),
        ("fr", "Les deux pays visent des échanges de 3 milliards de dollars d'ici 2027, contre 1,8 milliard."),
        ("fr", "Selon les douanes, les échanges bilatéraux ont reculé à 95 milliards de francs CFA."),
        ("fr", "La Tunisie et le Vietnam veulent porter leurs échanges à 500 millions de dinars."),
        ("es", "El intercambio entre Paraguay y Taiwán sumó 210 millones de dólares en 2021."),
        ("es", "El intercambio bilateral con Corea del Sur alcanzó 1.300 millones de dólares."),
        ("es", "Perú y Marruecos aspiran a que sus intercambios lleguen a 400 millones de euros."),
        ("es", "Según la cancillería, el intercambio con Indonesia cayó a 780 millones de dólares."),
        ("pt", "O intercâmbio entre Angola e a Índia somou 4,2 bilhões de dólares no ano passado."),
        ("pt", "O intercâmbio bilateral com a Nigéria atingiu 900 milhões de dólares em 2018."),
        ("pt", "Moçambique e o Vietname pretendem elevar os intercâmbios a mil milhões de dólares."),
    ],
)
def test_exchanges_with_a_sum_are_trade(language: str, text: str) -> None:
    assert "trade" in sectors_of(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les deux ministres ont eu des échanges fructueux sur la situation au Sahel."),
        ("fr", "Les échanges entre les deux délégations se sont poursuivis jusqu'au soir."),
        ("es", "Los cancilleres realizaron un intercambio de opiniones sobre la región andina."),
        ("es", "El intercambio de experiencias entre ambas academias diplomáticas fue cordial."),
        ("pt", "Os dois presidentes tiveram um intercâmbio franco sobre a crise na região."),
        ("pt", "O intercâmbio entre as duas escolas de diplomacia começa em março."),
    ],
)
def test_exchanges_without_a_sum_are_no_trade(language: str, text: str) -> None:
    assert "trade" not in sectors_of(text, language)
