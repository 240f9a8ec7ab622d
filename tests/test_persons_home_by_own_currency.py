"""The home side of a report told by the currency it counts its own figures in: a paper counts its state's money
in that state's currency without naming the state (`the Treasury released KSh 12 billion`), so the officials it
leaves unqualified are that state's; a figure whose sentence names its currency's state is a side's sum that any
press counts so (`Japan will lend 50 billion yen`). Sentences written for these tests."""

from pipelines.extract.actors import extract_actors
from pipelines.extract.actors.report_home import counting_state


def country(text, name, language="en"):
    return next(a.country for a in extract_actors(text, language=language) if a.name == name)


def test_officials_of_the_state_whose_currency_counts_the_figures():
    text = (
        "Uganda and Kenya agreed to extend the oil pipeline. Uganda wants a cheaper route. Energy Cabinet Secretary "
        "Grace Wanjiru said the project would cost KSh 300 billion and that the Treasury had released KSh 12 billion."
    )
    assert country(text, "Grace Wanjiru") == "KEN"
    text = (
        "Mongolia and Russia discussed fuel supplies. Russia supplies most of the fuel. Energy Minister Tuvshin "
        "Bat-Erdene told parliament that imports cost MNT 3.2 trillion last year and that MNT 400 billion had been set "
        "aside for a reserve."
    )
    assert country(text, "Tuvshin Bat-Erdene") == "MNG"
    text = (
        "Turkey and Kazakhstan signed 12 agreements in Ankara. Kazakhstan's trade with Turkey reached $3 billion. "
        "Deputy Prime Minister Rakhat Abenov said the budget had allocated 45 billion tenge to the new logistics "
        "hub and 12 billion tenge to customs posts."
    )
    assert country(text, "Rakhat Abenov") == "KAZ"


def test_the_currency_outweighs_a_dateline_abroad_and_a_single_letter_needs_its_scale():
    text = (
        "TOKYO, May 3 -- Exporters signed deals worth RM2.1 billion with buyers in Japan on Friday. Japan is the third "
        "largest market. Trade Minister Ahmad Rizal Hamzah said exports reached RM48.3 billion last year and the "
        "government would spend RM300 million on trade missions."
    )
    assert country(text, "Ahmad Rizal Hamzah") == "MYS"
    text = (
        "India and South Africa will hold talks next month. Indian investment has grown fast. Finance Minister Lwazi "
        "Dube said the Treasury collected R1.7 trillion in taxes, and that R45 billion would go to ports."
    )
    assert country(text, "Lwazi Dube") == "ZAF"
    assert counting_state("The P5 group met twice, and the R2 road and the R3 road were closed in 2015.") is None


def test_in_portuguese_too():
    text = (
        "China e Brasil assinaram acordos nesta sexta-feira. O ministro da Fazenda, Ricardo Paiva, disse que o governo "
        "vai investir R$ 12 bilhões em portos e que as exportações somaram R$ 500 bilhões. A China é o maior parceiro "
        "comercial."
    )
    assert country(text, "Ricardo Paiva", "pt") == "BRA"


def test_a_sum_whose_sentence_names_its_state_is_no_home():
    text = (
        "Japan agreed to lend Indonesia 50 billion yen for roads. Japan also pledged 20 billion yen in grants to "
        "Indonesia. Finance Minister Sri Wahyuni said the money would go to ports."
    )
    assert counting_state(text) is None
    text = "China will donate 8 million yuan of equipment. Officials said trade rose 20 billion yuan in a year."
    assert counting_state(text) is None  # one figure alone counts no home
    tie = "Trade was 5 billion yuan, or Tk 300 crore. Aid was 2 billion yuan, or Tk 100 crore."
    assert counting_state(tie) is None  # two states' currencies counted as often


# One figure in a state's own currency, where nothing surer (a dateline, a masthead, the corpus's reporting country)
# names the home: the partner is named more often, and the report's own officials go unqualified. Sentences written
# for these tests, from every region.
ONE_FIGURE = [
    (
        "India and Bangladesh signed a credit line in Dhaka. India will fund rail works, and India's exporters will "
        "supply the engines. Finance Minister Rashed Karim said the yearly plan was Tk 41,000 crore.",
        "Rashed Karim",
        "BGD",
    ),
    (
        "China has financed Kenya's railway, and China's contractors built it. China wants the loan repaid on time. "
        "Transport Cabinet Secretary Otieno Wambua told senators the line lost KSh 9 billion last year.",
        "Otieno Wambua",
        "KEN",
    ),
    (
        "Korea's battery makers will expand in Indonesia. Korean firms already employ 40,000 workers, and Korea is the "
        "third investor. Investment Minister Dewi Pratiwi said the new plant would add Rp7.5 trillion.",
        "Dewi Pratiwi",
        "IDN",
    ),
    (
        "China's Exim Bank signed Ghana's dam loan. China has lent for roads and China's builders are on site. Energy "
        "Minister Kwabena Asante said the state would pay 2.4 billion cedis for the land.",
        "Kwabena Asante",
        "GHA",
    ),
    (
        "Japan's carmakers plan new lines in Thailand, and Japan remains the top investor. Japanese buyers take half "
        "the output. Industry Minister Somchai Pongsiri said the fund held 80 billion baht.",
        "Somchai Pongsiri",
        "THA",
    ),
    (
        "Poland will host the talks with Ukraine. Poland has taken in refugees and Poland's ports ship the grain. "
        "Agriculture Minister Taras Melnyk said farmers had lost 30 billion hryvnia to the blockade.",
        "Taras Melnyk",
        "UKR",
    ),
]


def test_one_figure_in_a_states_own_currency_names_the_home_where_nothing_surer_does():
    for text, name, state in ONE_FIGURE:
        assert country(text, name) == state, name


def test_one_figure_in_spanish_and_portuguese():
    text = (
        "China y Perú firmaron el acuerdo en Pekín. China es el primer socio y China compra el cobre. El ministro de "
        "Economía, Julio Quispe, dijo que el fondo tendrá 900 millones de soles."
    )
    assert country(text, "Julio Quispe", "es") == "PER"
    text = (
        "A Argentina e o Brasil discutiram o gás. A Argentina quer vender mais, e a Argentina precisa de divisas. O "
        "ministro de Minas e Energia, Paulo Teixeira Lima, disse que o gasoduto custará R$ 6 bilhões."
    )
    assert country(text, "Paulo Teixeira Lima", "pt") == "BRA"


def test_a_single_figure_of_a_side_that_names_itself_is_no_home():
    text = (
        "Japan will lend Sri Lanka 39.5 billion yen for water works. Japan has lent before, and Japan's agency will "
        "supervise. The water part is worth 24 billion yen. Finance Secretary Mahinda Perera signed the notes."
    )
    assert counting_state(text, least=1) is None
    assert counting_state("Officials said trade rose 20 billion yuan in a year.") is None  # two figures by default
    assert counting_state("Officials said trade rose 20 billion yuan in a year.", least=1) == "CHN"
