"""Two trades a company's name joins with `and` (`Oil and Gas`, `Power and Lighting`, `Iron and Steel`) are one line
of business: the name runs over them to its head, and a city's or a state's paired trades name its company. An
`and` between two names, or between a ministry's portfolios, still parts or joins as before."""

import pytest

from pipelines.extract.article import extract_article


def organizations(text):
    return {a.name for a in extract_article(text).actors if a.actor_type == "organization"}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("The Malaysia Oil and Gas Corporation will drill two wells off Sabah.", "Malaysia Oil and Gas Corporation"),
        ("Uganda Power and Lighting Company cut supply to Jinja on Monday.", "Uganda Power and Lighting Company"),
        (
            "The Petrogas Oil and Gas Group and Equinor signed a farm-in deal in Oslo.",
            "Petrogas Oil and Gas Group",
        ),
        ("Vale will sell ore to Anshan Iron and Steel under the new contract.", "Anshan Iron and Steel"),
        ("Nippon Telegraph and Telephone and KDDI bid for the licence in Hanoi.", "Nippon Telegraph and Telephone"),
        (
            "Lusaka Water and Sewerage Company raised its tariffs by a tenth.",
            "Lusaka Water and Sewerage Company",
        ),
        (
            "A loan to the Ceylon Electricity Transmission and Distribution Company was approved.",
            "Ceylon Electricity Transmission and Distribution Company",
        ),
        ("Sinopec, Petronas and Kuwait Oil and Gas Company bid for the block.", "Kuwait Oil and Gas Company"),
    ],
)
def test_paired_trades_stay_in_one_company_s_name(text, company):
    assert company in organizations(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Ministry of Oil and Gas and the Ministry of Finance met in Muscat.",
            {"Ministry of Oil and Gas", "Ministry of Finance"},
        ),
        ("Tokyo Gas and Osaka Gas Company agreed on a joint terminal.", {"Tokyo Gas", "Osaka Gas Company"}),
        (
            "The Oil and Gas Regulatory Authority fined Shell and Total on Friday.",
            {"Oil and Gas Regulatory Authority", "Shell", "Total"},
        ),
    ],
)
def test_an_and_between_names_still_parts_them(text, names):
    assert names <= organizations(text)


def test_paired_trades_in_lower_case_are_no_company():
    assert organizations("Exports of iron and steel to Kenya rose by a fifth last year.") == set()
