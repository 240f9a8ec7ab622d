"""Sector words the vocabulary lacked, of other regions and languages: fishing agreements in Spanish and Portuguese,
herders, hydro projects and power bought under contract, generic drugs, caregivers sent abroad, combined exercises,
landslides and eruptions, telephone companies, outer space and chemical plants; and the same words in passing, which
count for nothing. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("Los dos países firmaron un acuerdo pesquero para 50 buques en aguas mauritanas.", "es", "agriculture"),
        ("O acordo de pescas com Cabo Verde foi renovado por cinco anos.", "pt", "agriculture"),
        ("Les deux pays ont signé un protocole sur les ressources halieutiques.", "fr", "agriculture"),
        ("Kenya and Ethiopia signed a deal on cross-border grazing for pastoralist communities.", "en", "agriculture"),
        ("Nepal and India signed a power purchase agreement for the Arun III hydro project.", "en", "energy"),
        ("Cuba and Angola agreed to build a plant for generic drugs in Luanda.", "en", "health"),
        ("Cuba y Venezuela firmaron acuerdos sobre producción de fármacos genéricos.", "es", "health"),
        ("Manila and Tokyo agreed to deploy more caregivers under the partnership.", "en", "labour"),
        ("The two navies agreed to hold combined exercises off the coast of Chile.", "en", "defence"),
        ("Las fuerzas de ambos países realizarán ejercicios combinados en el Pacífico.", "es", "defence"),
        ("Japan sent a relief team after a landslide buried a village in Papua New Guinea.", "en", "humanitarian"),
        ("Japan pledged support for Tonga's recovery after the volcanic eruption.", "en", "humanitarian"),
        ("A Mexican group bought a stake in the Jamaican telephone company.", "en", "science_technology"),
        ("Argentina y China firmaron un acuerdo sobre el espacio ultraterrestre.", "es", "science_technology"),
        ("A Korean consortium will build a gas chemical complex on the Caspian coast.", "en", "industry"),
    ],
)
def test_words_of_other_regions_name_their_sector(text, language, sector):
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("The talks, delayed by a landslide on the airport road, ended with a deal on trade.", "en", "humanitarian"),
        ("He called the election result a landslide as the two countries signed deals.", "en", "humanitarian"),
    ],
)
def test_a_disaster_named_in_passing_is_not(text, language, sector):
    assert sector not in sectors_of(text, language)
