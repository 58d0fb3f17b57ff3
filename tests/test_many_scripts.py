"""Text dumps of news pages in scripts other than the Latin one (issue 16, "many
languages"): sentence ends the Latin stops do not cover (。！？ ؟ । ॥), text written
without spaces between words (Chinese, Japanese), and by-labels in scripts without
capital letters (Arabic "بقلم", Hindi "लेखक:"). Each page is a menu, the headline, a
date or byline, four or five paragraphs and a footer."""
import pytest

import newsclean
from newsclean.layout import holds_sentences, is_prose
from newsclean.model import Block

ZH_PARAGRAPHS = [
    "经过四年的建设，连接城东和机场的地铁新线路今天上午正式开通运营。首班列车于六点准时从东站出发，车厢里挤满了前来体验的市民。",
    "新线路全长三十二公里，共设十八座车站，最高时速可达一百公里。市交通局表示，开通后从市中心到机场的时间将由一个多小时缩短到四十分钟左右。",
    "不少乘客对新线路给予了好评。一位在机场工作的市民说，以前每天上班要换乘两次公交车，现在坐地铁就能直达，既省时间又方便。",
    "交通专家指出，新线路的开通将有效缓解城东地区的交通压力，同时也将带动沿线地区的经济发展。预计未来五年内，沿线将新建多个住宅区和商业中心。",
    "据介绍，为了保障运营安全，地铁公司在开通前进行了长达三个月的试运行，并组织了多次应急演练。",
]
ZH_PAGE = "\n".join(["首页", "新闻", "国际", "体育", "登录", "城市新地铁线路今日正式开通运营", "2026年11月30日 08:30",
                     "记者 王明", *ZH_PARAGRAPHS, "分享到微信", "相关新闻", "版权所有 © 2026"])

JA_HEADLINE = "市の新しい地下鉄線が開業、空港まで40分に"
JA_PARAGRAPHS = [
    "4年間の工事を経て、市の東部と空港を結ぶ地下鉄の新しい路線が30日朝に開業した。始発列車は午前6時に東駅を出発し、"
    "車内は新線を体験しようとする多くの市民で混雑した。",
    "新しい路線は全長32キロで、18の駅が設けられている。市の交通局によると、開業により市の中心部から空港までの所要時間は"
    "1時間以上から約40分に短縮されるという。",
    "空港で働く男性は「これまでは毎日バスを2回乗り換えていたが、これからは地下鉄1本で行けるので本当に便利になる」と話した。",
]
JA_PAGE = "\n".join(["ホーム", "ニュース", "スポーツ", "ログイン", JA_HEADLINE, "2026年11月30日 8時30分", *JA_PARAGRAPHS,
                     "専門家は、新線の開業によって東部地域の交通渋滞が緩和されるとともに、沿線の経済発展にもつながると期待している。",
                     "シェアする", "関連記事", "Copyright © 2026"])

AR_HEADLINE = "افتتاح أكبر محطة للطاقة الشمسية في المنطقة"
AR_PARAGRAPHS = [
    "افتتحت الحكومة صباح اليوم أكبر محطة للطاقة الشمسية في المنطقة، بعد ثلاث سنوات من العمل المتواصل في الصحراء جنوب "
    "العاصمة. وحضر الافتتاح عدد كبير من المسؤولين والخبراء.",
    "وتبلغ القدرة الإنتاجية للمحطة نحو ألف ميغاواط، وهي كافية لتزويد أكثر من نصف مليون منزل بالكهرباء. وقال وزير الطاقة "
    "إن المشروع سيخفض فاتورة الوقود بشكل كبير خلال السنوات المقبلة.",
    "هل تكفي هذه المحطة لتلبية الطلب المتزايد على الكهرباء في فصل الصيف؟ يرى الخبراء أن الإجابة تعتمد على سرعة بناء "
    "شبكات التخزين والنقل الجديدة في المدن الكبرى.",
    "ومن المتوقع أن توفر المحطة أكثر من ألفي فرصة عمل لأبناء المنطقة، كما ستساهم في تقليل انبعاثات الغازات الضارة "
    "بالبيئة بنسبة كبيرة.",
]
AR_PAGE = "\n".join(["الرئيسية", "أخبار", "رياضة", "اقتصاد", AR_HEADLINE, "30 نوفمبر 2026", "بقلم أحمد منصور",
                     *AR_PARAGRAPHS, "شارك على فيسبوك", "أخبار ذات صلة", "جميع الحقوق محفوظة © 2026"])

