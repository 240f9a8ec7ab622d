"""Organisation precision on sentences written for these tests: a section's or a column's label of two words joined
by `&` on a line of page furniture (after a masthead's bar or dash, before a trail's `>`, a unit in brackets after
an office) is no organisation, in every region's pages and in es/fr/pt; a firm that joins two names with `&` in
running text, or a known body on such a line, still is."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "label"),
    [
        (
            "HIMALAYAN BUSINESS WEEKLY — Money & Markets\nFriday, 4 March 2016\n\nRemittances rose by a tenth.",
            "en",
            "Money & Markets",
        ),
        (
            "University of Ruhuna | News & Events\n\nThe university signed a pact with Japan on Monday.",
            "en",
            "News & Events",
        ),
        (
            "Caribbean Shipping Review – Ports & Logistics\n\nCargo through Kingston rose by 8 percent.",
            "en",
            "Ports & Logistics",
        ),
        (
            "TEXTILE ASIA MONTHLY | Spinning & Sourcing\n\nSpinners in Dhaka will buy Uzbek cotton.",
            "en",
            "Spinning & Sourcing",
        ),
        (
            "Andes Mining Journal | Copper & Lithium\n\nChile and Bolivia agreed to share data.",
            "en",
            "Copper & Lithium",
        ),
        ("Gulf Energy Digest — Oil & Gas\n\nOman and India signed a supply deal on Sunday.", "en", "Oil & Gas"),
        ("Baltic Ports Review > Shipping & Trade\n\nCargo via Gdansk fell by a fifth.", "en", "Shipping & Trade"),
        (
            "Pacific Development Bank\nNews & Media > Press releases\n\nThe Board approved a loan to Fiji.",
            "en",
            "News & Media",
        ),
        (
            "Sahel Weekly | Culture & Society\n\nMali and Niger opened a school on the border.",
            "en",
            "Culture & Society",
        ),
        ("By order of the Authority\nSenior Assistant Director (Legal & Licensing)\n", "en", "Legal & Licensing"),
        (
            "Deputy Director (Research & Statistics)\n\nExports to Kenya rose by 12 percent.",
            "en",
            "Research & Statistics",
        ),
        (
            "SEMANÁRIO DE MAPUTO | Energia & Recursos\n\nMoçambique e Portugal assinaram um acordo.",
            "pt",
            "Energia & Recursos",
        ),
        ("Blog do Vicente – Economia & Mundo\n\nO Brasil e a Argentina fecharam um acordo.", "pt", "Economia & Mundo"),
        (
            "Diario del Pacífico | Política & Sociedad\n\nPerú y Chile firmaron un acuerdo el lunes.",
            "es",
            "Política & Sociedad",
        ),
        (
            "Revista Andina — Minería & Energía\n\nBolivia y Argentina firmaron un acuerdo de gas.",
            "es",
            "Minería & Energía",
        ),
        (
            "Le Quotidien de Dakar | Économie & Finances\n\nLe Sénégal et la France ont signé un accord.",
            "fr",
            "Économie & Finances",
        ),
        (
            "La Gazette d'Abidjan – Agriculture & Pêche\n\nLa Côte d'Ivoire et le Ghana ont signé un accord.",
            "fr",
            "Agriculture & Pêche",
        ),
    ],
)
def test_a_section_label_joined_by_ampersand_on_a_furniture_line_is_no_organization(text, language, label):
    assert label not in organizations(text, language)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Larsen & Toubro will build the metro line in Riyadh, the company said.", "Larsen & Toubro"),
        ("Procter & Gamble said it would invest $100 million in Nigeria.", "Procter & Gamble"),
        ("Home > Companies > Larsen & Toubro\n\nLarsen & Toubro won a contract in Oman.", "Larsen & Toubro"),
    ],
)
def test_a_firm_joining_two_names_with_ampersand_is_still_named(text, name):
    assert name in organizations(text)


def test_a_known_body_beside_a_section_label_is_still_named():
    text = "Nepal Rastra Bank | News & Notices\n\nRemittances from Qatar rose, the bank said."
    assert organizations(text) >= {"Nepal Rastra Bank"}
    assert "News & Notices" not in organizations(text)
