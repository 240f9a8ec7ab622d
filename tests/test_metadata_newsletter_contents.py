"""A newsletter's head: the body that sends it, the issue's line (`Newsletter | No. 12 | 3 March 2009`, `Lettre
d'information n° 45 - juin 2016`) and its contents under a label (`IN THIS ISSUE: Trade | Events`, `En este número:
...`); the first story's headline comes under them (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = {
    "en": "Exporters from both countries signed contracts worth millions at the fair, the organisers said on Friday.\n",
    "es": "Los exportadores de ambos países firmaron contratos durante la feria, informaron los organizadores.\n",
    "fr": "Les exportateurs des deux pays ont signé des contrats pendant la foire, ont indiqué les organisateurs.\n",
    "pt": "Os exportadores dos dois países assinaram contratos durante a feira, informaram os organizadores.\n",
}


@pytest.mark.parametrize(
    ("language", "head", "headline"),
    [
        (
            "en",
            "KENYA-GERMAN BUSINESS ASSOCIATION\nNewsletter | No. 12 | 3 March 2009\n\n"
            "IN THIS ISSUE: Trade fair | New members | Events",
            "Exporters flock to the Nairobi trade fair",
        ),
        (
            "en",
            "Monthly Bulletin - April 2015\n\nIn this issue: Energy | Transport | Diary",
            "Solar plant deal signed in Tunis",
        ),
        (
            "en",
            "CANADA-ASEAN BUSINESS COUNCIL\n\nIN THIS EDITION: Market access | Visas | Calendar of events",
            "Halifax exporters meet buyers from Jakarta",
        ),
        (
            "es",
            "Boletín mensual | Mayo 2017\n\nEN ESTE NÚMERO: Comercio | Inversiones | Agenda",
            "Crecen las exportaciones a China",
        ),
        (
            "fr",
            "Lettre d'information n° 45 - juin 2016\n\nDANS CE NUMÉRO : Commerce | Agenda",
            "Les échanges avec le Maroc progressent",
        ),
        ("fr", "Au sommaire : Commerce | Énergie | Agenda", "Le Ghana ouvre un bureau commercial à Abidjan"),
        (
            "pt",
            "Boletim informativo nº 8 - março de 2020\n\nNESTA EDIÇÃO: Comércio | Investimentos | Agenda",
            "Exportações para Angola voltam a crescer",
        ),
    ],
)
def test_the_first_story_under_the_issue_and_its_contents(language, head, headline):
    text = f"{head}\n\n{headline}\n\n{BODY[language]}"
    assert extract_metadata(text).title == headline


def test_an_issue_line_alone_above_the_body_is_no_headline():
    text = "Lettre d'information n° 45 - juin 2016\n\n" + BODY["fr"]
    assert extract_metadata(text).title is None
