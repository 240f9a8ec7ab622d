"""Two classes of names and senses. A Spanish, French or Portuguese company named by its trade, the trade first and then
its place ("Hidroeléctrica de Cahora Bassa", "Électricité de Guinée", "Siderúrgica del Orinoco"), is a company at work
in the trade's sector, as "X Construction Company" is in English. The word for energy after a measure of effort and
with no noun after it ("put a lot of energy into the campaign", "con mucha energía"), or of an event ("the energy of
the negotiations"), is the vigour of people at work, no energy sector. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        (
            "Portugal vendeu a participação que detinha na Hidroeléctrica de Cahora Bassa ao Estado moçambicano.",
            "pt",
            "energy",
        ),
        ("O acordo com a Electricidade de Moçambique foi assinado em Maputo pelo ministro português.", "pt", "energy"),
        ("La Siderúrgica del Orinoco firmó con la china Baosteel un acuerdo de suministro.", "es", "industry"),
        ("La Hidroeléctrica de Yacyretá recibirá un crédito del gobierno paraguayo y del argentino.", "es", "energy"),
        ("La Naviera del Pacífico abrirá una ruta entre Valparaíso y Shanghái con apoyo chino.", "es", "transport"),
        (
            "L'accord signé avec Électricité de Guinée prévoit la fourniture de 100 mégawatts par le Mali.",
            "fr",
            "energy",
        ),
        ("Le Sénégal et la Mauritanie ont reçu la délégation d'Électricité du Cameroun à Dakar.", "fr", "energy"),
        ("A Mineradora do Norte assinou com o grupo indiano um contrato de exportação.", "pt", "mining"),
    ],
)
def test_a_company_named_by_its_trade_first_is_at_work(text: str, language: str, sector: str) -> None:
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Opposition MPs in Nairobi have put a lot of energy into their campaign against the Chinese loan.", "en"),
        ("Air India's negotiators brought plenty of energy to the talks with the Emirati delegation.", "en"),
        ("Asked about the energy of the negotiations with Seoul, the Philippine envoy smiled.", "en"),
        ("The young Chilean trade minister showed boundless energy in Beijing, her hosts said.", "en"),
        ("El canciller peruano defendió con mucha energía el acuerdo ante el Congreso.", "es"),
        ("Le ministre ivoirien a mis beaucoup d'énergie dans les pourparlers avec le Ghana.", "fr"),
        ("A ministra cabo-verdiana elogiou a energia das negociações com Lisboa.", "pt"),
    ],
)
def test_energy_as_the_vigour_of_people_is_no_sector(text: str, language: str) -> None:
    assert "energy" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Kazakhstan agreed to send much energy to China through the new pipeline, the ministers said.", "en"),
        ("The two governments signed a memorandum on energy and mining cooperation in Astana.", "en"),
        ("Russia will supply fresh energy supplies to Serbia under the agreement signed on Monday.", "en"),
        ("Brasil y Paraguay firmaron un acuerdo de cooperación en energía renovable.", "es"),
        ("Le Maroc et la France ont signé un accord sur l'énergie solaire à Rabat.", "fr"),
    ],
)
def test_energy_as_a_sector_still_counts(text: str, language: str) -> None:
    assert "energy" in sectors_of(text, language)
