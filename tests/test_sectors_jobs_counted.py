"""Labour counted in heads: a figure of jobs ("will create 1,800 direct jobs", "generará 3.500 empleos directos") or
of people that a verb of employing or hiring counts ("will employ about 40,000 people", "has hired 7,200 Zambians",
"some 12,000 Bolivians are now employed on the line") is labour (the guidelines' workers and manpower), whatever the
works, the plant or the firm that gives the work. A sum of money, a share or a firm's staff in its profile is no such
count. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language",
    [
        ("The Hyundai assembly line in Chennai will create 1,800 direct jobs, the Tamil Nadu government said.", "en"),
        ("Officials in Lusaka said the copper refinery would bring about 2,400 new jobs to the Copperbelt.", "en"),
        ("The Vietnamese portal said the two electronics plants would employ about 40,000 people.", "en"),
        ("The Turkish contractor has hired 7,200 Zambians so far and expects to employ 9,000 next year.", "en"),
        ("Some 12,000 Bolivians are now employed on the line, the Chinese embassy in La Paz said.", "en"),
        ("About 3,500 Filipinos had been employed at the shipyard in Subic before it closed.", "en"),
        ("Egyptian firms employ more than 15,000 Sudanese in Khartoum, the trade attaché said.", "en"),
        ("The Indian-built textile park at Hawassa will employ up to 60,000 Ethiopians.", "en"),
        ("Tata Steel said its plant in Kalinganagar employs 6.2 lakh workers across the supply chain.", "en"),
        ("La planta de Nissan en Aguascalientes generará 3.500 empleos directos a partir de 2026.", "es"),
        ("Las obras de la represa, financiadas por China, crearán 1.200 empleos en la provincia.", "es"),
        ("La empresa coreana empleará a 900 personas en su fábrica de Monterrey.", "es"),
        ("Le projet de l'usine Renault de Tanger devrait créer 6 000 emplois directs d'ici 2027.", "fr"),
        ("Selon le ministère sénégalais, la raffinerie emploie 1 200 salariés et en embauchera 300 de plus.", "fr"),
        ("A fábrica da BYD em Camaçari vai gerar 5.000 empregos diretos, disse o governador da Bahia.", "pt"),
        ("A construtora chinesa empregará cerca de 2.000 moçambicanos na obra da ponte.", "pt"),
    ],
)
def test_work_counted_in_heads_is_labour(text: str, language: str) -> None:
    assert "labour" in sectors_of(text, language)


@pytest.mark.parametrize(
    "text, language",
    [
        ("Portugal abriu uma linha de crédito de 80 milhões de euros, dos quais 30 milhões estavam contratados.", "pt"),
        ("Con 25 años en el país, la firma es el primer productor privado de gas, con más de 900 empleados.", "es"),
        ("The Korean carmaker employed 3 percent more robots on its lines than a year earlier.", "en"),
        ("The two ministers signed the road agreement in Astana; the 2019 accord had set out its route.", "en"),
        ("Rwanda hired a consultant to review the 120-kilometre road before the loan of $80 million was signed.", "en"),
    ],
)
def test_no_count_of_work_is_no_labour(text: str, language: str) -> None:
    assert "labour" not in sectors_of(text, language)
