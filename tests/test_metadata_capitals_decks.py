"""A headline in capitals with its deck under it in sentence case (`FERRY FARES SOAR AT THE STRAIT` / `Operators blame
fuel as the new season opens`) is the headline in capitals, also when a narrow column sets it over two lines; under a
document's kind and its issuer in capitals (`COMMUNIQUÉ OF THE ...`) the line in sentence case is the headline. Pages
written for these tests."""

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.test_metadata_stamp_weekdays_and_labels import BODY


@pytest.mark.parametrize(
    ("language", "headline", "deck"),
    [
        ("en", "FERRY FARES SOAR AT THE STRAIT", "Operators blame fuel as the new season opens"),
        ("en", "WHO PAYS FOR THE NEW DAM?", "Villagers downstream want answers before the rains"),
        ("es", "LA SOJA PARAGUAYA BUSCA PUERTOS", "Los exportadores miran a Montevideo y a Rosario"),
        ("fr", "LE CORRIDOR DE LOMÉ SE DÉGRADE", "Les transporteurs burkinabè réclament des travaux avant l'hivernage"),
        ("pt", "SÃO TOMÉ QUER MAIS VOOS DIRETOS", "Governo negoceia com duas companhias para a época alta"),
    ],
)
def test_a_headline_in_capitals_over_its_deck(language, headline, deck):
    text = f"{headline}\n\n{deck}\n\n{BODY[language]}"
    assert extract_metadata(text).title == headline


def test_a_headline_in_capitals_over_two_lines_of_a_column():
    text = "HARBOUR DESK\nSAMOA TO WIDEN THE APIA\nWHARF APRON\nTender opens in May\nStaff Reporter\n" + BODY["en"]
    assert extract_metadata(text).title == "SAMOA TO WIDEN THE APIA WHARF APRON"


@pytest.mark.parametrize(
    ("language", "label", "headline"),
    [
        ("fr", "COMMUNIQUÉ DU CONSEIL DES CHARGEURS DU BURKINA", "Ouverture des inscriptions pour la saison 2019-2020"),
        ("en", "BULLETIN OF THE RESERVE BANK OF FIJI", "Remittances climb for the third month in a row"),
        ("es", "BOLETÍN DEL MINISTERIO DE OBRAS PÚBLICAS", "Se licitan los accesos al puerto de Corinto"),
    ],
)
def test_a_documents_kind_and_issuer_in_capitals_is_no_headline(language, label, headline):
    text = f"{label}\n\n{headline}\n\n{BODY[language]}"
    assert extract_metadata(text).title == headline
