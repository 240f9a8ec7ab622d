"""In Spanish, French and Portuguese, an office said right before a later mention by surname ("el canciller Bielsa",
"le ministre Talbi", "o chanceler Vieira") is the person's office when the first mention gave none: the writer's
own word wins over the holders' table's English office. Sentences written for this test; traps: an office the first
mention gives stays."""

import pytest

from pipelines.extract.actors import extract_actors


def roles(text, language):
    return {a.name: a.role for a in extract_actors(text, language=language) if a.actor_type == "person"}


OFFICES = [
    (
        "es",
        "Rafael Bielsa habló de comercio con sus pares. Luego, el canciller Bielsa viajó a Pekín.",
        "Rafael Bielsa",
        "canciller",
    ),
    (
        "es",
        "¿Y el canciller Bielsa? Rafael Bielsa habló de comercio con sus pares asiáticos.",
        "Rafael Bielsa",
        "canciller",
    ),
    (
        "es",
        "Luisa Ortega Díaz dijo que el acuerdo es bueno. La vicepresidenta Ortega Díaz firmó dos convenios.",
        "Luisa Ortega Díaz",
        "vicepresidenta",
    ),
    (
        "es",
        "Ignacio Briones presentó las cifras. Según el ministro Briones, el déficit bajará.",
        "Ignacio Briones",
        "ministro",
    ),
    (
        "fr",
        "Rachid Talbi a parlé du commerce. Ensuite, le ministre Talbi s'est rendu à Pékin.",
        "Rachid Talbi",
        "ministre",
    ),
    (
        "fr",
        "Aminata Touré a reçu la délégation. Pour la Première ministre Touré, le projet est prioritaire.",
        "Aminata Touré",
        "Première ministre",
    ),
    (
        "fr",
        "Koffi Mensah a déclaré que l'accord est bon. L'ambassadeur Mensah a salué le texte.",
        "Koffi Mensah",
        "ambassadeur",
    ),
    (
        "pt",
        "Mauro Vieira falou de comércio. Depois, o chanceler Vieira viajou para Pequim.",
        "Mauro Vieira",
        "chanceler",
    ),
    (
        "pt",
        "Teresa Ribeiro disse que o acordo é bom. A secretária Ribeiro lembrou o acordo de 2019.",
        "Teresa Ribeiro",
        "secretária",
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "role"), OFFICES)
def test_the_office_before_a_surname_is_the_persons(language, text, name, role):
    assert roles(text, language)[name] == role


def test_an_office_the_first_mention_gives_stays():
    found = roles(
        "El ministro de Economía, Axel Ruiz Soto, habló primero. Después, el presidente Ruiz Soto cerró.", "es"
    )
    assert found["Axel Ruiz Soto"] == "ministro"
