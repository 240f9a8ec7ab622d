"""A capitalised word that opens the sentence (a time, a connective, a possessive, a source label) is no part of
the organisation named after it, on sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    found = extract_actors(text, (), None, [], language)
    return {a.name for a in found if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Today the European Union opened talks with Tavora on a trade pact.", "en", "European Union"),
        ("Yesterday the World Bank cut its growth forecast for the region.", "en", "World Bank"),
        (
            "Following the African Development Bank's approval, work on the bridge will start in May.",
            "en",
            "African Development Bank",
        ),
        ("Our Department of Foreign Affairs and Trade will lead the delegation, the minister said.", "en", None),
        ("SOURCE Kestrel Ports Authority", "en", "Kestrel Ports Authority"),
        ("Source: Kestrel Ports Authority. The port handled 2 million containers.", "en", "Kestrel Ports Authority"),
        ("Furthermore the Asian Development Bank will finance two power lines.", "en", "Asian Development Bank"),
        ("Separately the International Monetary Fund said inflation had eased.", "en", "International Monetary Fund"),
        ("Según el Banco Mundial, la economía crecerá un 3 por ciento.", "es", "Banco Mundial"),
        ("Hoy el Banco Interamericano de Desarrollo aprobó un crédito.", "es", "Banco Interamericano de Desarrollo"),
        ("Selon la Banque mondiale, la croissance ralentira.", "fr", "Banque mondiale"),
        ("Pour Dassault Aviation, le contrat est une étape.", "fr", "Dassault Aviation"),
        ("Hoje o Banco Mundial anunciou um novo empréstimo.", "pt", "Banco Mundial"),
    ],
)
def test_a_sentence_opener_is_no_part_of_the_name(text, language, body):
    found = organizations(text, language)
    openers = {"Today", "Yesterday", "Following", "Our", "SOURCE", "Source", "Furthermore", "Separately"}
    openers |= {"Según", "Hoy", "Selon", "Pour", "Hoje"}
    assert not any(name.split()[0] in openers for name in found), found
    if body is not None:
        assert body in found, found


@pytest.mark.parametrize("word", ["Además", "Furthermore", "Yesterday"])
def test_an_opener_alone_names_no_body(word):
    assert organizations(f"{word}, the talks will resume in March.", "es" if word == "Además" else "en") == set()
