"""A form's field that names a day of the story's events (`Date of signing:`, `Approval date:`, `Fecha de firma:`,
`Reporting period:`) is no publication stamp; a label that names the page itself (`Date:`, `Post date:`, `Create Date:`)
still is, and so is a date after an event's field on the same line when its own label says so (texts written for
these tests)."""

from datetime import date

import pytest

from pipelines.extract.metadata import extract_metadata
from tests.conftest import STORY_BODIES as BODY


@pytest.mark.parametrize(
    ("head", "language"),
    [
        ("Mongolia and Japan sign airport loan\nDate of signing: 4 March 2013\n", "en"),
        ("Lesotho Highlands Water Phase II\nApproval date: 2 June 2014 | Planned completion: 31 December 2024\n", "en"),
        ("Caribbean ministers meet on fisheries\nMEETING DATE: 19 October 2017\n", "en"),
        ("Honduras y Nicaragua firman un tratado de límites\nFecha de firma: 12 de mayo de 2009\n", "es"),
        ("Le Togo et le Bénin relient leurs réseaux\nDate de l'événement : 20 juin 2019\n", "fr"),
        ("Cabo Verde e Portugal renovam acordo de pesca\nData da assinatura: 03/05/2016\n", "pt"),
        ("Rural water programme, Tigray\nReporting period: 1 January 2011 - 31 March 2011\n", "en"),
    ],
)
def test_an_events_field_gives_no_publication_date(head, language):
    assert extract_metadata(f"{head}\n{BODY[language]}").publication_date is None


@pytest.mark.parametrize(
    ("head", "language", "day"),
    [
        # the page's own label after an event's field on the same line, or on the next line
        (
            "Project sheet: Georgian East-West Highway\n"
            "Date of approval: 13 May 2012    Status: Active    Last updated: 15 May 2012\n",
            "en",
            date(2012, 5, 15),
        ),
        ("Nauru port upgrade\nEvent date: 20 October 2019\nPosted on 2 October 2019\n", "en", date(2019, 10, 2)),
        (
            "Belize and Guatemala sign border accord\n - Date of signing: 2008.12.08\nDate of disclosure: 2008.12.09\n",
            "en",
            date(2008, 12, 9),
        ),
        # a label that names the page, or the date alone, is the page's stamp
        ("Paraguay opens trade office in Taipei\nDate: 7 July 2015\n", "en", date(2015, 7, 7)),
        ("Paraguay opens trade office in Taipei\nPost date: 7 July 2015\n", "en", date(2015, 7, 7)),
        ("Paraguay opens trade office in Taipei\nViews: 310\nCreate Date: 07/07/2015\n", "en", date(2015, 7, 7)),
        ("Paraguay abre oficina en Taipéi\nFecha de publicación: 7 de julio de 2015\n", "es", date(2015, 7, 7)),
        ("Le Paraguay ouvre un bureau à Taipei\nPublié le 7 juillet 2015\n", "fr", date(2015, 7, 7)),
        ("EVENING NEWS HOUR\nAir date: 7 July 2015\nSegment: Paraguay and Taiwan\n", "en", date(2015, 7, 7)),
        ("Acórdão sobre a concessão do porto\nAcórdão publicado: 7/7/2015\n", "pt", date(2015, 7, 7)),
        # a city's name before a colon is a dateline's, not an event's field
        ("Paraguay opens trade office in Taipei\nDar es Salaam: 7 July 2015 | 10:20\n", "en", date(2015, 7, 7)),
    ],
)
def test_the_pages_own_stamp_is_the_publication_date(head, language, day):
    assert extract_metadata(f"{head}\n{BODY[language]}").publication_date == day
