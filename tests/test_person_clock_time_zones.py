"""A time zone after a clock time's `PM` ("11:42 PM IST", "4:32 PM EDT") is no person introduced as Prime Minister
(`PM` abbreviates both). Stamp lines written for these tests, in many outlets' styles."""

import pytest

from pipelines.extract.actors import extract_actors


def persons(text):
    return [a.name for a in extract_actors(text) if a.actor_type == "person"]


@pytest.mark.parametrize(
    "stamp",
    [
        "Last Updated : Jan 30 2024 | 11:42 PM IST",
        "Jul. 11, 2014 4:32 PM EDT",
        "Apr 28, 2005 5:12 PM ET",
        "Published: 10:05 PM GMT, 3 May 2019",
        "Posted on 12 Feb 2020, 8:30 PM WIB",
        "Friday 7:15 PM AEST",
        "18 Nov 2022 03:20 PM EAT",
        "Oct 3, 2019 4:00 PM SAST",
        "Dec 12, 2021 1:01 p.m. MSK",
    ],
)
def test_a_time_zone_after_a_clock_time_is_no_prime_minister(stamp):
    text = f"{stamp}\n\nGhana and China sign loan deal\n\nFinance Minister Ken Ofori-Atta signed the loan in Accra."
    assert persons(text) == ["Ken Ofori-Atta"]


def test_the_prime_minister_after_a_clock_time_and_a_stop_stays():
    assert persons("The talks ended at 9 PM. PM Shehbaz Sharif left for Doha.") == ["Shehbaz Sharif"]
