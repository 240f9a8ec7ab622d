"""Publication date, title and URL, on article texts written for these tests."""

import time
from datetime import date

import pytest

from pipelines.extract.article import extract_article
from pipelines.extract.metadata import extract_metadata


def test_the_header_line_gives_the_publication_date_and_is_skipped():
    text = " date 2024-05-02 Pakistan and Turkiye agreed on Thursday to expand trade."
    meta = extract_metadata(text)
    assert (meta.publication_date, meta.publication_date_source) == (date(2024, 5, 2), "header")
    assert text[slice(*meta.skip_spans[0])] == " date 2024-05-02 "


def test_a_dateline_takes_its_year_from_the_header():
    text = " date 2023-10-29 ISLAMABAD, Oct 29 (APP): Trade between the two countries grew steadily this year."
    meta = extract_metadata(text)
    assert meta.publication_date == date(2023, 10, 29)
    assert "Oct 29" in [text[s:e] for s, e in meta.skip_spans]


def test_a_dateline_with_a_year_dates_an_article_without_header():
    meta = extract_metadata("Lahore, 12 March 2021 (XYZ): Officials of both sides met to discuss trade and investment.")
    assert (meta.publication_date, meta.publication_date_source) == (date(2021, 3, 12), "dateline")


def test_a_dateline_without_year_and_no_header_gives_null():
    meta = extract_metadata("KARACHI, Feb 7 (ABC): The two sides agreed to work together in energy and trade.")
    assert meta.publication_date is None and meta.publication_date_source is None


def test_a_date_stamp_is_the_last_resort():
    text = "Some outlet\n• March 29, 2018 •\nThe ministers of both countries met in the capital and signed deals.\n"
    meta = extract_metadata(text)
    assert (meta.publication_date, meta.publication_date_source) == (date(2018, 3, 29), "stamp")


def test_the_body_never_dates_the_article():
    meta = extract_metadata("The two leaders first met on 4 May 2019 and have since agreed to expand trade ties.")
    assert meta.publication_date is None


def test_a_headline_line_is_the_title_and_widget_words_are_not():
    text = (
        "News\n\nTrade ties between two friendly nations reach new heights\n\nShare\n\n"
        "The ministers of both countries said on Monday that trade had grown by a fifth this year.\n"
    )
    assert extract_metadata(text).title == "Trade ties between two friendly nations reach new heights"


def test_no_title_when_the_text_starts_with_its_body():
    text = "The ministers of both countries said on Monday that trade had grown by a fifth this year.\n"
    assert extract_metadata(text).title is None


def test_a_trailing_url_is_the_url():
    text = "Both countries agreed to expand trade and energy links this year.\n\n https://example.org/story/1\n"
    assert extract_metadata(text).url == "https://example.org/story/1"


@pytest.mark.parametrize(
    "text, title",
    [
        # a caption, a breadcrumb and a menu come before the headline
        (
            "Home | World | Business | Sport\nWORLD > South Asia\n"
            "The two ministers (left) at the talks. — Staff photo\n"
            "Two neighbours agree to reopen border trade routes\nThe two sides agreed on Monday to reopen three "
            "crossings for trucks and traders after months of closure.",
            "Two neighbours agree to reopen border trade routes",
        ),
        # quotes around the whole headline are not part of it
        (
            "‘Trade ties on a steady upward path’\n\nOfficials said exports grew by a fifth over the past year.",
            "Trade ties on a steady upward path",
        ),
        # a `CITY:` lead is the body: no headline before it
        (
            "LAHORE: A business delegation from the Gulf will arrive on Monday to explore investment in farming and "
            "logistics across the province\nThe visit follows talks held last month.",
            None,
        ),
    ],
)
def test_the_headline_is_found_past_page_furniture(text, title):
    assert extract_metadata(text).title == title


def test_labelled_stamps_give_the_date_and_are_not_mentions():
    text = (
        "Ministers agree to expand rail freight\n\nThe two ministers met in the capital to discuss rail links "
        "and a new freight corridor between their countries.\n\nPublished : 3 Oct 2019, 03:41 PM\n"
        "Updated : 3 Oct 2019, 08:13 PM\n\nThe talks will continue next week.\n© 2019 Example News"
    )
    meta = extract_metadata(text)
    assert (meta.publication_date, meta.publication_date_source) == (date(2019, 10, 3), "stamp")
    skipped = [text[s:e] for s, e in meta.skip_spans]
    assert "3 Oct 2019" in skipped and any("2019" in s and "©" in s for s in skipped)
    assert skipped.count("3 Oct 2019") == 2  # the update stamp is page furniture too


