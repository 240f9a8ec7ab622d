"""Credit a lender extends under another name than a loan (concessional, export and commercial credit, a credit
facility) is finance; a pipeline of loans or projects, a pipeline break of supplies and corridor talk are figures of
speech that name no energy and no transport, while a real pipeline or corridor still does. Every sentence was written
for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, sector",
    [
        ("Korea's development fund pledged $150 million in concessional credit for 2024-2026.", "finance"),
        ("The agency will expand the export credits available to Lagos for grain purchases.", "finance"),
        ("Both governments signed a $300 million credit facility for fertiliser imports.", "finance"),
        ("It is a commercial credit backed by the state, worth 3 billion marks, the minister said.", "finance"),
        ("The two sides agreed to build a 600-km gas pipeline to the border by 2027.", "energy"),
        ("The ministers signed a deal on the Lobito corridor, a rail link to the Atlantic.", "transport"),
    ],
)
def test_credit_and_works_name_their_sector(text, sector):
    assert sector in sectors_of(text)


@pytest.mark.parametrize(
    "text, sector",
    [
        ("Yen-loan pipeline lifts Jakarta builders as the two governments sign a $900 million deal", "energy"),
        ("The bank's project pipeline for Central Asia holds $2 billion of deals, the two sides said.", "energy"),
        ("The agency warned of a pipeline break for refugees unless donors send $80 million.", "energy"),
        ("The meetings closed with the debt deal at the top of the corridor talk among ministers.", "transport"),
    ],
)
def test_a_figure_of_speech_names_no_sector(text, sector):
    assert sector not in sectors_of(text)
