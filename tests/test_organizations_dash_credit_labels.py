"""A page's label before a dash is no part of the ministry or the mission named after it ("France Diplomatie –
Ministère de ...", "Oficina de Comunicaciones – Ministerio de ..."), while a body's short name styled before its
full name stays ("Camões - Instituto ..."), on lines written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text, language="en"):
    found = extract_actors(text, (), None, [], language)
    return {a.name for a in found if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        (
            "Le ministre a reçu son homologue à Paris.\nFrance Diplomatie – Ministère de l'Europe et des Affaires "
            "étrangères\n",
            "fr",
            "Ministère de l'Europe et des Affaires étrangères",
        ),
        (
            "El crédito financiará vivienda social.\nOficina de Comunicaciones – Ministerio de Hacienda y Crédito "
            "Público\n",
            "es",
            "Ministerio de Hacienda y Crédito Público",
        ),
        (
            "O acordo foi assinado ontem.\nAssessoria de Imprensa — Embaixada do Brasil em Luanda\n",
            "pt",
            "Embaixada do Brasil em Luanda",
        ),
        (
            "The grant will fund two clinics.\nPress Section - Embassy of Japan in Kenya\n",
            "en",
            "Embassy of Japan in Kenya",
        ),
    ],
)
def test_a_label_before_a_dash_is_no_part_of_the_name(text, language, body):
    found = organizations(text, language)
    assert body in found, found
    assert not any(" – " in name or " — " in name or " - " in name for name in found), found


def test_a_short_name_styled_before_the_full_name_stays():
    text = "O projeto é apoiado pelo Camões - Instituto da Cooperação e da Língua desde 2019."
    assert "Camões - Instituto da Cooperação e da Língua" in organizations(text, "pt")