HI_PARAGRAPHS = [
    "शहर की नई मेट्रो लाइन का आज सुबह मुख्यमंत्री ने उद्घाटन किया। यह लाइन पूर्वी इलाके को हवाई अड्डे से जोड़ती है और "
    "इसके बनने में चार साल लगे।",
    "नई लाइन की कुल लंबाई बत्तीस किलोमीटर है और इस पर अठारह स्टेशन बनाए गए हैं। अधिकारियों के अनुसार अब शहर के केंद्र "
    "से हवाई अड्डे तक पहुँचने में केवल चालीस मिनट लगेंगे।",
    "पहले दिन हजारों लोगों ने मेट्रो में सफर किया। एक यात्री ने कहा कि पहले उन्हें रोज दो बसें बदलनी पड़ती थीं, लेकिन अब "
    "वे सीधे अपने दफ्तर पहुँच सकते हैं।",
    "विशेषज्ञों का मानना है कि इस लाइन से पूर्वी इलाके में यातायात का दबाव कम होगा और आसपास के क्षेत्रों में नए कारोबार भी "
    "शुरू होंगे।",
]
HI_FOOTER = ["फेसबुक पर शेयर करें", "संबंधित खबरें", "सर्वाधिकार सुरक्षित © 2026"]
HI_PAGE = "\n".join(["होम", "समाचार", "खेल", "व्यापार", "शहर में नई मेट्रो लाइन का उद्घाटन, यात्रियों को मिलेगी राहत",
                     "30 नवंबर 2026", "लेखक: राहुल शर्मा", *HI_PARAGRAPHS, *HI_FOOTER])


def extract(page: str) -> newsclean.Article:
    return newsclean.extract(page, source_type="text")


def paragraphs(article: newsclean.Article) -> list[str]:
    return article.body.split("\n\n")


def test_a_chinese_page_keeps_every_paragraph_and_none_is_the_title():
    # Before: the ideographic full stop was no sentence end, and a paragraph was one
    # "word": the first paragraph became the title and the last went as a short line.
    article = extract(ZH_PAGE)
    assert paragraphs(article) == ZH_PARAGRAPHS
    assert article.title not in ZH_PARAGRAPHS


def test_a_japanese_page_has_its_headline_as_title_and_its_paragraphs_in_the_body():
    # Before: the first paragraph was the title and was missing from the body.
    article = extract(JA_PAGE)
    assert article.title == JA_HEADLINE
    assert paragraphs(article)[:3] == JA_PARAGRAPHS


def test_an_arabic_byline_after_bi_qalam_is_read():
    article = extract(AR_PAGE)
    assert article.authors == ["أحمد منصور"]
    assert article.title == AR_HEADLINE
    assert paragraphs(article) == AR_PARAGRAPHS  # the byline line is no longer in the body


def test_a_hindi_page_ends_at_its_last_paragraph_and_reads_its_author():
    # Before: no line ended like a sentence (the danda "।" was none), so the share,
    # related and copyright lines under the article were kept as body.
    article = extract(HI_PAGE)
    assert paragraphs(article)[-4:] == HI_PARAGRAPHS
    assert not any(line in article.body for line in HI_FOOTER)
    assert article.authors == ["राहुल शर्मा"]


RU_PARAGRAPH = ("Новый мост через реку открыли сегодня утром после двух лет работ, и движение в центре города стало "
                "заметно свободнее, сообщили в мэрии.")
EL_PARAGRAPH = ("Η νέα γέφυρα πάνω από τον ποταμό άνοιξε σήμερα το πρωί μετά από δύο χρόνια εργασιών, και η κυκλοφορία "
                "στο κέντρο της πόλης έγινε πιο ομαλή, ανακοίνωσε ο δήμος.")


@pytest.mark.parametrize("menu, headline, line, paragraph, author", [
    (["Главная", "Новости"], "В центре города открыли новый мост через реку", "Автор: Иван Петров", RU_PARAGRAPH,
     "Иван Петров"),
    (["Αρχική", "Ειδήσεις"], "Άνοιξε η νέα γέφυρα στο κέντρο της πόλης", "Συντάκτης: Γιώργος Παπαδόπουλος",
     EL_PARAGRAPH, "Γιώργος Παπαδόπουλος"),
])
def test_author_labels_in_cyrillic_and_greek_are_read(menu, headline, line, paragraph, author):
    article = extract("\n".join([*menu, headline, line, *[paragraph] * 3]))
    assert article.authors == [author]


def test_cjk_text_counts_its_characters_as_words_and_latin_text_is_unchanged():
    from newsclean.layout import length_in_words

    chinese = Block(0, ZH_PARAGRAPHS[1])
    assert chinese.word_count <= 6  # \w+ runs: the commas and full stops split the text
    assert length_in_words(chinese) >= 30 and is_prose(chinese)
    # Three sentences, the full stops with no space after them, and a credit in brackets
    # at the end: still a paragraph of sentences.
    assert holds_sentences(Block(0, ZH_PARAGRAPHS[2] + ZH_PARAGRAPHS[4] + "（王明）"))
    for text in ("Council approves the budget for next year.", "Die Stadt öffnet die Brücke – endlich!"):
        assert length_in_words(Block(0, text)) == Block(0, text).word_count
