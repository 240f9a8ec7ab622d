"""A second batch of money sentences from many regions and kinds of documents (trade goals and reports,
investment stocks, loans and rollovers, IMF reviews, deferred payments, grants, budget support, swaps, contracts,
remittances, tariff revenue, fines, appeals), written for these tests after the first batch had been fixed
and before these were run; the expected facts are by the annotation guidelines, and where those leave two
readings open, the test accepts both."""

import pytest

from tests.conftest import assert_one_money_fact

B, M, T = 10**9, 10**6, 10**12


@pytest.mark.parametrize(
    "text, amount, amount_max, currency, kind, subject",
    [
        (
            (
                "Tanzania and Kenya agreed to lift cross-border trade to TSh 5 trillion within three "
                "years, the Tanzanian trade minister said in Dodoma."
            ),
            5 * T,
            None,
            "TZS",
            "target",
            "trade",
        ),
        (
            (
                "Oman signed contracts worth RO 450 million for the Duqm refinery, the Omani oil "
                "ministry said in Muscat."
            ),
            450 * M,
            None,
            "OMR",
            "commitment",
            "project",
        ),
        (
            "Israel's exports to the UAE reached ₪9 billion in 2023, the Israeli economy ministry said.",
            9 * B,
            None,
            "ILS",
            "actual",
            "trade",
        ),
        (
            ("Ukraine received ₴12 billion in budget support from Japan, the Ukrainian finance ministry said in Kyiv."),
            12 * B,
            None,
            "UAH",
            "commitment",
            "aid",
        ),
        (
            (
                "Armenia and Iran plan to triple bilateral trade to $3 billion by 2030, Armenian "
                "officials said in Yerevan."
            ),
            3 * B,
            None,
            "USD",
            "target",
            "trade",
        ),
        (
            (
                "Kyrgyzstan's trade turnover with China amounted to 1.5 billion dollars in "
                "January-June, the Kyrgyz statistics committee said in Bishkek."
            ),
            1.5 * B,
            None,
            "USD",
            "actual",
            "trade",
        ),
        (
            (
                "Belarus and Russia signed a 1.5 billion dollar state loan agreement for the Ostrovets "
                "nuclear plant, Minsk said."
            ),
            1.5 * B,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            (
                "Czech arms makers won orders worth CZK 12 billion from Ukraine last year, the Czech "
                "defence ministry said in Prague."
            ),
            12 * B,
            None,
            "CZK",
            "commitment",
            "other",
        ),
        (
            ("Romania attracted €7.1 billion in foreign direct investment in 2023, the National Bank of Romania said."),
            7.1 * B,
            None,
            "EUR",
            "actual",
            "investment",
        ),
        (
            (
                "Serbia borrowed 1 billion euros from the UAE under a loan agreement signed in "
                "Belgrade, the Serbian finance minister said."
            ),
            1 * B,
            None,
            "EUR",
            "commitment",
            "loan",
        ),
        (
            (
                "The World Bank approved $750 million in concessional financing for Bangladesh's power "
                "sector on Thursday."
            ),
            750 * M,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            (
                "The IMF completed the review of Sri Lanka's $2.9 billion Extended Fund Facility, "
                "unlocking about $337 million."
            ),
            2.9 * B,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            (
                "The IMF completed the review of Sri Lanka's $2.9 billion Extended Fund Facility, "
                "unlocking about $337 million."
            ),
            337 * M,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            (
                "Saudi Arabia agreed to defer payments on $1.2 billion worth of oil supplied to "
                "Pakistan, the Pakistani finance ministry said in Islamabad."
            ),
            1.2 * B,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            ("China rolled over a $2 billion loan to Pakistan for another year, the State Bank of Pakistan said."),
            2 * B,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            (
                "Nepal's remittance inflows rose to Rs 1.2 trillion in the last fiscal year, Nepal "
                "Rastra Bank said in Kathmandu. Nepal depends on workers abroad."
            ),
            1.2 * T,
            None,
            "NPR",
            "actual",
            "other",
        ),
        (
            (
                "Bhutan received Nu 4.5 billion from India for the Punatsangchhu hydropower project, "
                "the Bhutanese finance ministry said in Thimphu."
            ),
            4.5 * B,
            None,
            "BTN",
            "commitment",
            "project",
        ),
        (
            (
                "The Maldives secured a MVR 1.5 billion credit line from the State Bank of India, "
                "officials said in Male."
            ),
            1.5 * B,
            None,
            "MVR",
            "commitment",
            "loan",
        ),
        (
            (
                "Myanmar's border trade with Thailand totalled $2.3 billion in the first half, the "
                "Myanmar commerce ministry said."
            ),
            2.3 * B,
            None,
            "USD",
            "actual",
            "trade",
        ),
        (
            (
                "Cambodia and China set a target of $10 billion in annual trade, the Cambodian prime "
                "minister said in Phnom Penh."
            ),
            10 * B,
            None,
            "USD",
            "target",
            "trade",
        ),
        (
            (
                "Singapore's investment in Indonesia reached US$15.4 billion last year, making it the "
                "top investor, Jakarta said."
            ),
            15.4 * B,
            None,
            "USD",
            "actual",
            "investment",
        ),
        (
            (
                "Japan will extend ¥150 billion in loans and grants to the Philippines for the Metro "
                "Manila subway project."
            ),
            150 * B,
            None,
            "JPY",
            "commitment",
            {"loan", "aid"},  # loans and grants together: aid for most annotators, the spec leaves it open
        ),
        (
            (
                "South Korea's Exim Bank and Uzbekistan signed an EDCF loan of $300 million for a "
                "children's hospital in Tashkent."
            ),
            300 * M,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            ("Australia's two-way trade with India was worth A$46.5 billion in 2023, up 12 per cent, Canberra said."),
            46.5 * B,
            None,
            "AUD",
            "actual",
            "trade",
        ),
        (
            (
                "Fiji will receive FJ$70 million in budget support from Australia and New Zealand, the "
                "Fijian finance minister said in Suva."
            ),
            70 * M,
            None,
            "FJD",
            "commitment",
            "aid",
        ),
        (
            (
                "Argentina and Brazil agreed on a currency swap of 140,000 million pesos, the "
                "Argentine central bank said in Buenos Aires."
            ),
            140 * B,
            None,
            "ARS",
            "commitment",
            {"loan", "other"},
        ),
        (
            (
                "El gobierno peruano destinó S/ 2.500 millones a la reconstrucción del norte, informó "
                "el Ministerio de Economía en Lima. Perú sufrió inundaciones."
            ),
            2.5 * B,
            None,
            "PEN",
            "commitment",
            {"aid", "other", "project"},
        ),
        (
            (
                "Las remesas enviadas a Guatemala sumaron 19.800 millones de dólares en 2023, según el "
                "Banco de Guatemala. Es un récord para el país."
            ),
            19.8 * B,
            None,
            "USD",
            "actual",
            "other",
        ),
        (
            (
                "China y Ecuador firmaron un tratado de libre comercio; el intercambio bilateral "
                "superó los 12.000 millones de dólares el año pasado, dijo el ministro ecuatoriano."
            ),
            12 * B,
            None,
            "USD",
            "actual",
            "trade",
        ),
        (
            (
                "Le Fonds monétaire international a approuvé un décaissement de 256 millions de "
                "dollars en faveur du Bénin. Le pays poursuit ses réformes."
            ),
            256 * M,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            (
                "L'Agence française de développement accordera une subvention de 15 millions d'euros "
                "au Togo pour l'électrification rurale. Le ministre togolais a salué l'accord."
            ),
            15 * M,
            None,
            "EUR",
            "commitment",
            "aid",
        ),
        (
            (
                "Les investissements chinois au Cameroun ont atteint 1 500 milliards de FCFA, selon le "
                "ministère camerounais de l'Économie. La Chine est le premier partenaire."
            ),
            1.5 * T,
            None,
            "XAF",
            "actual",
            "investment",
        ),
        (
            (
                "A Caixa aprovou um empréstimo de R$ 800 milhões ao estado de Minas Gerais para obras "
                "de saneamento. O governo mineiro comemorou a decisão do banco."
            ),
            800 * M,
            None,
            "BRL",
            "commitment",
            "loan",
        ),
        (
            (
                "As exportações de Angola para a China somaram 20 mil milhões de dólares em 2022, "
                "segundo o governo angolano. O petróleo domina as vendas."
            ),
            20 * B,
            None,
            "USD",
            "actual",
            "trade",
        ),
        (
            (
                "Washington and Nairobi want to grow two-way trade from about $1.5 billion today to $5 "
                "billion within five years."
            ),
            1.5 * B,
            None,
            "USD",
            "actual",
            "trade",
        ),
        (
            (
                "Washington and Nairobi want to grow two-way trade from about $1.5 billion today to $5 "
                "billion within five years."
            ),
            5 * B,
            None,
            "USD",
            "target",
            "trade",
        ),
        (
            ("The tariff revenue collected on Chinese steel imports was $1.1 billion, the US customs agency said."),
            1.1 * B,
            None,
            "USD",
            "actual",
            "trade",
        ),
        (
            "The Treasury fined the bank $215 million for violating sanctions on Iran.",
            215 * M,
            None,
            "USD",
            {"actual", "other"},
            "other",
        ),
        (
            ("Ghana's cocoa board signed a $1.3 billion syndicated loan with international banks to buy the crop."),
            1.3 * B,
            None,
            "USD",
            "commitment",
            "loan",
        ),
        (
            "The Gulf Cooperation Council states pledged $10 billion over ten years to rebuild Gaza.",
            10 * B,
            None,
            "USD",
            "commitment",
            {"aid", "other"},
        ),
        (
            "The UN appealed for $2.8 billion to help 7 million Afghans this winter.",
            2.8 * B,
            None,
            "USD",
            "target",  # an appeal names a sum to raise (K, R, S writers)
            "aid",
        ),
        (
            ("The Egyptian cabinet approved a LE 15 billion allocation for the new administrative capital monorail."),
            15 * B,
            None,
            "EGP",
            "commitment",
            "project",
        ),
    ],
)
def test_money_in_a_second_batch_of_documents(text, amount, amount_max, currency, kind, subject):
    assert_one_money_fact(text, amount, amount_max, currency, kind, subject)
