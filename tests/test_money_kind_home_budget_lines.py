"""Kind of a line of a state's own budget for something at home ("the Treasury has set aside Sh15 billion in the
2021/22 budget for the port road", "el presupuesto de 2022 destina ... a obras viales"): money a state allocates,
earmarks or budgets is granted to its purpose, a commitment as the spec's money pledged or granted is, whether it
goes to works at home, to another state or to a group of states; a budget as a whole, its deficit or a budget
passed stays other. The spec's reading, and that of most writers (B, C, D, E, F, L, AD, AF and AH read such lines
committed; I and O other). The first battery's sentences were written for an earlier reading of this class (other);
the second battery was written for this one (other states and outlets, es/fr/pt). Every sentence here was written
for these tests."""

import pytest

from pipelines.extract.money import extract_money


def _kinds(text: str, language: str = "en") -> list[str]:
    return [m.kind for m in extract_money(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Kenyan government has set aside Sh15 billion in the 2021/22 budget for the Lamu port road.", "en"),
        (
            "Finance Minister Ishaq Dar said the government had allocated "
            "Rs 45 billion for the motorway in the federal budget.",
            "en",
        ),
        ("The Ghanaian Treasury earmarked GH¢800 million in the 2019 budget for the Eastern Railway Line.", "en"),
        (
            "Uganda's 2024/25 budget allocates Shs 2.1 trillion to "
            "roads and bridges, Finance Minister Matia Kasaija said.",
            "en",
        ),
        (
            "The Philippine government has earmarked P12 billion in next year's budget for the Subic-Clark railway.",
            "en",
        ),
        ("Dhaka will allocate Tk 1,200 crore in the annual development programme for the Padma rail link.", "en"),
        (
            "The Nigerian federal government budgeted N250 billion for the Lagos-Ibadan railway in the 2018 budget.",
            "en",
        ),
        ("Jakarta has set aside Rp 5 trillion in the 2023 state budget for the new capital's toll roads.", "en"),
        (
            "The Serbian government allocated RSD 4 billion in this "
            "year's budget for its share of the Belgrade bypass.",
            "en",
        ),
        (
            "Egypt's budget for FY2023/24 allocates EGP 530 billion for public investment, the finance minister said.",
            "en",
        ),
        ("The Mongolian cabinet has earmarked MNT 300 billion in the 2022 budget for the new airport road.", "en"),
        (
            "The government has allocated Rs 60 billion to the Ehsaas "
            "cash transfer programme in the budget for 2021-22.",
            "en",
        ),
        ("Armenia's 2019 state budget provides 12 billion drams for the North-South highway.", "en"),
        ("The Sri Lankan Treasury set aside Rs. 20 billion in the 2017 budget for the Kandy expressway.", "en"),
        (
            "The Zambian government has allocated K1.5 billion in the 2020 budget for fertiliser subsidies to farmers.",
            "en",
        ),
        (
            "El Gobierno boliviano asignó 800 millones de bolivianos "
            "en el presupuesto de 2019 para la carretera a Trinidad.",
            "es",
        ),
        ("El presupuesto de Paraguay para 2022 destina 1,2 billones de guaraníes a obras viales.", "es"),
        ("El Gobierno peruano destinará S/ 900 millones del presupuesto de 2023 a la reconstrucción del norte.", "es"),
        ("Le gouvernement sénégalais a inscrit 40 milliards de francs CFA dans le budget 2020 pour le TER.", "fr"),
        ("Le budget 2021 du Cameroun prévoit 150 milliards de francs CFA pour les routes du Nord.", "fr"),
        (
            "O governo moçambicano inscreveu 3 mil milhões de meticais "
            "no Orçamento do Estado de 2020 para estradas rurais.",
            "pt",
        ),
        (
            "O Orçamento Geral do Estado angolano para 2019 prevê 80 "
            "mil milhões de kwanzas para a reabilitação de estradas.",
            "pt",
        ),
        ("The government has earmarked RSD 3 bln in next year's budget for Serbia's share of the bypass works.", "en"),
    ],
)
def test_a_line_of_a_states_own_budget_for_itself_is_committed(text, language):
    assert _kinds(text, language) == ["commitment"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The 2024 budget request includes $300 million for Honduras, the State Department said.", "en"),
        ("The European Union allocated €45 million to Malawi's secondary schools.", "en"),
        ("Qatar's emir directed officials to allocate $2bn for new investments in Egypt.", "en"),
        ("The Asian Development Bank has set aside $500 million in loans for Pacific island states.", "en"),
        ("Japan has earmarked 30 billion yen for the Mindanao railway.", "en"),
        ("India's budget earmarks Rs 700 crore for assistance to Bhutan.", "en"),
        ("Pacific island nations were allocated A$1.9 billion in the budget, the foreign minister said.", "en"),
    ],
)
def test_an_allocation_for_other_states_or_by_a_donor_stays_committed(text, language):
    assert _kinds(text, language) == ["commitment"]


def test_a_states_own_share_of_shared_works_is_its_project():
    text = "The government has earmarked RSD 3 bln in next year's budget for Serbia's share of the bypass works."
    assert [(m.kind, m.subject) for m in extract_money(text)] == [("commitment", "project")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tanzania's Treasury has earmarked TSh 120 billion in the 2022/23 budget for the Dodoma outer ring road.",
            "en",
        ),
        ("The Ecuadorian government budgeted $180 million this year for rural water systems in Manabí.", "en"),
        ("Fiji's 2023-24 budget sets aside F$35 million for rural electrification on Vanua Levu.", "en"),
        (
            "Kazakhstan's government allocated 95 billion tenge from the republican budget to gasify the northern "
            "regions.",
            "en",
        ),
        (
            "The Ugandan Treasury has provided Shs 400 billion in the 2023/24 budget for the Kampala-Jinja expressway.",
            "en",
        ),
        ("Lusaka will set aside K2 billion in next year's budget for the Chingola road.", "en"),
        (
            "Le gouvernement ivoirien a affecté 60 milliards de francs CFA dans le budget 2024 à l'entretien routier.",
            "fr",
        ),
        (
            "Le Niger a inscrit 25 milliards de francs CFA dans la loi de finances 2022 pour la route Tahoua-Arlit.",
            "fr",
        ),
        (
            "El Gobierno hondureño asignó 2.500 millones de lempiras en el presupuesto de 2021 para hospitales "
            "regionales.",
            "es",
        ),
        (
            "El presupuesto uruguayo de 2023 destina 4.000 millones de pesos a la rehabilitación de rutas nacionales.",
            "es",
        ),
        (
            "O governo cabo-verdiano inscreveu 900 milhões de escudos no Orçamento do Estado para 2023 para a barragem "
            "de Salineiro.",
            "pt",
        ),
        (
            "O Orçamento Geral do Estado angolano de 2024 prevê 90 mil milhões de kwanzas para estradas rurais no "
            "Huambo.",
            "pt",
        ),
    ],
)
def test_budget_lines_of_other_states_and_outlets_are_committed(text, language):
    assert _kinds(text, language) == ["commitment"]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's 2024 budget of GH¢226 billion was read in parliament on Wednesday.",
        "The Mongolian budget for 2023 runs a deficit of MNT 1.2 trillion, the finance ministry said.",
    ],
)
def test_a_budget_as_a_whole_or_its_deficit_stays_other(text):
    assert _kinds(text) == ["other"]
