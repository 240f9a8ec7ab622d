"""Journalists credited in a wire's or a broadcast's own lines are no persons of the story: an editor after a
lower-case cue ("; editing by NAME"), a writer placed before "contributed to this report", a correspondent a
network introduces ("CNN's NAME reports from ...") or who signs off ("I'm NAME in Seoul", "NAME, CNN, Moscow")
(sentences written for these tests)."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_an_editor_credited_after_a_lower_case_cue():
    found = persons(
        "ANKARA (Reuters) - Turkey and Iraq agreed on the pipeline, Foreign Minister Hakan Fidan said.\n\n"
        "(Reporting by Ayse Korkmaz; editing by Daniel Whitfield)"
    )
    assert found == {"Hakan Fidan": ("Foreign Minister", "TUR")}


def test_a_writer_in_a_city_who_contributed_to_the_report():
    found = persons(
        "CANBERRA (AP) - Australia and Japan signed the deal.\n\n"
        "Associated Press writer Joanna Pritchard in Sydney contributed to this report."
    )
    assert found == {}


def test_a_correspondent_a_network_introduces_and_who_signs_off():
    found = persons(
        "ANCHOR: Russia and Ukraine held talks today in Minsk. CNN's Gregory Lansing reports from Moscow.\n\n"
        "GREGORY LANSING: The talks went on for hours.\n\nGregory Lansing, CNN, Moscow."
    )
    assert found == {}
    found = persons(
        "HOST: Seoul signed the loan with the IMF today. Melanie Oduya reports lawmakers want more.\n\n"
        "For the network, I'm Melanie Oduya in Seoul."
    )
    assert found == {}
