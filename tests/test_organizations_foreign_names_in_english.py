"""Bodies named in their own language inside an English article: a foreign head noun, then capitalised words
joined by that language's small words (`de`, `do`, `e`, `di`, `ng`), one name; two such bodies, or an English
body and a foreign one, joined by `and` stay two."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, language="en") if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exporters in Recife borrowed from the Banco do Nordeste do Brasil last year.",
            {"Banco do Nordeste do Brasil"},
        ),
        (
            "Shares held by the Caisse des Dépôts et Consignations were sold on Tuesday.",
            {"Caisse des Dépôts et Consignations"},
        ),
        (
            "The Istituto per la Ricostruzione Industriale sold its stake in the steelworks.",
            {"Istituto per la Ricostruzione Industriale"},
        ),
        (
            "Remittances to Cebu rose 4 percent, the Bangko Sentral ng Pilipinas reported.",
            {"Bangko Sentral ng Pilipinas"},
        ),
        ("A fund run by Cassa Depositi e Prestiti will back the Tunisian grid link.", {"Cassa Depositi e Prestiti"}),
        (
            "The Banque Centrale des Etats de l'Afrique de l'Ouest kept its rate at 3.5 percent.",
            {"Banque Centrale des Etats de l'Afrique de l'Ouest"},
        ),
        (
            "Officials of the Centro de Estudios Monetarios Latinoamericanos met in Lima.",
            {"Centro de Estudios Monetarios Latinoamericanos"},
        ),
    ],
)
def test_a_foreign_name_is_read_whole(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two bodies: a conjunction before a second head, or English `and the` before a foreign head
        (
            "The credit line comes from Caixa Geral de Depósitos e Banco Português de Fomento.",
            {"Caixa Geral de Depósitos", "Banco Português de Fomento"},
        ),
        (
            "The Ministry of Trade and the Banco Central de Reserva del Perú will publish the figures.",
            {"Ministry of Trade", "Banco Central de Reserva del Perú"},
        ),
        # the name ends before an office, a day, a possessive's noun and an English word
        ("Banco de la Nación Argentina President Ana Ruiz signed the loan.", {"Banco de la Nación Argentina"}),
        ("The Banque de France's deputy governor spoke in Dakar.", {"Banque de France"}),
        ("The Universidade de Coimbra on Monday opened a campus in Luanda.", {"Universidade de Coimbra"}),
    ],
)
def test_a_foreign_name_ends_where_its_words_end(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Luiz Inácio Lula da Silva flew to Rio de Janeiro on Sunday.",  # persons and cities hold the small words too
        "Vasco da Gama sailed past the Cabo da Boa Esperança in 1497.",
        "The Union de la Défense was a slogan, not a body.",  # a head English writes as its own word opens nothing
        "Exports to the República Dominicana rose 8 percent.",  # a state is no body
        "Home | Banco Nuevo | Contacto | Noticias",  # page furniture
    ],
)
def test_no_body_without_a_foreign_head_or_on_a_menu(text):
    assert organizations(text) == set()
