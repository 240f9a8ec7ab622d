"""Money kind of the figure a source, donor, investor or partner is ranked by ("Saudi Arabia remained the largest
source, with $540 million, followed by the UAE at $310 million") and of a share of a whole ("textiles accounted for
$312 million of exports"): a figure reported, actual; a rank with a verb of giving, a running total since a year and
a rank ahead keep their kind. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Oman remained the largest source of remittances, with $410 million in April, followed by Kuwait at "
            "$260 million and Bahrain at $120 million.",
            "en",
        ),
        (
            "Mauritius was the largest source of FDI at US$3.4 billion, followed by Singapore (US$2.9 billion) "
            "and the Netherlands (US$1.1 billion).",
            "en",
        ),
        ("Norway stayed the biggest donor to the trust fund with NOK 900 million paid in.", "en"),
        ("Brazil became Angola's second-largest supplier last year, with exports of $1.9 billion.", "en"),
        ("Germany is Poland's leading trading partner, with turnover of €160 billion in 2023.", "en"),
        ("Coffee accounted for about $1.4 billion of Uganda's exports in the fiscal year.", "en"),
        ("Spare parts and tyres accounted for KSh 12 billion of the imports from Japan.", "en"),
        ("Los Países Bajos fueron el mayor inversor extranjero en Colombia, con 2.100 millones de dólares.", "es"),
        ("Chile fue el principal destino de las ventas peruanas, seguido de China, con 900 millones de dólares.", "es"),
        ("Les ventes de cacao représentaient 2 milliards d'euros des exportations ivoiriennes en 2023.", "fr"),
        ("Le Japon reste le premier bailleur du Cambodge avec 300 millions de dollars en 2022.", "fr"),
        ("Portugal foi o maior investidor estrangeiro em Cabo Verde, com 120 milhões de euros em 2022.", "pt"),
        ("As vendas de soja representaram US$ 3 bilhões das exportações do Paraguai para o Brasil.", "pt"),
    ],
)
def test_a_figure_a_source_is_ranked_by_is_reported(text, language):
    kinds = _kinds(text, language)
    assert kinds and set(kinds) == {"actual"}


@pytest.mark.parametrize(
    "text, language, kind",
    [
        ("Japan, Laos's largest donor, committed $90 million over five years to rural roads.", "en", "commitment"),
        ("The EU remains Moldova's largest donor, with €1.1 billion in grants since 2007.", "en", "commitment"),
        ("Egypt secured its largest ever loan package, at $12 billion, from the IMF.", "en", "commitment"),
        ("Qatar will become the largest investor in the zone, with $5 billion by 2030.", "en", "other"),
    ],
)
def test_a_pledge_a_running_total_or_a_rank_ahead_keeps_its_kind(text, language, kind):
    assert _kinds(text, language) == [kind]
