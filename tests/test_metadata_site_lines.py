"""Headlines under a site's own lines, on pages written for these tests: a slogan before a breadcrumb, links to
other posts or a notice is no headline when one follows them; a release's type label may carry its number."""

from pipelines.extract.metadata import extract_metadata


def test_a_slogan_before_a_breadcrumb_yields_to_the_headline_after_it():
    page = (
        "Official portal of the Ministry of Fisheries of Freedonia\n"
        "Home » News » Visits\n"
        "Fisheries minister welcomes delegation from Sylvania\n"
        "4 May 2016, 10:15\n\n"
        "The Minister of Fisheries today received a delegation from Sylvania led by its trade envoy.\n"
    )
    assert extract_metadata(page).title == "Fisheries minister welcomes delegation from Sylvania"


def test_a_blogs_slogan_before_its_links_and_notice_yields_to_the_headline():
    page = (
        "Harbour Watch\n"
        "A weekly blog about ports and shipping in the Gulf of Guinea\n"
        "« Older post | Newer post »\n"
        "We use cookies to give you the best experience. Accept | Learn more\n\n"
        "New container terminal opens in Tema after long delays\n\n"
        "The terminal, built by a consortium of three firms, handled its first ship on Monday.\n"
    )
    assert extract_metadata(page).title == "New container terminal opens in Tema after long delays"


def test_a_slogan_alone_is_still_kept_when_no_headline_follows():
    page = (
        "Ministry of Trade welcomes new investors to the export zone\n"
        "Home » News\n\n"
        "The Ministry of Trade on Tuesday welcomed twelve companies that will set up plants in the zone.\n"
    )
    assert extract_metadata(page).title == "Ministry of Trade welcomes new investors to the export zone"


def test_a_release_label_with_its_number():
    page = (
        "News Release No. 2011/077/AFR\n"
        "Ruritania: Bank Approves Credit for Water Supply in Three Towns\n"
        "WASHINGTON, March 3, 2011 — The Board today approved a credit to improve water supply.\n"
    )
    assert extract_metadata(page).title == "Ruritania: Bank Approves Credit for Water Supply in Three Towns"


def test_a_stamp_with_hyphens_between_day_month_and_year():
    page = (
        "Government of Freedonia\nMinistry of Ports\n3-March-2016 12:05 IST\n\n"
        "Freedonia and Sylvania sign port pact\n\nThe two sides today signed an agreement on port fees.\n"
    )
    found = extract_metadata(page)
    assert (found.publication_date.isoformat(), found.title) == ("2016-03-03", "Freedonia and Sylvania sign port pact")


def test_an_agency_stamp_with_colons():
    page = (
        "Portada | Mundo | Economía\n\nPerú y Bolivia firman acuerdos de integración fronteriza\n\n"
        "Xinhua\u00a0\u00a02019:03:14.09:20\n\n"
        "LIMA, 13 mar (Xinhua) -- Perú y Bolivia firmaron hoy una serie de acuerdos para facilitar el comercio.\n"
    )
    found = extract_metadata(page)
    assert found.publication_date.isoformat() == "2019-03-14"
