"""A photo gallery's page: its title over a stamp, then captions each led by the picture's number among the gallery's
(`3 of 5 — ...`, `Foto 2 de 4: ...`, `Photo 4 sur 6 - ...`, `2/4 | ...`) and a link to another gallery (`MORE PHOTOS:
...`, `Más fotos: ...`). The captions and the link are no headline; the gallery's title is. A headline that opens with a
count of things stays the headline (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

GALLERIES = [
    (
        "PHOTOS: Tonga's king in Suva",
        "Posted: Mar 02, 2019 4:10 PM | Updated: Mar 02, 2019 6:45 PM\nBy the palace press unit",
        "{n} of 3 — The king and the prime minister inspect the guard of honour at the wharf in the afternoon "
        "(Government photo)",
        "MORE PHOTOS: Pacific leaders in Apia (Feb 11)",
    ),
    (
        "GALERÍA: El canciller paraguayo en La Paz",
        "Publicado el 4 de junio de 2018 | Actualizado el 5 de junio de 2018",
        "Foto {n} de 3: Los dos cancilleres firman el acta de la comisión mixta en el palacio (Cancillería)",
        "Más fotos: La cumbre andina en Quito",
    ),
    (
        "EN IMAGES : le président nigérien à Cotonou",
        "Publié le 12/09/2017 | Mis à jour le 13/09/2017",
        "Photo {n} sur 3 - Les deux présidents visitent le chantier du port sec de la capitale (Présidence)",
        "Plus de photos : le sommet de Niamey",
    ),
    (
        "FOTOS: Presidente angolano visita a Namíbia",
        "Publicado em 08/11/2016 | Atualizado em 09/11/2016",
        "{n}/3 | Os dois presidentes inauguram a ponte sobre o rio Cunene diante dos ministros (Presidência)",
        "Mais fotos: A cimeira da SADC em Luanda",
    ),
]


@pytest.mark.parametrize(("title", "stamps", "caption", "more"), GALLERIES)
def test_a_gallery_s_title_is_the_headline_past_its_numbered_captions(title, stamps, caption, more):
    captions = "\n\n".join(caption.format(n=n) for n in (1, 2, 3))
    text = f"{title}\n{stamps}\n\n{captions}\n\n{more}\n"
    assert extract_metadata(text).title == title


@pytest.mark.parametrize(
    "headline",
    [
        "3 of 5 Pacific states sign the fisheries pact",
        "2 de 3 proyectos del banco regional van a Bolivia",
        "Top 10 of 2023: the deals that shaped the region",
    ],
)
def test_a_headline_that_opens_with_a_count_stays_the_headline(headline):
    body = (
        "The ministers of the region met in the capital on Tuesday to review the accords signed last year, "
        "officials said.\n"
    )
    assert extract_metadata(f"{headline}\n\n{body}").title == headline
