"""Other stories' headlines after a related-stories label and its colon on a line ("Related stories: ...",
"Trending: A · B · C", "Notas relacionadas: ...") name no person of the article: the model's capitalised runs there
(a gas field's stage, a cup, an oil field) are dropped; a name the rules introduce in the article stays. Sentences
written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors
from pipelines.extract.boilerplate import boilerplate_spans


def persons(text, language="en"):
    return {
        a.name for a in extract_actors(text, boilerplate_spans(text), language=language) if a.actor_type == "person"
    }


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "The operator said spending would stay flat while oil prices recover, the company said on Monday.\n\n"
            "Related stories: Karaman Deep Stage 2 reaches 60% completion\n",
            "en",
        ),
        (
            "Headlines from wire services\nTrending: Andean summit · Gulf oil spill · Copa Sudamericana\n\n"
            "The two presidents sealed the jet financing at the summit on Monday, officials said.\n",
            "en",
        ),
        (
            "El dólar cerró estable, dijo el banco central el lunes.\n"
            "Notas relacionadas: El peso se recupera | Loma Campana: récord de producción\n",
            "es",
        ),
    ],
)
def test_no_person_in_other_stories_headlines(text, language):
    assert persons(text, language) == set()


def test_a_person_of_the_article_stays():
    text = (
        "Foreign Minister Ana Ruiz met her Chilean counterpart on Monday, the ministry said.\n"
        "Related: Copper exports rise in April\n"
    )
    assert "Ana Ruiz" in persons(text)
