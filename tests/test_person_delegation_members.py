"""A person named as one of a delegation or as one who goes with someone serves the delegation's state or the state
of the one accompanied, whatever the report's home: "NAME, who is part of NAME's delegation", "NAME, a member of the
Bolivian delegation", "Vice Premier NAME's delegation member, Vice Minister NAME", "NAME, who accompanied President
NAME". Every sentence was written for these tests."""

import pytest

from pipelines.extract.actors import extract_actors


def countries(text: str, language: str = "en") -> dict[str, str | None]:
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


@pytest.mark.parametrize(
    "text, name, state",
    [
        (
            "Bangladesh and India signed 20 pacts in New Delhi after talks between Modi and Hasina. Commerce Minister "
            "Tipu Rahman, who is part of Hasina's delegation, sought duty-free access.",
            "Tipu Rahman",
            "BGD",
        ),
        (
            "Mongolia and China signed a loan in Ulan Bator. The deal was signed by Chinese Vice Premier Li Wei's "
            "delegation member, Vice Minister of Commerce Zhao Lin.",
            "Zhao Lin",
            "CHN",
        ),
        (
            "Brazil and China signed 15 deals in Beijing during Lula's visit. Finance Minister Paulo Mendes, a member "
            "of Lula's delegation, said the credit line would open soon.",
            "Paulo Mendes",
            "BRA",
        ),
        (
            "Bolivia and Peru signed a gas deal in Lima. Energy Minister Luis Quispe, a member of the Bolivian "
            "delegation, said exports would grow.",
            "Luis Quispe",
            "BOL",
        ),
        (
            "Vietnam and Japan signed ten deals in Tokyo. Trade Minister Tran Van Long, part of the delegation led by "
            "Prime Minister Nguyen Xuan Phuc, met Japanese firms.",
            "Tran Van Long",
            "VNM",
        ),
    ],
)
def test_a_delegation_member_serves_the_delegations_state(text: str, name: str, state: str) -> None:
    assert countries(text)[name] == state


def test_one_who_accompanies_a_leader_serves_the_leaders_state() -> None:
    text = (
        "Kenya and China signed a railway loan in Beijing. Treasury Secretary Henry Otieno, who accompanied President "
        "Uhuru Kenyatta, said the loan would be repaid over 20 years."
    )
    assert countries(text)["Henry Otieno"] == "KEN"


def test_a_team_or_a_board_is_no_delegation() -> None:
    text = (
        "Egypt and China signed five deals in Cairo. Investment Minister Sahar Fathy, part of the team negotiating "
        "with China, said the talks went well."
    )
    assert countries(text)["Sahar Fathy"] == "EGY"


@pytest.mark.parametrize(
    "text, name, state",
    [
        (
            "Officials from Russia and Iraq met in Baghdad on Sunday. Moscow's envoy, Pavel Sorokin, was due in "
            "Baghdad on Monday.",
            "Pavel Sorokin",
            "RUS",
        ),
    ],
)
def test_a_place_one_is_due_in_or_back_from_is_not_ones_state(text: str, name: str, state: str) -> None:
    assert countries(text)[name] == state
