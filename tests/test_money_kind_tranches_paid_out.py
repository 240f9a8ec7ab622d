"""Kind of money a passive of the past says was paid out: a tranche, an instalment or a part of a loan or a grant that
has been disbursed, released, paid, received, transferred or drawn is money that has moved, a figure reported (actual).
The class is the passive as a grammar, in every auxiliary chain it takes, before the figure or after it (a comma or
what the figure is a part of between: "of it", "of the bank's credit"): perfect auxiliaries and marks of a count up
to now around a passive auxiliary, then a participle ("was disbursed", "had been drawn", "has so far been paid", "of
it has been disbursed", "fue desembolsada", "ya han sido transferidos", "a déjà été décaissée", "havia sido
desembolsada", "já tinha sido liberada"), and a bare participle right after the figure in any gender and number
("déjà versée", "desembolsada"). A passive to come ("will be disbursed", "se desembolsará", "sera versée", "será
desembolsada"), a schedule, and the whole a part of which was paid ("a $500 million credit, of which") stay committed.
Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        ("A first instalment of 2 billion naira was released in January.", "en", ["actual"]),
        (
            "The Kuwait Fund approved a KD 15 million loan for the road, and KD 4 million of it has been disbursed.",
            "en",
            ["commitment", "actual"],
        ),
        ("Roughly ¥20 billion had been drawn by the end of September, mostly for land acquisition.", "en", ["actual"]),
        ("Some A$35 million has so far been paid to contractors on the Fiji wharf.", "en", ["actual"]),
        (
            "The second tranche, Tk 900 crore, had already been drawn down by the Dhaka metro authority.",
            "en",
            ["actual"],
        ),
        ("Of the grant, about $18 million was paid to Haitian schools before the rains.", "en", ["actual"]),
        (
            "Only 140 million lari of the Asian Development Bank credit has been transferred to Tbilisi.",
            "en",
            ["actual"],
        ),
        ("La primera cuota, de 45 millones de dólares, fue desembolsada en abril.", "es", ["actual"]),
        ("Del crédito andino, 60 millones de dólares ya han sido transferidos a Quito.", "es", ["actual"]),
        ("Una parte, 12 millones de euros, se ha liberado para los damnificados de Valencia.", "es", ["actual"]),
        ("Une deuxième tranche de 5 milliards de francs CFA a déjà été décaissée.", "fr", ["actual"]),
        (
            "Le fonds apporte 9 milliards de francs CFA, dont une première tranche de 2 milliards déjà versée.",
            "fr",
            ["commitment", "actual"],
        ),
        ("Sur le prêt, 40 millions d'euros avaient été débloqués pour les écoles de Sfax.", "fr", ["actual"]),
        ("A primeira parcela, de US$ 30 milhões, foi desembolsada em fevereiro.", "pt", ["actual"]),
        ("Uma parcela de 12 milhões de euros já tinha sido liberada para Bissau.", "pt", ["actual"]),
        ("Do crédito chinês, 250 milhões de dólares haviam sido recebidos por Luanda até março.", "pt", ["actual"]),
    ],
)
def test_money_a_passive_of_the_past_pays_out_is_reported(text, language, kinds):
    assert _kinds(text, language) == kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The second tranche of $500 million will be disbursed after the next review.", "en"),
        ("The Bank approved a $300 million loan, to be disbursed in three tranches.", "en"),
        ("A further $75 million is to be released to Kiribati once the audit is done.", "en"),
        ("El segundo tramo, de 300 millones de dólares, se desembolsará en diciembre.", "es"),
        ("La dernière tranche de 40 millions d'euros sera versée en 2025.", "fr"),
        ("A segunda parcela, de US$ 50 milhões, será desembolsada no próximo ano.", "pt"),
        ("Seoul approved a $700 million credit of which only a small part has been disbursed.", "en"),
        ("El BCIE aprobó un préstamo de 90 millones de dólares de los cuales se han desembolsado pocos fondos.", "es"),
    ],
)
def test_money_a_passive_to_come_stays_committed(text, language):
    assert _kinds(text, language) == ["commitment"]
