"""Titles and dates of text dumps written in other scripts (issue 16, "many languages").

Dates: a Chinese, Japanese or Korean year-month-day ("2024年3月5日"), digits of other
scripts (Arabic-Indic "٢٠٢٤", Devanagari "२०२४", Thai "๒๕๖๗"), Hindi, Arabic and Thai month
names, and a Thai year of the Buddhist era (2567 is 2024). Titles: a headline written in
a script without spaces is not one "word", and an Indic menu word is not three. Each page
is composed here; the expected values are what a reader reads on it.
"""
import datetime as dt

import pytest

import newsclean
from newsclean.fields.dates import parse_date, parse_text_date


@pytest.mark.parametrize("line, day", [
    ("2024年3月5日", dt.date(2024, 3, 5)),
    ("发布时间：2024年3月5日 10:30", dt.datetime(2024, 3, 5, 10, 30)),
    ("2026年11月30日 8時30分", dt.datetime(2026, 11, 30, 8, 30)),
    ("２０２４年３月５日", dt.date(2024, 3, 5)),                      # full-width digits
    ("2024년 3월 5일", dt.date(2024, 3, 5)),                           # Korean
    ("发布时间2024-03-05 10:30", dt.datetime(2024, 3, 5, 10, 30)),    # a label glued to an ISO date
    ("٥ مارس ٢٠٢٤", dt.date(2024, 3, 5)),                              # Arabic-Indic digits, Egyptian month
    ("نشر في 5 تشرين الأول 2024", dt.date(2024, 10, 5)),               # a Levantine month of two words
    ("أغسطس 12، 2023", dt.date(2023, 8, 12)),                          # month first, Arabic comma
    ("5 मार्च 2024", dt.date(2024, 3, 5)),
    ("३० नवंबर २०२६", dt.date(2026, 11, 30)),                          # Devanagari digits
    ("5 มีนาคม 2567", dt.date(2024, 3, 5)),                            # Thai: the Buddhist era
    ("๕ มี.ค. ๒๕๖๗", dt.date(2024, 3, 5)),                             # Thai digits and abbreviation
])
def test_dates_in_other_scripts_are_read(line, day):
    assert parse_text_date(line) == day


@pytest.mark.parametrize("line", [
    "2567 คน",                   # a number of people, no month
    "ราคา 2567 บาท",              # a price
    "第2024号文件",                 # a document number
    "2024年",                      # a year alone
    "مارس",                        # a month alone
])
def test_numbers_and_month_names_alone_are_no_dates(line):
    # Guards (they pass before the change too): no day is made up.
    assert parse_text_date(line) is None


def test_latin_dates_are_read_as_before():
    # Guard: the ASCII path is unchanged.
    assert parse_text_date("July 4, 2025") == parse_date("July 4, 2025") == dt.date(2025, 7, 4)
    assert parse_text_date("23.07.2025") == dt.date(2025, 7, 23)


ZH_HEADLINE = "市图书馆新馆今日开放"
ZH_PARAGRAPHS = [
    "历时三年建设的市图书馆新馆今天上午正式向公众开放。新馆位于城南文化公园内，建筑面积达四万平方米，可容纳藏书三百万册。",
    "开馆首日，数千名市民早早来到馆前排队。一位带着孩子的家长说，新馆的儿童阅览区非常宽敞，孩子们可以在这里安心读书。",
    "据馆长介绍，新馆还设有数字阅读区和多个自习室，全年每天开放到晚上十点，方便上班族和学生利用业余时间学习。",
]
JA_HEADLINE = "市立図書館の新館が開館"
JA_PARAGRAPHS = [
    "3年間の工事を経て、市立図書館の新館が5日朝に開館した。新館は南部の文化公園内にあり、300万冊の本を収蔵できる。",
    "開館初日には数千人の市民が列を作った。子どもを連れた母親は「児童コーナーがとても広く、安心して本を読ませられる」と話した。",
    "館長によると、新館にはデジタル閲覧室や自習室もあり、毎日午後10時まで開館するという。",
]


ZH_PAGE = ["首页", "新闻", "文化", "登录", ZH_HEADLINE, "2024年3月5日 09:15", "来源：本报", *ZH_PARAGRAPHS,
           "分享到微信", "版权所有"]