@pytest.mark.parametrize(
    "text, published",
    [
        (
            "Suva May 21, 2025 – The minister announced new support for health services on the island.",
            date(2025, 5, 21),
        ),
        (
            "MOSCOW (Wire Service - 21st March, 2023) The president said talks on a pipeline went well.",
            date(2023, 3, 21),
        ),
        ("New Delhi [India], February 14 (ANI): The foreign secretary will visit next week.", None),
        # page dates in Spanish and French
        ("Declaración conjunta\n\nSantiago, 16 de diciembre de 2016\nLos ministros se reunieron.", date(2016, 12, 16)),
        ("Accord signé\n\nPublié le vendredi 21 juin 2019\n\nLes deux pays ont signé cinq accords.", date(2019, 6, 21)),
    ],
)
def test_dateline_forms(text, published):
    assert extract_metadata(text).publication_date == published


@pytest.mark.parametrize(
    "text, published",
    [
        # numeric stamps: ISO, day first with dots or dashes, a clock after them
        (
            "Ministers meet to talk about trade\n\n2017-11-11\n\nThe ministers of both sides met in the capital.",
            date(2017, 11, 11),
        ),
        (
            "Talks on the border go on for days\n17.05.2010 / 18:50 |\nThe president arrived for a two-day visit.",
            date(2010, 5, 17),
        ),
        (
            "28-11-2021 21:54\nLeaders sign a deal on energy links\nThe two presidents signed an accord on gas.",
            date(2021, 11, 28),
        ),
        # a label after another word, and the body on the stamp's line
        (
            "Embassy opens in the capital today\n\nCreate Date: 16/07/2021\nThe embassy began its work on Friday.",
            date(2021, 7, 16),
        ),
        (
            "Accords signés entre deux pays voisins\n\nDiplomatie Publié le vendredi 21 juin 2019 | Agence\n\nTexte.",
            date(2019, 6, 21),
        ),
        (
            "Gas deal in the pipeline for both\nUpdated: 2007-07-17 10:36 The president begins a state visit today.",
            date(2007, 7, 17),
        ),
        # a day, a comma and an abbreviated month
        (
            "Two sides talk about export controls\n\n17, Dec. 2019\n\nTOKYO - The two sides held talks.",
            date(2019, 12, 17),
        ),
        # an agency's trailer at the end of the story
        (
            "The prime minister said on Saturday the deal was signed.\nShe praised it.\n"
            "(Wire News Agency April 13, 2008)\n",
            date(2008, 4, 13),
        ),
    ],
)
def test_page_stamps_of_other_forms(text, published):
    meta = extract_metadata(text)
    assert (meta.publication_date, meta.publication_date_source) == (published, "stamp")


@pytest.mark.parametrize(
    "url, published",
    [
        (None, date(2021, 6, 7)),
        ("https://www.example.gov/news/1", date(2021, 7, 6)),
        ("https://news.example.ph/a", date(2021, 7, 6)),
    ],
)
def test_an_ambiguous_numeric_stamp_follows_the_pages_country(url, published):
    text = "Embassy opens in the capital today\n\nPosted: 07/06/2021\nThe embassy began its work on Friday.\n"
    assert extract_metadata(text + (url or "")).publication_date == published


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "News story: Leaders hold their annual summit\n\nThe two leaders met on Friday for talks.",
            "News story: Leaders hold their annual summit",
        ),
        (
            "Gas deal in the pipelineBy Jane Roe (Daily Paper)\nUpdated: 2007-07-17 10:36 Talks begin today.",
            "Gas deal in the pipeline",
        ),
        (
            "Visit of the Prime Minister to the island nation (Summary)\nDecember 15, 2006\n"
            "(1) The Prime Minister was received by the head of state and held talks with ministers.",
            "Visit of the Prime Minister to the island nation (Summary)",
        ),
        (
            "New embassy opened in the capital.\n7 June 2021\n\nViews: 12\nThe embassy began work today as agreed.",
            "New embassy opened in the capital.",
        ),
        (
            "Two neighbours voice optimism over river talks Thursday, 20 August 2020 ( 6 days ago )\n\nText.",
            "Two neighbours voice optimism over river talks",
        ),
    ],
)
def test_the_title_without_labels_stamps_and_bylines(text, title):
    assert extract_metadata(text).title == title


