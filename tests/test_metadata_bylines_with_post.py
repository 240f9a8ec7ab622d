"""A byline with the writer's post and place after a spaced dash, above the headline (texts written for these tests):
the headline under it is the title."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "Os governos do Brasil e de Moçambique assinaram nesta terça-feira três acordos de cooperação em saúde e "
    "agricultura, informou o Itamaraty.\n\nA próxima reunião está prevista para o segundo semestre.\n"
)
HEADLINE = "Brasil e Moçambique assinam acordos de saúde e agricultura"


@pytest.mark.parametrize(
    "byline",
    [
        "Por Ana Paula Ribeiro - Repórter da Agência Nacional - Brasília",
        "Por João Carlos dos Santos – Enviado especial – Maputo",
        "Por Lucía Fernández - Corresponsal - Buenos Aires",
        "Par Awa Ndiaye - Envoyée spéciale à Dakar",
        "By Ana Ruiz - Staff Reporter - Nairobi",
    ],
)
def test_a_byline_with_post_and_place_is_not_the_title(byline):
    page = f"Agência Nacional | Internacional\nPublicado em 15/05/2025 - 18:40\n{byline}\n\n{HEADLINE}\n\n{BODY}"
    assert extract_metadata(page).title == HEADLINE


@pytest.mark.parametrize("headline", ["Brasil - Moçambique: acordos de saúde e agricultura assinados em Maputo"])
def test_a_headline_with_a_spaced_dash_stays_the_title(headline):
    assert extract_metadata(f"{headline}\n\nPor Ana Ruiz\n\n{BODY}").title == headline
