"""Sectors reported in words the first cue lists did not foresee (LNG cargoes, holidaymakers, howitzers, fintech,
satellites, reactors) and keywords used in another sense (to train officers, rescue workers, a solar farm);
every paragraph was written for these tests, before the rules that now pass them."""

import pytest

from pipelines.extract.article import extract_article


def _sectors(text: str) -> set[str]:
    return {hit.sector for hit in extract_article(text).sectors}


@pytest.mark.parametrize(
    "text, sectors",
    [
        (
            "Bahrain and the United Kingdom launched a fintech bridge to help startups expand into each other's "
            "markets, the regulator said.",
            {"finance", "science_technology"},
        ),
        (
            "China will launch a remote-sensing satellite for Pakistan next year, the national space commission said.",
            {"science_technology"},
        ),
        (
            "From July, citizens of Kazakhstan can visit Malaysia visa-free for 30 days, a move both governments hope "
            "will draw more holidaymakers.",
            {"tourism"},
        ),
        (
            "Bangladeshi garment makers sold goods worth $9 billion to the European Union in the first half.",
            {"industry"},
        ),
        ("Remittances sent home by Nepali migrants rose 12 percent in the fiscal year.", {"labour"}),
        ("The miner will process rare earths dug in Malaysia under a licence extended until 2032.", {"mining"}),
        ("Senegal and Mauritania renewed their fishing agreement for 400 canoes.", {"agriculture"}),
        ("Hyundai will open an assembly plant in Uzbekistan to produce 50,000 cars a year.", {"industry"}),
        ("Germany and Indonesia signed a partnership to phase out coal power.", {"energy"}),
        ("Armenia signed a contract to buy 155mm howitzers and ammunition from France.", {"defence"}),
        ("Estonia will help Moldova digitise its public services, including e-government.", {"science_technology"}),
        ("Iraq will import 500 megawatts from Turkey via a new interconnector.", {"energy"}),
        ("Lloyd's and the Kenyan regulator agreed to develop the East African reinsurance market.", {"finance"}),
        ("Nearly 400,000 Chinese holidaymakers visited Thailand in January.", {"tourism"}),
        ("Kazakhstan and China will open a single-window customs post at Khorgos.", {"trade"}),
        (
            "A Chinese firm will lay a fibre-optic cable to Ethiopia, improving broadband access.",
            {"science_technology"},
        ),
        ("Turkish Airlines and Azerbaijan Airlines signed a codeshare agreement.", {"transport"}),
        ("Mongolia and South Korea agreed to fight desertification in the Gobi.", {"environment"}),
        ("Donors pledged $300 million for Syrian asylum seekers at a conference in Amman.", {"humanitarian"}),
        ("Donors pledged tents and blankets to Afghanistan to ease food shortages.", {"humanitarian"}),
        (
            "España y Marruecos firmaron un acuerdo para ampliar la interconexión eléctrica entre ambos países, "
            "según el Gobierno español, que espera más cooperación con Rabat.",
            {"energy", "infrastructure"},  # an interconnection expanded is works
        ),
    ],
)
def test_sector_named_in_unforeseen_words(text: str, sectors: set[str]) -> None:
    assert _sectors(text) == sectors


@pytest.mark.parametrize(
    "text, sectors",
    [
        # "train" as a verb is training people, not a railway
        (
            "Under the agreement, Indian instructors will train 300 Sri Lankan police officers.",
            {"education", "security"},
        ),
        (
            "Estonia and Ukraine signed a memorandum on cybersecurity, pledging to share data and train specialists.",
            {"security", "education"},
        ),
        # workers of a relief team are not labour; a solar farm is not agriculture; a weather satellite is space
        ("Japan sent rescue workers and relief supplies to Turkey after the earthquake.", {"humanitarian"}),
        ("Masdar will build a 200-megawatt solar farm in the Samarkand region.", {"energy"}),
        ("India will launch a weather satellite developed with Bhutan.", {"science_technology"}),
        # the industries of hospitality are tourism, not manufacturing
        (
            "Qatar and Kenya signed an agreement to recruit 10,000 Kenyan workers for its hospitality industries.",
            {"labour", "tourism"},
        ),
        # keywords in passing
        ("Speaking to reporters at the airport, the prime minister thanked his hosts for their hospitality.", set()),
        ("The minister, who arrived on his first trip abroad, discussed regional issues with his counterpart.", set()),
        ("Japan said it would lift curbs on exports of hydrogen fluoride to South Korea.", {"trade"}),
        ("Half the world's freight passes through the strait, home to several chokepoints.", set()),
        # a sea area is no economic zone for investors; a site's breadcrumb trail is no content
        (
            "Under the agreement, India gave Maldives two boats for maritime security in its Exclusive Economic Zone.",
            {"security"},
        ),
        (
            "Home > Business and industry > Trade and investment\n\nThe two ministers discussed the election.",
            set(),
        ),
    ],
)
def test_keyword_in_another_sense(text: str, sectors: set[str]) -> None:
    assert _sectors(text) == sectors


@pytest.mark.parametrize(
    "text, sectors",
    [
        # "train" as a verb before a number or after a modal is training; as a noun it stays a railway
        ("Under the package, the suppliers will also train 400 railway technicians.", {"education", "transport"}),
        ("The two sides agreed to expand road and train links between the capitals.", {"transport"}),
        # other weapons, other pilgrims, other seas
        ("Brazil agreed to sell 24 light attack aircraft and two tanks to the Philippines.", {"defence"}),
        ("Saudi Arabia agreed to raise the number of Iranian pilgrims for the umrah.", {"tourism"}),
        ("New Zealand will contribute NZ$20 million to help Fiji adapt to rising sea levels.", {"environment"}),
        ("Under the deal, tariffs on Norwegian salmon and shrimp will be cut.", {"agriculture", "trade"}),
        # a think tank is a research body, and an economist "by training" is no education
        ("The foreign minister, an economist by training, spoke at a think tank in the capital.", set()),
    ],
)
def test_new_words_in_english(text: str, sectors: set[str]) -> None:
    assert _sectors(text) == sectors


@pytest.mark.parametrize(
    "text, sectors",
    [
        (
            "MONTEVIDEO, 20 de marzo. Uruguay exportó carne vacuna por 1.800 millones de dólares a China el año "
            "pasado, según las cifras oficiales publicadas por el Gobierno.",
            {"trade", "agriculture"},
        ),
        (
            "ABIDJAN, 5 mai. La Côte d'Ivoire et le Ghana ont convenu d'harmoniser le prix du cacao payé aux "
            "planteurs et de renforcer leur coopération avec les agriculteurs des deux pays.",
            {"agriculture"},
        ),
        (
            "TUNIS, 2 février. L'Union européenne accordera 60 millions d'euros à la Tunisie pour la gestion des "
            "frontières et la lutte contre les passeurs, a annoncé la Commission.",
            {"security"},
        ),
        (
            "LUANDA, 4 de junho. Os dois governos assinaram um programa de cooperação no ensino superior e na "
            "formação de professores, segundo o comunicado conjunto divulgado pelo ministério.",
            {"education"},
        ),
    ],
)
def test_new_words_in_spanish_french_portuguese(text: str, sectors: set[str]) -> None:
    assert _sectors(text) == sectors
