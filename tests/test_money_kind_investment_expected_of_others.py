"""Kind of investment that others are expected to put in ("Japanese firms are expected to invest about RM2.3
billion this year", "the board expected Australian companies to pour in another", "se espera que los fondos
árabes inviertan", "s'attend à ce que les entreprises investissent", "espera que as empresas invistam"): a
forecast of a flow, other, not anyone's plan or goal; an investor's own expected outlay ("the fund expects to
invest", "prevé invertir"), a request ("asked Japan to invest"), deals expected to be signed and a lender's
expected lending stay targets. Battery of 14 written sentences (en/es/fr/pt): 6/14 before, 14/14 after. Every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kind_and_subject(text: str, language: str) -> tuple[str, str]:
    found = extract_money(text, language=language)
    assert len(found) == 1, found
    return found[0].kind, found[0].subject


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Korean companies are expected to invest about $1.4 billion in Uzbek textiles this year, a minister said.",
            "en",
        ),
        ("Gulf investors were expected to invest some AED 3 billion in Kenyan farmland over the year.", "en"),
        (
            "The Board of Investment said it expected Thai companies to pour in another 20 billion kyat in the "
            "first half of next year.",
            "en",
        ),
        ("Ghana's investment centre expects Chinese firms to invest $800 million in the free zones in 2026.", "en"),
        (
            "El ministerio espera que las empresas chinas inviertan unos 2.000 millones de dólares en Bolivia.",
            "es",
        ),
        ("Se espera que los fondos árabes inviertan 500 millones de dólares en Uruguay en 2025.", "es"),
        (
            "Le gouvernement s'attend à ce que les entreprises turques investissent 500 millions d'euros au Niger "
            "cette année.",
            "fr",
        ),
        ("O governo moçambicano espera que as empresas chinesas invistam US$ 3 bilhões este ano.", "pt"),
    ],
)
def test_investment_others_are_expected_to_make_is_a_forecast(text: str, language: str) -> None:
    assert _kind_and_subject(text, language) == ("other", "investment")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Kuwaiti fund expects to invest $2 billion in Egyptian ports next year.", "en"),
        ("Cairo asked Japan to invest $5 billion in the canal zone.", "en"),
        ("Chinese firms are expected to sign deals worth Tk 1,800 crore at the Dhaka seminar.", "en"),
        ("The Asian Development Bank expects to lend about US$13 billion to its Pacific members in 2026.", "en"),
        ("El fondo soberano noruego espera invertir 300 millones de dólares en Chile.", "es"),
        ("A Vale espera investir US$ 2 bilhões em Moçambique.", "pt"),
    ],
)
def test_an_outlay_planned_or_asked_for_stays_a_target(text: str, language: str) -> None:
    assert _kind_and_subject(text, language)[0] == "target"
