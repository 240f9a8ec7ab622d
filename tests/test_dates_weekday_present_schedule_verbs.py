"""A weekday after a verb of a schedule in the simple present is the next such day: wires write what is set to happen
so, with a plural subject ('Ministers try again on Monday', 'Negotiators from Peru and Ecuador return to Lima on
Thursday', 'the two leaders sign the accord on Friday') or a singular one ('the holiday falls on Tuesday', 'Jakarta
hosts the forum on Sunday'); a past verb keeps the weekday behind. The verbs are `schedule_plural` and `future` of
date_cues.csv. Sentences written for the class, from every region; published on Wednesday 13 March 2024."""

from datetime import date

import pytest

from pipelines.extract.dates import extract_dates

PUBLISHED = date(2024, 3, 13)


@pytest.mark.parametrize(
    "text, mention, day",
    [
        ("The Eurogroup broke up without a deal on Wednesday. Ministers try again on Monday.", "on Monday", "03-18"),
        ("Kenya must still close talks with Uganda, which resume Monday.", "Monday", "03-18"),
        ("Fiji's Independence Day falls on Tuesday this year.", "on Tuesday", "03-19"),
        ("More oxygen shipments go out on Thursday, the high commission said.", "on Thursday", "03-14"),
        ("The Ghanaian and Nigerian ministers sign the accord on Friday.", "on Friday", "03-15"),
        ("Negotiators from Peru and Ecuador head back to Lima on Thursday.", "on Thursday", "03-14"),
        ("Jakarta hosts the ASEAN economic ministers on Sunday.", "on Sunday", "03-17"),
        ("Uzbek and Tajik delegations leave for Dushanbe on Saturday.", "on Saturday", "03-16"),
        ("Moroccan and Spanish trawlers sail from Agadir on Friday.", "on Friday", "03-15"),
        ("The Chilean and Bolivian foreign ministers debate the water dispute on Monday.", "on Monday", "03-18"),
        ("The Norwegian and Russian fishing licences expire on Saturday.", "on Saturday", "03-16"),
        ("Vietnamese and Thai carriers land at the new airport for the first time on Friday.", "on Friday", "03-15"),
        # a past verb or participle keeps the weekday behind
        ("Ministers met on Monday and broke up without a deal.", "on Monday", "03-11"),
        ("The delegation, which arrived on Monday, left Baku today.", "on Monday", "03-11"),
        ("The talks that began on Monday ended without a statement.", "on Monday", "03-11"),
        ("Trade figures released on Monday show exports to Turkey fell.", "on Monday", "03-11"),
        ("The Kazakh and Chinese leaders signed the accord on Tuesday.", "on Tuesday", "03-12"),
        ("Senegalese fishermen returned to Dakar on Sunday after the storm.", "on Sunday", "03-10"),
        # a possessive is no subject: its noun follows
        ("The deal follows President Tokayev's visit to Tashkent on Monday.", "on Monday", "03-11"),
        ("Exports rose after the Emir's talks in Ankara on Sunday.", "on Sunday", "03-10"),
    ],
)
def test_weekday_by_the_verb_before_it(text, mention, day):
    found = {m.text: m.date_start for m in extract_dates(text, PUBLISHED)}
    assert found.get(mention) == date.fromisoformat(f"2024-{day}")
