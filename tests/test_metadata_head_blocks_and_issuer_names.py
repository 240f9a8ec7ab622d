"""Official pages whose first lines are not the headline: the issuer's name (a bank, a ministry, a state and its
ministry after a dash, a broadcaster and its acronym), read by what the actor extractors name rather than by a head
word; and a head block of issuer, type and day above a headline alone on its line (pages written for the class)."""

import pytest

from pipelines.extract.issuer_lines import names_only_issuers
from pipelines.extract.metadata import extract_metadata

_BODY = (
    "The two governments signed the agreement on Tuesday after three rounds of talks, officials said, and the first "
    "payments are due before the end of the year.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Reserve Bank of Malawi",
        "Public Relations Department",
        "Department of Fisheries, Forestry and Wildlife",
        "Reino de España — Ministerio de Industria, Comercio y Turismo",
        "Republic of Ghana — Ministry of Finance",
        "Embassy of Chile in Vietnam",
        "Ministère des Mines, de l'Énergie et de l'Hydraulique",
        "KTV — Kyrgyz Television Volna",
        "Embaixada do Brasil em Maputo",
    ],
)
def test_a_line_that_only_names_its_issuers(line):
    assert names_only_issuers(line)


@pytest.mark.parametrize(
    "line",
    [
        "Reserve Bank of Malawi raises its policy rate",
        "Ghana and Chile sign a fisheries accord",
        "Trade Bulletin No. 9/2015 — 3 March 2015",
        "NEWS IN BRIEF",
        "Chile in Asia",
        "Letter from Nairobi",
        # a headline in title case: the extractors read its capitalised verb into a body's name
        "Republic of Peru to Open Consulate in Busan",
        "Chile Wins Top UN Post",
        "Ghana Joins the African Union Trade Area",
    ],
)
def test_a_line_that_says_something_of_them_is_no_issuer(line):
    assert not names_only_issuers(line)


@pytest.mark.parametrize(
    "head, headline",
    [
        # a bank's letterhead, its department, a release's label with its day
        (
            "Reserve Bank of Malawi\nPublic Relations Department\nPress Statement — 14.02.2019\n\n",
            "Kwacha steadies after Chinese credit line is approved",
        ),
        # a department with a list of portfolios, then a bulletin's number and day
        (
            "Department of Fisheries, Forestry and Wildlife\nExport Notice No. 7/2016 — 9 August 2016\n\n",
            "Japan lifts ban on chilled tuna from the Pacific islands",
        ),
        # a chamber's name joined to its acronym by a dash, its digest, a dateline alone
        (
            "CCIB — Chambre de Commerce Ivoiro-Belge\nLettre mensuelle n° 12\nAbidjan, le 4 mai 2011\n\n",
            "Le cacao ivoirien gagne le port d'Anvers",
        ),
        # a site's name and section, then a stamp with its update
        (
            "jornal do porto | Economia\n03/11/2015 10h20 - Atualizado em 03/11/2015 12h45\n\n",
            "Angola e Portugal assinam acordo de dupla tributação",
        ),
        # a state and its ministry after a dash, a bulletin with its place and day
        (
            "Reino de España — Ministerio de Industria, Comercio y Turismo\n"
            "Boletín n.º 21 — Madrid, 2 de marzo de 2010\n\n",
            "España y Chile firman un acuerdo sobre energías renovables",
        ),
    ],
)
def test_the_headline_under_a_head_block(head, headline):
    assert extract_metadata(f"{head}{headline}\n\n{_BODY}").title == headline


def test_a_headline_with_its_stamp_above_a_standfirst_keeps_its_place():
    text = (
        "Ghana and Chile sign a fisheries accord\nBy Ama Owusu\nMarch 3, 2021\n\n"
        f"The deal covers tuna and hake\n\n{_BODY}"
    )
    assert extract_metadata(text).title == "Ghana and Chile sign a fisheries accord"


def test_a_bulletin_without_its_own_headline_has_none():
    text = (
        "Ministère des Mines, de l'Énergie et de l'Hydraulique\n\nCOMMUNIQUÉ\n\nOuagadougou, le 5 juin 2017\n\n"
        "Le ministre des Mines a reçu ce matin une délégation de la Banque mondiale conduite par son directeur des "
        "opérations, avec qui il a évoqué le financement de deux centrales solaires.\n"
    )
    assert extract_metadata(text).title is None
