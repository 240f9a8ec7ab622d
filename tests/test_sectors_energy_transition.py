"""An energy transition is climate work, environment, in four languages ("a pact to speed up the energy transition",
"la transition énergétique"); every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("The ministers signed a pact to speed up the energy transition and phase out coal.", "en", "environment"),
        ("Le Ghana et ses partenaires lancent un plan de transition énergétique de 3 milliards.", "fr", "environment"),
        ("O acordo apoia a transição energética do país com 1 bilhão de dólares.", "pt", "environment"),
    ],
)
def test_an_energy_transition_is_climate_work(text, language, sector):
    assert sector in sectors_of(text, language)
