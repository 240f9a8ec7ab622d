"""A share bar: a line of two or more share buttons (`share_bar_word` in page_cues.csv), in English, Spanish, French
or Portuguese, with a count after a button and any separator, is page furniture: no extractor reads its words as a
person's name. A sentence or a headline that names a network among other words is content. Every line is written
for these tests."""

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.boilerplate import boilerplate_spans


def _furniture(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in boilerplate_spans(text)]


SHARE_BARS = [
    "Partilhar  Tweetar  Comentários (12)",
    "Partilhar Tweetar Comentários",
    "Compartilhe | WhatsApp | Comentar",
    "Compartir  Tuitear  Comentarios (3)",
    "Compartir · Twittear · Imprimir · Enviar",
    "Partager  Tweeter  Commentaires (41)",
    "Partager | Imprimer | Envoyer",
    "Facebook  Twitter  LinkedIn  Courriel",
    "Share  Tweet  Comments (7)",
    "Share / Print / E-mail",
]


@pytest.mark.parametrize("bar", SHARE_BARS)
def test_a_line_of_share_buttons_is_furniture(bar):
    page = f"Lisboa e Luanda assinam acordo\n{bar}\nO ministro disse que o acordo seria assinado em maio.\n"
    assert _furniture(page) == [bar]


@pytest.mark.parametrize(
    "bar, language_text",
    [
        ("Partilhar  Tweetar  Comentários (12)", "O ministro Paulo Mendes disse em Maputo que o acordo avança."),
        ("Compartir  Tuitear  Comentarios (3)", "La ministra Ana Velasco dijo en Quito que el acuerdo avanza."),
        ("Partager  Tweeter  Commentaires (41)", "Le ministre Paul Mensah a dit à Accra que l'accord avance."),
    ],
)
def test_no_person_is_read_in_a_share_bar(bar, language_text):
    facts = extract_article(f"Acordo assinado\n{language_text}\n{bar}\n")
    persons = {a.name for a in facts.actors if a.actor_type == "person"}
    assert not any(word in name for name in persons for word in bar.split() if word.isalpha())


@pytest.mark.parametrize(
    "line",
    [
        "Facebook y Twitter enfrentan nuevas reglas en Brasil",
        "Le ministre a partagé sur Twitter les images de la signature.",
        "Share prices rose in Lagos after the deal.",
        "Imprimir",
        "Comentários do ministro sobre o acordo",
    ],
)
def test_a_line_with_other_words_is_content(line):
    page = f"Acordo assinado\n{line}\nO ministro disse que o acordo seria assinado em maio.\n"
    assert line not in _furniture(page)