JA_PAGE = ["ホーム", "ニュース", "文化", "ログイン", JA_HEADLINE, "2024年3月5日 9時15分", *JA_PARAGRAPHS,
           "シェアする", "関連記事"]


@pytest.mark.parametrize("lines, headline", [(ZH_PAGE, ZH_HEADLINE), (JA_PAGE, JA_HEADLINE)], ids=["zh", "ja"])
def test_a_headline_without_spaces_or_punctuation_is_the_title_and_its_date_is_read(lines, headline):
    # Before: the headline (no space, no punctuation) was one "word", never a candidate;
    # a menu line was the title and "2024年3月5日" no date.
    article = newsclean.extract("\n".join(lines), source_type="text")
    assert article.title == headline
    assert str(article.date) == "2024-03-05T09:15:00"


HI_HEADLINE = "शहर के नए पुस्तकालय का उद्घाटन, बच्चों के लिए अलग कक्ष"
HI_PARAGRAPHS = [
    "तीन साल के निर्माण के बाद शहर का नया पुस्तकालय आज सुबह आम लोगों के लिए खोल दिया गया। इसमें तीस लाख किताबें रखने की जगह है।",
    "पहले दिन हजारों लोग पुस्तकालय देखने पहुँचे। एक माँ ने कहा कि बच्चों का कक्ष बहुत बड़ा है और बच्चे यहाँ आराम से पढ़ सकते हैं।",
    "पुस्तकालय के प्रमुख ने बताया कि यहाँ डिजिटल पढ़ाई का कमरा भी है और यह हर दिन रात दस बजे तक खुला रहेगा।",
]


def test_a_hindi_page_has_its_headline_as_title_not_a_menu_word_and_its_date_is_read():
    # Before: "व्यापार" (one menu word) counted as several words for \w+ and won, and the
    # date line was no date.
    page = "\n".join(["होम", "समाचार", "खेल", "व्यापार", HI_HEADLINE, "५ मार्च २०२४", *HI_PARAGRAPHS,
                      "फेसबुक पर शेयर करें", "संबंधित खबरें"])
    article = newsclean.extract(page, source_type="text")
    assert article.title == HI_HEADLINE
    assert str(article.date) == "2024-03-05"


AR_HEADLINE = "افتتاح المكتبة العامة الجديدة في المدينة"
AR_PARAGRAPHS = [
    "افتتحت المدينة صباح اليوم مكتبتها العامة الجديدة بعد ثلاث سنوات من البناء، وتتسع المكتبة لثلاثة ملايين كتاب.",
    "وتوافد آلاف المواطنين على المكتبة في يومها الأول. وقالت أم جاءت مع أطفالها إن قسم الأطفال واسع ومريح للقراءة.",
    "وأوضح مدير المكتبة أنها تضم قاعة للقراءة الرقمية وعدة قاعات للدراسة، وستفتح أبوابها يوميا حتى العاشرة مساء.",
]


def test_an_arabic_date_in_arabic_indic_digits_with_a_levantine_month_is_read():
    page = "\n".join(["الرئيسية", "أخبار", "ثقافة", AR_HEADLINE, "٥ آذار ٢٠٢٤", *AR_PARAGRAPHS, "شارك على فيسبوك"])
    article = newsclean.extract(page, source_type="text")
    assert article.title == AR_HEADLINE
    assert str(article.date) == "2024-03-05"


@pytest.mark.parametrize("line, candidate", [
    ("市图书馆新馆今日开放", True),       # a Chinese headline: ten characters, five words
    ("市立図書館の新館が開館", True),     # a Japanese one
    ("व्यापार", False),                  # one Hindi menu word ("business"), four \w+ runs
    ("समाचार", False),                   # "news"
    ("กีฬา", False),                     # Thai "sports": one word of four letters
    # A Thai headline written without spaces ("Government approves budget for new rail
    # line to the airport"): one phrase, many words (four characters a word, as
    # layout.length_in_words counts them). Two-word lines such as "ข่าวกีฬา" ("sports
    # news") are candidates on the page's first lines, as "Sports News" is.
    ("รัฐบาลอนุมัติงบประมาณสร้างรถไฟฟ้าสายใหม่", True),
])
def test_a_line_is_a_headline_candidate_by_its_words_in_its_own_script(line, candidate):
    from newsclean.fields.text_title_candidates import may_be_headline
    from newsclean.model import Block

    assert may_be_headline(Block(0, line), 0, 10) is candidate
