"""A page's furniture before its headline, of every outlet kind, region and language: mastheads with their edition,
sites named by their kind and owner beside their tagline (`Blog do Zé Ribeiro | Política e economia`, `el blog de
economía de ...`), a programme's headlines of a time of day (`Titulares de la noche`, `destaques do dia`), section
labels, breadcrumbs, menus, captions, date stamps with their update before or after the headline, link lists; a
headline in capitals. Each page is written for this test."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "NAIROBI: Kenya and Vietnam agreed on Monday to expand trade in tea and coffee, officials said after talks in "
    "the capital. The two sides will meet again in March to review a preferential trade deal.\n\n"
    "The trade minister said the talks had been productive.\n"
)
H = "Kenya and Vietnam agree to widen tea trade"
ES = "Argentina y Vietnam amplían el comercio de té"
FR = "Le Sénégal et le Vietnam élargissent leur commerce de thé"
PT = "Moçambique e Vietnã ampliam o comércio de chá"

CASES = [
    # mastheads / edition lines
    ("THE MORNING STANDARD\nLagos Edition · Tuesday, 4 March 2019\n\n" + H + "\n\n", H),
    ("The Island Chronicle | Suva\n\n" + H + "\n\n", H),
    ("EL HERALDO DEL SUR — Edición impresa\n\n" + ES + "\n\n", ES),
    ("Le Courrier de l'Atlas - Édition du soir\n\n" + FR + "\n\n", FR),
    ("Diário do Planalto – Edição digital\n\n" + PT + "\n\n", PT),
    # blogs with taglines
    ("Café con Datos: el blog de economía de Marta Ruiz\n\n" + ES + "\n\n", ES),
    ("Le blog de Paul Mensah - Chroniques africaines\n\n" + FR + "\n\n", FR),
    ("Blog do Zé Ribeiro | Política e economia\n\n" + PT + "\n\n", PT),
    # programme lines
    ("NEWS AT NINE — evening headlines\n\n" + H + "\n\n", H),
    ("WORLD TONIGHT | Evening bulletin\n\n" + H + "\n\n", H),
    ("TELEDIARIO 2 — Titulares de la noche\n\n" + ES + "\n\n", ES),
    ("JOURNAL DE 20H — les titres du soir\n\n" + FR + "\n\n", FR),
    ("Jornal da Manhã - destaques do dia\n\n" + PT + "\n\n", PT),
    # section labels before the headline
    ("Evening Brief: " + H + "\n\n", "Evening Brief: " + H),
    ("World | Africa\n\n" + H + "\n\n", H),
    ("Business > Trade > Asia\n\n" + H + "\n\n", H),
    ("Home / World / Asia-Pacific\n\n" + H + "\n\n", H),
    ("Inicio > Internacional > América Latina\n\n" + ES + "\n\n", ES),
    ("Accueil › Monde › Afrique\n\n" + FR + "\n\n", FR),
    ("Início / Mundo / África\n\n" + PT + "\n\n", PT),
    ("ECONOMÍA\n\n" + ES + "\n\n", ES),
    ("INTERNATIONAL\n" + FR + "\n\n", FR),
    ("Opinion\n\n" + H + "\n\n", H),
    ("ANALYSIS\n" + H + "\n\n", H),
    ("Morning Briefing: " + H + "\n\n", "Morning Briefing: " + H),
    # menus
    ("Home | World | Business | Sport | Opinion\n\n" + H + "\n\n", H),
    ("Inicio  Noticias  Deportes  Opinión  Contacto\n\n" + ES + "\n\n", ES),
    ("Accueil | Politique | Économie | Culture\n\n" + FR + "\n\n", FR),
    ("Menu\nSearch\nSubscribe\n\n" + H + "\n\n", H),
    ("Skip to main content\n\n" + H + "\n\n", H),
    ("Ir al contenido\n\n" + ES + "\n\n", ES),
    # captions/photo lines
    ("Photo: Reuters\n\n" + H + "\n\n", H),
    ("Foto: Archivo\n\n" + ES + "\n\n", ES),
    # date stamps
    ("Updated: 4 March 2019, 10:32\n" + H + "\n\n", H),
    (H + "\nUpdated 4 March 2019 10:32 GMT\n\n", H),
    ("Publicado: 04/03/2019 09:12 | Actualizado: 04/03/2019 11:40\n\n" + ES + "\n\n", ES),
    (ES + "\nActualizado el 4 de marzo de 2019 a las 11:40\n\n", ES),
    ("Publié le 04/03/2019 à 09h12, mis à jour à 11h40\n\n" + FR + "\n\n", FR),
    (FR + "\nMis à jour le 4 mars 2019\n\n", FR),
    ("Atualizado em 04/03/2019 - 11:40\n\n" + PT + "\n\n", PT),
    (PT + "\nAtualizado em 4 de março de 2019\n\n", PT),
    ("Tuesday, March 4, 2019\n\n" + H + "\n\n", H),
    ("4 March 2019 | 10:32 am\n" + H + "\n\n", H),
    # headline in capitals
    ("KENYA AND VIETNAM AGREE TO WIDEN TEA TRADE\n\n", "KENYA AND VIETNAM AGREE TO WIDEN TEA TRADE"),
    ("ARGENTINA Y VIETNAM AMPLÍAN EL COMERCIO DE TÉ\n\n", "ARGENTINA Y VIETNAM AMPLÍAN EL COMERCIO DE TÉ"),
    (
        "THE DAILY NATION\n\nKENYA AND VIETNAM AGREE TO WIDEN TEA TRADE\n\n",
        "KENYA AND VIETNAM AGREE TO WIDEN TEA TRADE",
    ),
    # link lists
    ("Related:\n- Tea prices hit record\n- Coffee exports slow\n\n" + H + "\n\n", H),
    ("Trending now\nFlood warnings issued\nElection results\n\n" + H + "\n\n", H),
    # combos
    (
        "THE COASTAL TIMES\nHome | World | Business\nWorld › Africa\n\n"
        + H
        + "\nBy Jane Wanjiru\nUpdated 4 March 2019\n\n",
        H,
    ),
    ("LA GACETA DEL PACÍFICO\nInternacional\n" + ES + "\nPor María López | 4 de marzo de 2019\n\n", ES),
    ("Le Matin d'Abidjan\nÉconomie\n" + FR + "\nPar Awa Koné - 4 mars 2019\n\n", FR),
    ("O Correio do Norte\nEconomia\n" + PT + "\nPor João Silva - 04/03/2019\n\n", PT),
    ("Subscribe | Log in\nTHE HIMALAYAN POST\n\n" + H + "\n\n", H),
    ("By Jane Wanjiru\n" + H + "\n\n", H),
    ("Advertisement\n\n" + H + "\n\n", H),
    ("Listen to this article\n" + H + "\n\n", H),
    ("5 min read\n" + H + "\n\n", H),
    ("Exclusive: " + H + "\n\n", "Exclusive: " + H),
    # a site named by its kind and owner, beside its tagline (the class this file adds)
    ("Blog de Ana Quispe | Economía andina\n\n" + ES + "\n\n", ES),
    ("The Journal of Gulf Trade — weekly notes\n\n" + H + "\n\n", H),
    ("Carnet de route d'Issa Traoré : Sahel et commerce\n\n" + FR + "\n\n", FR),
    ("Coluna do Chico Mendes - Economia e política\n\n" + PT + "\n\n", PT),
    ("Mekong Money: the newsletter of a Hanoi trader\n\n" + H + "\n\n", H),
    # a programme's headlines of a time of day (the class this file adds)
    ("NOTICIERO CENTRAL — Titulares del mediodía\n\n" + ES + "\n\n", ES),
    ("RADIO SAHEL — Les titres de la mi-journée\n\n" + FR + "\n\n", FR),
    ("Jornal da Noite - destaques da noite\n\n" + PT + "\n\n", PT),
    ("CAPITAL FM — headlines of the morning\n\n" + H + "\n\n", H),
    # headlines that stay
    ("Kenya's tea: the deal of the day\n\n", "Kenya's tea: the deal of the day"),
    (
        "Vietnam and Kenya — headlines of a long night of talks\n\n",
        "Vietnam and Kenya — headlines of a long night of talks",
    ),
    ("Le blog qui a fait tomber un ministre\n\n", "Le blog qui a fait tomber un ministre"),
]


def test_the_battery_is_large():
    assert len(CASES) >= 60


@pytest.mark.parametrize(("head", "title"), CASES)
def test_furniture_before_the_headline_is_no_headline(head, title):
    assert extract_metadata(head + BODY).title == title
