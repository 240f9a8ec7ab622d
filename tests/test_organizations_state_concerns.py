"""A company introduced as a concern, as the press of the former Soviet states and of Germany calls a state
holding or an industrial group (`the Turkmen state concern Turkmengaz`, `the defence concern Almaz-Antey`); the
word meaning a worry introduces nothing. Sentences written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def organizations(text):
    return {a.name for a in extract_actors(text, language="en") if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The state concern Türkmengaz, which leads the consortium, completed the first stage.", "Türkmengaz"),
        ("Uzbekneftegaz and the Turkmen state concern Turkmengaz will sign a contract in May.", "Turkmengaz"),
        ("The Russian defence concern Almaz-Antey will supply the systems.", "Almaz-Antey"),
        ("The Belarusian state concern Belneftekhim signed a supply deal with Venezuela.", "Belneftekhim"),
        ("The state concern Uzbekistan Temir Yullari will build the line.", "Uzbekistan Temir Yullari"),
    ],
)
def test_a_company_introduced_as_a_concern(text, expected):
    assert expected in organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The main concern of the ministry is the debt.",
        "There is concern among Pakistani exporters about the tariff.",
    ],
)
def test_concern_as_a_worry_introduces_no_body(text):
    assert not organizations(text)
