"""Two classes of the money kind, in en/es/fr/pt. A request made before (a pluperfect: "had requested", "había
solicitado", "avait sollicité", "tinha pedido") or the sum a request names as a noun ("a payment request for") is
set against what was granted or decided: neither a goal nor money given, so other; a request made now of a lender
is other as well (tests/test_money_kind_requests_of_a_lender.py), and a request approved keeps the money committed.
A lender or donor said in the passive to be expected to give ("the World Bank is expected to lend", "with the
Commission expected to contribute") reports money pledged, a commitment; the giver's own expectation ("the bank
expects to lend") stays its goal, and firms expected to invest a forecast. Every sentence here was written for
these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tunisia had requested $600 million from the Fund before the programme was cut.", "en"),
        ("The Ministry of Health had sought an extra KSh 4 billion for county hospitals.", "en"),
        ("Ecuador had asked for about $1.2 billion, but the board approved less.", "en"),
        ("Mongolia had applied for MNT 300 billion in concessional financing.", "en"),
        ("The contractor had claimed €18 million before the tribunal ruled.", "en"),
        ("The Uzbek side had requested some 500 billion soum for the border crossings.", "en"),
        ("Honduras había solicitado 400 millones de dólares al FMI.", "es"),
        ("El ministerio había pedido 900 millones de euros para hospitales.", "es"),
        ("Le Tchad avait sollicité 150 millions de dollars auprès de la BAD.", "fr"),
        ("Le gouvernement malgache avait demandé 300 millions d'euros à ses partenaires.", "fr"),
        ("Cabo Verde tinha pedido 80 milhões de euros ao Banco Mundial.", "pt"),
        ("O governo angolano havia solicitado 1,5 mil milhões de dólares ao FMI.", "pt"),
        ("Poland filed its second payment request for EUR 7.2 billion in June.", "en"),
        ("The Rapid Financing Instrument request of US$410 million is still before the Board.", "en"),
        ("Fiji's funding request of FJ$60 million went to the donors' round table.", "en"),
    ],
)
def test_a_request_made_before_or_named_as_a_noun_is_other(text, language):
    assert _kinds(text, language)[0] == "other"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The IMF approved Egypt's request for a $3 billion loan.", "en"),
        ("The board approved Ghana's request of $750 million in March.", "en"),
    ],
)
def test_a_request_approved_stays_committed(text, language):
    assert _kinds(text, language)[0] == "commitment"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The World Bank is expected to lend Ukraine up to $3 billion next year.", "en"),
        ("Tokyo is expected to extend yen loans of about ¥400 billion for the metro.", "en"),
        ("The Asian Development Bank and the AIIB are expected to approve about $2 billion for Bangladesh.", "en"),
        ("The Export-Import Bank of Korea is expected to lend $900 million for the plant.", "en"),
        ("The Islamic Development Bank is expected to provide $250 million for Senegal's roads.", "en"),
        ("The bridge is due in 2028, with the European Union expected to contribute about €400 million.", "en"),
        ("The African Development Bank is expected to add $150 million of co-financing by June.", "en"),
        ("Se espera que el BID apruebe 500 millones de dólares para el metro de Quito.", "es"),
    ],
)
def test_a_lender_expected_to_give_reports_a_commitment(text, language):
    assert _kinds(text, language) == ["commitment"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The bank expects to lend about $14 billion in 2026 and 2027.", "target"),
        ("Korean firms are expected to invest about $1.5 billion in Vietnam's chip plants.", "other"),
        ("Kenya has requested a further $500 million in budget support from the World Bank.", "other"),
    ],
)
def test_an_own_plan_a_forecast_and_a_request_now_keep_their_kind(text, kind):
    assert _kinds(text) == [kind]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Kuwait Fund approved a loan of KD 15 million for the dam. Morocco had requested KD 20 million.", "en"),
        (
            "La CAF aprobó un préstamo de 300 millones de dólares. Bolivia había solicitado 450 millones de dólares.",
            "es",
        ),
    ],
)
def test_a_sum_asked_for_takes_the_subject_of_the_sentence_before(text, language):
    assert [(m.kind, m.subject) for m in extract_money(text, language=language)][-1] == ("other", "loan")
