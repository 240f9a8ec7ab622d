"""A second, fresh batch for the classes of `test_sectors_passing_cues.py`, written after the fixes: each sentence
names the sectors it must and must not report. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text, language, present, absent",
    [
        ("Kuwait will finance the new terminal at the port, worth 120 million dollars.", "en", set(), {"finance"}),
        ("The dam, which Beijing financed in 2015, supplies half of the country's power.", "en", set(), {"finance"}),
        ("The two central banks agreed to cooperate on climate finance and green bonds.", "en", {"finance"}, set()),
        (
            "Photo: Fishermen unload their catch at the harbour in Dakar.\n"
            "Senegal and Mauritania signed a gas agreement worth 1 billion dollars.",
            "en",
            {"energy"},
            {"agriculture"},
        ),
        (
            "Senegal and Mauritania signed a gas agreement on Monday.\n"
            "Print | Share | Read more: Tourism arrivals to Senegal up 20 percent worth 2 billion",
            "en",
            {"energy"},
            {"tourism"},
        ),
        (
            "The Chinese firm agreed to build a coal power station in Hub under a 2 billion dollar deal.",
            "en",
            {"energy"},
            {"mining"},
        ),
        (
            "Le groupe va moderniser la centrale à charbon de Sendou, selon l'accord signé.",
            "fr",
            {"energy"},
            {"mining"},
        ),
        (
            "The Paris Club agreed on debt relief of 3 billion dollars for Zambia on Friday.",
            "en",
            {"finance"},
            {"humanitarian"},
        ),
        (
            "The Kuwaiti loan will finance a new airport in the south, the minister said.",
            "en",
            {"infrastructure"},
            set(),
        ),
        (
            "Japan agreed to fund the upgrade of the harbour at Mombasa with a 300 million dollar loan.",
            "en",
            {"infrastructure"},
            set(),
        ),
        (
            "The programme will improve 500 kilometres of roads in the east, the bank said.",
            "en",
            {"infrastructure"},
            set(),
        ),
        # a stake held, said in a relative clause, is background (test_sectors_stakes_held_in_passing.py)
        (
            "Aramco, which holds a 35 percent stake in the refinery, will raise its output.",
            "en",
            {"energy"},
            {"investment"},
        ),
        ("Analysts said the credibility of both leaders was at stake at the summit.", "en", set(), {"investment"}),
        ("The agreement covers cooperation on roads, bridges and water supply.", "en", {"transport"}, set()),
        ("Les deux pays veulent développer les routes entre leurs capitales.", "fr", {"transport"}, set()),
        ("The two navies will hold joint counter-narcotics patrols in the Caribbean.", "en", {"security"}, set()),
        ("Le Canada formera 300 policiers haïtiens dans le cadre de l'accord.", "fr", {"security"}, set()),
        (
            "Washington announced 75 million dollars in new assistance for Haiti on Tuesday.",
            "en",
            {"humanitarian"},
            set(),
        ),
        ("The foreign minister asked Spain for assistance in organising the summit.", "en", set(), {"humanitarian"}),
        (
            "The interconnector will transport up to 5 billion cubic metres of gas a year to Bulgaria.",
            "en",
            {"energy"},
            {"transport"},
        ),
        (
            "The cable will transport 1,000 megawatts of electricity from Egypt to Saudi Arabia.",
            "en",
            {"energy"},
            {"transport"},
        ),
        (
            "O presidente foi recebido no aeroporto de Luanda pelo seu homólogo e assinou um acordo.",
            "pt",
            set(),
            {"transport"},
        ),
        ("The government raised power tariffs by 20 percent to meet the IMF target.", "en", set(), {"trade"}),
        ("Les deux pays veulent relancer la coopération dans la sidérurgie.", "fr", {"industry"}, set()),
        ("Masdar will build a solar park of 500 megawatts near Tashkent.", "en", {"energy"}, {"infrastructure"}),
    ],
)
def test_second_batch(text: str, language: str, present: set[str], absent: set[str]) -> None:
    found = sectors_of(text, language)
    assert present <= found and not absent & found
