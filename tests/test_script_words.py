"""Words and prose in scripts whose words hold combining marks (Devanagari and the other
Indic scripts, Thai) and in Thai, which writes no sentence-end mark (issue 16, "many
languages"). Each page is a menu, the headline, a byline or date, three paragraphs and
a footer; the expected body is the three paragraphs a reader reads."""
import newsclean
from newsclean.layout import is_prose, is_prose_line, length_in_words
from newsclean.model import Block, words_key

TH_PARAGRAPHS = [
    "ฝนที่ตกหนักต่อเนื่องตลอดสามวันที่ผ่านมาทำให้เกิดน้ำท่วมฉับพลันในหลายอำเภอของจังหวัดเชียงใหม่ "
    "ชาวบ้านกว่าสองพันครัวเรือนได้รับผลกระทบ และเจ้าหน้าที่ได้เร่งอพยพผู้สูงอายุและเด็กออกจากพื้นที่เสี่ยงภัยไปยังศูนย์พักพิงชั่วคราว",
    "ผู้ว่าราชการจังหวัดกล่าวว่าทางจังหวัดได้จัดเตรียมเรือและรถบรรทุกสำหรับขนย้ายสิ่งของจำเป็น "
    "พร้อมทั้งประสานกับหน่วยงานทหารเพื่อช่วยเหลือประชาชนที่ยังติดค้างอยู่ในบ้านเรือน คาดว่าระดับน้ำจะเริ่มลดลงภายในสัปดาห์หน้าหากไม่มีฝนตกเพิ่ม",
    "กรมอุตุนิยมวิทยาเตือนว่าพายุลูกใหม่อาจเคลื่อนเข้าสู่ภาคเหนือในช่วงปลายสัปดาห์นี้ "
    "ประชาชนที่อาศัยอยู่ริมแม่น้ำควรติดตามประกาศอย่างใกล้ชิดและเตรียมพร้อมสำหรับการอพยพหากจำเป็น",
]
TH_PAGE = "\n".join(["หน้าแรก", "ข่าว", "กีฬา", "บันเทิง", "ติดต่อเรา", "",
                     "ฝนตกหนักทำให้น้ำท่วมหลายอำเภอในจังหวัดเชียงใหม่", "", "โดย สมชาย ใจดี", "12 มีนาคม 2567", "",
                     *TH_PARAGRAPHS, "", "แชร์", "ข่าวที่เกี่ยวข้อง", "เกี่ยวกับเรา", "นโยบายความเป็นส่วนตัว"])

HI_PARAGRAPHS = [
    "राजधानी दिल्ली में मंगलवार सुबह से हो रही तेज़ बारिश के कारण कई इलाकों में पानी भर गया है। "
    "यातायात पुलिस ने लोगों से अपील की है कि वे बिना ज़रूरत घर से बाहर न निकलें।",
    "मौसम विभाग के अनुसार अगले दो दिनों तक शहर में रुक-रुक कर बारिश होती रहेगी और तापमान में गिरावट दर्ज की जाएगी। "
    "नगर निगम ने जल निकासी के लिए अतिरिक्त पंप लगाए हैं।",
    "स्कूलों के प्रबंधकों ने बताया कि बच्चों की सुरक्षा को देखते हुए बुधवार को कई निजी स्कूल बंद रहेंगे। "
    "अभिभावकों को संदेश भेजकर इसकी जानकारी दी गई है।",
]
HI_PAGE = "\n".join(["होम", "देश", "दुनिया", "खेल", "मनोरंजन", "व्यापार", "", "दिल्ली में बारिश से कई इलाकों में जलभराव", "",
                     "राहुल शर्मा", "12 मार्च 2024", "", *HI_PARAGRAPHS, "", "शेयर करें", "संबंधित ख़बरें",
                     "हमारे बारे में", "गोपनीयता नीति"])


def test_devanagari_and_thai_words_keep_their_vowel_signs():
    # "राहुल शर्मा" is two words; \w+ alone cut it into five at its vowel signs and virama.
    assert Block(0, "राहुल शर्मा").word_count == 2
    assert Block(0, "संबंधित ख़बरें").word_count == 2
    assert words_key("राहुल शर्मा, दिल्ली!") == "राहुल शर्मा दिल्ली"
    assert Block(0, "ข่าวที่เกี่ยวข้อง").word_count == 1  # one phrase, no space in it


def test_latin_word_counts_are_unchanged():
    # Guard (passes on dba8630 too): composed accents are \w already.
    assert Block(0, "Café naïve — l'été, Straße 12!").word_count == 6
    assert words_key("Café naïve — l'été") == "café naïve l été"


def test_a_thai_paragraph_is_prose_and_a_thai_headline_is_not():
    assert all(is_prose(Block(0, p)) and is_prose_line(Block(0, p)) for p in TH_PARAGRAPHS)
    headline = Block(0, "ฝนตกหนักทำให้น้ำท่วมหลายอำเภอในจังหวัดเชียงใหม่")
    assert not is_prose(headline) and length_in_words(headline) < 15


def test_a_thai_page_keeps_its_paragraphs_and_drops_its_menus():
    article = newsclean.extract(TH_PAGE, source_type="text")
    assert article.body.split("\n\n") == TH_PARAGRAPHS
    assert article.title != TH_PARAGRAPHS[0]


def test_a_hindi_page_keeps_its_paragraphs_and_not_its_author_line():
    article = newsclean.extract(HI_PAGE, source_type="text")
    assert article.title == "दिल्ली में बारिश से कई इलाकों में जलभराव"
    assert article.body.split("\n\n") == HI_PARAGRAPHS