def test_a_stamp_at_the_end_of_the_headline_is_not_a_mention():
    text = "Two neighbours voice optimism over river talks Thursday, 20 August 2020 ( 6 days ago )\n\nText."
    meta = extract_metadata(text)
    assert meta.publication_date == date(2020, 8, 20)
    assert "Thursday, 20 August 2020" in [text[s:e] for s, e in meta.skip_spans]  # the weekday is the stamp's too


def test_a_header_with_only_the_month_gives_no_publication_date_but_its_month():
    meta = extract_metadata(" date 2019-10 The two presidents signed eight agreements in the capital on Friday.")
    assert (meta.publication_date, meta.publication_month) == (None, date(2019, 10, 1))
    assert meta.skip_spans[0] == (0, len(" date 2019-10 "))


def test_a_dateline_after_a_summary_sentence_is_still_the_dateline():
    text = (
        "Food and security crises are likely to dominate the agenda when leaders meet in the capital this weekend.\n"
        "Crises expected to dominate the regional summit\nBy Jane Roe\n"
        "NAIROBI, Feb 17 (Wire) – Food and security crises are likely to dominate the agenda this weekend.\n"
    )
    meta = extract_metadata(text)
    assert "Feb 17" in [text[s:e] for s, e in meta.skip_spans]


@pytest.mark.parametrize(
    "text, title",
    [
        # a site's banner and promotion come before its menu; the headline follows the menu
        (
            "Twenty Years of the Daily Example\nSubscribe: Half Price For Students Today\n\n"
            "World | Defence | Trade | Regions | Search\n\nJoint Statement of the Fifth River Summit\n\n"
            "1. We, the leaders of the river states, met in the capital on 2 May 2019 and agreed to share data.",
            "Joint Statement of the Fifth River Summit",
        ),
        # a list of section names is no headline
        (
            "Cover Story, Gulf Affairs\n\nThe Prince Tours the West Coast\n\n"
            "The prince began a two-week tour of the country on Monday with talks on technology and energy.",
            "The Prince Tours the West Coast",
        ),
        # a summary sentence opens the page; a type label alone on its line precedes the headline
        (
            "The president hosted his counterpart for a state visit on Thursday and both spoke to reporters.\n\n"
            "press release\n\nRemarks by the President during the State Visit of the Lakeland President\n\n"
            "Your Excellency,\n\nLet me begin by welcoming you and your delegation to our country once more.",
            "Remarks by the President during the State Visit of the Lakeland President",
        ),
        # a single section name, and a sentence whose next line goes on in lower case, are no headline
        (
            "Foreign and Military Affairs\n\nLeader arrives in the capital for a visit\n\n"
            "The leader arrived in the capital today after a one-day visit to a neighbouring country.",
            "Leader arrives in the capital for a visit",
        ),
        (
            "O presidente recebe hoje, em Brasília, o\npresidente do país vizinho para uma visita oficial de dois\n"
            "dias, com reuniões e a assinatura de acordos.",
            None,
        ),
        # a text cut at a fixed width: the rest of a broken sentence is no headline
        (
            "1. This, the tenth summit of our two states, underlines the close relationship between\n"
            "our nations, two old democracies. Today we affirm our shared vision of the decades\n\n"
            "2. We meet in the year that marks a century since the end of the Great Northern\n"
            "War, when our soldiers fought side by side in defence of a shared belief in freedom\n"
            "and resistance against aggression.",
            None,
        ),
    ],
)
def test_the_headline_on_pages_with_banners_menus_sections_and_wrapped_text(text, title):
    assert extract_metadata(text).title == title


