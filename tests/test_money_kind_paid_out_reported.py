"""Kind of money paid out, handed over or arrived before now: a figure reported (actual), not money pledged.
The class: a bare participle of paying out right after the figure ("and some $120 million disbursed"), a past
verb of transferring or paying out that governs it ("had transferred the first €2.1 billion", "desembolsó ... en
marzo"), money that arrived ("another $500 million arrived"), and a total of payouts a verb brings a figure to,
whatever figure the programme's name holds ("bringing disbursements under the $3 billion programme to $1.8
billion", "drawdowns came to"). A sum to be paid, a schedule ("disbursed over three years"), the tranche of a loan
received and the programme's own size stay committed. Every sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        (
            "Agreements worth $900 million have been signed and some $120 million disbursed, the ministry said.",
            "en",
            ["commitment", "actual"],
        ),
        ("Actual drawdowns in the July-September quarter came to just $45 million.", "en", ["actual"]),
        (
            "The European Commission had transferred the first €2.1 billion under Romania's recovery plan.",
            "en",
            ["actual"],
        ),
        ("Another $500 million arrived from the World Bank last week.", "en", ["actual"]),
        (
            "The tranche brings disbursements under the $3 billion programme to $1.8 billion.",
            "en",
            ["commitment", "actual"],
        ),
        ("The Saudi Fund transferred $150 million to the Central Bank of Yemen on Sunday.", "en", ["actual"]),
        ("El FMI desembolsó 800 millones de dólares a Costa Rica en marzo.", "es", ["actual"]),
        ("El Banco Mundial transfirió 60 millones de dólares a Honduras la semana pasada.", "es", ["actual"]),
        ("La AFD a transféré 30 millions d'euros au Togo en février.", "fr", ["actual"]),
        (
            "O Banco Africano de Desenvolvimento transferiu 45 milhões de dólares para Cabo Verde em maio.",
            "pt",
            ["actual"],
        ),
    ],
)
def test_money_paid_out_before_now_is_reported(text, language, kinds):
    assert _kinds(text, language) == kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The IMF will disburse $700 million next month.", "en"),
        ("Sri Lanka received the second tranche of $337 million under the IMF programme.", "en"),
        ("The bank approved a $250 million loan to be disbursed over three years.", "en"),
        ("The loan of $400 million will be transferred in two tranches next year.", "en"),
        ("Kuwait pledged $200 million, to be disbursed over five years, for schools in Jordan.", "en"),
        ("El BID aprobó un desembolso de 300 millones de dólares para Paraguay.", "es"),
    ],
)
def test_money_to_be_paid_or_a_tranche_of_a_loan_stays_committed(text, language):
    assert _kinds(text, language) == ["commitment"]
