"""Aid named by its channel is that channel's sector, no humanitarian work: security, military, financial and budget
aid ("security aid", "macro-financial assistance", "aide budgétaire", "ayuda militar", "ajuda financeira"). Aid named
by no other sector's word, development assistance and relief stay humanitarian, as the guidelines list them. Every
sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("Washington will keep its security aid to Honduras at $60 million in 2015.", "en", "security"),
        ("The EU disbursed €50 million in macro-financial assistance to Moldova on Tuesday.", "en", "finance"),
        ("Tokyo extended $300 million in financial assistance to Sri Lanka, the ministry said.", "en", "finance"),
        ("Brussels approved €80 million in budget aid to Niger for 2019, officials in Niamey said.", "en", "finance"),
        ("Moscow pledged military assistance worth $200 million to Mali, Bamako said.", "en", "defence"),
        ("Estados Unidos entregará 40 millones de dólares en ayuda militar a Colombia este año.", "es", "defence"),
        ("L'Union européenne versera 30 millions d'euros d'aide budgétaire au Burkina Faso.", "fr", "finance"),
        ("La France accordera une aide financière de 20 millions d'euros à la Tunisie, a dit Tunis.", "fr", "finance"),
        ("Portugal concedeu 15 milhões de euros em ajuda financeira a Cabo Verde, disse a Praia.", "pt", "finance"),
    ],
)
def test_aid_named_by_its_channel_is_that_sector(text, language, sector):
    found = sectors_of(text, language)
    assert sector in found
    assert "humanitarian" not in found


@pytest.mark.parametrize(
    "text, language",
    [
        ("Norway gave $20 million in aid to Malawi after the floods, the embassy said.", "en"),
        ("Japan's official development assistance to Laos reached ¥20 billion last year.", "en"),
        ("Canada sent $15 million in humanitarian aid to Sudan, Ottawa said on Monday.", "en"),
        ("Chile enviará 5 millones de dólares en ayuda a Haití tras el terremoto.", "es"),
        ("Le Japon a accordé une aide de 10 millions de dollars aux sinistrés du cyclone à Madagascar.", "fr"),
    ],
)
def test_other_aid_stays_humanitarian(text, language):
    assert "humanitarian" in sectors_of(text, language)
