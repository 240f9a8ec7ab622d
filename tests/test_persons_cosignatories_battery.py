"""Battery: two signatories of an agreement, one whose title states a state (an envoy, a foreign minister), the
other an official whose state the article does not give. Each signs for a side, so the second is not of the first's
state, though the two are listed together ("A and B signed"). Sentences written for the test, of every region, in
English, Spanish, French and Portuguese; and controls where a listed pair serves one state."""

from __future__ import annotations

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.settings import default_settings


def _states(text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in extract_article(text, default_settings()).actors if a.actor_type == "person"}


CASES = [
    (
        "ISLAMABAD - The United States will provide $40 million for the dam. U.S. Ambassador Richard Olson and "
        "Minister of State for Finance Aisha Ghaus today signed the agreement.",
        "Aisha Ghaus",
        "PAK",
    ),
    (
        "JAKARTA - Japan and Indonesia signed a loan for the railway. The loan was signed in Jakarta by Japanese "
        "Ambassador Kenji Ota and the Director General of Debt Management, Budi Santoso, and witnessed by Governor "
        "Anies Rahman.",
        "Budi Santoso",
        "IDN",
    ),
    (
        "NAIROBI - Kenya and China signed a loan for the port. Chinese Ambassador Wu Peng and Treasury Secretary "
        "Henry Rotich signed the deal at the Treasury.",
        "Henry Rotich",
        "KEN",
    ),
    (
        "ACCRA - Ghana and Germany signed two agreements. German Development Minister Gerd Weber and Finance "
        "Minister Kofi Mensah signed the documents in Accra.",
        "Kofi Mensah",
        "GHA",
    ),
    (
        "Tashkent, 4 May - Uzbekistan and South Korea signed a grant for hospitals. Korean Ambassador Park Ji-hoon "
        "and Health Minister Bakhodir Yusupov signed the exchange of notes.",
        "Bakhodir Yusupov",
        "UZB",
    ),
    (
        "Lima, 3 de marzo - Perú y Japón firmaron un canje de notas para el agua potable. El embajador japonés "
        "Kenji Sato y el ministro de Vivienda Carlos Oliva firmaron el documento en la cancillería.",
        "Carlos Oliva",
        "PER",
    ),
    (
        "Dakar, 2 juin - Le Sénégal et l'Espagne ont signé une convention de financement. L'ambassadeur espagnol "
        "Pedro Ruiz et le ministre des Finances Mamadou Diop ont signé la convention au ministère.",
        "Mamadou Diop",
        "SEN",
    ),
    (
        "Luanda, 8 de junho - Angola e a Itália assinaram um acordo de cooperação. O embaixador italiano Marco "
        "Rossi e o ministro da Economia Manuel Neto assinaram o acordo em Luanda.",
        "Manuel Neto",
        "AGO",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), CASES)
def test_the_unmarked_one_of_two_signatories_is_of_the_other_side(text, name, state):
    assert _states(text)[name] == state


def test_a_listed_pair_that_does_not_sign_still_serves_one_state():
    states = _states(
        "ISLAMABAD - Pakistan and China signed the deals on Monday. Pakistani Prime Minister Shehbaz Sharif and "
        "Finance Minister Ishaq Dar met the Chinese delegation, while Vice Premier He Lifeng of China spoke."
    )
    assert states["Ishaq Dar"] == "PAK"


def test_signatories_each_with_their_state_keep_them():
    states = _states(
        "Japanese Ambassador Kenji Ota and Cambodian Finance Minister Sok Vanna signed the loan in Phnom Penh."
    )
    assert states["Kenji Ota"] == "JPN" and states["Sok Vanna"] == "KHM"


def test_witnesses_of_a_signing_listed_together_serve_one_state():
    states = _states(
        "BELGRADE - Serbia and China signed the bridge contract. The contract was signed by the two companies in the "
        "presence of Serbian Prime Minister Ana Petrovic and Infrastructure Minister Goran Jovic."
    )
    assert states["Goran Jovic"] == "SRB"
