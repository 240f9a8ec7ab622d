"""Kind of a level that a forecast puts a figure at ("the finance ministry forecasts that foreign direct investment
will reach", "según las proyecciones del ministerio, las exportaciones llegarán a", "segundo previsão do Banco
Central, o investimento deve chegar a"): no one's goal, so other, as a level an estimate puts ahead is; a goal
set or an outlay planned ("agreed to raise trade to", "prevé aprobar", "prevê investir") keeps its kind, and so
do a target that the forecast itself names ("forecasts that the target of") and a party's own expectation ("el
gobierno prevé que el intercambio llegue a", as "Dhaka expects exports to reach"). Battery of 18 written sentences
(en/es/fr/pt): 7/18 before (every forecast read as a target or a level reported), 18/18 after. Every sentence
here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kind(text: str, language: str) -> str:
    found = extract_money(text, language=language)
    assert len(found) == 1, found
    return found[0].kind


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Zambian finance ministry forecasts that foreign direct investment will reach $3 billion in 2025.", "en"),
        (
            "According to central bank projections, inflows of foreign investment into Uruguay should climb to "
            "about $1.2 billion in 2025.",
            "en",
        ),
        ("The IMF projects that Ghana's exports to China will rise to $4 billion next year.", "en"),
        ("Analysts in Hanoi forecast two-way trade with South Korea to top $12 billion by 2027.", "en"),
        ("Officials predicted that Chinese investment in Serbian mining would climb to $2.5 billion in 2026.", "en"),
        (
            "El Banco Central de Paraguay pronostica que la inversión extranjera directa alcanzará los 5.000 "
            "millones de dólares este año.",
            "es",
        ),
        (
            "Según las proyecciones del Ministerio de Comercio, las exportaciones ecuatorianas a China llegarán a "
            "US$ 2.000 millones en 2026.",
            "es",
        ),
        ("Le FMI projette que les investissements chinois au Bénin atteindront 800 millions d'euros en 2026.", "fr"),
        (
            "Selon les prévisions de la banque centrale, les échanges entre le Maroc et l'Inde devraient atteindre "
            "2 milliards de dollars en 2025.",
            "fr",
        ),
        (
            "Segundo previsão do Banco de Moçambique, o investimento estrangeiro deve chegar a US$ 7 bilhões este ano.",
            "pt",
        ),
        ("O FMI projeta que as exportações angolanas para a Índia atinjam US$ 6 bilhões em 2026.", "pt"),
    ],
)
def test_a_level_a_forecast_puts_ahead_is_other(text: str, language: str) -> None:
    assert _kind(text, language) == "other"


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Both leaders agreed to raise bilateral trade to $5 billion by 2027.", "en", "target"),
        ("The ministry forecasts that the target of $6 billion in annual trade will be met by 2028.", "en", "target"),
        ("El BID prevé aprobar entre US$ 1.000 y 1.200 millones este año para Bolivia.", "es", "target"),
        ("A Vale prevê investir US$ 2 bilhões em Moçambique nos próximos cinco anos.", "pt", "commitment"),
        ("Les deux pays veulent porter leurs échanges à 1 milliard d'euros d'ici 2025.", "fr", "target"),
        ("Dhaka expects exports to Japan to reach US$ 1.5 billion in the current fiscal year.", "en", "target"),
        ("El gobierno chileno prevé que el intercambio con Corea llegue a 9.000 millones de dólares.", "es", "target"),
    ],
)
def test_a_goal_or_a_planned_outlay_keeps_its_kind(text: str, language: str, kind: str) -> None:
    assert _kind(text, language) == kind
