"""The date of what someone is invited to lies ahead of the invitation, whatever form the verb takes (`invited`,
`inviting`, `invites`); the date of the invitation itself stays the act's. Sentences written for these tests,
through the article extractor, published 2 March 2025."""

import pytest

from pipelines.extract.article import extract_article

_TAIL = "\n\nOfficials of both governments attended the meeting, which focused on trade, energy and security.\n"


def month_of(body):
    """The year and month of the body's one date mention."""
    found = extract_article(f" date 2025-03-02 {body}{_TAIL}").dates
    assert len(found) == 1
    return found[0].date_start.strftime("%Y-%m")


@pytest.mark.parametrize(
    "body, month",
    [
        ("The envoy ended the seminar by inviting Malian traders to a follow-up fair in February.", "2026-02"),
        ("The envoy ended the seminar by inviting Malian traders to a follow-up fair in April.", "2025-04"),
        ("The Chamber of Commerce of Lima invites exporters to a quinoa forum in January.", "2026-01"),
        ("The governor of Sabah invited Brunei's trade minister to the regional summit in May.", "2025-05"),
        ("Closing the session, the dean was inviting alumni to the campus reunion in June.", "2025-06"),
        # the invitation's own date: the act, behind
        ("In February, the governor of Sabah invited Brunei's trade minister to Kota Kinabalu.", "2025-02"),
        ("On Monday the ministry invited bids for the Lobito rail concession.", "2025-02"),
        ("Angola's oil agency opened the tender in January after inviting firms to bid.", "2025-01"),
    ],
)
def test_the_date_of_what_one_is_invited_to_lies_ahead(body, month):
    assert month_of(body) == month
