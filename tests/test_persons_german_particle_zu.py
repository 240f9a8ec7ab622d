"""The German particle "zu" links a noble name's parts ("Karl-Theodor zu Guttenberg", "Philipp zu Solms"), as
"von" does: the name runs on over it. Sentences written for these tests."""

from pipelines.extract.actors import extract_actors


def persons(text, language="en"):
    return {a.name: a.country for a in extract_actors(text, language=language) if a.actor_type == "person"}


def test_a_name_runs_on_over_zu():
    assert set(persons("German Defence Minister Albrecht zu Leiningen visited the Lithuanian brigade.")) == {
        "Albrecht zu Leiningen"
    }
    found = persons(
        "Austrian envoy Maximilian zu Eltz met Kenyan officials in Nairobi. Eltz said the grant would follow."
    )
    assert set(found) == {"Maximilian zu Eltz"}
    found = persons("Le ministre allemand de l'Économie, Friedrich zu Salm, a reçu son homologue tunisien.", "fr")
    assert "Friedrich zu Salm" in found
