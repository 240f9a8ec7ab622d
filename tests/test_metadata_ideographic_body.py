"""A Chinese or Japanese page whose first lines are the story's sentences (two ideographs count as one word, and
`。`, `！`, `？` end a sentence): the story has begun, so a subheading further down is no headline; a headline above
the sentences stays one (texts written for these tests)."""

from pipelines.extract.metadata import extract_metadata

SENTENCES = (
    "中俄两国总理今天在北京举行第二十次定期会晤，双方签署了涵盖能源、农业、科技和人文交流等领域的十余项合作文件。\n"
    "两国总理表示，将继续扩大双边贸易规模，推动重大投资项目尽快落地，并加强在地区和国际事务中的沟通与协调。\n"
)
SUBHEADING = "能源合作成为亮点\n"
MORE = "在能源领域，双方同意进一步扩大天然气贸易，并加快推进新的跨境管道项目的建设和运营工作。\n"


def test_a_subheading_under_the_first_sentences_is_no_headline():
    assert extract_metadata(SENTENCES + SUBHEADING + MORE).title is None


def test_a_headline_above_the_sentences_stays_the_headline():
    headline = "中俄总理举行第二十次定期会晤"
    assert extract_metadata(f"{headline}\n{SENTENCES}{SUBHEADING}{MORE}").title == headline


def test_a_japanese_subheading_under_the_first_sentences_is_no_headline():
    text = (
        "日本とベトナムの首脳は東京で会談し、インフラ整備や人材育成など幅広い分野で協力を強化することで一致しました。\n"
        "両首脳は共同声明に署名し、海洋安全保障や気候変動への対応でも連携を深めることを確認しました。\n"
        "経済協力の拡大\n"
        "日本政府は新たな円借款の供与を表明し、ベトナム側は投資環境の改善に取り組む考えを示しました。\n"
    )
    assert extract_metadata(text).title is None