@pytest.mark.parametrize(
    "text, title",
    [
        # a headline may end in an initialism's stop
        (
            "Advertisement\n\nLakeland, Hillmark vow to work on trade, U.N.\n\n"
            "PORTVILLE, April 29 (Wire) -- The two states signed economic and strategic agreements in the capital.",
            "Lakeland, Hillmark vow to work on trade, U.N.",
        ),
        # a summary sentence opens the page, the headline follows with a byline under it
        (
            "Food and security crises are likely to dominate the agenda when leaders meet in the capital today.\n"
            "Crises expected to dominate the regional summit\nBy Jane Roe\n"
            "NAIROBI, Feb 17 (Wire) – Food and security crises are likely to dominate the agenda this weekend.\n",
            "Crises expected to dominate the regional summit",
        ),
        # ... but a sentence followed by more sentences gives none
        (
            "The leaders met in the capital on Friday and agreed to expand trade in the coming years.\n"
            "Both sides signed seven agreements\nThe talks went on for three hours.",
            None,
        ),
        # a release's signature line (a name, then an office) and a site's slogan are no headline
        (
            " date 2022-04-11 Joint media release with:\n\n"
            "Senator the Hon Jane Roe, Minister for International Development and the Pacific\n\n"
            "Lakeland will provide a $16 million package to support the island's reconstruction and recovery.",
            None,
        ),
        (
            "Island Broadcasting Corporation\n\nThe most trusted news source in the islands\n\nOctober 20, 2023\n\n"
            "Regional leaders have wrapped up their two-day summit with a commitment to fight climate change.",
            None,
        ),
        # a reporter's or official's line (an office and a name) and a paywall notice are no headline
        (
            " date 2021-03-23 General\n\nSpecial Representative Jane Roe\n\n"
            "The president held talks with her counterpart from the neighbouring country last night in the capital.",
            None,
        ),
        (
            " date 2022-04 Contenido Exclusivo La nota es exclusiva para suscriptores Suscribirme\n\n"
            "Los dos países firmaron este lunes una serie de convenios en materias como la igualdad de género.",
            None,
        ),
        (
            "Prime Minister Jane Roe Meets Island Leaders\n\n"
            "The prime minister held talks with the leaders of three island states last night in the capital city.",
            "Prime Minister Jane Roe Meets Island Leaders",
        ),
        # ... while an office between commas inside a headline leaves it one
        (
            "Roe, Minister for Trade, arrives in the capital for talks\n\n"
            "The minister arrived in the capital today after a one-day visit to a neighbouring country for talks.",
            "Roe, Minister for Trade, arrives in the capital for talks",
        ),
    ],
)
def test_titles_past_summaries_signatures_and_slogans(text, title):
    assert extract_metadata(text).title == title


@pytest.mark.parametrize(
    "text, day",
    [
        # a stamp line in Arabic script: weekday, day, month name and year, digits of either form
        ("الخميس 14 مارس 2019\n\nوزير الخارجية يزور القاهرة\n\nنص الخبر هنا.\n", date(2019, 3, 14)),
        ("الخميس ١٤ مارس ٢٠١٩\n\nوزير الخارجية يزور القاهرة\n\nنص الخبر هنا.\n", date(2019, 3, 14)),
        ("٣ تشرين الأول ٢٠٢٠\n\nعنوان الخبر\n\nنص الخبر هنا.\n", date(2020, 10, 3)),
        # Urdu: its own month names, an Arabic comma before the year, Persian digits beside a Latin month
        ("پاکستان\n9 جولائی ، 2016\n\nخبر کا عنوان\n", date(2016, 7, 9)),
        ("خبر کا عنوان\nAug ۱۲, ۲۰۱۸ ۰۹:۳۰ Asia/Karachi\nخبر کا متن\n", date(2018, 8, 12)),
        # Chinese year, month and day marks on a short source line, and a Korean stamp
        ("|\n来源:某某网(2013年9月5日)\n两国签署合作文件。\n", date(2013, 9, 5)),
        ("2021년 3월 7일\n\n양국 정상회담\n", date(2021, 3, 7)),
        # Russian and German month names
        ("Заголовок новости\n12 марта 2014 г.\nТекст новости.\n", date(2014, 3, 12)),
        ("Überschrift der Meldung\n3. März 2021\nText der Meldung.\n", date(2021, 3, 3)),
    ],
)
def test_page_stamps_in_other_scripts_give_the_publication_date(text, day):
    assert extract_metadata(text).publication_date == day


def test_a_chinese_date_in_a_long_body_line_is_no_stamp():
    text = "两国领导人会谈\n" + "两国同意加强合作，" * 8 + "并于2013年9月5日签署协议。\n"
    assert extract_metadata(text).publication_date is None


def test_a_dateline_run_on_after_a_photo_caption():
    text = (
        "Leaders Discuss Gas Pipeline\n\nThe premier (left) meets the visiting president in the capital today "
        "(photo agency) PORTVILLE, August 15, 2007 (Wire) -- The government wants a section of the planned pipeline "
        "built on its territory, the service reports.\n"
    )
    meta = extract_metadata(text)
    assert (meta.publication_date, meta.publication_date_source) == (date(2007, 8, 15), "dateline")
    assert "August 15, 2007" in [text[s:e] for s, e in meta.skip_spans]


