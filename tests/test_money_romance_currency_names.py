"""Spanish, French and Portuguese names of currencies the data lacked: rands, nairas, wons, forints as
"florines", "dírhams", Turkish pounds in French, shillings as "chelines" and "xelins", and crowns ("coronas",
"couronnes", "coroas"), by their state's adjective or by the state the sentence names. Every sentence is written
for these tests."""

import pytest

from pipelines.extract.money import extract_money


@pytest.mark.parametrize(
    "text, language, currency",
    [
        ("Pretoria destinará 4.500 millones de rands a la red eléctrica.", "es", "ZAR"),
        ("Abuja a débloqué 120 milliards de nairas pour les routes.", "fr", "NGN"),
        ("Seúl aportará 300.000 millones de wones al fondo.", "es", "KRW"),
        ("Budapest invertirá 80.000 millones de florines en la línea.", "es", "HUF"),
        ("Rabat invertirá 6.000 millones de dírhams en Marruecos.", "es", "MAD"),
        ("Ankara a consacré 7 milliards de livres turques au port.", "fr", "TRY"),
        ("Nairobi pagará 9.000 millones de chelines kenianos por el tren.", "es", "KES"),
        ("O governo do Uganda aprovou 400 mil milhões de xelins para a estrada no Uganda.", "pt", "UGX"),
        ("Estocolmo aportará 250 millones de coronas suecas a la agencia.", "es", "SEK"),
        ("Oslo versera 900 millions de couronnes norvégiennes au fonds.", "fr", "NOK"),
        ("A Dinamarca doou 150 milhões de coroas dinamarquesas.", "pt", "DKK"),
        ("La Noruega aportó 300 millones de coronas, informó el gobierno de Noruega.", "es", "NOK"),
    ],
)
def test_a_romance_currency_name_reads_as_its_currency(text, language, currency):
    assert [m.currency for m in extract_money(text, language=language)] == [currency]
