"""A headline in a script without capitals (Arabic, Urdu, Persian, Hebrew, Devanagari, Chinese, Japanese, Korean):
it opens with no capital letter and has no lower-case one, yet it is the page's headline; a body sentence that ends
in its script's full stop (`۔`, `।`, `。`) is none (texts written for these tests)."""

import pytest

from pipelines.extract.metadata import extract_metadata

PAGES = [
    (
        "مصر والسودان توقعان اتفاقية للتعاون في مجال الطاقة",
        "وقعت مصر والسودان يوم الثلاثاء اتفاقية جديدة للتعاون في مجالات الطاقة والنقل والزراعة، بحسب ما أعلنته "
        "وزارة الخارجية في بيان رسمي صدر بعد الاجتماع.",
    ),
    (
        "الأردن والعراق يبحثان توسيع خط النقل البري",
        "بحث وزيرا النقل في الأردن والعراق خلال لقائهما في عمان سبل توسيع خط النقل البري بين البلدين وزيادة حجم "
        "التبادل التجاري.",
    ),
    (
        "پاکستان اور ازبکستان کے درمیان تجارتی معاہدے پر دستخط",
        "پاکستان اور ازبکستان نے منگل کے روز تجارت، توانائی اور ریلوے کے شعبوں میں تعاون بڑھانے کے لیے ایک معاہدے "
        "پر دستخط کیے۔",
    ),
    (
        "ایران و ترکمنستان قرارداد انتقال گاز امضا کردند",
        "وزیران نفت ایران و ترکمنستان روز سه شنبه در عشق آباد قرارداد تازه ای برای انتقال گاز طبیعی امضا کردند و "
        "درباره همکاری های دیگر گفتگو کردند.",
    ),
    (
        "ישראל וקפריסין חתמו על הסכם גז חדש",
        "שרי האנרגיה של ישראל וקפריסין חתמו ביום שלישי על הסכם לשיתוף פעולה בתחום הגז הטבעי וההובלה הימית בין שתי "
        "המדינות.",
    ),
    (
        "भारत और नेपाल ने बिजली व्यापार समझौते पर हस्ताक्षर किए",
        "भारत और नेपाल ने मंगलवार को काठमांडू में बिजली व्यापार और सीमा पार पारेषण लाइनों के विस्तार के लिए एक "
        "समझौते पर हस्ताक्षर किए।",
    ),
    (
        "한국과 베트남 핵심 광물 협력 강화 합의",
        "한국과 베트남 정부는 화요일 하노이에서 열린 회담에서 핵심 광물 공급망과 에너지 분야의 협력을 강화하기로 "
        "합의했다고 밝혔다.",
    ),
    (
        "中国与巴基斯坦签署农业合作协议",
        "中国和巴基斯坦周二在伊斯兰堡签署了一份农业合作协议,双方同意在种子、灌溉和农产品贸易等领域加强合作。",
    ),
    (
        "日本とインドネシア、脱炭素で協力文書に署名",
        "日本とインドネシアの両政府は火曜日、ジャカルタで脱炭素と送電網の整備に関する協力文書に署名したと発表した。",
    ),
]


@pytest.mark.parametrize(("headline", "body"), PAGES)
def test_a_headline_in_a_script_without_capitals(headline, body):
    text = f"{headline}\n\n{body}\n"
    assert extract_metadata(text).title == headline


@pytest.mark.parametrize(("headline", "body"), PAGES)
def test_a_body_sentence_in_such_a_script_is_no_headline(headline, body):
    text = f"{body}\n\n{body}\n"
    assert extract_metadata(text).title is None


def test_two_sentences_of_chinese_on_one_line_are_no_headline():
    text = "中方表示欢迎。双方将于下周继续会谈,讨论投资问题\n\n中国和巴基斯坦周二在伊斯兰堡签署了一份农业合作协议。\n"
    assert extract_metadata(text).title is None


@pytest.mark.parametrize(
    "tags",
    [
        "नेपाल, Nepal, बिजली, electricity, भारत, India",
        "باكستان, Pakistan, الصين, China, ميناء, port",
        "越南, Vietnam, 日本, Japan, 贷款, loans",
    ],
)
def test_a_bilingual_tag_line_is_no_headline(tags):
    text = f"{tags}\n\n{PAGES[0][1]}\n"
    assert extract_metadata(text).title is None


def test_a_chinese_headline_may_hold_a_latin_name():
    headline = "中国与BHP签署铁矿石长期供应协议"
    assert extract_metadata(f"{headline}\n\n{PAGES[7][1]}\n").title == headline


def test_a_first_line_ending_in_a_stop_in_such_a_script_is_no_headline():
    text = f"اكتب كلمات البحث ثم اضغط زر الإدخال.\n\n{PAGES[0][0]}\n\n{PAGES[0][1]}\n"
    assert extract_metadata(text).title == PAGES[0][0]
