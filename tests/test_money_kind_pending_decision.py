"""Kind of a sum whose grant is still pending: money asked for, offered or negotiated that the sentence says is
still under review, not yet approved or decided, to be examined later ("which the board has yet to approve", "the
bank has not yet reviewed the application", "remains under discussion", "que aún no han sido aprobados", "qui
sera examiné à l'automne", "que Lisboa vai analisar") is neither money pledged, granted or lent nor anyone's goal
reached: other, in en/es/fr/pt. A sum approved, disbursed or pledged before a later step ("the loan, approved in
May, has not yet been disbursed") keeps its reading, and a request of a lender with no word of a pending decision
is other as well (tests/test_money_kind_requests_of_a_lender.py). Every sentence here was written for these
tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Honduras has asked Taiwan for a further $80 million, which Taipei has yet to approve.", "en"),
        ("Lesotho has requested an extra R400 million for the dam; the board has not yet decided on it.", "en"),
        ("Mongolia has applied for a $150 million loan for the railway; the bank has not yet reviewed the file.", "en"),
        ("Kyrgyzstan's request for an additional $120 million credit remains under discussion with the fund.", "en"),
        ("A further €90 million of French-backed financing for the tramway is under consideration.", "en"),
        ("Some 40 billion tenge of the package is still under review by the lenders.", "en"),
        ("Fiji has sought FJ$25 million for seawalls, to be considered at the donors' meeting in June.", "en"),
        ("Sri Lanka is seeking $300 million in budget support, pending approval by the ADB board.", "en"),
        ("The Philippines asked Seoul for a ₩90 billion loan for the bridge, which is under study.", "en"),
        ("Ghana requested GH¢2 billion from the facility; the request has not been decided.", "en"),
        ("Paraguay ha solicitado otros 60 millones de dólares para acueductos, que aún no han sido aprobados.", "es"),
        ("Guatemala pidió al BCIE 200 millones de dólares para carreteras, solicitud que sigue en estudio.", "es"),
        ("El Salvador solicitó 75 millones de dólares adicionales, pendientes de aprobación del directorio.", "es"),
        ("Le Niger a sollicité un prêt additionnel de 120 millions d'euros, qui sera examiné en octobre.", "fr"),
        ("Le Togo a demandé à la BOAD 40 milliards de FCFA pour les routes, une demande qui reste à l'étude.", "fr"),
        ("Madagascar a demandé 60 millions d'euros à l'AFD, dont l'examen est prévu en mars.", "fr"),
        ("Timor-Leste pediu a Lisboa mais 20 milhões de euros para escolas, que o Governo vai analisar.", "pt"),
        ("São Tomé pediu ao Banco outros 15 milhões de dólares, ainda não aprovados.", "pt"),
        ("Angola solicitou 300 milhões de dólares ao fundo, pedido que continua em análise.", "pt"),
    ],
)
def test_a_sum_whose_grant_is_pending_is_other(text, language):
    assert _kinds(text, language)[0] == "other"


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("The bank approved a $200 million loan for the port; it has not yet been disbursed.", "en", "commitment"),
        ("Japan pledged ¥30 billion for the metro, and the first tranche has yet to be released.", "en", "commitment"),
        ("Kenya has requested a further $500 million in budget support from the World Bank.", "en", "other"),
        ("Tunisia will seek about $1.9 billion from the IMF next year.", "en", "target"),
        ("El BID aprobó un préstamo de 150 millones de dólares para el metro de Lima.", "es", "commitment"),
    ],
)
def test_money_with_no_pending_decision_keeps_its_kind(text, language, kind):
    assert _kinds(text, language)[0] == kind
