"""Two classes of words in another sense. `train` before the people it teaches, named by their state ("and train
Nepali engineers") or by a word of people taught a trade or a post ("train recruits"), is a verb of schooling, no
rail; a train of rail stays transport. A town named by a cue word alone in running text of its own state's language
("segue para o Porto", "no Porto") and large towns whose name holds a cue ("Port Sudan", "Puerto Montt", "Porto
Velho") are places, no works; a port named after the word ("o Porto de Santos") stays a port. Every sentence was
written for these tests."""

import pytest

from pipelines.extract.sectors import _place_spans
from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo said it would fund two clinics and train Nepali engineers in quake-resistant building methods.",
        "Canberra will build police barracks, train recruits and connect rural districts to the grid.",
        "Under the agreement Turkey will equip and train Somali soldiers at its base in Mogadishu.",
        "Cuba agreed to send doctors and train Angolan nurses at the hospital in Luanda.",
        "Seoul will fund the academy and train Filipino crews under a two-year programme.",
        "The Indian Navy offered to map the reefs and train Mauritian divers and sailors.",
        "Brazil will donate seed and train Mozambican agronomists and farmers in Nampula.",
        "The grant will train apprentices and volunteers from Kiribati and Tuvalu in solar repairs.",
        "Germany pledged to renovate the academy and train Ghanaian firefighters and paramedics.",
        "Morocco will open a school in Bamako and train Malian imams and teachers, the two ministers agreed.",
    ],
)
def test_train_before_the_people_taught_is_no_rail(text):
    assert "transport" not in sectors_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two countries agreed to open a train service between Almaty and Urumqi next year.",
        "A new freight train between Chongqing and Duisburg was launched under the agreement.",
        "Both sides agreed that the train would run twice a week from Tashkent to Termez.",
    ],
)
def test_a_train_of_rail_stays_transport(text):
    assert "transport" in sectors_of(text)


@pytest.mark.parametrize(
    "text, language",
    [
        ("O ministro visita Lisboa na terça-feira e segue depois para o Porto, onde se reúne com empresários.", "pt"),
        ("A Agência anunciou um programa de feiras em Lisboa e no Porto para empresas angolanas.", "pt"),
        ("O presidente cabo-verdiano chega ao Porto na quinta-feira para uma visita de dois dias.", "pt"),
        ("A delegação moçambicana esteve no Porto e em Braga, onde assinou acordos de geminação.", "pt"),
        ("UN relief officials met the two delegations in Port Sudan on Monday to discuss a ceasefire.", "en"),
        ("The ministers signed the agreement in Port Said after a day of talks.", "en"),
        ("Los cancilleres firmaron el acuerdo en Puerto Montt tras dos días de reuniones.", "es"),
        ("O acordo de cooperação foi assinado em Porto Velho pelos dois governadores.", "pt"),
    ],
)
def test_a_town_named_by_a_cue_is_a_place(text, language):
    sectors = sectors_of(text, language)
    assert "transport" not in sectors and "infrastructure" not in sectors


@pytest.mark.parametrize(
    "text, language",
    [
        ("Os dois governos acordaram modernizar o porto de Nacala com um crédito japonês.", "pt"),
        ("Os dois países acordaram ampliar o porto da Beira e a linha férrea de Sena.", "pt"),
        ("The two sides agreed to expand the port of Mombasa and its rail link.", "en"),
    ],
)
def test_a_port_named_after_the_word_stays_a_port(text, language):
    assert "transport" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "A empresa vai investir num terminal de granéis no Porto de Santos.",
        "O Porto de Leixões recebeu 40 navios.",
        "A carga segue do Porto Norte para a Europa.",
    ],
)
def test_a_port_with_its_name_after_the_word_is_no_town(text):
    assert _place_spans(text, "pt") == []
