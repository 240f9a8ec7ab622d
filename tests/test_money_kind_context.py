"""Kind, subject and currency of amounts whose meaning comes from the sentence or paragraph before, from a
pledge worded as a contribution, from a possible gain, and a bare `$` beside `US$` in Spanish; every
sentence here was written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(m.kind, m.subject) for m in extract_money(text, language=language)]


def test_a_paragraph_that_goes_on_about_a_figure_reads_the_paragraph_before():
    text = (
        "Ruritania will invest up to $900 million in the ports of its neighbour.\n\n"
        '"Today we raise that $400 million to almost $900 million," the minister said.'
    )
    assert _kinds(text)[1] == ("commitment", "investment")


def test_a_sum_given_without_saying_what_for_is_of_the_aid_the_sentence_before_names():
    text = (
        "Canberra set out A$4 billion for foreign aid in the budget.\n\n"
        "Island states were allocated A$1.9 billion, up from A$1.7 billion a year earlier."
    )
    # the base of the comparison is a past level, of the same aid
    assert _kinds(text) == [("commitment", "aid")] * 2 + [("actual", "aid")]


@pytest.mark.parametrize(
    "text",
    [
        # trade is no sum anyone gives
        "Exports of Ruritania to Freedonia reached $2 billion. The government allocated $30 million to the fair.",
        # a signed deal without a subject stays without one, whatever the sentence before says of trade
        "Two-way trade reached $9 billion last year. Another ten agreements worth $3 billion were signed.",
    ],
)
def test_a_sum_given_after_a_sentence_on_trade_takes_no_subject_from_it(text):
    assert _kinds(text)[1][1] == "other"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Britain will contribute £10 million to the fund for climate resilience.", "commitment"),
        ("The kingdom pledged to contribute $200 million to the reconstruction.", "commitment"),
        ("Norway has contributed $5 million to the food programme.", "commitment"),
        # a sector's share of the economy is a reported figure, not money given
        ("Tourism contributed $3 billion to the economy last year.", "actual"),
    ],
)
def test_a_contribution_is_money_given_unless_it_is_a_share_of_the_economy(text, kind):
    assert _kinds(text)[0][0] == kind


@pytest.mark.parametrize(
    "text, subject",
    [
        ("The agreement could bring $62 billion in investment to the region.", "investment"),
        ("The new route would bring in $4 billion of trade a year.", "trade"),
        ("The reforms would generate $1 billion in exports.", "trade"),
        ("The forum stated its aspiration to lift total investment to $1 trillion.", "investment"),
    ],
)
def test_a_gain_that_could_come_is_a_target(text, subject):
    assert _kinds(text) == [("target", subject)]


def test_money_given_to_assist_a_state_is_aid():
    assert _kinds("The country has pledged an additional $4 million to assist Ruritania in its health crisis.") == [
        ("commitment", "aid")
    ]


@pytest.mark.parametrize(
    "text, currencies",
    [
        (
            "Las exportaciones de Chile a China sumaron US$ 4.700 millones. El gobierno chileno destinó "
            "$ 300.000 millones al programa.",
            ["USD", "CLP"],
        ),
        (
            "El comercio de México con Canadá llegó a US$ 80.000 millones. Hacienda asignó $5.000 millones al puerto.",
            ["USD", "MXN"],
        ),
        # with no state of a peso named, a bare sign beside US$ stays the dollar
        ("La Unión Europea firmó un acuerdo de US$ 2.000 millones y aportará $500 millones en ayuda.", ["USD", "USD"]),
    ],
)
def test_a_bare_dollar_sign_beside_us_dollars_in_spanish_is_the_local_peso(text, currencies):
    assert [m.currency for m in extract_money(text, language="es")] == currencies


def test_a_bare_dollar_converted_into_us_dollars_is_the_local_dollar_all_through_the_story():
    text = (
        "Canberra has pledged another $4 million (US$2.6 million) to Ruritania.\n\n"
        "This comes on top of the $5 million Canberra allocated last year."
    )
    assert [m.currency for m in extract_money(text)] == ["AUD", "USD", "AUD"]
    # a figure converted the other way keeps its own reading
    other_way = extract_money(
        "Canberra pledged $4 million (US$2.6 million); Washington gave $10 million (A$15 million)."
    )
    assert [m.currency for m in other_way] == ["AUD", "USD", "USD", "AUD"]


def test_every_conversion_in_one_bracket_is_the_same_figure():
    text = "The pact is expected to boost exports by up to NZ$400 million (US$318 million; euro201 million) a year."
    assert _kinds(text) == [("other", "trade")] * 3


def test_an_estimated_gain_is_other_and_a_sentence_opening_on_that_speaks_of_the_one_before():
    text = "The FTA we signed removes tariffs. That is estimated to benefit us by $180 million to $280 million a year."
    assert _kinds(text) == [("other", "trade")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a follow-up sentence on the deal the headline named: the project's money is the loan
        (
            "Gulf fund signs loan agreement with Ruritania\n\nThe agreement, worth KD 10 million, will finance a "
            "new hospital.",
            ("commitment", "loan"),
        ),
        (
            "Ruritania and Japan sign grant deal\n\nThe deal, worth 500 million yen, covers school equipment.",
            ("commitment", "aid"),
        ),
        # money handed over by cheque is given
        ("The president handed a cheque of $1 million to the foundation.", ("commitment", "other")),
        # a flow blocked is no flow moved
        ("The package adds import restrictions worth almost 7 billion euros on steel.", ("other", "trade")),
    ],
)
def test_follow_up_sentences_cheques_and_blocked_flows(text, expected):
    assert _kinds(text) == [expected]


def test_climate_finance_is_aid_and_the_longer_cue_wins_a_tie():
    text = "Ottawa announced $60 million in new climate financing, and $10 million for farming systems."
    assert _kinds(text) == [("commitment", "aid")] * 2


@pytest.mark.parametrize(
    "text, language, kind",
    [
        ("El acuerdo podría generar 5.000 millones de dólares en inversiones.", "es", "target"),
        ("L'accord pourrait rapporter 2 milliards de dollars d'exportations par an.", "fr", "target"),
        ("O acordo pode gerar 3 bilhões de dólares em investimentos.", "pt", "target"),
        # a contribution promised is money given, in every language
        ("El Reino Unido va a aportar 10 millones de libras al fondo.", "es", "commitment"),
        ("Le Japon va apporter 10 millions d'euros au fonds.", "fr", "commitment"),
    ],
)
def test_a_gain_that_could_come_and_a_promised_contribution_in_spanish_french_and_portuguese(text, language, kind):
    assert _kinds(text, language)[0][0] == kind
