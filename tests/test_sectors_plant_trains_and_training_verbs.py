"""A process plant's train (a liquefaction or an ammonia unit) is the plant's work, no rail; "train" before a
determiner or an adjective is the verb, schooling. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("Woodside and the Timorese government signed a deal for a new LNG train at the Sunrise field.", "en"),
        ("The plant's fourth train will start production in 2027, the partners agreed.", "en"),
        ("The partners agreed to study a second methanol train at Damietta worth $900 million.", "en"),
        ("Sonatrach y Repsol firmaron un acuerdo para un nuevo tren de GNL en Arzew.", "es"),
        ("Le consortium construira un deuxième train de liquéfaction au Cap Delgado, selon l'accord.", "fr"),
        ("A Petrobras assinou um acordo para um novo trem de GNL no Amapá.", "pt"),
    ],
)
def test_a_plants_train_is_no_rail(text: str, language: str) -> None:
    assert "transport" not in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("The railway will run fourteen trains a week between Kunming and Vientiane under the deal.", "en"),
        ("Coal trains from Mongolia to the Chinese border doubled last year, the two railways agreed.", "en"),
        ("El tren de pasajeros entre Quito y Guayaquil volverá a circular en junio tras un acuerdo.", "es"),
    ],
)
def test_trains_on_rails_stay_transport(text: str, language: str) -> None:
    assert "transport" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Under the accord Seoul will train the new Ghanaian tax inspectors and customs clerks in Busan.",
        "The agency will help train senior hospital managers in Tashkent, the two ministers agreed.",
        "The budget adds funds to buy helicopters and train new mountain battalions in the south.",
    ],
)
def test_train_before_a_determiner_or_an_adjective_is_schooling(text: str) -> None:
    assert sectors_of(text) & {"education", "transport"} == {"education"}
