"""Names an apposition after them calls a company or a body, on sentences written for these tests: the apposition
opened by a state's possessive (`NAME, Egypt's state buyer,`), with a place or a `-based` word among its modifiers
(`NAME, the Sharjah drug maker,`, `NAME, the Lagos-based logistics company,`, `NAME, the Russian-Armenian gas
joint venture,`), or headed by a noun a person may
also be called when a trade comes right before it (`drug maker`, `copper miner`, `grain exporter`, `state buyer`);
in Spanish, French and Portuguese a firm's word may open the apposition without an article (`NAME, empresa
pública de ...`). A person an apposition calls by a person's noun stays no organisation."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    return {a.name for a in extract_actors(text, (), None, [], language=language) if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wheat prices rose after Grainport, Egypt's state buyer, booked 240,000 tonnes.", "Grainport"),
        ("Dalnet, Norway's grid operator, joined the talks as an observer.", "Dalnet"),
        ("Kenvolta, Kenya's state power producer, signed the loan on Friday.", "Kenvolta"),
        ("Under the deal Minagro, Argentina's largest grain exporter, will ship soybeans to Vietnam.", "Minagro"),
        ("Perunor, Peru's biggest zinc miner, cut its forecast for the year.", "Perunor"),
        ("Talks with Thaiseed, Thailand's largest rice exporter, ended without a deal.", "Thaiseed"),
    ],
)
def test_an_apposition_opened_by_a_states_possessive(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kalpharma, the Sharjah drug maker, will open a plant in Pune.", "Kalpharma"),
        ("Modavia, the Kraków-based clothing group, opened a warehouse near Leipzig.", "Modavia"),
        ("Transloga, the Lagos-based logistics company, bought two cranes.", "Transloga"),
        ("Orvano, the Chilean copper miner, reported higher output.", "Orvano"),
        ("Fytonadzor, the Russian plant-health watchdog, lifted a ban on Turkish tomatoes.", "Fytonadzor"),
        ("The order went to Belmaq, a Johannesburg-based steel maker, in June.", "Belmaq"),
        ("Sudagro, the Khartoum cotton exporter, shipped its first cargo to Dhaka.", "Sudagro"),
        ("Viettrans, the Hanoi-based freight forwarder, opened an office in Almaty.", "Viettrans"),
        ("Lanka Fuelco, the Sri Lankan arm of Indian Oil Corporation, raised the price.", "Lanka Fuelco"),
        ("Balkabel, the Bosnian unit of an Austrian cable maker, hired 200 workers.", "Balkabel"),
        ("The plant was handed to Gazarm, the Russian-Armenian gas joint venture, in 2009.", "Gazarm"),
        ("Talks with Sinopak, the Chinese-Pakistani construction consortium, resumed.", "Sinopak"),
    ],
)
def test_an_apposition_with_a_place_or_a_trade_before_its_noun(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        ("A Aguamar, empresa pública de água e saneamento, vai gerir a rede da Praia.", "Aguamar", "pt"),
        ("El contrato lo ejecutará Vialnor, empresa estatal de carreteras, desde mayo.", "Vialnor", "es"),
        ("L'exploitation sera confiée à Ferrovia, filiale de la société nationale, dès 2026.", "Ferrovia", "fr"),
    ],
)
def test_a_romance_apposition_without_an_article(text, name, language):
    assert name in organizations(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, Chile's largest copper exporter in the 1990s, died on Monday.",
        "Then Kowalski, Poland's best-known grain trader, said prices would fall.",
        "Mr Okafor, Nigeria's oil minister, visited Abuja.",
        "Sergei Ivanov, the Moscow-based analyst, said the deal was close.",
        "The talks with Ruiz, the Madrid Ruiz family firm, ended in May.",
    ],
)
def test_a_person_an_apposition_calls_a_trader_stays_a_person(text):
    assert organizations(text) == set()
