"""Amount, currency, kind and subject of money in kinds of documents from many regions: trade volumes and
targets, investment pledges and stocks, loans, credit lines, IMF tranches, grants, aid packages, budget
allocations, project costs and contracts, currency swaps, debt relief, remittances, tariffs; local currencies
by symbol, abbreviation and word, separators and ranges of other languages. Every sentence was written for
these tests, with the expected facts by the annotation guidelines, before the rules were read; where the
guidelines leave two readings open, the test accepts both."""

import pytest

from tests.conftest import assert_one_money_fact

B, M, T = 10**9, 10**6, 10**12


@pytest.mark.parametrize(
    "text, amount, amount_max, currency, kind, subject",
    [
        (
            (
                "The Abu Dhabi Fund for Development extended a Dh1.1 billion loan to Jordan to upgrade "
                "its water network."
            ),
            1.1 * B,
            None,
            "AED",
            "commitment",
            "loan",
        ),
        (
            "Egypt's trade with Sudan stood at LE 12 billion last year, the Cairo trade ministry said.",
            12 * B,
            None,
            "EGP",
            "actual",
            "trade",
        ),
        (
            "Japan will provide Tk 9,500 crore in soft loans to Bangladesh for the Dhaka metro rail.",
            95 * B,
            None,
            "BDT",
            "commitment",
            "loan",
        ),
        (
            "India announced a ₹1,200 crore grant for hydropower projects in Nepal.",
            12 * B,
            None,
            "INR",
            "commitment",
            "aid",
        ),
        (
            (
                "India's Exim Bank extended a line of credit worth Rs 4,000 crore to Sri Lanka for "
                "railway rolling stock."
            ),
            40 * B,
            None,
            "INR",
            "commitment",
            "loan",
        ),
        (
            ("Bilateral trade between India and the UAE rose to ₹6.5 lakh crore in 2023-24, New Delhi said."),
            6.5 * T,
            None,
            "INR",
            "actual",
            "trade",
        ),
        (
            ("The Philippine government earmarked P5.2 billion for the Mindanao railway project, Manila said."),
            5.2 * B,
            None,
            "PHP",
            "commitment",
            "project",
        ),
        (
            (
                "O comércio bilateral entre o Brasil e a China atingiu US$ 157,5 bilhões em 2023, "
                "segundo o ministério. O governo brasileiro comemorou o resultado."
            ),
            157.5 * B,
            None,
            "USD",
            "actual",
            "trade",
        ),
        (
            (
                "O BNDES aprovou um financiamento de R$ 2,3 bilhões para a construção da ferrovia no "
                "Paraná. A obra deve começar no próximo ano."
            ),
            2.3 * B,
            None,
            "BRL",
            "commitment",
            {"loan", "project"},
        ),
        (
            (
                "Las exportaciones argentinas a China alcanzaron US$ 4.700 millones el año pasado, "
                "según el gobierno. La soja fue el principal producto."
            ),
            4.7 * B,
            None,
            "USD",
            "actual",
            "trade",
        ),
        (
            (
                "México y España se comprometieron a elevar el comercio bilateral a 20.000 millones de "
                "euros en 2030. Los dos gobiernos firmaron un memorando."
            ),
            20 * B,
            None,
            "EUR",
            "target",
            "trade",
        ),
        (
            (
                "El Banco Interamericano de Desarrollo otorgó un préstamo de 500 millones de dólares a "
                "Colombia. El dinero financiará carreteras rurales."
            ),
            500 * M,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            ("La France a accordé une aide de 50 millions d'euros au Niger. Le ministre a signé l'accord à Niamey."),
            50 * M,
            None,
            "EUR",
            "commitment",
            "aid",
        ),
        (
            (
                "Les échanges commerciaux entre le Maroc et le Sénégal ont atteint 3,2 milliards de "
                "dirhams en 2022. Les deux pays veulent les doubler."
            ),
            3.2 * B,
            None,
            "MAD",
            "actual",
            "trade",
        ),
        (
            (
                "La Banque mondiale a approuvé un crédit de 300 millions de dollars pour la Côte "
                "d'Ivoire. Il servira à financer des écoles."
            ),
            300 * M,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            "Afreximbank arranged a ₦500 billion credit facility for the Nigerian refinery in Lagos.",
            500 * B,
            None,
            "NGN",
            "commitment",
            "loan",
        ),
        (
            ("Ghana received the third tranche of $360 million from the IMF under its extended credit facility."),
            360 * M,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            ("The IMF executive board approved the release of a $1.1 billion tranche to Pakistan on Friday."),
            1.1 * B,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            ("China's central bank agreed a currency swap of 10 billion yuan with the Central Bank of Sri Lanka."),
            10 * B,
            None,
            "CNY",
            "commitment",
            {"loan", "other"},
        ),
        (
            "Turkey and Qatar expanded their currency swap agreement to $15 billion.",
            15 * B,
            None,
            "USD",
            "commitment",
            {"loan", "other"},
        ),
        (
            "Trade turnover between Russia and India exceeded $65 billion in 2023, Moscow said.",
            65 * B,
            None,
            "USD",
            "actual",
            "trade",
        ),
        (
            "Russia will allocate 12 billion rubles for the construction of schools in Tajikistan.",
            12 * B,
            None,
            "RUB",
            "commitment",
            {"aid", "project"},
        ),
        (
            ("Uzbek and Turkmen leaders agreed to bring trade turnover to $2 billion in the coming years."),
            2 * B,
            None,
            "USD",
            "target",
            "trade",
        ),
        (
            "Azerbaijan's exports to Georgia totalled 820 million manat in the first half of the year.",
            820 * M,
            None,
            "AZN",
            "actual",
            "trade",
        ),
        (
            "The Georgian government will spend 300 million lari on the Anaklia deep-sea port.",
            300 * M,
            None,
            "GEL",
            "commitment",
            "project",
        ),
        (
            "Chinese FDI stock in Cambodia reached $11 billion at the end of 2022.",
            11 * B,
            None,
            "USD",
            "actual",
            "investment",
        ),
        (
            "Japan pledged ¥50 billion in yen loans to Vietnam for the Ho Chi Minh City metro line.",
            50 * B,
            None,
            "JPY",
            "commitment",
            "loan",
        ),
        (
            ("South Korea will provide 1.3 trillion won in concessional loans to Uzbekistan through 2027."),
            1.3 * T,
            None,
            "KRW",
            "commitment",
            "loan",
        ),
        (
            "Indonesia's exports to India reached Rp 300 trillion last year, Jakarta said.",
            300 * T,
            None,
            "IDR",
            "actual",
            "trade",
        ),
        (
            "Chinese firms pledged RM170 billion in investments in Malaysia during the visit.",
            170 * B,
            None,
            "MYR",
            "commitment",
            "investment",
        ),
        ("Thailand approved a 4 billion baht grant for a road in Laos.", 4 * B, None, "THB", "commitment", "aid"),
        (
            ("Australia will provide A$250 million in development assistance to Papua New Guinea over four years."),
            250 * M,
            None,
            "AUD",
            "commitment",
            "aid",
        ),
        (
            "New Zealand announced NZ$20 million in climate finance for Pacific island states.",
            20 * M,
            None,
            "NZD",
            "commitment",
            "aid",
        ),
        ("Canada pledged C$100 million in humanitarian aid to Ukraine.", 100 * M, None, "CAD", "commitment", "aid"),
        (
            "Britain's trade with the Gulf states was worth £60 billion last year.",
            60 * B,
            None,
            "GBP",
            "actual",
            "trade",
        ),
        (
            "The European Union approved a €1.5 billion macro-financial assistance loan for Egypt.",
            1.5 * B,
            None,
            "EUR",
            "commitment",
            "loan",
        ),
        (
            "Saudi Arabia deposited $3 billion in the State Bank of Pakistan to shore up its reserves.",
            3 * B,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            ("The Saudi Fund for Development signed a SR 150 million soft loan for a hospital in Tunisia."),
            150 * M,
            None,
            "SAR",
            "commitment",
            "loan",
        ),
        (
            ("Qatar's investments in the United Kingdom exceed QR 150 billion, the Qatari ambassador said."),
            150 * B,
            None,
            "QAR",
            "actual",
            "investment",
        ),
        (
            "The Kuwait Fund lent KD 25 million to Bangladesh for a bridge over the Padma.",
            25 * M,
            None,
            "KWD",
            "commitment",
            "loan",
        ),
        ("South African exports to Zimbabwe were worth R35 billion in 2023.", 35 * B, None, "ZAR", "actual", "trade"),
        (
            ("Trade between the two countries is expected to reach between $3 billion and $4 billion by 2026."),
            3 * B,
            4 * B,
            "USD",
            "other",
            "trade",
        ),
        (
            "The bridge project will cost from 1.5 to 2 billion dollars, the contractor said.",
            1.5 * B,
            2 * B,
            "USD",
            {"commitment", "other"},
            "project",
        ),
        (
            "Remittances from the Gulf are estimated at $8 billion to $10 billion a year.",
            8 * B,
            10 * B,
            "USD",
            "actual",
            "other",
        ),
        (
            "Remittances from Saudi Arabia to Pakistan rose to $7.4 billion in fiscal 2023.",
            7.4 * B,
            None,
            "USD",
            "actual",
            "other",
        ),
        (
            "Washington imposed tariffs on $300 billion of Chinese goods.",
            300 * B,
            None,
            "USD",
            {"actual", "other"},
            "trade",
        ),
        (
            "Paris Club creditors agreed to write off $2.4 billion of Iraq's debt.",
            2.4 * B,
            None,
            "USD",
            "commitment",
            {"aid", "loan"},
        ),
        (
            "Rosatom signed a $20 billion contract to build Egypt's first nuclear power plant.",
            20 * B,
            None,
            "USD",
            "commitment",
            "project",
        ),
        (
            "A Turkish company won a $1.2 billion contract for the Dhaka elevated expressway.",
            1.2 * B,
            None,
            "USD",
            "commitment",
            "project",
        ),
        (
            "Washington unveiled a $95 billion aid package that includes $61 billion for Ukraine.",
            95 * B,
            None,
            "USD",
            "commitment",
            "aid",
        ),
        (
            "Washington unveiled a $95 billion aid package that includes $61 billion for Ukraine.",
            61 * B,
            None,
            "USD",
            "commitment",
            "aid",
        ),
        (
            "Saudi Arabia pledged to invest $25 billion in Pakistan's mining and agriculture sectors.",
            25 * B,
            None,
            "USD",
            "commitment",
            "investment",
        ),
        (
            "The two sides aim to attract $10 billion in investment over the next five years.",
            10 * B,
            None,
            "USD",
            "target",
            "investment",
        ),
        (
            "The 2025 budget sets aside $2 billion for humanitarian aid to Gaza.",
            2 * B,
            None,
            "USD",
            "commitment",
            "aid",
        ),
        (
            ("The Asian Development Bank approved a $45 million grant to Tajikistan to rehabilitate schools."),
            45 * M,
            None,
            "USD",
            "commitment",
            "aid",
        ),
        (
            "China Development Bank lent Angola two billion dollars against future oil sales.",
            2 * B,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        ("Pakistan's trade deficit with China widened to $12 billion.", 12 * B, None, "USD", "actual", "trade"),
        ("Vietnam targets exports of $400 billion this year.", 400 * B, None, "USD", "target", "trade"),
        (
            "Mongolia's trade with China totalled 2.5 trillion tugriks in the first quarter.",
            2.5 * T,
            None,
            "MNT",
            "actual",
            "trade",
        ),
        (
            "Turkey allocated 500 million lira for reconstruction in the quake zone.",
            500 * M,
            None,
            "TRY",
            "commitment",
            {"aid", "other", "project"},
        ),
        (
            "Poland will spend 4.5 billion zlotys on the new Baltic container port.",
            4.5 * B,
            None,
            "PLN",
            "commitment",
            "project",
        ),
        (
            ("Pakistan allocated Rs 1.1 trillion for the Public Sector Development Programme in the federal budget."),
            1.1 * T,
            None,
            "PKR",
            "commitment",
            {"other", "project"},
        ),
        (
            "Kazakhstan and China want to double trade to $40 billion, up from $20 billion now.",
            40 * B,
            None,
            "USD",
            "target",
            "trade",
        ),
        (
            "Kazakhstan and China want to double trade to $40 billion, up from $20 billion now.",
            20 * B,
            None,
            "USD",
            "actual",
            "trade",
        ),
    ],
)
def test_money_in_documents_from_many_regions(text, amount, amount_max, currency, kind, subject):
    assert_one_money_fact(text, amount, amount_max, currency, kind, subject)
