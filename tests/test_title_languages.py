"""Headlines in French, Spanish and Portuguese pages: quotes in guillemets, breadcrumbs, menus and photo
credits around them (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "Accueil > Économie > Énergie\n\nTunis et Rome veulent « accélérer la transition » énergétique\n\n"
            "Tunis, 12/03/2023 (TAP) – Le ministre de l'Industrie a reçu son homologue italien pour le gazoduc.\n",
            "Tunis et Rome veulent « accélérer la transition » énergétique",
        ),
        (
            "Le Premier ministre promet « une relance durable »\n\n"
            "Dakar, 4 mai 2022 (APS) - Le Premier ministre a présenté son plan devant les députés.\n",
            "Le Premier ministre promet « une relance durable »",
        ),
        (
            "Home > World > Africa\nKenya and Japan agree on « green ports » programme\n"
            "NAIROBI, March 3 (Reuters) - Kenya and Japan agreed on Tuesday to upgrade two ports.\n",
            "Kenya and Japan agree on « green ports » programme",
        ),
        (
            "«Nous doublerons nos échanges d'ici 2030», affirme le ministre ivoirien\n"
            "Abidjan, 7 avril 2022 (AIP) - Le ministre du Commerce a reçu une délégation.\n",
            "«Nous doublerons nos échanges d'ici 2030», affirme le ministre ivoirien",
        ),
        (
            "« Le Gabon et la Chine relancent le port minéralier »\n\n"
            "Libreville, 9 juin 2021 (AGP) - Le président a reçu une délégation.\n",
            "Le Gabon et la Chine relancent le port minéralier",
        ),
    ],
)
def test_a_headline_with_guillemets_is_the_title(page, title):
    assert extract_metadata(page).title == title


@pytest.mark.parametrize(
    "caption",
    [
        "Le président reçoit une délégation chinoise. Photo : Présidence",
        "El canciller saluda a su homólogo en el aeropuerto. Foto: Cancillería",
        "Os presidentes durante a cerimônia no palácio. Crédito: Agência Brasil",
        "La délégation visite le chantier du nouveau port. Crédit photo : DR",
    ],
)
def test_a_photo_credit_line_above_the_headline_is_not_the_title(caption):
    page = (
        f"{caption}\nLe Gabon et la Chine relancent le projet de port minéralier\n"
        "Libreville, 9 juin 2021 (AGP) - Le président a reçu une délégation.\n"
    )
    assert extract_metadata(page).title == "Le Gabon et la Chine relancent le projet de port minéralier"


BODY = "ANKARA, March 3 (Wire) - The two ministers met on Tuesday and agreed to expand trade in textiles and grain.\n"


def test_a_breadcrumb_that_does_not_start_at_home_is_not_the_title():
    page = "News / Asia / Central Asia\nTashkent hosts regional transport forum\n" + BODY
    assert extract_metadata(page).title == "Tashkent hosts regional transport forum"


def test_a_caption_with_the_photographers_name_is_not_the_title():
    page = (
        "The president greets his guest at the palace on Monday. Photo by Jane Roe\nEgypt and Kenya sign water accord\n"
    )
    assert extract_metadata(page + BODY).title == "Egypt and Kenya sign water accord"


@pytest.mark.parametrize(
    "title",
    ["¿Qué gana Chile con el nuevo acuerdo con la India?", "What next for the Caspian gas corridor?"],
)
def test_a_headline_asked_as_a_question_is_the_title(title):
    assert extract_metadata(f"{title}\n{BODY}").title == title


def test_a_sentence_then_a_question_is_not_a_headline():
    page = "Officials met in the capital. What comes next?\n" + BODY
    assert extract_metadata(page).title is None


def test_a_spanish_byline_after_a_list_of_related_stories_marks_the_headline():
    page = (
        "Noticias relacionadas\nUruguay abre su mercado de carne a Japón\nEcuador exporta más banano\n\n"
        "Colombia y Panamá firman un acuerdo eléctrico\nPor Lucía Gómez\n"
        "Bogotá, 3 de marzo de 2022 (EFE).- Los dos gobiernos firmaron la interconexión.\n"
    )
    assert extract_metadata(page).title == "Colombia y Panamá firman un acuerdo eléctrico"


def test_a_caption_with_a_short_french_credit_is_not_the_title():
    page = (
        "Le ministre accueille la délégation à l'aéroport (Ph. AIP)\nLe Togo et le Bénin ouvrent un poste frontière\n"
        "Lomé, 3 mars 2022 (ATOP) - Les deux pays ont inauguré le poste.\n"
    )
    assert extract_metadata(page).title == "Le Togo et le Bénin ouvrent un poste frontière"
