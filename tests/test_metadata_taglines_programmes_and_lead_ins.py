"""Page heads of new writers' outlets, of every kind, region and language: a site's tagline under its masthead or
beside its name after a dash or a bar, a programme's or a column's name alone on a line, section labels and kickers,
a headline in capitals, a caption before the headline, breadcrumbs, menus and link lists (`Lire aussi : ...`,
`Relacionado: ...`), dates in furniture (other stories' days, copyright years, update stamps), a header that names its
title field (` date 2019-06-03 title ...`) and a dateline with its outlet after a dash. Each page is written for this
test; the headline it should give is beside it."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = {
    "en": "ACCRA, June 3 — Ghana and Morocco signed four agreements on fertiliser supply and port services on Tuesday, "
    "the two foreign ministers said after talks in the capital. A joint commission will meet in Rabat in the autumn."
    "\n\nThe ministers said trade could double within three years.\n",
    "es": "LIMA, 3 de junio — Perú y Corea del Sur firmaron el martes cuatro acuerdos sobre minería y puertos, "
    "informaron los cancilleres tras la reunión en la capital. Una comisión mixta se reunirá en Seúl en otoño.\n\n"
    "Los ministros dijeron que el comercio podría duplicarse.\n",
    "fr": "DAKAR, 3 juin — Le Sénégal et la Turquie ont signé mardi quatre accords sur les engrais et les ports, ont "
    "annoncé les deux ministres après leurs entretiens dans la capitale. Une commission mixte se réunira à Ankara à "
    "l'automne.\n\nLes ministres ont dit que les échanges pourraient doubler.\n",
    "pt": "MAPUTO, 3 de junho — Moçambique e a Índia assinaram na terça-feira quatro acordos sobre fertilizantes e "
    "portos, disseram os dois ministros após as conversações na capital. Uma comissão mista vai reunir-se em Nova "
    "Deli no outono.\n\nOs ministros disseram que o comércio pode duplicar.\n",
}
HEADLINE = {
    "en": "Ghana and Morocco sign fertiliser and port deals",
    "es": "Perú y Corea del Sur firman acuerdos de minería",
    "fr": "Le Sénégal et la Turquie signent quatre accords",
    "pt": "Moçambique e Índia assinam acordos sobre fertilizantes",
}

# (language, the page's lines above its headline)
HEADS = [
    # a site's tagline on the line under its masthead
    ("en", "THE KAMPALA OBSERVER\nUganda's independent voice since 1998\n\n"),
    ("en", "The Caspian Herald\nNews and views from Baku and beyond\n\n"),
    ("en", "MEKONG TIMES\nYour window on the lower Mekong\n\n"),
    ("en", "Pacific Daily\nServing the islands since 1962\n\n"),
    ("en", "THE ANDEAN MONITOR\nIndependent reporting on the Andes\n\n"),
    ("en", "Steppe Business Review\nThe weekly for Central Asian markets\n\n"),
    ("en", "The Baltic Sentinel\nFacts first, from Riga to Tallinn\n\n"),
    ("es", "DIARIO LA FRONTERA\nLa voz del norte argentino\n\n"),
    ("es", "El Informador del Caribe\nPeriodismo independiente desde 1975\n\n"),
    ("fr", "L'ÉCHO DU FLEUVE\nL'information au cœur du Mali\n\n"),
    ("fr", "La Gazette de Nouakchott\nLe quotidien de référence en Mauritanie\n\n"),
    ("pt", "JORNAL DO SERTÃO\nA notícia que faz a diferença\n\n"),
    ("pt", "Correio de Benguela\nO diário do sul de Angola desde 1952\n\n"),
    # ... or beside its name after a dash, a bar or a colon
    ("en", "Kampala Observer — Uganda's independent voice\n\n"),
    ("en", "The Caspian Herald | News and views from the Caspian\n\n"),
    ("en", "Mekong Times - Your window on the lower Mekong\n\n"),
    ("en", "PACIFIC DAILY – Serving the islands since 1962\n\n"),
    ("en", "Andean Monitor | Independent reporting on the Andes\n\n"),
    ("en", "The Himalayan Dispatch: stories from the roof of the world\n\n"),
    ("es", "Diario La Frontera — La voz del norte argentino\n\n"),
    ("es", "El Informador | Periodismo independiente desde 1975\n\n"),
    ("fr", "L'Écho du Fleuve - L'information au cœur du Mali\n\n"),
    ("fr", "LA GAZETTE | Le quotidien de référence en Mauritanie\n\n"),
    ("pt", "Jornal do Sertão – A notícia que faz a diferença\n\n"),
    ("pt", "Correio de Benguela | O diário do sul de Angola\n\n"),
    # a programme's or a column's name alone on a line
    ("en", "Business Tonight\n\n"),
    ("en", "THE WORLD THIS WEEK\n\n"),
    ("en", "AFRICA TODAY\n\n"),
    ("en", "Africa Business Hour\n\n"),
    ("en", "Letter from Islamabad\n\n"),
    ("en", "Diplomatic Notebook\n\n"),
    ("es", "Mirada Internacional\n\n"),
    ("es", "AMÉRICA ESTA SEMANA\n\n"),
    ("fr", "Le Journal de l'Afrique\n\n"),
    ("fr", "AFRIQUE CE SOIR\n\n"),
    ("fr", "Carnet diplomatique\n\n"),
    ("pt", "Conversa de Mercado\n\n"),
    ("pt", "ÁFRICA HOJE\n\n"),
    # a section's label or a kicker before the headline
    ("en", "Foreign Affairs\n\n"),
    ("en", "WORLD NEWS\n"),
    ("en", "Economy & Trade\n"),
    ("en", "Business — Africa\n\n"),
    ("en", "Politics / Diplomacy\n\n"),
    ("en", "News › Regional\n\n"),
    ("es", "Internacional | América Latina\n\n"),
    ("es", "Economía\n\n"),
    ("fr", "Actualités — Afrique de l'Ouest\n\n"),
    ("fr", "Économie\n"),
    ("pt", "Economia | Internacional\n\n"),
    # a photo's caption before the headline
    ("en", "Port of Tema at dusk. Photo: Kofi Mensah/Reuters\n"),
    ("en", "The two ministers at the signing in Accra (Photo: Ministry of Foreign Affairs)\n\n"),
    ("es", "Los cancilleres en Lima. Foto: Cancillería\n\n"),
    ("fr", "Les deux ministres à Dakar. (Photo : DR)\n\n"),
    ("pt", "Os ministros em Maputo. Foto: Lusa\n\n"),
    # breadcrumbs, menus and lists of other stories
    ("en", "Home > News > Africa > West Africa\n\n"),
    ("en", "News  World  Business  Sport  Culture\n\n"),
    ("en", "Most read\n1. Fuel prices rise again\n2. Cup final ends in draw\n3. New bridge opens in Kumasi\n\n"),
    ("en", "Latest stories\nCedi slips against dollar\nRains cut cocoa output\n\n"),
    ("en", "Read also: Cocoa board cuts its forecast for the season\n\n"),
    ("es", "Portada > Internacional > África\n\n"),
    ("es", "Lo más leído\n1. Sube el precio del pan\n2. Empate en el clásico\n\n"),
    ("es", "Relacionado: Sube el precio del cobre en la bolsa de Londres\n\n"),
    ("fr", "Accueil / Actualités / Afrique\n\n"),
    ("fr", "À lire aussi\nLe prix du riz augmente\nLa saison des pluies commence\n\n"),
    ("fr", "Lire aussi : Le prix du riz augmente à Dakar et à Thiès\n\n"),
    ("pt", "Início › Notícias › África\n\n"),
    ("pt", "Mais lidas\n1. Preço do pão sobe\n2. Empate no clássico\n\n"),
    ("pt", "Leia também: Preço do pão sobe pela terceira vez este ano\n\n"),
]


def test_the_battery_is_large():
    assert len(HEADS) >= 60


@pytest.mark.parametrize(("language", "head"), HEADS)
def test_the_headline_under_the_page_furniture(language, head):
    assert extract_metadata(head + HEADLINE[language] + "\n\n" + BODY[language]).title == HEADLINE[language]


@pytest.mark.parametrize("language", sorted(HEADLINE))
def test_a_headline_in_capitals(language):
    headline = HEADLINE[language].upper()
    assert extract_metadata("Home | World | Business\n\n" + headline + "\n\n" + BODY[language]).title == headline


@pytest.mark.parametrize(
    ("language", "header"),
    [
        ("en", " date 2019-06-03 title "),
        ("en", " date 2019-06-03 headline: "),
        ("es", " date 2019-06-03 título: "),
        ("fr", " date 2019-06-03 titre : "),
        ("pt", " date 2019-06-03 title "),
    ],
)
def test_a_header_that_names_its_title_field(language, header):
    """The header's line gives the title after its field's key, also when the body opens right under it."""
    meta = extract_metadata(header + HEADLINE[language] + "\n" + BODY[language])
    assert meta.title == HEADLINE[language]
    assert meta.publication_date == date(2019, 6, 3)


@pytest.mark.parametrize(
    ("language", "dateline"),
    [
        ("fr", "Dakar, le 3 juin 2019 – (Le Quotidien du Cap-Vert)\n\n"),
        ("es", "Lima, 3 de junio de 2019 — (Diario La Frontera)\n\n"),
        ("en", "Accra, 3 June 2019 - (Kampala Observer)\n\n"),
    ],
)
def test_a_dateline_with_its_outlet_after_a_dash_stands_over_the_headline(language, dateline):
    body = BODY[language].split("— ", 1)[1]
    meta = extract_metadata(dateline + HEADLINE[language] + "\n\n" + body)
    assert meta.title == HEADLINE[language]
    assert meta.publication_date == date(2019, 6, 3)


@pytest.mark.parametrize(
    ("language", "before", "after"),
    [
        ("en", "Related: Cedi slips against dollar (May 28, 2019)\n\n", "\nJune 3, 2019\n\n"),
        ("en", "", "\nBy Ama Owusu | 3 June 2019\n\nSee also: Cocoa board cuts forecast — 12 April 2018\n\n"),
        ("en", "© 2021 Kampala Observer\n\n", "\nPublished: 3 June 2019\n\n"),
        ("en", "Copyright 2008-2024 Mekong Times. All rights reserved.\n", "\n3 June 2019\n\n"),
        ("en", "", "\nLast updated: 7 June 2019 | Published: 3 June 2019\n\n"),
        ("en", "Friday, 14 June 2019\nTHE KAMPALA OBSERVER\n\n", "\nPosted on 3 June 2019 by Ama Owusu\n\n"),
        ("es", "", "\nPublicado el 3 de junio de 2019 | Actualizado el 7 de junio de 2019\n\n"),
        ("es", "Relacionado: Sube el precio del cobre (28/05/2019)\n\n", "\n03/06/2019\n\n"),
        ("es", "© 2024 Diario La Frontera\n\n", "\nLima, 3 de junio de 2019\n\n"),
        ("fr", "", "\nMis à jour le 7 juin 2019 | Publié le 3 juin 2019\n\n"),
        ("fr", "Lire aussi : Le prix du riz augmente (28 mai 2019)\n\n", "\nPublié le 3 juin 2019\n\n"),
        ("pt", "", "\nAtualizado em 07/06/2019 | Publicado em 03/06/2019\n\n"),
        ("pt", "Leia também: Preço do pão sobe (28/05/2019)\n\n", "\n3 de junho de 2019\n\n"),
    ],
)
def test_dates_in_furniture_are_not_the_publication_date(language, before, after):
    body = BODY[language].split("— ", 1)[1]
    meta = extract_metadata(before + HEADLINE[language] + after + body)
    assert meta.title == HEADLINE[language]
    assert meta.publication_date == date(2019, 6, 3)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a headline beside the site's name with nothing after it stays
        ("Kampala Observer | Ghana and Morocco sign fertiliser and port deals\n\n", HEADLINE["en"]),
        # a headline under the masthead with a byline under it
        ("The Caspian Herald\nGhana and Morocco sign fertiliser and port deals\nBy Ama Owusu\n\n", HEADLINE["en"]),
        # a headline in capitals over its deck
        (
            "GHANA AND MOROCCO SIGN PORT DEALS\n\nFertiliser supply tops the agenda of the joint commission\n\n",
            "GHANA AND MOROCCO SIGN PORT DEALS",
        ),
    ],
)
def test_headlines_that_stay(head, title):
    assert extract_metadata(head + BODY["en"]).title == title


@pytest.mark.parametrize(
    ("language", "head"),
    [
        (
            "en",
            "Arab Republic of Egypt\nMinistry of Foreign Affairs\nMedia Centre — Press Statements\n\n3 June 2019\n\n",
        ),
        ("en", "INVESTOR NOTE\nEnergy & Resources Coverage — Asia-Pacific\n3 June 2019\n\n"),
        ("en", "High Commission of Ghana\nNews & Events | Trade\n\n"),
        ("en", "Kenya Ports Authority\nPress Room — Latest Releases\n\n"),
        ("es", "Embajada de Chile en Lima\nSala de Prensa | Comunicados\n\n"),
        ("es", "Cancillería\nNoticias — Cooperación Internacional\n\n"),
        ("fr", "Ambassade de France au Sénégal\nActualités — Coopération\n\n"),
        ("fr", "Ministère des Affaires étrangères\nSalle de presse | Communiqués\n\n"),
        ("pt", "Ministério das Relações Exteriores\nSala de Imprensa — Notas\n\n"),
        ("pt", "Embaixada de Portugal em Maputo\nNotícias | Cooperação\n\n"),
    ],
)
def test_a_section_and_its_kind_of_page_under_the_issuer_is_no_headline(language, head):
    """A site's section and the kind of its pages after a spaced dash or a bar (`Media Centre — Press Statements`,
    `Sala de Imprensa — Notas`), under the issuer's name: the headline under it is the page's."""
    assert extract_metadata(head + HEADLINE[language] + "\n\n" + BODY[language]).title == HEADLINE[language]


@pytest.mark.parametrize(
    ("language", "head"),
    [
        ("en", "ECONOMY | 03.06.2019 | 13:05 | Source: Tanjug\n\n"),
        ("en", "World — 3 June 2019 — 09:40 GMT\n\n"),
        ("en", "POLITICS | June 3, 2019 | 4:15 PM\n\n"),
        ("es", "ECONOMÍA | 03/06/2019 | 13:05 | Fuente: Andina\n\n"),
        ("fr", "INTERNATIONAL | 03/06/2019 | 13h05\n\n"),
        ("pt", "ECONOMIA | 03/06/2019 | 13:05 | Fonte: Lusa\n\n"),
    ],
)
def test_a_section_line_with_its_day_and_clock_stands_over_the_headline(language, head):
    """A web page's section, day and clock (and its source) on one line: its stamp, no broadcast's issue line, whose
    hour stands alone or before its day (`RADIO BULLETIN - 1800 - THU 27 JAN 2011`); the headline follows it."""
    meta = extract_metadata(head + HEADLINE[language] + "\n\n" + BODY[language].split("— ", 1)[1])
    assert meta.title == HEADLINE[language]
    assert meta.publication_date == date(2019, 6, 3)


@pytest.mark.parametrize(
    ("language", "closing"),
    [
        ("en", "Published in the morning edition, June 3rd, 2019"),
        ("en", "Published in The Kampala Observer, June 3, 2019"),
        ("en", "Printed in the Weekend edition of 3 June 2019"),
        ("es", "Publicado en la edición impresa del 3 de junio de 2019"),
        ("fr", "Paru dans l'édition du 3 juin 2019"),
        ("pt", "Publicado na edição impressa de 3 de junho de 2019"),
    ],
)
def test_a_closing_line_of_the_print_edition_dates_the_page(language, closing):
    """A paper's closing line that says in which edition and on which day the story was printed dates the page."""
    body = BODY[language].split("— ", 1)[1]
    meta = extract_metadata(HEADLINE[language] + "\n\n" + body + closing + "\n")
    assert meta.publication_date == date(2019, 6, 3)
    assert meta.title == HEADLINE[language]
