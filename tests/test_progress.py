from pipelines.runtime.progress import MIN_ARTICLES, Progress


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_long_build_tells_articles_done_rate_and_time_left():
    lines, clock = [], Clock()
    progress = Progress(1000, lines.append, clock)
    clock.now = 10.0
    progress.advance(250)
    clock.now = 11.0
    progress.advance(50)  # within two seconds of the last line: not told
    clock.now = 40.0
    progress.advance(700)
    assert lines == [
        "building 1,000 articles",
        "articles 250/1,000 (25%), 25 articles/s, about 30 s left",
        "articles 1,000/1,000 (100%), 25 articles/s, done",
    ]


def test_a_small_build_says_nothing():
    lines = []
    progress = Progress(MIN_ARTICLES - 1, lines.append)
    progress.advance(MIN_ARTICLES - 1)
    assert lines == []
