"""A byline that names an outlet (`By NAME News Agency`, `By NAME Agency reporters`, `Por Agencia NAME`) names the
outlet that wrote the story, though the byline is page furniture; a writer's byline and a desk's (`By Staff
Reporter`, `By Example Times Reporter`) name none. Sentences written for these tests."""

from pipelines.extract.article import extract_article


def organizations(text):
    return {a.name for a in extract_article(text).actors if a.actor_type == "organization"}


def test_a_byline_outlet_is_named():
    text = (
        "Ministers agree on new ferry link\n\nBy Coastal News Agency\nMarch 3, 2021\n\n"
        "MANILA — The two ministers agreed on Tuesday to open a ferry link between the islands, officials said.\n"
    )
    assert "Coastal News Agency" in organizations(text)


def test_an_outlet_signing_with_its_reporters_is_named():
    text = (
        "Qatar and Turkey sign swap deal\n\nThe central banks of the two countries signed a currency swap on Monday "
        "in Doha, officials said.\n\nBy Bosphorus Agency reporters\n"
    )
    assert "Bosphorus Agency" in organizations(text)


def test_a_writers_byline_names_no_outlet():
    text = (
        "Trade talks resume\n\nBy Staff Reporter\n\nISLAMABAD: Officials of the two countries resumed trade talks "
        "on Monday.\n\nBy Harbour Times Reporter\n"
    )
    assert not {"Staff Reporter", "Harbour Times Reporter", "Harbour Times"} & organizations(text)
