"""The sector extractor's data against its schema, and sectors in the languages it has cues for."""

import re

import pytest

from pipelines.extract.sectors import extract_sectors
from pipelines.knowledge.sector_vocabulary import SECTOR_LANGUAGES, sector_cues, sector_phrases, sector_words
from schemas.vocabularies import SECTOR_CODES, SECTORS


def test_the_sector_vocabulary_has_cues_in_every_language_and_no_blank_rows():
    assert list(SECTORS[0]) == ["code", "label", "description", "cues", "cues_es", "cues_fr", "cues_pt"]
    assert len(set(SECTOR_CODES)) == len(SECTORS)
    for row in SECTORS:
        assert all(value.strip() == value and value for value in row.values()), row["code"]
        for column in ("cues", "cues_es", "cues_fr", "cues_pt"):
            cues = row[column].split("|")
            assert all(c.strip() == c and c for c in cues) and len(set(cues)) == len(cues), (row["code"], column)
    for language in SECTOR_LANGUAGES:
        assert set(sector_cues(language).values()) == set(SECTOR_CODES), language


def test_phrases_and_name_words_are_well_formed():
    phrases = sector_phrases()
    assert phrases and all(p == p.strip().lower() for p in phrases)
    assert all(sector in ("", *SECTOR_CODES) for sector in phrases.values())
    words = sector_words()
    assert set(words) == {
        "context",
        "back_heads",
        "material_cues",
        "mined_heads",
        "material_free_words",
        "modified_heads",
        "listed_fields",
        "listed_field_links",
        "romance_trade_companies",
        "romance_trade_place_links",
        "romance_trade_place_articles",
        "vigour_cues",
        "vigour_leads",
        "vigour_ends",
        "vigour_events",
        "vigour_event_links",
        "goods_sectors",
        "trade_flows",
        "goods_list_openers",
        "goods_makeup_words",
        "goods_list_joiners",
        "goods_figure_words",
        "project_words",
        "work_titles",
        "body_words",
        "company_words",
        "name_line_labels",
        "name_line_bylines",
        "name_line_heads",
        "backgrounder_headings",
        "held_stakes",
        "holding_relatives",
        "holding_verbs",
        "holding_modals",
        "bank_staff",
        "bank_staff_links",
        "source_traders",
        "source_verbs",
        "source_leads",
        "market_trade_verbs",
        "market_goods",
        "market_links",
        "market_manners",
        "market_sessions",
        "named_deposits",
        "name_line_articles",
        "word_acronyms",
        "force_trained",
        "name_joiners",
        "leading_joiners",
        "field_nouns",
        "built_routes",
        "building_words",
        "built_works",
        "visit_words",
        "works_verbs",
        "works_names",
        "works_values",
        "route_paying_words",
        "disaster_events",
        "relief_words",
        "epidemics",
        "epidemic_heads",
        "epidemic_fights",
        "epidemic_articles",
        "epidemic_effects",
        "epidemic_effect_links",
        "roads_as_works",
        "road_companions",
        "portfolio_offices",
        "portfolio_links",
        "training_verbs",
        "paying_verbs",
        "romance_paying_verbs",
        "paid_for",
        "figurative_verbs",
        "figurative_objects",
        "sum_cues",
        "giving_verbs",
        "aid_heads",
        "lent_aid_cues",
        "aid_loan_words",
        "aid_gift_words",
        "bank_grant_words",
        "bank_loan_words",
        "supplied_goods_cues",
        "supplies",
        "sanitation_cues",
        "lending_bodies",
        "sanitation_work_sectors",
        "schooling_heads",
        "schooling_leads",
        "home_sending_verbs",
        "sum_hedges",
        "job_nouns",
        "job_modifiers",
        "employing_verbs",
        "employing_links",
        "job_share_words",
        "headcount_scales",
        "employed_auxiliaries",
        "employed_words",
        "buying_verbs",
        "bought_share_words",
        "abroad_transfers",
        "abroad_residents",
        "abroad_transfer_reach",
        "carrying_verbs",
        "carried_sectors",
        "investing_bodies",
        "drill_phrases",
        "office_heads",
        "portfolio_words",
        "force_sectors",
        "force_training",
        "construction_words",
        "not_works",
        "processed_sectors",
        "manufactured_goods",
        "second_sectors",
        "plant_words",
        "making_words",
        "not_investing",
        "teaching_heads",
        "working_bodies",
        "joined_firsts",
        "paying_words",
        "object_building_words",
        "qualified_heads",
        "verb_leads",
        "trainees",
        "lender_words",
        "figure_words",
        "romance_training_verbs",
        "force_names",
        "recipient_words",
        "not_recipients",
        "own_industries",
        "industry_heads",
        "industry_links",
        "romance_training_links",
        "romance_trainees",
        "visa_cues",
        "official_passports",
        "acquiring_words",
        "acquired_objects",
        "acquired_object_ends",
        "staple_giving_verbs",
        "given_staples",
        "sown_staples",
        "builder_trades",
        "builder_trades_first",
        "builder_work_words",
        "builder_office_heads",
        "capital_not_sums",
        "romance_capital_verbs",
        "factory_plants",
        "production_words",
        "made_farm_goods",
        "plant_owners",
        "plant_making",
        "utility_plants",
        "utility_factory_cues",
        "capital_verbs",
        "capital_receivers",
        "production_sites",
        "spending_verbs",
        "sum_receivers",
        "not_plant_modifiers",
        "plant_articles",
        "value_hedges",
        "sum_set_words",
        "sum_set_links",
        "study_courses",
        "course_verbs",
        "course_spans",
        "course_spans_after",
        "learning_verbs",
        "learning_links",
        "course_articles",
        "course_numbers",
        "course_numbers_after",
        "letterhead_dashes",
        "capital_owners",
        "capital_not_owned",
        "romance_training_nouns",
        "romance_training_noun_links",
        "plant_units",
        "plant_unit_products",
        "plant_unit_owners",
        "plant_unit_ordinals",
        "agent_words",
        "lending_funds",
        "lending_fund_aims",
        "export_lenders",
        "food_given",
        "flow_stems",
        "flow_carried_sectors",
        "price_stems",
        "price_carried_sectors",
        "flow_goods_links",
        "channel_aid_cues",
        "channel_aid_sectors",
        "aid_channel_words",
        "cited_name_articles",
        "cited_name_joiners",
    }
    for name in ("flow_carried_sectors", "price_carried_sectors", "channel_aid_sectors"):
        assert set(words[name]) <= set(SECTOR_CODES), name
    assert set(words["aid_channel_words"].values()) <= set(SECTOR_CODES)
    for name, listed in words.items():
        assert listed and all(w and w.strip() == w for w in listed), name
    cues = {cue: sector for language in SECTOR_LANGUAGES for cue, sector in sector_cues(language).items()}
    for cue, second in words["second_sectors"].items():  # a cue of the vocabulary, to another sector
        own = {
            s
            for c, s in cues.items()
            if c.casefold() == cue.casefold() or re.fullmatch(re.escape(c).replace(r"\*", r"\w*"), cue, re.IGNORECASE)
        }
        assert second in SECTOR_CODES and own and second not in own, cue
    for name in (
        "project_words",
        "work_titles",
        "body_words",
        "field_nouns",
        "lender_words",
        "investing_bodies",
        "lending_funds",
        "lending_fund_aims",
        "export_lenders",
    ):
        assert all(w[0].isupper() for w in words[name]), name


@pytest.mark.parametrize(
    "text, language, sectors",
    [
        ("Ambos gobiernos firmaron un acuerdo de cooperación en energía y comercio.", "es", {"energy", "trade"}),
        ("Les deux pays ont signé un accord de coopération dans le domaine de la santé.", "fr", {"health"}),
        ("Os ministros assinaram um acordo para ampliar o comércio e o turismo.", "pt", {"trade", "tourism"}),
    ],
)
def test_sectors_in_spanish_french_and_portuguese(text, language, sectors):
    assert {h.sector for h in extract_sectors(text, language=language)} == sectors


@pytest.mark.parametrize(
    "text, sectors",
    [
        ("The two states signed deals on trade and the defense industry.", {"trade"} | {"defence"}),
        ("Ties rest on deep cultural, historical and religious affinities, and trade is growing.", {"trade"}),
        ("Both sides agreed to expand trade, according to a media report.", {"trade"}),
    ],
)
def test_the_defence_industry_is_defence_and_the_bond_between_peoples_or_a_news_source_is_no_sector(text, sectors):
    assert {h.sector for h in extract_sectors(text)} == sectors
