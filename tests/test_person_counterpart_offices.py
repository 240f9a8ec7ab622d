"""A counterpart holds the office of the person named before, for the other side: under its common name where that
person's state names it its own way, and in the masculine where the es/fr/pt office is said in the feminine (the
counterpart's own form is not known). Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def roles(text, language="en"):
    return {a.name: a.role for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    ("language", "text", "name", "office"),
    [
        (
            "en",
            "External Affairs Minister Sushma Swaraj and her Kazakh counterpart Kairat Abdrakhmanov co-chaired the "
            "commission.",
            "Kairat Abdrakhmanov",
            "Foreign Minister",
        ),
        (
            "en",
            "Secretary of State Antony Blinken met his Chinese counterpart Wang Yi in Bali on Friday.",
            "Wang Yi",
            "Foreign Minister",
        ),
        (
            "en",
            "Treasury Secretary Janet Yellen held talks with her Indian counterpart Nirmala Sitharaman in Delhi.",
            "Nirmala Sitharaman",
            "Finance Minister",
        ),
        (
            "en",
            "Foreign Affairs Minister Mélanie Joly and her Mexican counterpart, Juan Ramón de la Fuente, met.",
            "Juan Ramón de la Fuente",
            "Foreign Minister",
        ),
        (
            "es",
            "La presidenta Dina Boluarte y su par chino, Xi Jinping, firmaron ayer los convenios en Lima.",
            "Xi Jinping",
            "presidente",
        ),
        (
            "pt",
            "A ministra dos Negócios Estrangeiros, Verónica Macamo, reuniu-se em Kigali com o seu homólogo ruandês, "
            "Vincent Biruta.",
            "Vincent Biruta",
            "ministro",
        ),
    ],
)
def test_counterpart_office(language, text, name, office):
    assert roles(text, language)[name] == office


@pytest.mark.parametrize(
    ("language", "text", "name", "office"),
    [
        # the same office on both sides stays as it is
        (
            "en",
            "Foreign Secretary Vikram Misri and his Nepali counterpart Amrit Bahadur Rai held talks in Kathmandu.",
            "Amrit Bahadur Rai",
            "Foreign Secretary",
        ),
        (
            "es",
            "La canciller Diana Mondino recibió a su homólogo chileno, Alberto van Klaveren, en Buenos Aires.",
            "Alberto van Klaveren",
            "canciller",
        ),
    ],
)
def test_counterpart_of_a_common_office(language, text, name, office):
    assert roles(text, language)[name] == office
