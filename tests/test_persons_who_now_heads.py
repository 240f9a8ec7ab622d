"""A clause after the name that gives the office with an adverb before its verb ("NAME, who now heads the Ministry
of ...", "NAME, who currently chairs ..."): the office the verb names. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_an_adverb_before_the_heading_verb():
    found = persons(
        "Dr Amina Wekesa, who now heads the Ministry of Investments, Trade and Industry, told a meeting in Nairobi "
        "that Kenya and the UAE would sign."
    )
    assert found["Amina Wekesa"][0] == "head"
    found = persons("Ali Raza, who currently chairs Pakistan's central bank, said trade with China would grow.")
    assert found["Ali Raza"] == ("chair", "PAK")
    found = persons("Maria Lund, who also leads the Nordic Investment Bank, said Estonia would borrow more.")
    assert found["Maria Lund"][0] == "head"


def test_an_adverb_before_another_verb_gives_no_office():
    found = persons("Ali Raza, who now lives in Dubai, said trade between Pakistan and China would grow.")
    assert found.get("Ali Raza", (None, None))[0] is None
