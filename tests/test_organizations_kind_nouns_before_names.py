"""Organisation classes missed on the fix sets, on sentences written for these tests: a company or a union
introduced by a lower-case noun of what it is (`the Turkish contractor NAME`, `trade union NAME`, `state bank
NAME`), and companies in apposition to a plural firm word (`the two carriers, A and B, ...`)."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam was built by the Turkish contractor Kolvera under a deal signed in 2011.", {"Kolvera"}),
        ("Norwegian shipping group Tessfjord Rederi will open a second route to the port.", {"Tessfjord Rederi"}),
        ("Hungarian state bank MFX.HU has offered a credit line to the two utilities.", {"MFX.HU"}),
        (
            "Dockworkers' union PRAVEK and the teachers' unions OLMEX and SINDRA called a strike.",
            {"PRAVEK", "OLMEX", "SINDRA"},
        ),
        ("The mine is run by Canadian mining major Starvale with a 60% stake.", {"Starvale"}),
    ],
)
def test_a_lower_case_noun_of_what_it_is_introduces_a_company(text, expected):
    assert organizations(text) >= expected


def test_companies_in_apposition_to_a_plural_firm_word():
    text = "The two pipeline operators, TRANSGAS-NORD and Baltic Link, will share the remaining cost."
    assert organizations(text) >= {"TRANSGAS-NORD", "Baltic Link"}


@pytest.mark.parametrize(
    "text",
    [
        "The group Tuesday said it would appeal, and the bank President Omar Haddad agreed.",
        "Chinese companies, President Xi Jinping said, are welcome to invest.",
        "He was holding Putin responsible for the delay.",
    ],
)
def test_no_company_from_a_noun_before_a_date_an_office_or_a_verb(text):
    assert not organizations(text) - {"Putin"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister met executives of Norvatek, Siemens and Deutsche Bank in Bucharest.", {"Norvatek"}),
        ("The delegation included the heads of Kamotrans and the Federal Customs Service.", {"Kamotrans"}),
        ("Talks were attended by the head of Moldova Rail Freight, Ion Cebotari.", {"Moldova Rail Freight"}),
        ("Veltro Kinsa chief executive Marta Ruiz said the plant would open in May.", {"Veltro Kinsa"}),
        ("Dalmer president Akira Tanaka said the first cargo was due in 2026.", {"Dalmer"}),
    ],
)
def test_the_office_of_a_company_names_it(text, expected):
    assert organizations(text) >= expected


@pytest.mark.parametrize(
    "text",
    [
        "He met the president of Uzbekistan and Russian president Vladimir Putin in Tashkent.",
        "She is the head of Public Diplomacy at the ministry.",
        "South Sudan's president Salva Kiir arrived in Khartoum.",
    ],
)
def test_no_body_from_an_office_of_a_state(text):
    assert not organizations(text)


def test_a_name_that_opens_a_claimed_body_is_that_body_again():
    text = "Kestrel Gold Corp. signed the deal. Kestrel chairman Peter Lund said work could start in 2027."
    assert organizations(text) == {"Kestrel Gold Corp."}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In April the Islamic Development Bank approved a loan for the road.", {"Islamic Development Bank"}),
        ("Back in May the International Energy Agency cut its forecast.", {"International Energy Agency"}),
        ("Last October the European Investment Bank signed a credit line.", {"European Investment Bank"}),
        ("On Friday the Central Bank of Kenya held its rate.", {"Central Bank of Kenya"}),
    ],
)
def test_a_date_before_a_name_is_the_sentences(text, expected):
    assert organizations(text) == expected


def test_may_before_a_name_that_is_no_date_stays_a_name():
    assert "May Bank" not in organizations("Theresa May spoke to the Bank of England in London.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sky Tonga, the national carrier, plans a second weekly flight.", {"Sky Tonga"}),
        ("Works are run by Vialtec Rural, the road maintenance agency of the region.", {"Vialtec Rural"}),
        ("Kartli Railway, the Georgian subsidiary of a Kazakh group, will buy wagons.", {"Kartli Railway"}),
        ("TurkGasNet, the joint venture controlled by the two utilities, will lay the pipe.", {"TurkGasNet"}),
    ],
)
def test_an_apposition_calls_the_name_a_company(text, expected):
    assert organizations(text) >= expected


@pytest.mark.parametrize(
    "text",
    [
        "Mira Osei, the Ghanaian co-chair of the commission, spoke first.",
        "Tema, the port city, and Kumasi, the commercial hub, grew fast.",
        "Lena Park, a private investor, bought the shares.",
    ],
)
def test_no_body_from_an_apposition_of_a_person_or_a_place(text):
    assert not organizations(text)


def test_an_apposition_after_a_place_preposition_is_the_places():
    text = "The line reaches the coal plant at Payra, a joint venture of the two states."
    assert "Payra" not in organizations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The loan is backed by Export Credit Norway, the lender said.", {"Export Credit Norway"}),
        ("Trade reached $2 billion, according to Global Affairs Canada figures.", {"Global Affairs Canada"}),
        ("Vestfold Energy and Export Finance Australia signed a facility.", {"Export Finance Australia"}),
    ],
)
def test_portfolio_words_then_a_state_name_its_agency(text, expected):
    assert organizations(text) >= expected


def test_a_portfolio_after_of_is_an_offices():
    assert not organizations("The Minister of Trade Canada spoke on Monday.")


def test_two_companies_the_model_reads_as_one_are_two():
    text = "The interconnector, built for about €1 billion by Fjordkraft and Celtic Grid, has run since 2020."
    found = organizations(text)
    assert "Fjordkraft" in found and "Fjordkraft and Celtic Grid" not in found


def test_a_joined_proposal_that_is_no_name_gives_no_part():
    text = "A regional understanding on Transit and Trade Framework will be prepared by both sides."
    assert "Transit" not in organizations(text)
