"""Page furniture around a headline, a URL and a day, as crawlers return pages (pages written for these tests): a post
passed on from another channel or account has no headline; a release's embargo or distribution line is none; a letters
page's label is none; a web archive's capture carries the archived page's URL; a blog's byline, day and categories
date the page."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "\nThe two governments agreed on Tuesday that a loan of $45 million will finance the rail line, the ministry said "
    "in a statement, and the first tranche is due before the end of the year.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "Forwarded from Lanka Breaking News 🇱🇰\n🔴 BREAKING 🔴",
        "Forwarded from Dhaka Trade Channel",
        "Reenviado de Noticias del Sur",
        "Reenviado desde Canal Económico Bolivia",
        "Transféré depuis Sénégal Infos",
        "Transféré de Abidjan Économie",
        "Encaminhada de Notícias Angola",
        "Encaminhado de Canal Moçambique Hoje",
        "Pacific Desk 🌊 reposted\nNew Zealand Foreign Affairs @MFATgovtNZ · Follow",
        "Gulf Watch retweeted\nOman News Agency @ONA_eng · Follow",
        "Cancillería Perú republicó\nMinisterio de Relaciones Exteriores @CancilleriaPeru · Seguir",
        "Ambassade du Maroc a reposté\nMinistère des Affaires étrangères @MarocDiplo · Suivre",
        "Itamaraty repostou\nMinistério das Relações Exteriores @ItamaratyGovBr · Seguir",
    ],
)
def test_a_post_passed_on_from_another_channel_or_account_has_no_headline(head):
    assert extract_metadata(head + "\n" + BODY).title is None


@pytest.mark.parametrize(
    "title",
    ["Envoy reposted to Geneva after trade row with Bern", "Minister retweeted by rival in border dispute row"],
)
def test_a_headline_whose_verb_is_a_repost_word_stays_a_headline(title):
    assert extract_metadata(title + "\n" + BODY).title == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "HOUSE OF REPRESENTATIVES\nPRESS GALLERY BULLETIN No. 12\nLima, 14 June 2016\n"
            "For accredited correspondents only – not for broadcast before 17:00\n\nCOMMITTEE BACKS CHILEAN RAIL LOAN",
            "COMMITTEE BACKS CHILEAN RAIL LOAN",
        ),
        (
            "MEDIA RELEASE\nEMBARGOED UNTIL 00:01 GMT, 3 MAY 2019\n\nGhana and Japan sign a rail accord",
            "Ghana and Japan sign a rail accord",
        ),
        ("STRICTLY EMBARGOED TO 10AM\nKenya and India sign a rail accord", "Kenya and India sign a rail accord"),
        ("Not for publication before 18:00 IST\nNepal and India open a rail link", "Nepal and India open a rail link"),
        (
            "Comunicado de prensa\nEmbargado hasta las 10:00 del martes\n\nChile y Perú firman un acuerdo ferroviario",
            "Chile y Perú firman un acuerdo ferroviario",
        ),
        (
            "Communiqué de presse\nSous embargo jusqu’au 4 juin à 10 h\n\n"
            "Le Mali et le Niger signent un accord ferroviaire",
            "Le Mali et le Niger signent un accord ferroviaire",
        ),
        (
            "Nota à imprensa\nSob embargo até 10h de terça-feira\n\nAngola e Brasil assinam acordo ferroviário",
            "Angola e Brasil assinam acordo ferroviário",
        ),
    ],
)
def test_an_embargo_or_distribution_line_is_no_headline(head, title):
    assert extract_metadata(head + "\n" + BODY).title == title


@pytest.mark.parametrize(
    "title", ["Embargo on Russian oil takes effect as ships turn back", "Embargoed Cuban cigars reach Spanish shops"]
)
def test_a_headline_about_an_embargo_stays_a_headline(title):
    assert extract_metadata(title + "\n" + BODY).title == title


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Letters to the Editor\nWednesday 9 December 2015", "The canal numbers add up"),
        ("Readers' letters", "Rail loan terms deserve a closer look"),
        ("Cartas al director", "La cifra del ferrocarril sí cuadra"),
        ("Courrier des lecteurs", "Le chemin de fer rapporte plus que prévu"),
        ("Cartas dos leitores", "Os números da ferrovia batem certo"),
    ],
)
def test_a_letters_page_label_is_no_headline(label, title):
    assert extract_metadata(label + "\n\n" + title + "\n" + BODY).title == title


@pytest.mark.parametrize(
    ("capture", "url"),
    [
        (
            "https://web.archive.org/web/20190412063145/http://www.example-times.co.ke/news/2019/04/rail-loan",
            "http://www.example-times.co.ke/news/2019/04/rail-loan",
        ),
        (
            "http://web.archive.org/web/20120101000000id_/https://www.diario-ejemplo.com.ar/economia/nota-1234.html",
            "https://www.diario-ejemplo.com.ar/economia/nota-1234.html",
        ),
        (
            "https://archive.ph/2019.04.12-063145/https://www.journal-exemple.sn/article/5678",
            "https://www.journal-exemple.sn/article/5678",
        ),
        ("https://www.example.org/news/web/2019/item-12", "https://www.example.org/news/web/2019/item-12"),
    ],
)
def test_a_web_archive_capture_carries_the_archived_page_url(capture, url):
    page = "The Wayback Machine - " + capture + "\n12 captures\n\nKenya and China sign a rail loan\n" + BODY
    assert extract_metadata(page).url == url


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Posted by Staff on October 26, 2013 in Armenia, Featured | 12 Comments", date(2013, 10, 26)),
        ("Posted by Jane Roe on 26 October 2013 in News", date(2013, 10, 26)),
        ("Posted by admin on March 3, 2012 under Trade, Asia", date(2012, 3, 3)),
        ("Publicado por Redacción el 26 de octubre de 2013 en Economía, Portada", date(2013, 10, 26)),
        ("Publié par la rédaction le 26 octobre 2013 dans Actualités | 3 commentaires", date(2013, 10, 26)),
        ("Publicado por Redação em 26 de outubro de 2013 em Economia", date(2013, 10, 26)),
    ],
)
def test_a_blog_byline_day_and_categories_date_the_page(stamp, day):
    page = "Home | News | Region\n\nChile and Peru sign a fisheries accord\n" + stamp + "\n" + BODY
    metadata = extract_metadata(page)
    assert (metadata.publication_date, metadata.title) == (day, "Chile and Peru sign a fisheries accord")
