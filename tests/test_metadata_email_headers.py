"""A release sent by e-mail and saved with its header: the `From:`, `To:`, `Cc:` and `Sent:` lines are the
message's furniture, and the headline is the `Subject:` line's text (pages written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

BODY = (
    "The two agencies said on Tuesday that the financing would be signed before the end of the year, after a "
    "review of the project's costs by both boards and a meeting of their technical teams in the capital.\n"
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "From: Press Office <press@harbour-authority.example>\nTo: Media list\n"
            "Subject: Harbour authority signs dredging contract\n",
            "Harbour authority signs dredging contract",
        ),
        (
            "From: Communications Unit\nSent: Monday, 4 March 2019 09:12\nTo: Editors\nCc: Newsdesk\n"
            "Subject: PRESS RELEASE - Rail operator orders forty new coaches\n",
            "PRESS RELEASE - Rail operator orders forty new coaches",
        ),
        (
            "De: Oficina de Prensa <prensa@puerto.example>\nPara: Medios\n"
            "Asunto: El puerto amplía su terminal de contenedores\n",
            "El puerto amplía su terminal de contenedores",
        ),
        (
            "De : Service de presse\nEnvoyé : mardi 5 mars 2019 10:02\nÀ : Rédactions\n"
            "Objet : La compagnie commande dix nouveaux avions\n",
            "La compagnie commande dix nouveaux avions",
        ),
    ],
)
def test_the_subject_line_not_the_sender_is_the_headline(head, title):
    assert extract_metadata(head + "\n" + BODY).title == title


def test_a_headline_that_opens_with_a_word_of_a_header_label_stays_the_title():
    page = "To Build a Port: the Long Road to the New Terminal\n\n" + BODY
    assert extract_metadata(page).title == "To Build a Port: the Long Road to the New Terminal"
