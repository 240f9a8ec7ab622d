"""Arms control, disarmament and non-proliferation are security, and the nuclear arsenals and warheads they cut are
defence, in English, Spanish, French and Portuguese; an arsenal of tools or a body named for disarmament is neither.
Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("Washington and Moscow agreed to resume arms control talks in Vienna next month.", "en", "security"),
        ("Tokyo pledged $50 million to help Kazakhstan secure fissile material at a test site.", "en", "security"),
        ("UN weapons inspectors will return to the country under the deal signed on Friday.", "en", "security"),
        ("Both states agreed to destroy their chemical weapons stockpiles by 2027.", "en", "security"),
        ("The two governments signed a protocol on the disposal of weapons-grade plutonium.", "en", "security"),
        ("The United States will pay for weapons dismantlement in Ukraine, officials said.", "en", "security"),
        ("Chile y Perú firmaron un acuerdo de desarme y control de armamentos en la frontera.", "es", "security"),
        ("Paris et Abuja coopèrent contre la prolifération des armes de destruction massive.", "fr", "security"),
        ("Brasil e Argentina reafirmaram o compromisso com o desarmamento e a não proliferação.", "pt", "security"),
        ("The two leaders agreed to cut their strategic nuclear arsenals by a third.", "en", "defence"),
        ("The new treaty caps each side at 1,550 deployed warheads, the two countries said.", "en", "defence"),
        ("Ambos países acordaron reducir sus arsenales nucleares antes de 2030.", "es", "defence"),
        ("Les deux pays ont promis de réduire leurs ogives nucléaires.", "fr", "defence"),
    ],
)
def test_arms_control_is_security_and_arsenals_are_defence(text, language, sector):
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("The central bank has a wide arsenal of tools to defend the currency, the minister said.", "en", "defence"),
        ("Arsenal signed the Brazilian striker for a record fee, the club said.", "en", "defence"),
        ("The ambassador will address the Conference on Disarmament in Geneva on Tuesday.", "en", "security"),
    ],
)
def test_an_arsenal_of_tools_or_a_body_named_for_disarmament_is_not(text, language, sector):
    assert sector not in sectors_of(text, language)
