"""A company's founder written before the name ("Alibaba founder NAME") holds that office: sentences written for
these tests."""

from pipelines.extract.actors import extract_actors


def persons(text):
    return {a.name: (a.role, a.country) for a in extract_actors(text) if a.actor_type == "person"}


def test_a_founder_before_the_name_is_the_office():
    found = persons("Tencent co-founder Liang Wei and Xiaomi founder Chen Hao toured the Nigerian plant in Lagos.")
    assert found["Liang Wei"][0] == "co-founder"
    assert found["Chen Hao"][0] == "founder"


def test_a_founder_after_the_name_is_the_office():
    found = persons("Jack Lin, founder of the Shenzhen firm Kaida, met Kenyan officials in Nairobi.")
    assert found["Jack Lin"][0] == "founder"
