"""The kind of an amount decided by what governs the figure in its clause: a name is no cue, a comparison
base is a past level, a verb of change reports in any tense, a coordinated infinitive after a goal verb aims,
goods traded are a flow, purchases and co-financing commit. Every sentence is written for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "kinds"),
    [
        # a running total with a long noun phrase before "to"
        (
            "Tuesday's shipment brings total German medical and winter aid for the refugees in Jordan to €41 million.",
            "en",
            ["actual"],
        ),
        # the base of a comparison is a past level, of a budget too
        ("Ghana's health budget rose to $1.2 billion, up from $900 million in 2019.", "en", ["actual", "actual"]),
        # money for imports pays for them: no trade flow reported
        (
            "Seoul will enlarge its $300 million loan facility for grain imports by another $150 million.",
            "en",
            ["commitment", "commitment"],
        ),
        (
            "O BNDES abriu uma linha de crédito para exportações brasileiras com valor de até US$ 600 milhões.",
            "pt",
            ["commitment"],
        ),
        # results a company reports
        ("Kenya Airways posted revenue of $1.1 billion in 2023.", "en", ["actual"]),
        # the tense of what a work demands: done is reported, to come is an estimate
        ("La segunda fase de la represa demandó una inversión de US$ 700 millones.", "es", ["actual"]),
        ("El nuevo puerto demandará una inversión de unos US$ 2.000 millones.", "es", ["other"]),
        ("A ampliação do aeroporto exigiu um investimento de US$ 400 milhões.", "pt", ["actual"]),
        # a level of aid or loans in a year stated before the figure is reported
        ("In 2019, Norwegian development aid to Malawi totalled $60 million.", "en", ["actual"]),
        # an estimate of a cost is the value of the works
        (
            "The ministry wants to build a bridge whose cost the planning office puts at $90 million.",
            "en",
            ["commitment"],
        ),
        # "under", "a record" stand between the cue and the figure like "about"
        ("Tea exports rose to $1.3 billion, up from under $1 billion in 2019.", "en", ["actual", "actual"]),
        ("Chinese investment in Serbia reached a record $4 billion in 2023.", "en", ["actual"]),
        # a giving verb in the future or the conditional commits
        ("Corea concederá 80 millones de dólares a Paraguay para hospitales.", "es", ["commitment"]),
        ("La banque octroiera 12 millions d'euros aux coopératives.", "fr", ["commitment"]),
        ("O Tesouro liberará R$ 900 milhões para as prefeituras.", "pt", ["commitment"]),
        ("A Índia fornecerá US$ 40 milhões em vacinas ao Malawi.", "pt", ["commitment"]),
        # the size of a market or an economy is no one's money
        ("The Gulf's cosmetics market is valued at roughly $9 billion.", "en", ["other"]),
        ("Kazakhstan's economy is worth about $260 billion.", "en", ["other"]),
        ("The Nordic wind market, estimated at $30 billion, draws Chinese turbine makers.", "en", ["other"]),
        ("El mercado regional de fertilizantes, valorado en US$ 3.000 millones, atrae a China.", "es", ["other"]),
        ("Le marché ivoirien du ciment pèse 400 milliards de francs CFA.", "fr", ["other"]),
        # a debt paid off is money that moved
        ("Em março, Moçambique quitou a dívida com o fundo, de cerca de US$ 90 milhões.", "pt", ["actual"]),
        ("Zambia repaid $40 million of its debt to the bank in June.", "en", ["actual"]),
        # a capitalised name is no cue: a trade minister, an export-import bank
        (
            "Trade Minister Ana Ruiz said the Spanish Cooperation Agency will allocate $12 million next year for "
            "school kitchens.",
            "en",
            ["commitment"],
        ),
        (
            "The Export-Import Bank of Korea has approved $250 million for a solar park in Uzbekistan.",
            "en",
            ["commitment"],
        ),
        # the base of a comparison is a past level
        (
            "Zambia has set aside $310 million for fertiliser subsidies this season, up from $260 million a year "
            "earlier.",
            "en",
            ["commitment", "actual"],
        ),
        ("Kenya's tea exports fell to $900 million, down from $1.4 billion in 2020.", "en", ["actual", "actual"]),
        # a verb of change reports its figure in the perfect too
        ("Georgia's wine exports to China have climbed to about $48 million this year.", "en", ["actual"]),
        ("Uganda's coffee earnings have risen to $700 million.", "en", ["actual"]),
        ("The new tranche brings total Japanese relief for the quake to $55 million.", "en", ["actual"]),
        # a goal verb coordinated after a modal: "want to recover that level and reach"
        (
            "Os dois países querem recuperar o ritmo de 2014 e atingir US$ 3 bilhões até 2027.",
            "pt",
            ["target"],
        ),
        (
            "Ambos gobiernos esperan ampliar la cooperación y alcanzar US$ 900 millones en 2026.",
            "es",
            ["target"],
        ),
        # goods traded, bought or sold are a flow, whatever they are worth
        ("In 2022 the two states traded goods worth $1.9 billion.", "en", ["actual"]),
        # a purchase is contracted money
        ("Last year Dhaka bought two coastal patrol vessels for about $95 million.", "en", ["commitment"]),
        ("Le Canada cofinance un programme de 40 millions de dollars canadiens pour les écoles.", "fr", ["commitment"]),
        ("Portugal anunciou um apoio de 4 milhões de euros para as vítimas das cheias.", "pt", ["commitment"]),
        ("A União Europeia mobilizou 9 milhões de euros no ano passado para o programa.", "pt", ["commitment"]),
        # "importe" is an amount in Spanish, not an import
        (
            "Talleres Norte firmó un contrato con Ferrovías para la entrega de 40 vagones por un importe de 60 "
            "millones de euros.",
            "es",
            ["commitment"],
        ),
    ],
)
def test_kind_follows_what_governs_the_figure(text, language, kinds):
    assert _kinds(text, language) == kinds
