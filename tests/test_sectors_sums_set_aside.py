"""A sum in any region's scale (lakh, crore, trillion, billones, trilhões) or money earmarked, allotted or mobilised
for a field is activity in it, as a sum in millions or billions is: a field named once beside such a sum counts
("Rs 6.12 lakh crore has been earmarked for infrastructure"). A field named once with no sum and no work still does
not. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, sector",
    [
        ("Rs 6.12 lakh crore has been earmarked for infrastructure in the coming year.", "en", "infrastructure"),
        ("Dhaka has allotted Tk 1,200 crore to health in the next fiscal year.", "en", "health"),
        ("Jakarta set aside Rp 3 trillion for tourism in the eastern islands.", "en", "tourism"),
        ("Regional lenders will mobilise private money for cross-border infrastructure.", "en", "infrastructure"),
        ("Nairobi has earmarked a fifth of the new budget for agriculture.", "en", "agriculture"),
        ("The plan allots ₦2 trillion to education over four years.", "en", "education"),
        ("Manila budgeted 900 billion pesos for infrastructure.", "en", "infrastructure"),
        ("El Gobierno destinará 3 billones de pesos a la educación pública.", "es", "education"),
        ("O governo prevê R$ 1,2 trilhão para a saúde até 2030.", "pt", "health"),
        ("Le gouvernement consacre 40 % du budget à l'éducation.", "fr", "education"),
    ],
)
def test_a_field_beside_a_sum_set_aside_counts(text, language, sector):
    assert sector in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, sector",
    [
        ("The minister, a former health official, arrived in Dhaka on Monday.", "health"),
        ("He was born in a tourism town on the coast and entered politics young.", "tourism"),
    ],
)
def test_a_field_in_passing_still_does_not(text, sector):
    assert sector not in sectors_of(text)