def test_capitals_and_a_date_inside_a_sentence_are_no_dateline():
    text = "Talks on trade\n\nThe treaty, which NATO, May 5, 2020 documents describe, was signed.\n"
    assert extract_metadata(text).publication_date is None


def test_the_age_of_a_saved_page_beside_its_stamp_is_no_date():
    text = " date 2020-08-20 Ministers hopeful over river talks Thursday, 20 August 2020 ( 6 days ago )\n\nBody.\n"
    meta = extract_metadata(text)
    assert any(text[s:e] == "( 6 days ago )" for s, e in meta.skip_spans)


_BODY = (
    "Pakistan and Turkey agreed on Wednesday to expand trade and defence cooperation, officials said in Islamabad.\n"
)


@pytest.mark.parametrize(
    "stamp_line, published",
    [
        ("By Staff Reporter | Published June 12, 2023", date(2023, 6, 12)),
        ("by Jane Doe · June 12, 2023 · 3 min read", date(2023, 6, 12)),
        ("Islamabad | June 12, 2023", date(2023, 6, 12)),
        ("Ankara (XY) – June 12, 2023", date(2023, 6, 12)),
        ("Thursday 15 June 2023 / 26 Dhul Qadah 1444", date(2023, 6, 15)),
        ("Written by Ali Khan on 12/06/2023", date(2023, 6, 12)),
        ("12 Jun, 2023 | Updated 13 Jun, 2023", date(2023, 6, 12)),  # the first date is the publication
        ("Date: 2023/06/12", date(2023, 6, 12)),
        ("2023-06-12T10:00:00+05:00", date(2023, 6, 12)),
    ],
)
def test_a_stamp_among_segments_of_a_short_line_dates_the_page_and_is_no_mention(stamp_line, published):
    text = f"Trade ties expand\n{stamp_line}\n\n{_BODY}"
    assert extract_metadata(text).publication_date == published
    assert [d.text for d in extract_article(text).dates] == ["on Wednesday"]


def test_a_dateline_without_year_takes_it_from_a_header_of_the_same_month():
    text = " date 2015-09 Corridor plan\n\nULAN BATOR, Sept. 9 (XY) -- Diplomats of three states agreed on a plan."
    assert extract_metadata(text).publication_date == date(2015, 9, 9)
    assert extract_metadata(text.replace("2015-09", "2015-10")).publication_date is None


def test_a_long_line_of_slashes_and_dashes_is_read_in_linear_time():
    # The line that once made the stamp search backtrack for minutes: many segments, a date at the end.
    line = "Heads of State/Government - ministers / envoys - " * 300 + "met on 2-3 November 2019."
    text = f"Summit statement\n\n{line}\n"
    started = time.process_time()
    extract_metadata(text)
    assert time.process_time() - started < 2.0
    assert [d.text for d in extract_article(text).dates] == ["on 2-3 November 2019"]


@pytest.mark.parametrize(
    "text, published",
    [
        # the agency after the date: between slashes, or after a comma before a dash
        ("Nairobi, March 3, 2021 /KNA/ The trade minister said the talks went well.", date(2021, 3, 3)),
        ("Doha, October 9, 2022, QNA -- The emir received the visiting minister.", date(2022, 10, 9)),
        ("BAKU, May 4, 2016. /Wire/. The two ministers met in the capital.", date(2016, 5, 4)),
        # abbreviated month names of Portuguese and Spanish pages; a dateline that ends in a stop
        ("Luanda, 12 mar 2020 (Angop) – O ministro angolano recebeu o embaixador.", date(2020, 3, 12)),
        ("Portal\n\nQuito, ago. 5, 2018.\nEl canciller recibió al embajador.", date(2018, 8, 5)),
        # a release that closes on its day of issue
        (
            "Ministers agree on power grant\n\nThe minister said on Monday that the grant would arrive soon."
            "\n\nIssued by: Ministry of Energy\n12 May 2022\n",
            date(2022, 5, 12),
        ),
        # a date that ends a sentence is no stamp
        ("Ministers agree on power grant\n\nThe minister said the grant would arrive by 12 May 2022\n", None),
    ],
)
def test_datelines_with_agencies_and_closing_stamps(text, published):
    assert extract_metadata(text).publication_date == published
