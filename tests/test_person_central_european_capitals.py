"""Names that open with a Central European, Romanian or Turkish capital ('Łukasz', 'Šárka', 'Şenol', 'Ștefan',
'Đuro') are names after an office: sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_polish_czech_and_turkish_capitals_open_names():
    found = persons(
        "Polish Deputy Minister Łukasz Żak met Czech envoy Šárka Černá and Turkish Trade Minister Şenol Kaya in Warsaw."
    )
    assert found == {
        "Łukasz Żak": ("Deputy Minister", "POL"),
        "Šárka Černá": ("envoy", "CZE"),
        "Şenol Kaya": ("Trade Minister", "TUR"),
    }


def test_romanian_and_serbian_capitals_open_names():
    found = persons("Romanian Foreign Minister Ștefan Ionescu met Serbian Foreign Minister Đuro Marković in Belgrade.")
    assert found == {"Ștefan Ionescu": ("Foreign Minister", "ROU"), "Đuro Marković": ("Foreign Minister", "SRB")}
