"""A block of other stories' headlines under a label such as `Lo más leído`, `Les plus lus`, `Mais lidas` or `Trending
now` before the story: none of its lines is the headline, and its dates are not the page's (texts written for these
tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "Los dos gobiernos acordaron el martes ampliar la cooperación en agricultura, transporte marítimo y energías "
    "renovables, según informaron fuentes oficiales tras las reuniones.\n"
)

LABELS = [
    "Lo más leído",
    "Lo más visto",
    "Las más leídas",
    "Últimas noticias",
    "Les plus lus",
    "Dernières actualités",
    "Mais lidas",
    "Últimas notícias",
    "Trending now",
    "Most viewed",
    "Editor's picks",
    "Latest",
]


@pytest.mark.parametrize("label", LABELS)
def test_a_labelled_list_of_other_stories_is_no_headline(label):
    headline = "Bolivia y Paraguay firman un acuerdo de gas"
    text = (
        f"{label}\nSube el precio del cobre - 4 de mayo de 2023\nNuevo récord de exportaciones agrícolas\n\n"
        f"{headline}\n\n10 de mayo de 2023\n\n{BODY}"
    )
    meta = extract_metadata(text)
    assert (meta.title, meta.publication_date) == (headline, date(2023, 5, 10))
