"""Kind of funds requested: a sum a state, a ministry or an agency has requested, sought or asked for of a lender or
a partner, whether the verb governs the figure itself ("has requested a further $500 million") or a short noun
phrase that the figure closes ("has requested additional budget support of MDL 900 million", "solicitou ao Banco
Mundial um empréstimo de"), in en/es/fr/pt, is neither a level aimed at nor money given: other (round 36; it was
read as a sum to raise, a target, before the evaluation sets showed most writers read it as other: 52 against 16 on
the fix sets). A request approved and a sum granted on request keep their reading. Every sentence here was written
for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Government of Moldova has requested additional budget support of MDL 900 million from its "
            "partners for 2024.",
            "en",
        ),
        ("Kenya has requested a further $500 million in budget support from the World Bank.", "en"),
        ("Zambia has sought emergency balance-of-payments financing of $1.3 billion from the IMF.", "en"),
        ("Nepal has asked India for NPR 10 billion in grants for the reconstruction of schools.", "en"),
        ("Las provincias han solicitado cerca de 800 millones de euros adicionales para obras hidráulicas.", "es"),
        ("El Gobierno paraguayo solicitó al BID un préstamo de 250 millones de dólares para rutas.", "es"),
        ("Madagascar a sollicité 200 millions de dollars auprès du FMI.", "fr"),
        ("Le Burkina Faso a sollicité auprès de la BAD un appui budgétaire de 150 millions de dollars.", "fr"),
        ("Angola solicitou ao Banco Mundial um empréstimo de 400 milhões de dólares.", "pt"),
    ],
)
def test_funds_requested_of_a_lender_are_other(text, language):
    assert _kinds(text, language) == ["other"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The IMF approved Egypt's request for a $3 billion loan.", "en"),
        ("At Tunisia's request, the Saudi Fund granted a loan of $200 million for the dam.", "en"),
    ],
)
def test_a_request_granted_stays_committed(text, language):
    assert _kinds(text, language) == ["commitment"]
