"""Work made or kept for people, named without a word of labour ("a jobs programme", "job creation", "to protect jobs",
"creating jobs for young people"), is labour, as "employment" is. Every sentence was written for these tests."""

import pytest

from tests.sector_sets import sectors_of


@pytest.mark.parametrize(
    "text",
    [
        "The bank approved $120 million for Malawi's rural jobs programme on Tuesday.",
        "The $40 million loan will help the government protect jobs while tourism recovers.",
        "Both governments agreed to expand the farm job programs in the border region.",
        "The minister said job creation for young people was the aim of the new agreement.",
        "The fund will finance projects creating jobs for women in the north, the two sides said.",
    ],
)
def test_jobs_made_or_kept_are_labour(text: str) -> None:
    assert "labour" in sectors_of(text)


def test_a_job_done_is_no_labour() -> None:
    assert "labour" not in sectors_of("The minister said the team had done a good job in the talks.")
