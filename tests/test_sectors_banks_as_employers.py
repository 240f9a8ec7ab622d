"""A bank named as the employer of the person who speaks ("an economist at Standard Bank", "un analista del Banco
Santander", "une économiste de la Banque Misr") is where an analyst works, not a lender at work, even where the
sentence gives a sum; a bank that lends, finances or pays in the sentence is finance. Every sentence was written for
these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Exports to Zambia rose to $1.2 billion, said Thandi Nkosi, an economist at Standard Bank.", "en"),
        ("One participant from the Housing Bank noted that imports fell to $300 million in 2019.", "en"),
        ("Analysts at Emirates NBD Bank expect the surplus to reach $4 billion next year.", "en"),
        ("Según un analista del Banco Santander, las exportaciones sumaron US$ 900 millones.", "es"),
        ("Selon une économiste de la Banque Misr, le commerce a atteint 2 milliards de dollars.", "fr"),
    ],
)
def test_a_bank_that_employs_the_speaker_is_no_lender(text, language):
    assert "finance" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Standard Bank will lend $300 million to the Zambian power utility, the ministers said.", "en"),
        ("El Banco Santander aportará US$ 200 millones para el puerto de Manta.", "es"),
        ("An economist said the Development Bank of Rwanda had approved $40 million for farmers.", "en"),
    ],
)
def test_a_bank_at_work_is_finance(text, language):
    assert "finance" in sectors_of(text, language)
